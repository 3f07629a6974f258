package org.impactkit.report.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.Tables;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.Formats;

/**
 * The Not claimed sheet: rows not claimed by reason, each row left out as invalid, and the warnings
 * about the run. Its tables share the sheet's columns, so their widths are set together.
 */
final class NotClaimedSheet {
  static final String NAME = "Not claimed";

  private static final List<String> REASON_HEADERS = List.of("Reason", "Rows", "What it means");
  private static final List<String> ROW_HEADERS = List.of("File", "Line", "Column", "Problem");
  private static final int COLUMNS = ROW_HEADERS.size();

  private NotClaimedSheet() {}

  static void write(XlsxKit kit, Sheet sheet, CalculationResult r) {
    SheetWriter s = kit.writer(sheet);
    XlsxStyles st = kit.styles();
    s.tableHeader(0, REASON_HEADERS);
    int row = 1;
    long total = 0;
    for (NotClaimedCount n : r.notClaimed()) {
      s.text(row, 0, ReportText.reason(n.reason()));
      // Rows, not people: never suppressed (each skipped row is listed below anyway).
      s.number(row, 1, n.count(), st.rows(), Formats.count(n.count()));
      s.text(row, 2, n.reason().description(), st.wrap());
      total += n.count();
      row++;
    }
    int last = row - 1;
    s.text(row, 0, "Total", st.bold());
    s.formula(row, 1, Formulas.columnSum(1, 1, last), total, st.rowsTotal(), Formats.count(total));
    Tables.add(s.xssf(), "tblNotClaimed", 0, last, REASON_HEADERS);
    row += 2;
    row = skippedRows(s, st, row, ReportText.skippedRows(r), r.settings().skipInvalid()
        ? "No row was invalid." : "None: invalid rows stop the run unless they are to be skipped.");
    int lastSkipped = row - 1;
    s.cap(2, 60);
    s.cap(3, 70);
    s.atLeast(2, 30);
    s.applyWidths(COLUMNS);
    int width = s.widthOf(COLUMNS);
    row++;
    s.loose(row++, 0, "Warnings", st.heading());
    List<Diagnostic> warnings = ReportText.warnings(r);
    if (warnings.isEmpty()) {
      // The checks warn apart from these: "None." alone would read as if nothing had been questioned.
      int checks = r.checksNotPassing().size();
      s.loose(row++, 0, checks == 0 ? "None." : "None about the rows read; " + Formats.count(checks)
          + (checks == 1 ? " check does" : " checks do") + " not pass: see the " + WorkbookWriter.CHECKS + " sheet.",
          st.subtitle());
    }
    for (Diagnostic d : warnings) {
      String text = d.render();
      s.loose(row, 0, text, st.wrap());
      s.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, COLUMNS - 1));
      s.lines(row, SheetWriter.linesFor(text, width));
      row++;
    }
    s.sheet.createFreezePane(0, 1);
    s.print(-1);
    s.fitRows(1, lastSkipped, 2, 3);
  }

  /** The rows left out as invalid, as a table from {@code row} on; returns the row after it. */
  private static int skippedRows(SheetWriter s, XlsxStyles st, int row, List<Diagnostic> list, String none) {
    s.loose(row++, 0, "Rows left out as invalid", st.heading());
    if (list.isEmpty()) {
      s.loose(row++, 0, none, st.subtitle());
      return row;
    }
    int headerRow = row;
    s.tableHeader(row++, ROW_HEADERS);
    for (Diagnostic d : list) {
      s.text(row, 0, d.file());
      if (d.line() > 0) {
        s.number(row, 1, d.line(), st.integer(), Long.toString(d.line()));
      }
      s.text(row, 2, d.column(), st.wrap());
      s.text(row, 3, d.message(), st.wrap());
      row++;
    }
    Tables.add(s.xssf(), "tblSkippedRows", headerRow, row - 1, ROW_HEADERS);
    return row;
  }
}
