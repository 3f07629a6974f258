package org.impactkit.evaluation;

/**
 * Hears how far a long read has got, for a progress display. Called every few thousand rows, from the
 * reading thread; implementations must be cheap.
 */
@FunctionalInterface
public interface Progress {
  /** Hears nothing. */
  Progress NONE = (file, bytesRead, bytesTotal, rows) -> { };

  /**
   * @param file the file being read, as named in messages
   * @param bytesRead bytes of it read so far, or -1 when the format cannot tell
   * @param bytesTotal its size in bytes
   * @param rows rows read so far over all files
   */
  void update(String file, long bytesRead, long bytesTotal, long rows);

  /** The reading is over. */
  default void done() {}
}
