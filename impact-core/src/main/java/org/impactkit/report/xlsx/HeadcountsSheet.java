package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.internal.Heading.fitted;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.impactkit.report.internal.CrossTabGrid;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.Tables;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.CrossTab;
import org.impactkit.valuation.CalculationResult.Headcount;

/**
 * The Headcounts sheet: first each cross-tab (SPEC §8) as a grid with its totals, as published reports
 * print them (boys and girls per strand), then distinct participants by age band, activity and each
 * breakdown column.
 *
 * <p>The grids share the list's columns: their row labels span the list's first two columns (the
 * breakdown and the group) and their counts start in its Participants column, so the figures of both
 * stand in one column of numbers.
 */
final class HeadcountsSheet extends ResultSheet {
  static final String NAME = "Headcounts";

  enum Column {
    BREAKDOWN(fitted("Breakdown", 24)), GROUP(fitted("Group", 44)), PARTICIPANTS(fitted("Participants"));

    private final Heading heading;

    Column(Heading heading) {
      this.heading = heading;
    }

    static List<String> headers() {
      return Arrays.stream(values()).map(c -> c.heading.header()).toList();
    }
  }

  /** The narrowest a grid's column of counts may be. */
  private static final int COUNT_WIDTH = 10;

  private final ReportCells cells;

  private HeadcountsSheet(XlsxKit kit, Sheet sheet, CalculationResult r, CalculationRefs calc) {
    super(kit, sheet, r);
    this.cells = new ReportCells(r, st, calc);
  }

  static void write(XlsxKit kit, Sheet sheet, CalculationResult r, CalculationRefs calc) {
    new HeadcountsSheet(kit, sheet, r, calc).write();
  }

  private void write() {
    int row = 0;
    int columns = Column.values().length;
    for (CrossTab c : r.crossTabs()) {
      CrossTabGrid g = CrossTabGrid.of(c);
      row = grid(row, g);
      columns = Math.max(columns, firstCount(g) + g.columns().size() + 1);
    }
    if (!r.crossTabs().isEmpty()) {
      s.loose(row++, 0, ReportText.CROSS_TAB_NOTE, st.note());
      row++;
    }
    int header = row;
    s.tableHeader(header, Column.headers());
    row++;
    for (Headcount h : r.headcounts()) {
      s.text(row, Column.BREAKDOWN.ordinal(), ReportText.words(h.dimension()));
      s.text(row, Column.GROUP.ordinal(), h.label(), st.wrap());
      cells.count(s, row, Column.PARTICIPANTS.ordinal(), h.participants(), st.count());
      row++;
    }
    int last = Math.max(row - 1, header + 1);
    if (r.headcounts().isEmpty()) {
      s.loose(header + 2, 0, "No participant records: headcounts come from record-level input.", st.subtitle());
    }
    for (Column c : Column.values()) {
      s.size(c.ordinal(), c.heading);
    }
    for (int c = Column.PARTICIPANTS.ordinal(); c < columns; c++) {
      s.atLeast(c, COUNT_WIDTH);
    }
    s.applyWidths(columns);
    s.sheet.createFreezePane(0, r.crossTabs().isEmpty() ? 1 : 0);
    Tables.add(s.xssf(), "tblHeadcounts", header, last, Column.headers());
    // a list's header repeated on every page would stand above the grids too
    s.print(r.crossTabs().isEmpty() ? 0 : -1, 2);
    s.fitRows(header + 1, last, Column.GROUP.ordinal());
  }

  /**
   * One cross-tab from {@code row} on: its title, a header of the last column's values, a row per
   * combination of the others with its total, and a total row; returns the row after a blank one.
   */
  private int grid(int row, CrossTabGrid g) {
    int top = row;
    s.loose(row++, 0, ReportText.words(g.title()), st.heading());
    int first = firstCount(g);
    int labels = g.rowHeaders().size();
    // the row labels: one column each, the last spanning to the counts
    for (int i = 0; i < labels; i++) {
      s.header(row, i, ReportText.words(g.rowHeaders().get(i)));
    }
    spanLabels(row, labels, first);
    for (int j = 0; j < g.columns().size(); j++) {
      s.header(row, first + j, g.columns().get(j));
      s.numeric(first + j);
    }
    s.header(row, first + g.columns().size(), "Total");
    s.numeric(first + g.columns().size());
    s.lines(row, 2);
    row++;
    for (CrossTabGrid.Row line : g.rows()) {
      for (int i = 0; i < labels; i++) {
        s.text(row, i, line.values().get(i), st.wrap());
      }
      spanLabels(row, labels, first);
      for (int j = 0; j < line.counts().size(); j++) {
        cells.count(s, row, first + j, line.counts().get(j), st.count());
      }
      cells.count(s, row, first + g.columns().size(), line.total(), st.count());
      row++;
    }
    s.text(row, 0, "Total", st.bold());
    spanLabels(row, labels, first);
    for (int j = 0; j < g.columnTotals().size(); j++) {
      cells.count(s, row, first + j, g.columnTotals().get(j), st.countTotal());
    }
    cells.count(s, row, first + g.columns().size(), g.total(), st.countTotal());
    s.keepTogether(top, row);
    return row + 2;
  }

  /** A grid's first column of counts: the list's Participants column, or after the labels when they are more. */
  private static int firstCount(CrossTabGrid g) {
    return Math.max(Column.PARTICIPANTS.ordinal(), g.rowHeaders().size());
  }

  /** Merges a grid row's last label cell across to the first column of counts, when there is room. */
  private void spanLabels(int row, int labels, int firstCount) {
    if (labels < firstCount) {
      s.sheet.addMergedRegion(new CellRangeAddress(row, row, labels - 1, firstCount - 1));
    }
  }
}
