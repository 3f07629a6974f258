/**
 * Packed data structures of the valuation engine: participants as primitive arrays ({@code
 * ParticipantTable}) and claim counts per calculation cell ({@code CellCounts}), so memory grows with
 * participants, not rows. Used by {@code valuation} only. Not API.
 */
package org.impactkit.valuation.internal;
