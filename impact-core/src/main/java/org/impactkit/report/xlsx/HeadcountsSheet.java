package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.internal.Heading.fitted;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.Tables;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.Headcount;

/** The Headcounts sheet: distinct participants by age band and by each breakdown column. */
final class HeadcountsSheet {
  static final String NAME = "Headcounts";

  enum Column {
    BREAKDOWN(fitted("Breakdown")), GROUP(fitted("Group", 60)), CODE(fitted("Code", 30)),
    PARTICIPANTS(fitted("Participants"));

    private final Heading heading;

    Column(Heading heading) {
      this.heading = heading;
    }

    static List<String> headers() {
      return Arrays.stream(values()).map(c -> c.heading.header()).toList();
    }
  }

  private HeadcountsSheet() {}

  static void write(XlsxKit kit, Sheet sheet, CalculationResult r) {
    SheetWriter s = kit.writer(sheet);
    ReportCells cells = new ReportCells(r, kit.styles());
    s.tableHeader(0, Column.headers());
    int row = 1;
    for (Headcount h : r.headcounts()) {
      s.text(row, Column.BREAKDOWN.ordinal(), h.dimension());
      s.text(row, Column.GROUP.ordinal(), h.label(), kit.styles().wrap());
      s.text(row, Column.CODE.ordinal(), h.value());
      cells.count(s, row, Column.PARTICIPANTS.ordinal(), h.participants(), kit.styles().count());
      row++;
    }
    int last = Math.max(row - 1, 1);
    if (r.headcounts().isEmpty()) {
      s.loose(2, 0, "No participant records: headcounts come from record-level input.", kit.styles().subtitle());
    }
    for (Column c : Column.values()) {
      s.size(c.ordinal(), c.heading);
    }
    s.applyWidths(Column.values().length);
    s.sheet.createFreezePane(0, 1);
    Tables.add(s.xssf(), "tblHeadcounts", 0, last, Column.headers());
    s.print(0);
    s.fitRows(1, last, Column.GROUP.ordinal());
  }
}
