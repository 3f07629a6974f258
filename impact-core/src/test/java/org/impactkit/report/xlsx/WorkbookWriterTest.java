package org.impactkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.report.ReportFixture;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.NotClaimedReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkbookWriterTest {
  static CalculationResult result;
  static JsonNode json;
  static XSSFWorkbook wb;

  @BeforeAll
  static void write() throws IOException {
    result = ReportFixture.result();
    json = ReportFixture.json(result);
    wb = open(result);
  }

  static XSSFWorkbook open(CalculationResult r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(r, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** The row (0-based) whose first cell holds {@code text}, or -1. */
  static int rowOf(Sheet s, String text) {
    for (Row row : s) {
      Cell c = row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
        return row.getRowNum();
      }
    }
    return -1;
  }

  static double cached(Sheet s, int row, int col) {
    Cell c = s.getRow(row).getCell(col);
    return c.getNumericCellValue();
  }

  /** An outcome's name in the fixture's bank, as the sheets show it. */
  static String name(String outcomeId) {
    return result.bank().outcome(outcomeId).orElseThrow().name();
  }

  static double money(JsonNode n) {
    return new BigDecimal(n.asText()).doubleValue();
  }

  @Test
  @DisplayName("§8: the seven sheets, in order (with the per-year Projection after Calculation, as adjustments are set)")
  void sheets() {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    assertThat(ProjectionSheet.needed(result)).isTrue();
    assertThat(names).containsExactly("Summary", "By activity", "By outcome", "Headcounts", "Calculation",
        "Projection", "Not claimed", "Sources", "Checks");
  }

  @Test
  @DisplayName("§5.4 Sources: values in the bank's prices say so, and say the Calculation uprates them")
  void sourcesSayTheirPriceYear() throws IOException {
    CalculationResult derby = Evaluation.prepare(Path.of("..", "samples", "derby-youth-alliance-2021-22")).calculate();
    assertThat(derby.priceYear().uprated()).isTrue();
    for (CalculationResult r : List.of(derby, result)) {
      try (XSSFWorkbook book = open(r)) {
        Sheet sources = book.getSheet("Sources");
        List<String> headers = new ArrayList<>();
        sources.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        assertThat(headers).contains("Value per person per year (" + r.bank().info().priceYear() + " prices)");
        List<String> text = new ArrayList<>();
        sources.forEach(row -> row.forEach(c -> text.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "")));
        String uprated = "the Calculation uses them uprated to " + r.priceYear().report() + " prices";
        if (r.priceYear().uprated()) {
          assertThat(text).anyMatch(t -> t.contains(uprated));
        } else {
          assertThat(text).noneMatch(t -> t.contains("uprated"));
        }
      }
    }
  }

  @Test
  @DisplayName("§8 Calculation: one row per line, live formulas, cached values equal the JSON to the penny")
  void calculationLines() {
    Sheet s = wb.getSheet("Calculation");
    JsonNode lines = json.get("calculation");
    assertThat(lines.size()).isEqualTo(result.calculation().size()).isGreaterThan(3);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode l = lines.get(i);
      Row row = s.getRow(i + 1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(l.get("activity").asText());
      // words, not ids (§8): the outcome's name and the band's label
      assertThat(row.getCell(1).getStringCellValue())
          .isEqualTo(result.bank().outcome(l.get("outcome").asText()).orElseThrow().name());
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo(result.calculation().get(i).band().label());
      assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(l.get("claims").asDouble());
      assertThat(row.getCell(14).getCellType()).isEqualTo(CellType.FORMULA);
      int n = i + 2;
      assertThat(row.getCell(14).getCellFormula())
          .isEqualTo("E" + n + "*F" + n + "*(1-G" + n + ")*(1-H" + n + ")*(1-I" + n + ")*L" + n);
      assertThat(row.getCell(13).getCellFormula()).isEqualTo("E" + n + "*F" + n);
      assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(money(l.get("unitSocialValue")));
      assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(money(l.get("grossValue")));
      assertThat(row.getCell(14).getNumericCellValue()).isEqualTo(money(l.get("socialValue")));
    }
  }

  @Test
  @DisplayName("§5.2 by hand: employment, London, under 25 is 1000 × (1 − 23%) = £770 a claim")
  void handCalculation() {
    Sheet s = wb.getSheet("Calculation");
    for (int i = 1; i <= result.calculation().size(); i++) {
      Row row = s.getRow(i);
      if (row.getCell(0).getStringCellValue().equals("A1") && row.getCell(1).getStringCellValue().equals(name("employment"))
          && row.getCell(3).getStringCellValue().equals(result.bank().ageBands().get(0).label())) {
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1000);
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(0.23);
        assertThat(row.getCell(14).getNumericCellValue()).isEqualTo(770.0);
        return;
      }
    }
    throw new AssertionError("no A1 employment under-25 line");
  }

  @Test
  @DisplayName("§5.2 SROI: volunteering 911 × (1 − 10%) × (1 − 25%) × (1 + 50% / 1.035) shows every factor")
  void sroiAdjustmentsShow() {
    Sheet s = wb.getSheet("Calculation");
    BigDecimal pv = BigDecimal.ONE.add(new BigDecimal("0.5").divide(new BigDecimal("1.035"), MathContext.DECIMAL128));
    BigDecimal unit = new BigDecimal("911").multiply(new BigDecimal("0.9")).multiply(new BigDecimal("0.75"))
        .multiply(pv).setScale(2, RoundingMode.HALF_UP);
    boolean found = false;
    for (int i = 1; i <= result.calculation().size(); i++) {
      Row row = s.getRow(i);
      if (row.getCell(1).getStringCellValue().equals(name("volunteering"))) {
        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(0.25);
        assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(2);
        assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(0.5);
        assertThat(row.getCell(11).getNumericCellValue()).isCloseTo(pv.doubleValue(), within(1e-12));
        assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(unit.doubleValue());
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  @DisplayName("§8 Summary: headline figures are formulas whose cached values equal the JSON totals")
  void summaryHeadline() {
    Sheet s = wb.getSheet("Summary");
    JsonNode t = json.get("totals");
    Map<String, String> labels = Map.of("Social value", "socialValue", "Investment", "investment",
        "Net social value", "netSocialValue");
    labels.forEach((label, field) -> {
      int row = rowOf(s, label);
      assertThat(row).as(label).isPositive();
      assertThat(s.getRow(row).getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(cached(s, row, 1)).as(label).isEqualTo(money(t.get(field)));
    });
    int ratio = rowOf(s, "Return");
    assertThat(cached(s, ratio, 1)).isEqualTo(t.get("ratio").asDouble());
    assertThat(s.getRow(ratio).getCell(2).getStringCellValue()).isEqualTo("of social value for every £1 invested");
    assertThat(cached(s, rowOf(s, "Participants"), 1)).isEqualTo(t.get("participants").asDouble());
    assertThat(cached(s, rowOf(s, "Claims"), 1)).isEqualTo(t.get("claims").asDouble());
    assertThat(s.getRow(rowOf(s, "Social value")).getCell(1).getCellFormula())
        .isEqualTo("SUM('Calculation'!$O$2:$O$" + (result.calculation().size() + 1) + ")");
  }

  @Test
  @DisplayName("§8 Summary: the age band table matches byAgeBand in the JSON, with a bar chart and an outcome chart")
  void summaryBands() {
    XSSFSheet s = wb.getSheet("Summary");
    for (JsonNode b : json.get("byAgeBand")) {
      int row = rowOf(s, b.get("label").asText());
      assertThat(row).isPositive();
      assertThat(cached(s, row, 1)).isEqualTo(b.get("participants").asDouble());
      assertThat(cached(s, row, 2)).isEqualTo(b.get("claims").asDouble());
      assertThat(cached(s, row, 4)).isEqualTo(money(b.get("socialValue")));
      assertThat(s.getRow(row).getCell(4).getCellFormula()).startsWith("SUMIFS('Calculation'!$O$2:");
    }
    var charts = s.getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(2);
    assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Social value by age band");
    assertThat(charts.get(1).getTitleText().getString()).isEqualTo("Social value by outcome");
    // Each series points at the table above it and caches the same values, for viewers that only read
    // the chart's cache.
    var bands = charts.get(0).getChartSeries().get(0).getSeries(0);
    int first = rowOf(s, json.get("byAgeBand").get(0).get("label").asText());
    int last = first + json.get("byAgeBand").size() - 1;
    assertThat(bands.getCategoryData().getDataRangeReference())
        .isEqualTo("'Summary'!$A$" + (first + 1) + ":$A$" + (last + 1));
    assertThat(bands.getValuesData().getDataRangeReference())
        .isEqualTo("'Summary'!$E$" + (first + 1) + ":$E$" + (last + 1));
    for (int i = 0; i < json.get("byAgeBand").size(); i++) {
      assertThat(bands.getCategoryData().getPointAt(i)).isEqualTo(s.getRow(first + i).getCell(0).getStringCellValue());
      assertThat(bands.getValuesData().getPointAt(i).doubleValue()).isEqualTo(cached(s, first + i, 4));
    }
    var outcomes = charts.get(1).getChartSeries().get(0).getSeries(0);
    assertThat(outcomes.getValuesData().getPointCount()).isEqualTo(json.get("byOutcome").size());
    assertThat(outcomes.getValuesData().getDataRangeReference()).startsWith("'Summary'!$D$");
  }

  @Test
  @DisplayName("§8 By activity and By outcome: cached values equal the JSON")
  void breakdowns() {
    Sheet a = wb.getSheet("By activity");
    for (JsonNode act : json.get("byActivity")) {
      int row = rowOf(a, act.get("activity").asText());
      assertThat(cached(a, row, 3)).isEqualTo(money(act.get("investment")));
      assertThat(cached(a, row, 5)).isEqualTo(act.get("claims").asDouble());
      assertThat(cached(a, row, 6)).isEqualTo(money(act.get("grossValue")));
      assertThat(cached(a, row, 7)).isEqualTo(money(act.get("socialValue")));
      assertThat(cached(a, row, 8)).isEqualTo(act.get("ratio").asDouble());
      for (int b = 0; b < act.get("byAgeBand").size(); b++) {
        assertThat(cached(a, row, 10 + b)).isEqualTo(money(act.get("byAgeBand").get(b).get("socialValue")));
      }
    }
    Sheet o = wb.getSheet("By outcome");
    for (JsonNode out : json.get("byOutcome")) {
      int row = rowOf(o, name(out.get("outcome").asText()));
      assertThat(o.getRow(row).getCell(1).getStringCellValue()).isEqualTo(out.get("outcome").asText());
      assertThat(cached(o, row, 3)).isEqualTo(out.get("deadweight").asDouble());
      assertThat(cached(o, row, 9)).isEqualTo(out.get("claims").asDouble());
      assertThat(cached(o, row, 11)).isEqualTo(money(out.get("socialValue")));
    }
  }

  @Test
  @DisplayName("§8 live formulas: recalculating the workbook with POI gives the cached figures")
  void formulasRecalculate() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(result, out);
    try (XSSFWorkbook copy = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Map<String, Double> before = new HashMap<>();
      for (Sheet s : copy) {
        for (Row row : s) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
              before.put(s.getSheetName() + "!" + c.getAddress(), c.getNumericCellValue());
            }
          }
        }
      }
      var evaluator = copy.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateAll();
      assertThat(before).hasSizeGreaterThan(50);
      for (Sheet s : copy) {
        for (Row row : s) {
          for (Cell c : row) {
            Double expected = before.get(s.getSheetName() + "!" + c.getAddress());
            if (expected != null) {
              assertThat(c.getNumericCellValue()).as(s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula())
                  .isCloseTo(expected, within(0.005));
            }
          }
        }
      }
    }
  }

  @Test
  @DisplayName("§5.3 Headcounts: every breakdown of the JSON, in order and in words, with its participants")
  void headcounts() {
    Sheet h = wb.getSheet("Headcounts");
    JsonNode counts = json.get("headcounts");
    assertThat(counts.size()).isGreaterThan(8);
    for (int i = 0; i < counts.size(); i++) {
      Row row = h.getRow(i + 1);
      JsonNode c = counts.get(i);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(ReportText.words(c.get("dimension").asText()));
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.get("label").asText());
      assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(c.get("participants").asDouble());
    }
    assertThat(h.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Age band");
    assertThat(counts.findValuesAsText("dimension")).contains("age band", "activity", "partner", "gender");
  }

  @Test
  @DisplayName("§8 formats: GBP money, percentages, frozen header rows, named tables with the header names")
  void formats() {
    DataFormatter f = new DataFormatter(java.util.Locale.UK);
    Sheet calc = wb.getSheet("Calculation");
    // each number ends a digit's width short of its cell's edge, so it never touches the text beside it
    assertThat(calc.getRow(1).getCell(14).getCellStyle().getDataFormatString()).isEqualTo(
        "\"£\"#,##0.00_0;[Red]-\"£\"#,##0.00_0");
    assertThat(calc.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%_0");
    // headers stand over their columns: right over numbers, left over text
    assertThat(calc.getRow(0).getCell(14).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
    assertThat(calc.getRow(0).getCell(1).getCellStyle().getAlignment()).isNotEqualTo(HorizontalAlignment.RIGHT);
    Sheet summary = wb.getSheet("Summary");
    int social = rowOf(summary, "Investment");
    Cell investment = summary.getRow(social).getCell(1);
    assertThat(f.formatRawCellContents(investment.getNumericCellValue(), investment.getCellStyle().getDataFormat(),
        investment.getCellStyle().getDataFormatString())).isEqualTo("£3,500.50");
    for (String name : List.of("By activity", "By outcome", "Headcounts", "Calculation", "Not claimed", "Sources")) {
      var pane = wb.getSheet(name).getPaneInformation();
      assertThat(pane).as(name).isNotNull();
      assertThat(pane.isFreezePane()).as(name).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
    }
    XSSFTable table = wb.getSheet("Calculation").getTables().get(0);
    assertThat(table.getName()).isEqualTo("tblCalculation");
    Row header = calc.getRow(0);
    for (int i = 0; i < table.getColumnCount(); i++) {
      assertThat(table.getColumns().get(i).getName()).isEqualTo(header.getCell(i).getStringCellValue());
    }
    assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:P" + (result.calculation().size() + 1));
    for (int c = 0; c < 16; c++) {
      assertThat(calc.getColumnWidth(c)).isBetween(6 * 256, 40 * 256);
    }
  }

  @Test
  @DisplayName("§8 printing: A4, one page wide or in column groups at 70% or more, title, sheet and page numbers")
  void printSetup() {
    for (Sheet s : wb) {
      assertThat(s.getPrintSetup().getPaperSize()).as(s.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      if (s.getFitToPage()) {
        assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      } else {
        assertThat(s.getPrintSetup().getScale()).as(s.getSheetName()).isBetween((short) 70, (short) 100);
        assertThat(s.getColumnBreaks()).as(s.getSheetName()).isNotEmpty();
        assertThat(s.getRepeatingColumns()).as(s.getSheetName()).isNotNull();
      }
      assertThat(s.getHeader().getCenter()).isEqualTo("Test evaluation: social value");
      assertThat(s.getFooter().getLeft()).isEqualTo(s.getSheetName());
      assertThat(s.getFooter().getRight()).contains("&P").contains("&N");
    }
    assertThat(wb.getSheet("By outcome").getPrintSetup().getLandscape()).isTrue();
    assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Test evaluation: social value");
  }

  @Test
  @DisplayName("§8 text stays text: input starting with = + - @ is a quote-prefixed string, never a formula")
  void injection() {
    Sheet a = wb.getSheet("By activity");
    int row = rowOf(a, "A1");
    Cell partner = a.getRow(row).getCell(2);
    assertThat(partner.getCellType()).isEqualTo(CellType.STRING);
    assertThat(partner.getStringCellValue()).isEqualTo(ReportFixture.HOSTILE_PARTNER);
    assertThat(partner.getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(a.getRow(row).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
    Sheet h = wb.getSheet("Headcounts");
    boolean seen = false;
    for (Row r : h) {
      Cell c = r.getCell(1);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(ReportFixture.HOSTILE_GENDER)) {
        assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
        seen = true;
      }
    }
    assertThat(seen).isTrue();
    for (Sheet s : wb) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA) {
            assertThat(c.getCellFormula()).doesNotContain("HYPERLINK").doesNotContain("attack");
          }
        }
      }
    }
  }

  @Test
  @DisplayName("§9 privacy: no participant id appears anywhere in the workbook")
  void noParticipantIds() {
    for (Sheet s : wb) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.STRING) {
            for (String id : ReportFixture.PARTICIPANT_IDS) {
              assertThat(c.getStringCellValue()).doesNotContain(id);
            }
          }
        }
      }
    }
  }

  @Test
  @DisplayName("§7 --skip-invalid: Not claimed lists reasons with counts and each skipped row with file, line, column")
  void notClaimed() {
    Sheet s = wb.getSheet("Not claimed");
    for (JsonNode n : json.get("notClaimed")) {
      // the reason in words: the JSON's id never reaches a cell
      assertThat(rowOf(s, n.get("reason").asText())).isNegative();
      int row = rowOf(s, ReportText.reason(NotClaimedReason.valueOf(n.get("reason").asText().toUpperCase(
          java.util.Locale.ROOT).replace('-', '_'))));
      assertThat(row).isPositive();
      assertThat(cached(s, row, 1)).isEqualTo(n.get("count").asDouble());
    }
    assertThat(cached(s, rowOf(s, "Conflicting outcome"), 1)).isEqualTo(1);
    int file = rowOf(s, "participants.csv");
    assertThat(file).isPositive();
    Row row = s.getRow(file);
    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(8);
    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("age");
    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("-age 130 is out of range 0 to 120");
    assertThat(row.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
  }

  @Test
  @DisplayName("§10 Not claimed never says a run had no warnings while a check warns")
  void warningsNoneOnlyWhenNoCheckWarns() throws IOException {
    CalculationResult quiet = result.withDiagnostics(List.of())
        .withChecks(List.of(Check.pass(CheckId.DEADWEIGHT, "fine")));
    CalculationResult warned = quiet.withChecks(List.of(Check.warn(CheckId.DEADWEIGHT, "made-up warning", 1)));
    try (XSSFWorkbook none = open(quiet); XSSFWorkbook some = open(warned)) {
      assertThat(rowOf(none.getSheet("Not claimed"), "None.")).isPositive();
      Sheet s = some.getSheet("Not claimed");
      assertThat(rowOf(s, "None.")).isNegative();
      assertThat(rowOf(s, "None about the rows read; 1 check does not pass: see the Checks sheet.")).isPositive();
    }
  }

  @Test
  @DisplayName("§8 Sources: every outcome used, with value, evidence and source")
  void sources() {
    Sheet s = wb.getSheet("Sources");
    int vol = rowOf(s, name("volunteering"));
    assertThat(s.getRow(vol).getCell(1).getStringCellValue()).isEqualTo("volunteering");
    assertThat(s.getRow(vol).getCell(4).getNumericCellValue()).isEqualTo(911);
    assertThat(s.getRow(vol).getCell(9).getStringCellValue()).endsWith("Source: Another made-up source");
    assertThat(s.getRow(vol).getCell(8).getStringCellValue()).isEqualTo("Yes");
    int employmentRows = 0;
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name("employment"))) {
        employmentRows++;
      }
    }
    assertThat(employmentRows).as("2 regions × 4 bands").isEqualTo(8);
  }

  @Test
  @DisplayName("§8 suppression: headcounts and claims below N show as <N, and the totals still include them")
  void suppression() throws IOException {
    CalculationResult r = ReportFixture.result(ReportFixture.settings().suppressBelow(3).build());
    try (XSSFWorkbook w = open(r)) {
      Sheet h = w.getSheet("Headcounts");
      DataFormatter f = new DataFormatter();
      List<String> shown = new ArrayList<>();
      for (Row row : h) {
        if (row.getRowNum() > 0 && row.getCell(2) != null) {
          shown.add(f.formatCellValue(row.getCell(2)));
        }
      }
      assertThat(shown).contains("<3").doesNotContain("1", "2");
      Sheet summary = w.getSheet("Summary");
      assertThat(cached(summary, rowOf(summary, "Participants"), 1)).isEqualTo(5);
      Sheet calc = w.getSheet("Calculation");
      Cell claims = calc.getRow(1).getCell(4);
      assertThat(claims.getCellType()).as("a line's claims as the other reports show them: text, not a value")
          .isEqualTo(CellType.STRING);
      assertThat(claims.getStringCellValue()).isEqualTo("<3");
      Cell gross = calc.getRow(1).getCell(CalculationSheet.Column.GROSS_VALUE.index());
      assertThat(gross.getCellType()).as("no formula reads the hidden claims").isEqualTo(CellType.NUMERIC);
      Cell total = calc.getRow(rowOf(calc, "Total")).getCell(4);
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("[=0]0_0;[<3]\"<3\"_0;#,##0_0");
      Sheet notClaimed = w.getSheet("Not claimed");
      Cell conflicts = notClaimed.getRow(rowOf(notClaimed, "Conflicting outcome")).getCell(1);
      assertThat(conflicts.getNumericCellValue()).as("rows, not people: never hidden").isEqualTo(1);
      assertThat(conflicts.getCellStyle().getDataFormatString()).isEqualTo("#,##0_0");
    }
  }

  @Test
  @DisplayName("§8 By activity's note wraps across the columns every printed page shows, not cut at their edge")
  void byActivityNotePrintsWhole() throws IOException {
    CalculationResult r = Evaluation.prepare(Path.of("..", "samples", "stepping-out-north-kent-2020")).calculate();
    try (XSSFWorkbook book = open(r)) {
      Sheet a = book.getSheet("By activity");
      // the sheet prints in column groups, each repeating the activity's id and name
      assertThat(a.getColumnBreaks()).isNotEmpty();
      int row = -1;
      for (Row each : a) {
        Cell c = each.getCell(0);
        if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Participants per")) {
          row = each.getRowNum();
        }
      }
      assertThat(row).as("the note under the table").isPositive();
      Cell note = a.getRow(row).getCell(0);
      assertThat(note.getCellStyle().getWrapText()).isTrue();
      final int noteRow = row;
      assertThat(((XSSFSheet) a).getMergedRegions()).anySatisfy(m -> {
        assertThat(m.getFirstRow()).isEqualTo(noteRow);
        assertThat(m.getFirstColumn()).isZero();
        assertThat(m.getLastColumn()).isEqualTo(1); // the repeated key columns, on every page
      });
      // two lines of 11-point text in the key columns' width
      assertThat(a.getRow(row).getHeightInPoints()).isGreaterThan(25f);
    }
  }

  @Test
  @DisplayName("§9 determinism: the same result gives identical cell contents and fixed document dates")
  void deterministic() throws IOException {
    try (XSSFWorkbook again = open(result)) {
      assertThat(dump(again)).isEqualTo(dump(wb));
      assertThat(again.getProperties().getCoreProperties().getCreated())
          .isEqualTo(wb.getProperties().getCoreProperties().getCreated());
      assertThat(again.getProperties().getCoreProperties().getCreated().toInstant())
          .isEqualTo(java.time.Instant.parse("2022-03-31T00:00:00Z"));
    }
  }

  static List<String> dump(XSSFWorkbook w) {
    List<String> out = new ArrayList<>();
    for (Sheet s : w) {
      for (Row r : s) {
        for (Cell c : r) {
          out.add(s.getSheetName() + "!" + c.getAddress() + "=" + c);
        }
      }
    }
    return out;
  }
}
