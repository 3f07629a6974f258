package org.impactkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place figures are rounded for output (SPEC §7.1): money half-up to pence, ratios to 4 places. */
public final class Rounding {
  private Rounding() {}

  /** Money rounded half-up to 2 decimal places. */
  public static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** A ratio rounded half-up to 4 decimal places, or {@code null}. */
  public static BigDecimal ratio(BigDecimal value) {
    return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
  }

  /** A fraction (deadweight, attribution…) or factor, to at most 10 places, without trailing zeros. */
  public static BigDecimal fraction(BigDecimal value) {
    BigDecimal v = value.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** Money as plain text for tables: {@code 1234.50}. */
  public static String moneyText(BigDecimal value) {
    return money(value).toPlainString();
  }

  /** A ratio as plain text for tables, or the empty string when there is none. */
  public static String ratioText(BigDecimal value) {
    return value == null ? "" : ratio(value).toPlainString();
  }

  /** A fraction or factor as plain text for tables. */
  public static String fractionText(BigDecimal value) {
    return fraction(value).toPlainString();
  }
}
