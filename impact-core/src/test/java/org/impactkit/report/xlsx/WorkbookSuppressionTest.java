package org.impactkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.report.ReportFixture;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.CalculationLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §8 small numbers in the workbook: headcounts and claims below N show as {@code <N} on every sheet, as the
 * other reports show them, with no value or formula that reveals them, and every total stays exact.
 */
class WorkbookSuppressionTest {
  private static final int N = 3;
  private static final String HIDDEN = "<" + N;
  /** The sheets whose figures come from the Calculation lines and so have the same layout at any N. */
  private static final List<String> FIGURE_SHEETS = List.of("Summary", "By activity", "By outcome", "Calculation");

  private static CalculationResult suppressed() {
    return ReportFixture.result(ReportFixture.settings().suppressBelow(N).build());
  }

  @Test
  @DisplayName("§8 suppression: the fixture has claims below N, on lines and in sums of lines")
  void fixtureHasSmallClaims() {
    CalculationResult r = suppressed();
    assertThat(r.calculation()).map(CalculationLine::claims).anyMatch(c -> c > 0 && c < N);
    assertThat(r.byOutcome()).anyMatch(o -> ReportText.suppressed(r, o.claims()));
    assertThat(r.byActivity()).anyMatch(a -> ReportText.suppressed(r, a.claims()));
    assertThat(r.totals().claims()).isGreaterThanOrEqualTo(N);
  }

  @Test
  @DisplayName("§8 suppression: the method says what is hidden and what is not, never that privacy is protected")
  void methodSaysOnlyCountsAreHidden() {
    CalculationResult r = suppressed();
    assertThat(ReportText.method(r)).anyMatch(line -> line.startsWith("Small numbers: counts of people and claims"
        + " below 3 are shown as <3") && line.contains("Money figures are shown in full")
        && line.contains("the JSON report keeps exact counts")).noneMatch(line -> line.contains("privacy"));
    assertThat(r.checks()).filteredOn(c -> c.id() == CheckId.SMALL_NUMBERS).singleElement()
        .satisfies(c -> assertThat(c.message()).contains("money figures, and the JSON report's counts, are not hidden"));
  }

  @Test
  @DisplayName("§8 suppression: no cell of any sheet holds a headcount or claims count from 1 to N-1")
  void noSmallCount() throws IOException {
    CalculationResult r = suppressed();
    try (XSSFWorkbook w = WorkbookWriterTest.open(r)) {
      List<String> small = new ArrayList<>();
      List<String> hiddenIn = new ArrayList<>();
      for (Sheet s : w) {
        for (Row row : s) {
          for (Cell c : row) {
            String where = s.getSheetName() + "!" + c.getAddress();
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(HIDDEN)) {
              hiddenIn.add(s.getSheetName());
            } else if (isCount(s, c) && isNumber(c)) {
              double v = c.getNumericCellValue();
              if (v > 0 && v < N) {
                small.add(where + "=" + v + (c.getCellType() == CellType.FORMULA ? " " + c.getCellFormula() : ""));
              }
            }
          }
        }
      }
      assertThat(small).as("counts from 1 to N-1, as values or formulas").isEmpty();
      assertThat(hiddenIn).as("where <N is shown").contains("Summary", "By activity", "By outcome", "Calculation",
          "Headcounts");
    }
  }

  @Test
  @DisplayName("§8 suppression: no formula reads a hidden count, and every total is what it is unsuppressed")
  void totalsUnchanged() throws IOException {
    CalculationResult r = suppressed();
    try (XSSFWorkbook hidden = WorkbookWriterTest.open(r);
        XSSFWorkbook plain = WorkbookWriterTest.open(ReportFixture.result(ReportFixture.settings().build()))) {
      assertThat(WorkbookEdgeCasesTest.recalculatesToCached(hidden)).isPositive();
      plain.getCreationHelper().createFormulaEvaluator().evaluateAll();
      int compared = 0;
      for (String name : FIGURE_SHEETS) {
        Map<String, Cell> shown = cells(hidden.getSheet(name));
        for (Map.Entry<String, Cell> e : cells(plain.getSheet(name)).entrySet()) {
          Cell before = e.getValue();
          Cell after = shown.get(e.getKey());
          if (!isNumber(before)) {
            continue;
          }
          assertThat(after).as(name + "!" + e.getKey()).isNotNull();
          if (after.getCellType() == CellType.STRING) {
            assertThat(after.getStringCellValue()).as(name + "!" + e.getKey()).isEqualTo(HIDDEN);
            assertThat(before.getNumericCellValue()).as(name + "!" + e.getKey()).isGreaterThan(0).isLessThan(N);
          } else {
            assertThat(after.getNumericCellValue()).as(name + "!" + e.getKey())
                .isCloseTo(before.getNumericCellValue(), within(0.005));
            compared++;
          }
        }
      }
      assertThat(compared).isGreaterThan(50);
      var summary = hidden.getSheet("Summary");
      assertThat(WorkbookWriterTest.cached(summary, WorkbookWriterTest.rowOf(summary, "Claims"), 1))
          .isEqualTo(r.totals().claims());
      var calc = hidden.getSheet("Calculation");
      int total = WorkbookWriterTest.rowOf(calc, "Total");
      assertThat(WorkbookWriterTest.cached(calc, total, CalculationSheet.Column.CLAIMS.index()))
          .isEqualTo(r.totals().claims());
    }
  }

  @Test
  @DisplayName("§8 suppression: when no line is below N, the counts of claims stay live formulas")
  void formulasStayWhenNothingIsHidden() throws IOException {
    CalculationResult r = ReportFixture.result(ReportFixture.settings().suppressBelow(1).build());
    try (XSSFWorkbook w = WorkbookWriterTest.open(r)) {
      Sheet summary = w.getSheet("Summary");
      Cell claims = summary.getRow(WorkbookWriterTest.rowOf(summary, "Claims")).getCell(1);
      assertThat(claims.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(WorkbookEdgeCasesTest.recalculatesToCached(w)).isPositive();
    }
  }

  /** Whether the cell is a count of people or claims: in a count's style, or under a Claims or Participants header. */
  private static boolean isCount(Sheet s, Cell c) {
    if (c.getCellStyle().getDataFormatString().contains("[<" + N + "]")) {
      return true;
    }
    Row header = s.getRow(0);
    Cell h = header == null ? null : header.getCell(c.getColumnIndex());
    String label = h != null && h.getCellType() == CellType.STRING ? h.getStringCellValue() : "";
    Cell first = c.getRow().getCell(0);
    String rowLabel = first != null && first.getCellType() == CellType.STRING ? first.getStringCellValue() : "";
    return label.startsWith("Claims") || label.startsWith("Participants") || rowLabel.equals("Claims")
        || rowLabel.equals("Participants");
  }

  private static boolean isNumber(Cell c) {
    return c.getCellType() == CellType.NUMERIC
        || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC;
  }

  private static Map<String, Cell> cells(Sheet s) {
    Map<String, Cell> out = new LinkedHashMap<>();
    for (Row row : s) {
      for (Cell c : row) {
        out.put(c.getAddress().formatAsString(), c);
      }
    }
    return out;
  }
}
