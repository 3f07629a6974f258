/**
 * Packed data structures of the valuation engine: participants as primitive arrays ({@code
 * ParticipantTable}, its state, pending claims and long ids in pages that grow without copying) and claim
 * counts per calculation cell ({@code CellCounts}), so memory grows with participants, not rows: ten
 * million rows of three million people fit in a 512 MB heap. Used by {@code valuation} only. Not API.
 */
package org.impactkit.valuation.internal;
