package org.impactkit.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A report, template or bank file that could not be written: the folder is missing or not writable,
 * the target is a folder, the disk is full. The message names the target and says why. Nothing was
 * written: an existing file at the target is as it was.
 */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path target;

  /**
   * @param target the file that was to be written
   * @param message the target and the reason, e.g. {@code out.xlsx: cannot write here: the folder x does
   *     not exist}
   * @param cause the underlying failure, or {@code null}
   */
  public OutputException(Path target, String message, Throwable cause) {
    super(message, cause);
    this.target = target;
  }

  /** @return the file that was to be written (not kept when the exception is serialised) */
  public Path target() {
    return target;
  }
}
