/**
 * Problems found in inputs and runs (SPEC §10): a {@link org.impactkit.diagnostic.Diagnostic} has a
 * severity, a location (file, line, column), a message in the data's terms and, where a front end can
 * help, {@link org.impactkit.diagnostic.Advice} that each front end words itself. {@link
 * org.impactkit.diagnostic.Diagnostics} collects them during a run; {@link
 * org.impactkit.diagnostic.InvalidInputException} carries them all when a run stops.
 *
 * <p>Engine: uses {@code model} and {@code internal}; never names a command-line option.
 */
package org.impactkit.diagnostic;
