package org.impactkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures as people read them: {@code £1,234.56}, {@code £4.20 per £1}, {@code 1,234}.
 *
 * <p>Built from the exact decimal digits rather than through {@code DecimalFormat}, which is neither
 * thread-safe nor cheap to create, and a workbook shows thousands of these.
 */
public final class Formats {
  private Formats() {}

  /** Money in the currency's symbol, rounded half-up to pence: {@code £1,234.56}, {@code -£5.00}. */
  public static String money(BigDecimal value, String currency) {
    BigDecimal v = Rounding.money(value);
    return (v.signum() < 0 ? "-" : "") + Currencies.symbol(currency) + grouped(v.abs().toPlainString());
  }

  /** One unit of the currency as people write it: {@code £1}, {@code A$1}. */
  public static String unit(String currency) {
    return Currencies.symbol(currency) + "1";
  }

  /** A count with thousands separators. */
  public static String count(long n) {
    return n < 0 ? "-" + grouped(Long.toString(n).substring(1)) : grouped(Long.toString(n));
  }

  /** A return ratio as money per unit invested: {@code £4.20}. */
  public static String perPound(BigDecimal ratio, String currency) {
    return money(ratio, currency);
  }

  /** A fraction as a percentage, to at most two places: {@code 0.235} → {@code 23.5%}. */
  public static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }

  /** Digits {@code 1234567.89} (no sign) with a comma between each group of three: {@code 1,234,567.89}. */
  private static String grouped(String digits) {
    int point = digits.indexOf('.');
    int whole = point < 0 ? digits.length() : point;
    if (whole <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + whole / 3);
    int lead = whole % 3 == 0 ? 3 : whole % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < whole; i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.append(digits, whole, digits.length()).toString();
  }
}
