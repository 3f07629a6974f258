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

  /**
   * How this sink numbers what rows name, when it also takes {@linkplain #coded coded rows}; {@code null} (the
   * default) when it takes records only.
   *
   * @return the numbering, or {@code null}
   */
  default RecordCodes codes() {
    return null;
  }

  /**
   * One valid participant row reduced to the numbers of {@link #codes()}, in file order among the records.
   * Only called on a sink whose {@link #codes()} is not {@code null}.
   *
   * @param row the row
   * @throws UnsupportedOperationException when this sink takes records only
   */
  default void coded(CodedParticipant row) {
    throw new UnsupportedOperationException("this sink takes records only: its codes() is null");
  }
}
