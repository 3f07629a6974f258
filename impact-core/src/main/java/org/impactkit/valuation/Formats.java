package org.impactkit.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.impactkit.internal.Currencies;
import org.impactkit.internal.Texts;

/**
 * Figures as people read them: {@code £1,234.56}, {@code £4.20 per £1}, {@code 1,234}. The checks'
 * messages, every report and the command line write figures with these, beside {@link Rounding}, so a
 * figure reads the same wherever it is shown.
 *
 * <p>Built from the exact decimal digits rather than through {@code DecimalFormat}, which is neither
 * thread-safe nor cheap to create, and a workbook shows thousands of these.
 */
public final class Formats {
  private Formats() {}

  /**
   * Money in the currency's symbol, rounded half-up to pence: {@code £1,234.56}, {@code -£5.00}.
   *
   * @param value the amount
   * @param currency its ISO code, e.g. {@code GBP}
   * @return the amount as people read it
   */
  public static String money(BigDecimal value, String currency) {
    BigDecimal v = Rounding.money(value);
    return (v.signum() < 0 ? "-" : "") + Currencies.symbol(currency) + Texts.grouped(v.abs().toPlainString());
  }

  /**
   * One unit of the currency as people write it: {@code £1}, {@code A$1}.
   *
   * @param currency its ISO code, e.g. {@code GBP}
   * @return the symbol and 1
   */
  public static String unit(String currency) {
    return Currencies.symbol(currency) + "1";
  }

  /**
   * A count with thousands separators: {@code 1,234}.
   *
   * @param n the count
   * @return it as people read it
   */
  public static String count(long n) {
    return n < 0 ? "-" + Texts.grouped(Long.toString(n).substring(1)) : Texts.grouped(Long.toString(n));
  }

  /**
   * A return ratio as money per unit invested: {@code £4.20}.
   *
   * @param ratio the ratio
   * @param currency the ISO code of the money invested
   * @return it as people read it
   */
  public static String perPound(BigDecimal ratio, String currency) {
    return money(ratio, currency);
  }

  /**
   * A fraction as a percentage, to at most two places: {@code 0.235} → {@code 23.5%}.
   *
   * @param fraction the fraction
   * @return it as people read it
   */
  public static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }
}
