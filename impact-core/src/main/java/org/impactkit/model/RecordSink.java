package org.impactkit.model;

import org.impactkit.diagnostic.Diagnostic;
import java.util.List;

/** Receives records as a reader streams them, so no input needs to be held in memory whole. */
public interface RecordSink {
  /** One valid participant row. */
  void participant(ParticipantRecord record);

  /** One valid counts row. */
  void count(CountRecord record);

  /** A row that could not be read, with every problem found on it. */
  void rejected(RowRef row, List<Diagnostic> problems);
}
