package org.impactkit.report;

import java.util.Locale;
import org.impactkit.internal.ConstantNames;

/**
 * The formats a calculation or an SROI can be written in (SPEC §7, §8), through {@code
 * Impact.write(result, format, target)}.
 */
public enum ReportFormat {
  /** The funder-ready workbook (SPEC §8): one {@code .xlsx} file to open, read, print and audit. */
  XLSX("xlsx"),
  /** The figures as JSON ({@code impact/calculate/v1} or {@code impact/sroi/v1}, SPEC §7.1, §7.2). */
  JSON("json"),
  /** A folder of tidy CSV tables, one per breakdown; written to a folder only, never to a stream. */
  CSV(null),
  /** A summary in Markdown, to paste into a grant report. */
  MD("md"),
  /**
   * One self-contained page (SPEC §8.2) to read on a phone or print on two A4 pages; a calculation's
   * and a comparison's only, not an SROI's.
   */
  HTML("html");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** @return the file extension of a report in this format, or {@code null} when it is a folder (CSV) */
  public String extension() {
    return extension;
  }

  /** @return whether the report is a folder of files rather than one file (or stream) */
  public boolean isFolder() {
    return extension == null;
  }

  /** @return the format's name as people write it: {@code xlsx}, {@code json}, {@code csv}, {@code md}, {@code html} */
  public String id() {
    return ConstantNames.kebab(this);
  }

  /**
   * The format a file name's extension names.
   *
   * @param fileName a file name such as {@code summary.md}
   * @return the format, or {@code null} when the extension names none (CSV reports are folders)
   */
  public static ReportFormat ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.extension != null && lower.endsWith("." + f.extension)) {
        return f;
      }
    }
    return null;
  }
}
