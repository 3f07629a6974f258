package org.impactkit.report.csv;

import java.math.BigDecimal;
import org.impactkit.report.internal.ReportText;
import org.impactkit.internal.Rounding;

/**
 * A cell of a CSV report, written the same way by the calculation's tables and the impact map's: figures
 * rounded as in the JSON output (money to pence, ratios to 4 places, shares as fractions), text from the
 * inputs made inert for spreadsheets (OWASP CSV injection), absent text as an empty cell.
 */
final class CsvCells {
  private CsvCells() {}

  /** Text from the inputs: a leading {@code = + - @}, tab or CR gets a {@code '} so no spreadsheet runs it. */
  static String text(String value) {
    return ReportText.csvText(value);
  }

  static String money(BigDecimal v) {
    return Rounding.moneyText(v);
  }

  static String ratio(BigDecimal v) {
    return Rounding.ratioText(v);
  }

  static String fraction(BigDecimal v) {
    return Rounding.fractionText(v);
  }
}
