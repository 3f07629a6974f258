/**
 * The SROI engine (SPEC §6): {@link org.impactkit.sroi.SroiCalculator} turns an impact map and its
 * investment into an {@link org.impactkit.sroi.SroiResult}: present values, payback, tipping points,
 * scenarios, review warnings and the {@code high-ratio} check.
 *
 * <p>API: {@link org.impactkit.sroi.SroiResult}, from {@code Impact.sroi}. Engine: uses {@code model},
 * {@code diagnostic}, {@code bank}, {@code internal} and, of {@code valuation}, only {@link
 * org.impactkit.valuation.Discounting}, {@link org.impactkit.valuation.Rounding} and {@link
 * org.impactkit.valuation.Formats} (so a check's figures read as calculate's do).
 */
package org.impactkit.sroi;
