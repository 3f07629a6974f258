package org.impactkit.model;

/** Receives records as a reader streams them, so no input needs to be held in memory whole. */
public interface RecordSink {
  /**
   * One valid participant row.
   *
   * @param record the row
   */
  void participant(ParticipantRecord record);

  /**
   * One valid counts row.
   *
   * @param record the row
   */
  void count(CountRecord record);

  /**
   * A row that could not be read; the reader has reported its problems where it reports every problem.
   * The row is counted as left out, so nothing is dropped unseen.
   *
   * @param row where the row was
   */
  void rejected(RowRef row);
}
