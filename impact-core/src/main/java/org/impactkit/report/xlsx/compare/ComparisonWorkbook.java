package org.impactkit.report.xlsx.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.compare.Comparison;
import org.impactkit.compare.Comparison.ItemLines;
import org.impactkit.compare.Comparison.Line;
import org.impactkit.compare.Measure;
import org.impactkit.report.ReportModel.Column;
import org.impactkit.report.ReportModel.Table;
import org.impactkit.report.internal.ComparisonText;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;

/**
 * Writes a {@link Comparison} as a one-sheet workbook: the notes on banks and prices, then the tables
 * the HTML and Markdown show (the same captions and rows), each figure a number cell with the report's
 * formats, the change in percent a percentage cell.
 */
public final class ComparisonWorkbook {
  static final String NAME = "Comparison";

  private ComparisonWorkbook() {}

  /** Writes the workbook; the stream is left open. */
  public static void write(Comparison c, OutputStream out) throws IOException {
    ComparisonText text = ComparisonText.of(c);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxKit kit = XlsxKit.report(wb, c.newer().bank().currency(), 0, text.title());
      XSSFSheet sheet = wb.createSheet(NAME);
      SheetWriter s = kit.writer(sheet);
      XlsxStyles st = kit.styles();
      int row = 0;
      s.loose(row++, 0, text.title(), st.title());
      for (String note : text.notes()) {
        s.loose(row++, 0, note, st.subtitle());
      }
      List<Table> tables = text.tables();
      List<List<Line>> lines = lines(c);
      List<Integer> labelRows = new ArrayList<>();
      for (int t = 0; t < tables.size(); t++) {
        Table table = tables.get(t);
        row++;
        int caption = row;
        s.loose(row++, 0, table.caption(), st.heading());
        s.tableHeader(row++, table.columns().stream().map(col -> col.header()).toList());
        for (int i = 0; i < table.rows().size(); i++) {
          Line l = lines.get(t).get(i);
          // wrapped, so a long outcome or activity name is printed whole rather than cut at the column's edge
          s.text(row, 0, table.rows().get(i).get(0).text(), st.wrap());
          labelRows.add(row);
          CellStyle style = style(st, l.measure());
          figure(s, row, 1, l.measure(), l.older(), style);
          figure(s, row, 2, l.measure(), l.newer(), style);
          figure(s, row, 3, l.measure(), l.change(), style);
          s.exact(row, 4, l.changeFraction(), st.percent());
          row++;
        }
        // a table and its caption print on one page when they fit on one
        s.keepTogether(caption, row - 1);
      }
      s.cap(0, 50);
      for (int col = 1; col <= 4; col++) {
        s.atLeast(col, 14);
      }
      if (!tables.isEmpty()) {
        // the years' headers are periods, "2021-04-01 to 2021-09-30", which break at a hyphen when wrapped
        List<Column> columns = tables.get(0).columns();
        s.headerOnOneLine(1, columns.get(1).header());
        s.headerOnOneLine(2, columns.get(2).header());
      }
      s.applyWidths(5);
      for (int r : labelRows) {
        s.fitRows(r, r, 0);
      }
      s.print(-1);
      var core = wb.getProperties().getCoreProperties();
      core.setTitle(text.title());
      core.setCreator("impact");
      kit.dateAs(XlsxKit.UNDATED);
      wb.write(out);
    }
  }

  /** The lines in the order of {@link ComparisonText#tables()}: the totals, then each section by measure. */
  private static List<List<Line>> lines(Comparison c) {
    List<List<Line>> all = new ArrayList<>();
    all.add(c.totals());
    for (List<ItemLines> section : List.of(c.byAgeBand(), c.byOutcome(), c.byActivity())) {
      section.stream().flatMap(i -> i.lines().stream()).map(Line::measure).distinct().forEach(m ->
          all.add(section.stream().flatMap(i -> i.lines().stream()).filter(l -> l.measure() == m).toList()));
    }
    return all;
  }

  /** Money rounded to the penny as the JSON gives it; other figures as they are; nothing for a missing one. */
  private static void figure(SheetWriter s, int row, int col, Measure m, BigDecimal v, CellStyle style) {
    if (v != null && m.kind() == Measure.Kind.MONEY) {
      s.money(row, col, v, style);
    } else {
      s.exact(row, col, v, style);
    }
  }

  private static CellStyle style(XlsxStyles st, Measure m) {
    return switch (m.kind()) {
      case MONEY -> st.money();
      case RATIO -> st.perPound();
      case COUNT -> st.count();
    };
  }
}
