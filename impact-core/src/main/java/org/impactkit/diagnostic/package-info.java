/** Problems found in inputs, located by file, line and column, and the exception that carries them. Engine. */
package org.impactkit.diagnostic;
