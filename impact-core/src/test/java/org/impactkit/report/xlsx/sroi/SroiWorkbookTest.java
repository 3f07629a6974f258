package org.impactkit.report.xlsx.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.Discounting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SROI workbook (SPEC §7, §8): sheets, live formulas with cached values, charts, safe text. */
class SroiWorkbookTest {
  static ImpactMapRow row(String stakeholder, String outcome, int q, int proxy, int duration, int start, String dw,
      String attr, String drop) {
    return new ImpactMapRow(stakeholder, outcome, BigDecimal.valueOf(q), BigDecimal.valueOf(proxy), duration, start,
        new BigDecimal(dw).movePointLeft(2), BigDecimal.ZERO, new BigDecimal(attr).movePointLeft(2),
        new BigDecimal(drop).movePointLeft(2), "=HYPERLINK(\"x\")", null, null, null);
  }

  static final ImpactMap MAP = new ImpactMap("Test", List.of(
      // 20 × 1000 × 0.8 × 0.75 = 12000, 10800, 9720 in years 1–3
      row("Young people", "Sport", 20, 1000, 3, 1, "20", "25", "10"),
      // 10 × 500 × 0.9 = 4500, 2250 in years 2–3
      row("Volunteers", "Volunteering", 10, 500, 2, 2, "10", "0", "50"),
      // a harm: −3000 in year 1
      row("Residents", "Noise", 30, -100, 1, 1, "0", "0", "0")));

  static final Investment INPUTS = new Investment(List.of(new Investment.Item("Funder", "Grant", new BigDecimal("15000"), null)));
  /** The map's SROI at the Green Book's flat rate: what most tests write. */
  static final SroiResult FLAT = new SroiCalculator(Discounting.GREEN_BOOK_FLAT).calculateFor(MAP, INPUTS);

  static XSSFWorkbook workbook(SroiResult r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SroiWorkbook.write(r, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  @DisplayName("§8 Sensitivity: the chart's return axis starts at a round figure below the lowest return, so its"
      + " labels read 70, 75, 80 and not £70.90 per £1, £75.90 per £1 (whole figures from 10 on)")
  void sensitivityAxisStartsRound() throws IOException {
    for (String grant : List.of("15000", "150", "15")) {
      SroiResult r = new SroiCalculator(Discounting.GREEN_BOOK_FLAT).calculateFor(MAP,
          new Investment(List.of(new Investment.Item("Funder", "Grant", new BigDecimal(grant), null))));
      double lowest = r.scenarios().stream().mapToDouble(s -> s.minRatio().doubleValue()).min().orElseThrow();
      try (XSSFWorkbook wb = workbook(r)) {
        var valueAxis = wb.getSheet("Sensitivity").getDrawingPatriarch().getCharts().get(0).getCTChart()
            .getPlotArea().getValAxArray(0);
        double highest = r.scenarios().stream().mapToDouble(s -> s.maxRatio().doubleValue()).max().orElseThrow();
        assertThat(valueAxis.getNumFmt().getFormatCode()).as("grant %s", grant)
            .isEqualTo(highest >= 10 ? "#,##0" : "#,##0.00");
        double min = valueAxis.getScaling().getMin().getVal();
        double step = Math.pow(10, Math.floor(Math.log10(min))) / 2;
        assertThat(min).as("grant %s, lowest return %s", grant, lowest).isLessThan(lowest).isPositive()
            .isGreaterThan(lowest / 2);
        assertThat(min / step).as("a whole number of half leading digits: %s", min)
            .isCloseTo(Math.rint(min / step), within(1e-9));
      }
    }
  }

  @Test
  @DisplayName("§8 Summary: the inputs' Description header stays over its text when every description is blank")
  void blankDescriptionHeaderLeft() throws IOException {
    SroiResult r = new SroiCalculator(Discounting.GREEN_BOOK_FLAT).calculateFor(MAP,
        new Investment(List.of(new Investment.Item("Investment", null, new BigDecimal("1000"), null))));
    try (XSSFWorkbook wb = workbook(r)) {
      XSSFSheet summary = wb.getSheet("Summary");
      Cell header = null;
      for (org.apache.poi.ss.usermodel.Row row : summary) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Description")) {
            header = c;
          }
        }
      }
      assertThat(header).isNotNull();
      assertThat(header.getCellStyle().getAlignment()).isNotEqualTo(
          org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
    }
  }

