package org.impactkit.report.csv;

import java.math.BigDecimal;
import java.util.List;
import org.impactkit.diagnostic.Check;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.Rounding;

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

  /** The header of {@code checks.csv}, the same for both engines. */
  static final List<String> CHECK_HEADERS = List.of("check", "status", "message", "count");

  /** A row of {@code checks.csv}: the check's id and status as the JSON has them, its message, its count. */
  static List<Object> check(Check c) {
    return List.of(c.id().id(), c.status().id(), text(c.message()), c.count());
  }
}
