package org.impactkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import org.impactkit.report.json.SroiJson;
import org.impactkit.report.markdown.SroiMarkdown;
import org.impactkit.report.xlsx.sroi.SroiWorkbook;
import org.impactkit.sroi.SroiResult;

/** Which report writer each format of {@code impact sroi} uses. */
final class SroiReports {
  /** The format written when none is asked for. */
  static final OutputFormat DEFAULT_FORMAT = OutputFormat.XLSX;

  private SroiReports() {}

  /** Writes the report; {@code false} when the format has no writer for SROI. */
  static boolean write(SroiResult result, OutputFormat format, OutputStream out) throws IOException {
    switch (format) {
      case JSON -> SroiJson.write(result, out);
      case XLSX -> SroiWorkbook.write(result, out);
      case MD -> SroiMarkdown.write(result, out);
      default -> {
        return false;
      }
    }
    return true;
  }
}
