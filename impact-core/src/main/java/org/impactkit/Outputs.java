package org.impactkit;

import java.io.IOException;
import java.nio.file.Path;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.report.OutputException;

/** How the facade writes files: all or nothing, with a failure given as the API's {@link OutputException}. */
final class Outputs {
  private Outputs() {}

  /** Something that writes files. */
  interface Writing {
    void run() throws IOException;
  }

  /** Writes {@code target} atomically: a failure leaves no partial file and an earlier one as it was. */
  static void atomically(Path target, AtomicFiles.Content content) throws IOException {
    run(() -> AtomicFiles.write(target, content));
  }

  /** Runs {@code writing}, giving an output that cannot be written as the API's {@link OutputException}. */
  static void run(Writing writing) throws IOException {
    try {
      writing.run();
    } catch (AtomicFiles.OutputException e) {
      throw new OutputException(e.target(), e.getMessage(), e);
    }
  }
}
