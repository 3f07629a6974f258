/** Running an evaluation from files: finding a folder's inputs, settling its settings, running an engine. */
package org.impactkit.evaluation;
