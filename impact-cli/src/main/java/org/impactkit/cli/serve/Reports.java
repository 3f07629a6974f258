package org.impactkit.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.impactkit.Impact;
import org.impactkit.report.ReportFormat;
import org.impactkit.valuation.CalculationResult;

/**
 * The reports the page offers, written by the library's report writers as {@code impact calculate
 * --format F} writes them; a CSV report, a folder on the command line, comes as a zip of that folder.
 */
final class Reports {
  /** Zip entries are dated as the workbooks are, so the same result gives the same bytes. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private Reports() {}

  /**
   * A report format as the page offers it: the command line's, but for CSV, whose folder of tables is
   * sent as one zip.
   */
  enum Format {
    XLSX(ReportFormat.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML(ReportFormat.HTML, "text/html; charset=utf-8"),
    JSON(ReportFormat.JSON, "application/json; charset=utf-8"),
    MD(ReportFormat.MD, "text/markdown; charset=utf-8"),
    CSV(ReportFormat.CSV, "application/zip");

    /** The query value, as {@code --format} takes it. */
    final String id;
    final String extension;
    final String mediaType;
    private final ReportFormat report;

    Format(ReportFormat report, String mediaType) {
      this.report = report;
      this.id = report.id();
      this.extension = report == ReportFormat.CSV ? "zip" : report.extension();
      this.mediaType = mediaType;
    }

    /** The format named {@code id}, or {@code null}. */
    static Format of(String id) {
      return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst().orElse(null);
    }

    /** The formats' ids, for messages. */
    static String ids() {
      return String.join(", ", Arrays.stream(values()).map(f -> f.id).toList());
    }
  }

  /** The report's bytes, as {@code impact calculate --format F} writes them. */
  static byte[] render(CalculationResult result, Format format) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (format == Format.CSV) {
      csvZip(result, bytes);
    } else {
      Impact.write(result, format.report, bytes);
    }
    return bytes.toByteArray();
  }

  /**
   * The download's file name: {@code <name>-impact.<ext>}, the name as {@code impact calculate} makes
   * it from a folder (the evaluation's name, in plain ASCII so every browser and file system keeps it).
   */
  static String fileName(CalculationResult result, Format format) {
    return stem(result) + "-impact." + format.extension;
  }

  private static String stem(CalculationResult result) {
    String name = result.settings().name() == null ? "" : result.settings().name();
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-$", "");
    }
    return slug.isEmpty() ? "evaluation" : slug;
  }

  /** The CSV tables as a zip of the folder {@code impact calculate --format csv} writes. */
  private static void csvZip(CalculationResult result, ByteArrayOutputStream bytes) throws IOException {
    String folder = stem(result) + "-impact/";
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> table : Impact.csvTables(result).entrySet()) {
        ZipEntry entry = new ZipEntry(folder + table.getKey());
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(table.getValue());
        zip.closeEntry();
      }
    }
  }
}
