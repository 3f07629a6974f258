package org.impactkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactkit.testing.Fixtures.activity;
import static org.impactkit.testing.Fixtures.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.internal.Rounding;
import org.impactkit.model.Adjustments;
import org.impactkit.testing.Fixtures;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.impactkit.valuation.ValuationSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("issue 5: calculate workbooks show the per-year projection when adjustments are set")
class ProjectionSheetTest {
  private static CalculationResult calculate(ValuationSettings settings) {
    Calculator c = new Calculator(Fixtures.fakeBank(), settings, List.of(activity("a1", "100", "london")),
        new Diagnostics());
    c.participant(row("p1", "a1").outcome("volunteering").build());
    c.participant(row("p2", "a1").outcome("volunteering").build());
    return c.finish();
  }

  private static XSSFWorkbook workbook(CalculationResult r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(r, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  @DisplayName("each year's value after drop-off, its discount factor, and present values adding up to the social value")
  void projection() throws Exception {
    // volunteering 500 (deadweight 10%), attribution 20%, three years at 50% drop-off, 3.5% year-zero:
    // 2 × 500 × 0.9 × 0.8 = 720 in year 1, then 360 and 180
    CalculationResult r = calculate(Settings.builder()
        .adjustments("volunteering", new Adjustments(null, null, new BigDecimal("0.2"), 3, new BigDecimal("0.5")))
        .build());
    try (XSSFWorkbook wb = workbook(r)) {
      assertThat(wb.getSheetIndex("Projection")).isEqualTo(wb.getSheetIndex("Calculation") + 1);
      Sheet s = wb.getSheet("Projection");
      assertThat(s.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(720.0);
      assertThat(s.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(360.0);
      assertThat(s.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(180.0);
      assertThat(s.getRow(4).getCell(2).getNumericCellValue()).isCloseTo(1 / 1.035, org.assertj.core.data.Offset.offset(1e-9));
      double total = s.getRow(6).getCell(3).getNumericCellValue();
      // shown to the penny, it is the social value of every other sheet and of the JSON
      assertThat(Rounding.money(BigDecimal.valueOf(total))).isEqualByComparingTo(
          Rounding.money(r.totals().socialValue()));
      // 720 + 360 / 1.035 + 180 / 1.035² = 1235.86
      assertThat(Rounding.money(BigDecimal.valueOf(total))).isEqualByComparingTo("1235.86");
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      assertThat(s.getRow(6).getCell(3).getNumericCellValue()).isCloseTo(total,
          org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  @DisplayName("no projection when nothing spreads or discounts value over years")
  void none() throws Exception {
    try (XSSFWorkbook wb = workbook(calculate(Settings.builder().build()))) {
      assertThat(wb.getSheet("Projection")).isNull();
    }
  }
}
