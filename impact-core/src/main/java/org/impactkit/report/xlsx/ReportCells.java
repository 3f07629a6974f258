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
 * Cells whose look depends on the run's settings, as several sheets write them: counts of people and
 * claims (shown as {@code <N} when suppressed) and returns per unit invested (empty when nothing was
 * invested).
 *
 * @param r the result, whose settings say what is suppressed and whose bank gives the currency
 * @param st the workbook's styles
 * @param calc where the Calculation lines are, and whether formulas may total their claims
 */
record ReportCells(CalculationResult r, XlsxStyles st, CalculationRefs calc) {

  /**
   * A count of people or claims; a suppressed one is written as text, so the cell holds no value and no
   * formula totals it (the same rule as every other report, {@link ReportText#suppressed}). Money beside
   * it is shown in full, as the method text says, so a line's value and unit value still give its count.
   */
  void count(SheetWriter s, int row, int col, long n, CellStyle style) {
    if (ReportText.suppressed(r, n)) {
      s.text(row, col, ReportText.count(r, n), st.countText());
    } else {
      s.number(row, col, n, style, Formats.count(n));
    }
  }

  /**
   * A formula counting claims, or, when the count is suppressed or the claims it would total include
   * suppressed ones (text, which a sum skips), the count itself as {@link #count} writes it.
   */
  void countFormula(SheetWriter s, int row, int col, String formula, long n, CellStyle style) {
    if (!calc.claimsSummable() || ReportText.suppressed(r, n)) {
      count(s, row, col, n, style);
    } else {
      s.formula(row, col, formula, n, style, ReportText.count(r, n));
    }
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
