/**
 * The records read from inputs or built in code (activities, participants, counts, impact maps), and
 * where each came from ({@link org.impactkit.model.RowRef}: a file and line, or a source and key). API:
 * build records in code with {@code Activity.builder()}, {@code ParticipantRecord.builder()} and {@code
 * CountRecord.builder()}. Part of the engine: no file formats, no terminal.
 */
package org.impactkit.model;
