/**
 * impact: social value figures from participant and activity records. Start with {@link
 * org.impactkit.Impact}, the facade for analysts; results are in {@link org.impactkit.valuation} and
 * {@link org.impactkit.sroi}.
 *
 * <p>One package per job (SPEC §2; docs/architecture.md draws them): {@code model}, {@code diagnostic},
 * {@code bank}, {@code valuation} and {@code sroi} are the engine; {@code read} turns files into records,
 * {@code evaluation} runs an engine on a folder, {@code report} writes results, {@code template} writes
 * the blank input workbook. {@code Impact} may use them all.
 */
package org.impactkit;
