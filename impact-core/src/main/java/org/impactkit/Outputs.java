package org.impactkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.report.OutputException;
import org.impactkit.report.ReportFormat;

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

  /**
   * Writes a report to {@code target} all or nothing: rendered whole first, so a failure while rendering
   * leaves the target untouched, then written {@linkplain #atomically atomically}.
   */
  static void rendered(Path target, AtomicFiles.Content report) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.writeTo(bytes);
    atomically(target, bytes::writeTo);
  }

  /**
   * Writes a report of a result whose CSV is a folder of tables: that folder by {@code folder}, any other
   * format by {@code file}, {@linkplain #rendered rendered whole} into {@code target}.
   */
  static void report(ReportFormat format, Path target, Writing folder, AtomicFiles.Content file)
      throws IOException {
    if (format == ReportFormat.CSV) {
      run(folder);
    } else {
      rendered(target, file);
    }
  }

  /** Runs {@code writing}, giving an output that cannot be written as the API's {@link OutputException}. */
  static void run(Writing writing) throws IOException {
    try {
      writing.run();
    } catch (AtomicFiles.OutputException e) {
      throw new OutputException(e.target(), e.getMessage(), e);
    }
  }

  /** Writes a report rendered as text (Markdown, HTML) in UTF-8; the stream is left open. */
  static void utf8(String report, OutputStream out) throws IOException {
    out.write(report.getBytes(StandardCharsets.UTF_8));
  }
}
