package org.impactkit.report.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the xlsx kit: styles, cells, names, print setup, tables")
class XlsxKitTest {
  @Test
  @DisplayName("money formats carry the currency's symbol in both looks; counts below the threshold show as <N")
  void moneyFormats() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxStyles report = XlsxStyles.report(wb, "EUR", 5);
      assertThat(report.money().getDataFormatString()).isEqualTo("\"€\"#,##0.00_0;[Red]-\"€\"#,##0.00_0");
      assertThat(report.count().getDataFormatString()).isEqualTo("[=0]0_0;[<5]\"<5\"_0;#,##0_0");
      XlsxStyles map = XlsxStyles.impactMap(wb, "USD");
      assertThat(map.money().getDataFormatString()).isEqualTo("\"$\"#,##0.00_0;[Red]-\"$\"#,##0.00_0");
      assertThat(map.perPound().getDataFormatString())
          .isEqualTo("\"$\"0.00\" per $1\"_0;[Red]-\"$\"0.00\" per $1\"_0");
    }
  }

  @Test
  @DisplayName("a style a look does not have fails loudly instead of leaving cells unstyled")
  void missingStyleFails() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxStyles map = XlsxStyles.impactMap(wb, "GBP");
      assertThatThrownBy(map::note).isInstanceOf(IllegalStateException.class).hasMessageContaining("note");
      assertThat(map.wrapQuoted()).isSameAs(map.textQuoted());
      XlsxStyles report = XlsxStyles.report(wb, "GBP", 0);
      assertThatThrownBy(report::months).isInstanceOf(IllegalStateException.class);
      assertThat(report.wrapQuoted()).isNotSameAs(report.textQuoted());
    }
  }

  @Test
  @DisplayName("text that looks like a formula gets the quoted twin of its style; a missing text leaves an empty cell")
  void text() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxKit kit = XlsxKit.report(wb, "GBP", 0, "T");
      XlsxStyles st = kit.styles();
      SheetWriter s = kit.writer(wb.createSheet("S"));
      assertThat(style(s.text(0, 0, "=SUM(1,2)"))).isEqualTo(st.textQuoted().getIndex());
      assertThat(style(s.text(0, 1, "+1", st.wrap()))).isEqualTo(st.wrapQuoted().getIndex());
      Cell plain = s.text(0, 2, "plain", st.wrap());
      assertThat(style(plain)).isEqualTo(st.wrap().getIndex());
      assertThat(plain.getCellType()).isEqualTo(CellType.STRING);
      assertThat(style(s.text(0, 3, null))).isEqualTo(st.text().getIndex());
      assertThat(style(s.textOrEmpty(0, 4, null))).isZero();
      assertThat(style(s.textAs(0, 5, "=not quoted", st.title()))).isEqualTo(st.title().getIndex());
    }
  }

  private static int style(Cell cell) {
    return cell.getCellStyle().getIndex();
  }

  @Test
  @DisplayName("widths come from the content within the column's cap, also past the 64th column")
  void widths() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxKit kit = XlsxKit.report(wb, "GBP", 0, "T");
      SheetWriter s = kit.writer(wb.createSheet("S"));
      s.text(1, 0, "x".repeat(20));
      s.text(1, 1, "y".repeat(100));
      s.cap(1, 30);
      s.money(1, 70, new BigDecimal("1234567.891"), kit.styles().money());
      assertThat(s.width(0)).isEqualTo(23);
      assertThat(s.width(1)).isEqualTo(33);
      assertThat(s.width(70)).isEqualTo("£1,234,567.89".length() + 3);
      assertThat(s.sheet.getRow(1).getCell(70).getNumericCellValue()).isEqualTo(1234567.89);
      s.applyWidths(2);
      assertThat(s.sheet.getColumnWidth(1)).isEqualTo(33 * 256);
    }
  }

  @Test
  @DisplayName("a column's heading sizes it: a fixed width at once, a fitted one within its cap and least width")
  void headings() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxKit kit = XlsxKit.report(wb, "GBP", 0, "T");
      SheetWriter s = kit.writer(wb.createSheet("S"));
      List<Heading> columns = List.of(Heading.fixed("Fixed", 18), Heading.fitted("Capped", 10),
          Heading.fitted("Wide").atLeast(15), Heading.fitted("Plain"));
      assertThat(Heading.headers(columns)).containsExactly("Fixed", "Capped", "Wide", "Plain");
      for (int c = 0; c < columns.size(); c++) {
        s.text(1, c, "z".repeat(40));
      }
      s.size(columns);
      assertThat(s.sheet.getColumnWidth(0)).isEqualTo(18 * 256);
      assertThat(s.width(1)).isEqualTo(13);
      assertThat(s.width(3)).isEqualTo(43);
      SheetWriter narrow = kit.writer(wb.createSheet("T"));
      narrow.text(1, 0, "abc");
      narrow.size(0, Heading.fitted("Wide").atLeast(15));
      assertThat(narrow.width(0)).isEqualTo(18);
    }
  }

  @Test
  @DisplayName("a defined name refers to the cell at its position on its sheet")
  void names() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("My summary");
      XlsxKit kit = XlsxKit.impactMap(wb, "GBP", "T");
      assertThat(kit.defineName("DiscountRate", "My summary", 11, 1)).isEqualTo("DiscountRate");
      assertThat(wb.getName("DiscountRate").getRefersToFormula()).isEqualTo("'My summary'!$B$12");
    }
  }

  @Test
  @DisplayName("§8 print setup of both looks: A4, title escaped, sheet name and page N of M; letter only when asked")
  void printSetup() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("By activity");
      SheetWriter s = XlsxKit.report(wb, "GBP", 0, "Smith & Jones").writer(sheet);
      s.text(0, 0, "a narrow table");
      s.setWidth(0, 30);
      s.print(0);
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getPrintSetup().getLandscape()).as("narrow: portrait").isFalse();
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getHeader().getCenter()).isEqualTo("Smith && Jones");
      assertThat(sheet.getFooter().getLeft()).isEqualTo("By activity");
      assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");

      XSSFSheet map = wb.createSheet("Impact Map");
      XlsxKit.impactMap(wb, "GBP", "A map", PageSetup.Paper.LETTER).writer(map).print(-1);
      assertThat(map.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
      assertThat(map.getFooter().getRight()).isEqualTo("Page &P of &N");
      assertThat(map.getHeader().getCenter()).isEqualTo("A map");
      assertThat(map.getRepeatingRows()).isNull();
    }
  }

  @Test
  @DisplayName("§8 a page's width decides: portrait, landscape fitted down to 70%, or column groups at 70% or more")
  void printPlans() {
    PageSetup a4 = new PageSetup(PageSetup.Paper.A4);
    // about 95 character widths fit across portrait A4, about 140 across landscape
    assertThat(a4.plan(widths(80), 1)).isEqualTo(new PageSetup.Plan(false, 0, List.of()));
    assertThat(a4.plan(widths(120), 1)).isEqualTo(new PageSetup.Plan(true, 0, List.of()));
    assertThat(a4.plan(widths(180), 1).groupEnds()).as("fits at 70% and more: fitted, not split").isEmpty();
    // 40 columns of 10: far too wide; split into groups, each repeating the first two columns
    PageSetup.Plan wide = a4.plan(widths(400), 2);
    assertThat(wide.landscape()).isTrue();
    assertThat(wide.scale()).isBetween(PageSetup.FLOOR, 100);
    assertThat(wide.groupEnds()).hasSizeGreaterThanOrEqualTo(2);
    double widest = 0;
    int from = 2;
    for (int end : append(wide.groupEnds(), 39)) {
      double group = 2 * PageSetup.points(10) + (end - from + 1) * PageSetup.points(10);
      widest = Math.max(widest, group);
      from = end + 1;
    }
    assertThat(widest * wide.scale() / 100).as("every group fits the page at the scale chosen")
        .isLessThanOrEqualTo(a4.pointsAcross(true));
  }

  /** {@code total} character widths as columns 10 wide. */
  private static double[] widths(int total) {
    double[] w = new double[total / 10];
    java.util.Arrays.fill(w, 10);
    return w;
  }

  private static List<Integer> append(List<Integer> list, int last) {
    List<Integer> all = new java.util.ArrayList<>(list);
    all.add(last);
    return all;
  }

  @Test
  @DisplayName("table headers are made unique ignoring case, as Excel requires")
  void uniqueHeaders() {
    assertThat(Tables.uniqueHeaders(List.of("Social value", "Social Value", "Claims", "social value")))
        .containsExactly("Social value", "Social Value (2)", "Claims", "social value (3)");
  }

  @Test
  @DisplayName("one bar chart helper: a legend only for several series, horizontal bars listed top down")
  void barCharts() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("S");
      String[] labels = {"a", "b"};
      var cats = XDDFDataSourcesFactory.fromArray(labels, "'S'!$A$1:$A$2");
      var values = XDDFDataSourcesFactory.fromArray(new Double[] {1.0, 2.0}, "'S'!$B$1:$B$2");
      XDDFColor blue = XDDFColor.from(PresetColor.STEEL_BLUE);
      BarChart.on(sheet, "One", 0, 0, 6, 10).horizontalTopDown().gapWidth(60).series("v", cats, values, blue).draw();
      BarChart.on(sheet, "Two", 0, 12, 6, 22).series("v", cats, values, blue).series("w", cats, values, blue).draw();
      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(2);
      var one = charts.get(0).getCTChart();
      assertThat(one.isSetLegend()).isFalse();
      assertThat(one.getPlotArea().getBarChartArray(0).getBarDir().getVal().toString()).isEqualTo("bar");
      assertThat(one.getPlotArea().getBarChartArray(0).getGapWidth().getVal()).isEqualTo(60);
      assertThat(one.getPlotArea().getCatAxArray(0).getScaling().getOrientation().getVal().toString())
          .isEqualTo("maxMin");
      var two = charts.get(1).getCTChart();
      assertThat(two.isSetLegend()).isTrue();
      assertThat(two.getPlotArea().getBarChartArray(0).getSerList()).hasSize(2);
      assertThat(two.getPlotArea().getBarChartArray(0).getBarDir().getVal().toString()).isEqualTo("col");
    }
  }
}
