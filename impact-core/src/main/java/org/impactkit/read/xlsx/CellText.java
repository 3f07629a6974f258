package org.impactkit.read.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a stored XLSX cell value into the text a person reading the sheet would type, so the SPEC
 * §4.2 cell rules ({@link org.impactkit.read.table.Cells}) read XLSX and CSV alike: numbers as plain
 * decimals ({@code 1000}, not {@code 1000.0}), date-formatted numbers as ISO dates, percentage-formatted
 * numbers as {@code 25%} for 0.25, booleans as {@code true}/{@code false}.
 */
final class CellText {
  /** Excel keeps 15 significant digits; more are binary noise ({@code 0.35000000000000003}). */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private CellText() {}

  /** How a numeric cell's number format asks it to be read. */
  enum NumberKind {
    PLAIN,
    DATE,
    PERCENT;

    /** The kind for a number format (its built-in index and format string). */
    static NumberKind of(int formatIndex, String formatString) {
      if (formatString == null || formatString.isEmpty()) {
        return PLAIN;
      }
      if (isPercent(formatString)) {
        return PERCENT;
      }
      return DateUtil.isADateFormat(formatIndex, formatString) ? DATE : PLAIN;
    }
  }

  /** Whether a format shows the value as a percentage: a {@code %} outside quotes and escapes. */
  static boolean isPercent(String format) {
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\\') {
        i++;
      } else if (!quoted && c == '%') {
        return true;
      }
    }
    return false;
  }

  /**
   * A numeric cell as text.
   *
   * @param raw the value as stored in the sheet, e.g. {@code 44316} or {@code 0.25}
   * @param kind how its number format shows it
   * @param date1904 whether the workbook counts dates from 1904 (old Mac Excel)
   */
  static String number(String raw, NumberKind kind, boolean date1904) {
    BigDecimal value;
    try {
      value = new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      return raw;
    }
    switch (kind) {
      case DATE -> {
        double d = value.doubleValue();
        if (DateUtil.isValidExcelDate(d)) {
          return DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString();
        }
        return plain(value);
      }
      case PERCENT -> {
        return plain(value.movePointRight(2)) + "%";
      }
      default -> {
        return plain(value);
      }
    }
  }

  /** {@code 1000} for 1000.0, {@code 1234.5} for 1234.50, never an exponent. */
  static String plain(BigDecimal value) {
    BigDecimal v = value.round(EXCEL_DIGITS).stripTrailingZeros();
    return v.signum() == 0 ? "0" : v.toPlainString();
  }

  /** A boolean cell ({@code 1} or {@code 0}) as {@code true} or {@code false}. */
  static String bool(String raw) {
    String r = raw.strip();
    return r.equals("1") || r.equalsIgnoreCase("true") ? "true" : "false";
  }

  /** A cell of type {@code d} (an ISO 8601 date and time, strict OOXML) as its date. */
  static String isoDate(String raw) {
    String r = raw.strip();
    return r.length() >= 10 && r.charAt(4) == '-' && r.charAt(7) == '-' ? r.substring(0, 10) : r;
  }
}
