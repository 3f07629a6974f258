/**
 * The wellbeing valuation engine (SPEC §5): rows to claims, claims to values, values to totals, streaming
 * and exact. {@link org.impactkit.valuation.CalculationResult} holds every figure. Engine.
 */
package org.impactkit.valuation;
