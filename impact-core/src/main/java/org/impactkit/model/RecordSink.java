package org.impactkit.model;

/** Receives records as a reader streams them, so no input needs to be held in memory whole. */
public interface RecordSink {
  /** One valid participant row. */
  void participant(ParticipantRecord record);

  /** One valid counts row. */
  void count(CountRecord record);

  /**
   * A row that could not be read; the reader has reported its problems where it reports every problem.
   * The row is counted as left out, so nothing is dropped unseen.
   */
  void rejected(RowRef row);
}