  static double cached(XSSFSheet sh, int row, int col) {
    Cell c = sh.getRow(row).getCell(col);
    assertThat(c.getCellType()).as("%s!%s", sh.getSheetName(), c.getAddress()).isEqualTo(CellType.FORMULA);
    return c.getNumericCellValue();
  }

  @Test
  @DisplayName("§8 SROI workbook: six sheets, headline cells as formulas whose cached values match §6 to the penny")
  void headline() throws IOException {
    SroiResult r = FLAT;
    try (XSSFWorkbook wb = workbook(r)) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      assertThat(List.of(wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4),
          wb.getSheetName(5))).containsExactly("Impact Map", "Years", "Stakeholders", "Sensitivity", "Checks");
      XSSFSheet summary = wb.getSheet("Summary");
      // 9000 + (10800 + 4500) / 1.035 + (9720 + 2250) / 1.035² = 9000 + 14782.61 + 11174.12 = 34956.73
      assertThat(cached(summary, SummarySheet.ROW_PV, 1)).isCloseTo(34956.73, within(0.005));
      assertThat(cached(summary, SummarySheet.ROW_PV, 1)).isCloseTo(r.presentValue().doubleValue(), within(1e-6));
      assertThat(cached(summary, SummarySheet.ROW_INVESTMENT, 1)).isEqualTo(15000.0);
      assertThat(cached(summary, SummarySheet.ROW_RATIO, 1)).isCloseTo(r.ratio().doubleValue(), within(1e-9));
      assertThat(cached(summary, SummarySheet.ROW_NPV, 1)).isCloseTo(19956.73, within(0.005));
      // payback: 15000 / (9000 / 12) = 20 months
      assertThat(cached(summary, SummarySheet.ROW_PAYBACK, 1)).isCloseTo(20.0, within(1e-9));
      assertThat(summary.getRow(SummarySheet.ROW_RATE).getCell(1).getNumericCellValue()).isEqualTo(0.035);
      assertThat(summary.getRow(SummarySheet.ROW_CONVENTION).getCell(1).getStringCellValue())
          .startsWith("Year 1 not discounted");
    }
  }

  @Test
  @DisplayName("§8 Impact Map: live formulas for impact, each year and present value; per-year and stakeholder sheets")
  void formulas() throws IOException {
    SroiResult r = FLAT;
    try (XSSFWorkbook wb = workbook(r)) {
      XSSFSheet map = wb.getSheet("Impact Map");
      assertThat(map.getRow(1).getCell(ImpactMapSheet.Column.IMPACT.index()).getCellFormula()).isEqualTo("D2*E2*(1-J2)*(1-K2)*(1-L2)");
      assertThat(cached(map, 1, ImpactMapSheet.Column.IMPACT.index())).isEqualTo(12000.0);
      // sport in years 1–3: 12000, 10800, 9720; volunteering starts in year 2
      assertThat(cached(map, 1, MapLayout.FIRST_YEAR_COLUMN + 2)).isCloseTo(9720.0, within(1e-9));
      assertThat(cached(map, 2, MapLayout.FIRST_YEAR_COLUMN)).isEqualTo(0.0);
      assertThat(cached(map, 2, MapLayout.FIRST_YEAR_COLUMN + 1)).isCloseTo(4500.0, within(1e-9));
      assertThat(cached(map, 3, MapLayout.FIRST_YEAR_COLUMN)).isEqualTo(-3000.0);
      XSSFSheet years = wb.getSheet("Years");
      assertThat(cached(years, 1, 1)).isEqualTo(9000.0);
      assertThat(cached(years, 2, 1)).isCloseTo(15300.0, within(1e-9));
      assertThat(cached(years, 2, 3)).isCloseTo(14782.61, within(0.005));
      XSSFSheet st = wb.getSheet("Stakeholders");
      assertThat(st.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Residents");
      assertThat(cached(st, 3, 3)).isEqualTo(-3000.0);
      assertThat(st.getDrawingPatriarch().getCharts()).hasSize(1);
      XSSFSheet sens = wb.getSheet("Sensitivity");
      assertThat(sens.getDrawingPatriarch().getCharts()).hasSize(1);
      // text from the inputs is never a formula
      Cell indicator = map.getRow(1).getCell(ImpactMapSheet.Column.INDICATOR.index());
      assertThat(indicator.getCellType()).isEqualTo(CellType.STRING);
      assertThat(indicator.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  @DisplayName("§8 the formulas are live: switching the convention cell to end-of-year gives §6's end-of-year figure")
  void liveConvention() throws IOException {
    SroiResult yearZero = FLAT;
    SroiResult endOfYear = new SroiCalculator(new Discounting(new BigDecimal("0.035"),
        Discounting.Convention.END_OF_YEAR)).calculateFor(MAP, INPUTS);
    try (XSSFWorkbook wb = workbook(yearZero)) {
      XSSFSheet summary = wb.getSheet("Summary");
      summary.getRow(SummarySheet.ROW_OFFSET).getCell(1).setCellValue(1);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      assertThat(summary.getRow(SummarySheet.ROW_PV).getCell(1).getNumericCellValue())
          .isCloseTo(endOfYear.presentValue().doubleValue(), within(1e-6));
    }
  }

  @Test
  @DisplayName("§8 Sensitivity is live: tipping points and scenarios are formulas over the Impact Map, cached as §6")
  void liveSensitivity() throws IOException {
    SroiResult r = FLAT;
    try (XSSFWorkbook wb = workbook(r)) {
      XSSFSheet sens = wb.getSheet("Sensitivity");
      long overTheMap = 0;
      for (var row : sens) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.FORMULA && c.getCellFormula().contains("'Impact Map'!")) {
            overTheMap++;
          }
        }
      }
      assertThat(overTheMap).isGreaterThanOrEqualTo(10);
      assertSensitivityIs(sens, r);
    }
  }

  @Test
  @DisplayName("§8 changing a deadweight on the Impact Map in Excel moves the ratio, tipping points and scenarios")
  void editedDeadweight() throws IOException {
    SroiResult r = FLAT;
    ImpactMap edited = new ImpactMap("Test", List.of(MAP.rows().get(0).with(org.impactkit.model.Parameter.DEADWEIGHT,
        new BigDecimal("0.6")), MAP.rows().get(1), MAP.rows().get(2)));
    SroiResult expected = new SroiCalculator(Discounting.GREEN_BOOK_FLAT).calculateFor(edited, INPUTS);
    try (XSSFWorkbook wb = workbook(r)) {
      XSSFSheet map = wb.getSheet("Impact Map");
      map.getRow(1).getCell(ImpactMapSheet.Column.DEADWEIGHT.index()).setCellValue(0.6);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      double ratio = wb.getSheet("Summary").getRow(SummarySheet.ROW_RATIO).getCell(1).getNumericCellValue();
      assertThat(ratio).isNotCloseTo(r.ratio().doubleValue(), within(0.1));
      assertThat(ratio).isCloseTo(expected.ratio().doubleValue(), within(1e-9));
      assertSensitivityIs(wb.getSheet("Sensitivity"), expected);
    }
  }

  @Test
  @DisplayName("§5.4 the Summary's method says the proxies' price year and that others were uprated, only when known")
  void priceYearInTheMethod() throws IOException {
    ImpactMap dated = new ImpactMap("Test", MAP.rows(), "GBP", 2020);
    try (XSSFWorkbook with = workbook(SroiCalculator.calculate(dated, INPUTS));
        XSSFWorkbook without = workbook(SroiCalculator.calculate(MAP, INPUTS))) {
      assertThat(texts(with.getSheet("Summary"))).contains("Price year: proxies in 2020 prices; any given in another"
          + " year's prices (column price_year) were uprated by the GDP deflator.");
      assertThat(texts(without.getSheet("Summary"))).noneMatch(t -> t.startsWith("Price year"));
    }
  }

  @Test
  @DisplayName("§8, §10 a return above 10 to 1: the Checks sheet warns, and the Summary lists it with the warnings")
  void highRatioChecked() throws IOException {
    // present value 34,956.73 on 3,000: £11.65 per £1. Sport 12000 + 10800 / 1.035 + 9720 / 1.035² = 31,508.51;
    // volunteering 4500 / 1.035 + 2250 / 1.035² = 6,448.23; noise −3,000
    SroiResult r = new SroiCalculator(Discounting.GREEN_BOOK_FLAT).calculateFor(MAP,
        Investment.total(new BigDecimal("3000")));
    try (XSSFWorkbook wb = workbook(r); XSSFWorkbook low = workbook(FLAT)) {
      assertThat(texts(wb.getSheet("Checks"))).containsExactly("Check", "Result", "What was found",
          "Size of the return", "Warning", "the return is £11.65 for every £1 invested, above 10 to 1, which published"
              + " reports rarely reach; the largest contributions: 'Young people: Sport' £31,508.51,"
              + " 'Volunteers: Volunteering' £6,448.23");
      assertThat(texts(wb.getSheet("Summary"))).contains("Warning: Size of the return: the return is £11.65 for every"
          + " £1 invested, above 10 to 1, which published reports rarely reach; the largest contributions:"
          + " 'Young people: Sport' £31,508.51, 'Volunteers: Volunteering' £6,448.23"
          + " (see the Checks sheet)");
      assertThat(texts(low.getSheet("Checks"))).contains("Passed", "the return is £2.33 for every £1 invested");
      assertThat(texts(low.getSheet("Summary"))).noneMatch(t -> t.contains("Size of the return"));
    }
  }

  private static List<String> texts(XSSFSheet sheet) {
    List<String> texts = new java.util.ArrayList<>();
    for (org.apache.poi.ss.usermodel.Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING) {
          texts.add(c.getStringCellValue());
        }
      }
    }
    return texts;
  }

  @Test
  @DisplayName("§8 a drop-off with no tipping point says none aligned right, as the figures and formulas beside it")
  void noneAlignedWithTheFigures() throws IOException {
    SroiResult r = FLAT;
    try (XSSFWorkbook wb = workbook(r)) {
      XSSFSheet sens = wb.getSheet("Sensitivity");
      int checked = 0;
      for (SroiResult.TippingPoint t : r.tippingPoints()) {
        var row = rowWith(sens, t.row().label(), t.parameter().label());
        assertThat(row.getCell(3).getCellStyle().getAlignment()).as(t.row().label() + " " + t.parameter())
            .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        if (t.parameter() == org.impactkit.model.Parameter.DROP_OFF && !t.exists()) {
          assertThat(row.getCell(3).getStringCellValue()).isEqualTo("none");
          checked++;
        }
      }
      assertThat(checked).as("drop-offs without a tipping point").isPositive();
    }
  }

  @Test
  @DisplayName("§8 the SROI look puts text and figures at the top of their cells, as the report does; headers at the foot")
  void topAligned() throws IOException {
    SroiResult r = FLAT;
    try (XSSFWorkbook wb = workbook(r)) {
      XSSFSheet map = wb.getSheet("Impact Map");
      for (int c = 0; c <= ImpactMapSheet.Column.PV_FACTOR.index(); c++) {
        assertThat(map.getRow(MapLayout.FIRST_ROW).getCell(c).getCellStyle().getVerticalAlignment()).as("column %d", c)
            .isEqualTo(VerticalAlignment.TOP);
        assertThat(map.getRow(0).getCell(c).getCellStyle().getVerticalAlignment()).as("header %d", c)
            .isEqualTo(VerticalAlignment.BOTTOM);
      }
      var sens = rowWith(wb.getSheet("Sensitivity"), "Quantity: Young people: Sport", null);
      assertThat(sens.getCell(0).getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
      assertThat(sens.getCell(2).getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
    }
  }

  @Test
  @DisplayName("§8 Sensitivity: the scenario table's header repeats on the pages it runs onto, its chart above it")
  void scenarioHeaderRepeats() throws IOException {
    SroiResult r = FLAT;
    try (XSSFWorkbook wb = workbook(r)) {
      XSSFSheet sens = wb.getSheet("Sensitivity");
      int header = rowWith(sens, "Assumption: outcome", null).getRowNum();
      assertThat(sens.getRepeatingRows()).isNotNull();
      assertThat(sens.getRepeatingRows().getFirstRow()).isEqualTo(header);
      assertThat(sens.getRepeatingRows().getLastRow()).isEqualTo(header);
      // were the chart below the table, the repeated header would print over it too
      var frame = sens.getDrawingPatriarch().getShapes().get(0);
      assertThat(((org.apache.poi.xssf.usermodel.XSSFClientAnchor) frame.getAnchor()).getRow2()).isLessThan(header);
      // "Return at −25%" broken by hand, so it sits on the headers' line instead of above it
      assertThat(sens.getRow(header).getCell(2).getStringCellValue()).isEqualTo("Return at\n−25%");
    }
  }

  @Test
  @DisplayName("§8 SROI Summary: the stepped discount rate's label fits its line, and its row is one line tall")
  void discountRateOnOneLine() throws Exception {
    SroiResult r = org.impactkit.Impact.sroi(java.nio.file.Path.of("..", "samples", "sroi-stepping-out-north-kent-2020"),
        null);
    assertThat(r.discounting().schedule().isFlat()).isFalse();
    try (XSSFWorkbook wb = workbook(r)) {
      XSSFSheet summary = wb.getSheet("Summary");
      assertThat(summary.getRow(SummarySheet.ROW_RATE).getCell(0).getStringCellValue()).startsWith("Discount rate, years");
      assertThat(summary.getRow(SummarySheet.ROW_RATE).getHeightInPoints()).isLessThan(20f);
      assertThat(summary.getRow(SummarySheet.ROW_CONVENTION).getHeightInPoints()).isLessThan(20f);
    }
  }

  /**
   * Every tipping point (but drop-off's, which the engine finds by search) and every scenario return on
   * the sheet equals the engine's. Rows are found by their labels, as the scenarios are sorted.
   */
  private static void assertSensitivityIs(XSSFSheet sens, SroiResult r) {
    int checked = 0;
    for (SroiResult.TippingPoint t : r.tippingPoints()) {
      if (t.parameter() == org.impactkit.model.Parameter.DROP_OFF) {
        continue;
      }
      var row = rowWith(sens, t.row().label(), t.parameter().label());
      assertThat(row.getCell(2).getNumericCellValue()).isCloseTo(t.current().doubleValue(), within(1e-12));
      Cell breakEven = row.getCell(3);
      if (t.exists()) {
        assertThat(breakEven.getNumericCellValue()).as(t.row().label() + " " + t.parameter())
            .isCloseTo(t.breakEven().doubleValue(), within(1e-9));
      } else {
        assertThat(breakEven.getStringCellValue()).as(t.row().label() + " " + t.parameter()).isEqualTo("none");
      }
      checked++;
    }
    for (SroiResult.Scenario sc : r.scenarios()) {
      String label = sc.label() + ": " + (sc.row() == null ? "every outcome" : sc.row().label());
      var row = rowWith(sens, label, null);
      for (int i = 0; i < sc.cases().size(); i++) {
        assertThat(row.getCell(2 + i).getNumericCellValue()).as(label + " case " + i)
            .isCloseTo(sc.cases().get(i).ratio().doubleValue(), within(1e-9));
      }
      assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(sc.minRatio().doubleValue(), within(1e-9));
      assertThat(row.getCell(7).getNumericCellValue()).isCloseTo(sc.maxRatio().doubleValue(), within(1e-9));
      checked++;
    }
    assertThat(checked).isGreaterThan(20);
  }

  /** The Sensitivity row whose first cell is {@code label} (and second {@code assumption}, when given). */
  private static org.apache.poi.ss.usermodel.Row rowWith(XSSFSheet sens, String label, String assumption) {
    for (var row : sens) {
      Cell first = row.getCell(0);
      Cell second = row.getCell(1);
      if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)
          && (assumption == null || (second != null && second.getCellType() == CellType.STRING
              && second.getStringCellValue().equals(assumption)))) {
        return row;
      }
    }
    throw new AssertionError("no row " + label + " / " + assumption);
  }

  @Test
  @DisplayName("§9 determinism: dated by a fixed day, not the clock, so the same map gives the same parts")
  void fixedDate() throws Exception {
    SroiResult r = FLAT;
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    SroiWorkbook.write(r, first);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first.toByteArray()))) {
      var core = wb.getProperties().getCoreProperties();
      assertThat(core.getCreated()).isEqualTo(Date.from(Instant.parse("2000-01-01T00:00:00Z")));
      assertThat(core.getModified()).isEqualTo(core.getCreated());
    }
    Thread.sleep(1100); // long enough for the clock's second to change, had it been used
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    SroiWorkbook.write(r, again);
    // the zip's own entry times are the clock's; every part inside is the same
    assertThat(parts(again.toByteArray())).isEqualTo(parts(first.toByteArray()));
  }

  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
