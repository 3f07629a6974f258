/**
 * The SROI engine (SPEC §6): {@link org.impactkit.sroi.SroiCalculator} turns an impact map and its
 * investment into an {@link org.impactkit.sroi.SroiResult}: present values, payback, tipping points,
 * scenarios.
 *
 * <p>Engine: uses {@code model}, {@code diagnostic}, {@code bank}, {@code internal} and, of {@code
 * valuation}, only {@link org.impactkit.valuation.Discounting}.
 */
package org.impactkit.sroi;
