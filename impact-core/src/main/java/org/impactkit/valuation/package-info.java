/**
 * The wellbeing valuation engine (SPEC §5): rows to claims, claims to values, values to totals, streaming
 * and exact. API: {@link org.impactkit.valuation.CalculationResult} holds every figure (immutable),
 * {@link org.impactkit.valuation.Calculator} takes records one at a time (single-use), {@link
 * org.impactkit.valuation.Rounding} is the one rounding rule of results and reports. Engine.
 *
 * <p>{@link org.impactkit.valuation.Calculator} is the streaming facade; it reads its settings through
 * {@link org.impactkit.valuation.ValuationSettings}. {@link org.impactkit.valuation.Discounting} holds
 * the one discount and present-value function of both engines. Behind the facade, package-private
 * classes do one job each: {@code RowLookups} (what a row names), {@code RowClaims} (the rules of §5.1),
 * {@code Headcounts}, {@code ConflictResolver} and {@code Totaller}, over {@code Activities} and {@code
 * Claims}; {@code ParticipantShards} keeps the participants, in one share or in several on threads of
 * their own; {@code valuation.internal} holds their packed data structures.
 *
 * <p>Uses {@code model}, {@code diagnostic}, {@code bank} and {@code internal}; never a file format, a
 * report or the command line.
 */
package org.impactkit.valuation;
