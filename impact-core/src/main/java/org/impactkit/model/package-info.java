/**
 * The records read from inputs and where each came from: activities, participant and counts rows
 * ({@link org.impactkit.model.Activity}, {@link org.impactkit.model.ParticipantRecord}, {@link
 * org.impactkit.model.CountRecord}, streamed to a {@link org.impactkit.model.RecordSink}), impact maps
 * ({@link org.impactkit.model.ImpactMap}, {@link org.impactkit.model.Investment}), the period and the
 * per-outcome {@link org.impactkit.model.Adjustments}; {@link org.impactkit.model.RowRef} and {@link
 * org.impactkit.model.SourceFile} point back at a file, line and column.
 *
 * <p>Engine, the bottom of it: uses only {@code internal}. No file formats, no terminal.
 */
package org.impactkit.model;
