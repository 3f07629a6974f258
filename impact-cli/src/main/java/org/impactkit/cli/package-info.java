/** The {@code impact} command line: a thin picocli adapter over impact-core. Not API. */
package org.impactkit.cli;
