package org.impactkit.report.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.impactkit.valuation.Formats;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.CellNumbers;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.CalculationResult;

/**
 * Cells whose look depends on the run's settings, as several sheets write them: counts of people
 * (shown as {@code <N} when suppressed) and returns per unit invested (empty when nothing was invested).
 *
 * @param r the result, whose settings say what is suppressed and whose bank gives the currency
 * @param st the workbook's styles
 */
record ReportCells(CalculationResult r, XlsxStyles st) {

  /** A count of people; a suppressed one is written as text, so no formula can reveal it. */
  void count(SheetWriter s, int row, int col, long n, CellStyle style) {
    if (ReportText.suppressed(r, n)) {
      s.text(row, col, ReportText.count(r, n), st.countText());
    } else {
      s.number(row, col, n, style, Formats.count(n));
    }
  }

  /** A formula counting claims (their number format hides small ones). */
  void countFormula(SheetWriter s, int row, int col, String formula, long n, CellStyle style) {
    s.formula(row, col, formula, n, style, ReportText.count(r, n));
  }

  /** The return per unit invested: {@code value / investment}, empty when nothing was invested. */
  void ratio(SheetWriter s, int row, int col, String value, String investment, BigDecimal ratio, CellStyle style) {
    String f = Formulas.perUnit(value, investment);
    if (ratio == null) {
      s.formulaText(row, col, f, "", style);
    } else {
      s.formula(row, col, f, CellNumbers.ratio(ratio), style, Formats.money(ratio, r.bank().info().currency()));
    }
  }
}
