package org.impactkit.report.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.impactkit.compare.Comparison;
import org.impactkit.compare.Comparison.ItemLines;
import org.impactkit.compare.Comparison.Line;
import org.impactkit.compare.Measure;
import org.impactkit.report.internal.ReportText;

/**
 * Writes a {@link Comparison} as one tidy CSV table: a row per figure of the totals, each band, outcome
 * and activity, with both years, the change and the change in percent (the older year restated when the
 * prices differ, and as reported). Figures as plain numbers, rounded as in the JSON; names from the
 * inputs guarded against formula injection.
 */
public final class ComparisonCsv {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
  private static final List<String> HEADER = List.of("section", "id", "label", "measure", "older",
      "older_as_reported", "newer", "change", "change_percent");

  private ComparisonCsv() {}

  /** Writes the table as UTF-8; the stream is left open. */
  public static void write(Comparison c, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    FORMAT.printRecord(w, HEADER.toArray());
    for (Line l : c.totals()) {
      row(w, "totals", "", "", l);
    }
    items(w, "age band", c.byAgeBand());
    items(w, "outcome", c.byOutcome());
    items(w, "activity", c.byActivity());
    w.flush();
  }

  private static void items(Writer w, String section, List<ItemLines> items) throws IOException {
    for (ItemLines i : items) {
      for (Line l : i.lines()) {
        row(w, section, i.id(), i.label(), l);
      }
    }
  }

  private static void row(Writer w, String section, String id, String label, Line l) throws IOException {
    Measure m = l.measure();
    FORMAT.printRecord(w, section, ReportText.csvText(id), ReportText.csvText(label), m.key(), n(m, l.older()),
        n(m, l.olderAsReported()), n(m, l.newer()), n(m, l.change()), l.changeFraction() == null ? ""
            : l.changeFraction().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString());
  }

  private static String n(Measure m, BigDecimal v) {
    if (v == null) {
      return "";
    }
    return switch (m.kind()) {
      case MONEY -> v.setScale(2, RoundingMode.HALF_UP).toPlainString();
      case RATIO -> v.setScale(4, RoundingMode.HALF_UP).toPlainString();
      case COUNT -> v.setScale(0, RoundingMode.HALF_UP).toPlainString();
    };
  }
}
