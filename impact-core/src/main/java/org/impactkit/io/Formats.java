package org.impactkit.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.impactkit.io.json.Rounding;
import org.impactkit.io.table.Cells;

/** Figures as people read them: {@code £1,234.56}, {@code £4.20 per £1}, {@code 1,234}. */
public final class Formats {
  private Formats() {}

  private static DecimalFormat format(String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    f.setRoundingMode(RoundingMode.HALF_UP);
    f.setParseBigDecimal(true);
    return f;
  }

  /** Money in the currency's symbol, rounded half-up to pence: {@code £1,234.56}, {@code -£5.00}. */
  public static String money(BigDecimal value, String currency) {
    BigDecimal v = Rounding.money(value);
    String digits = format("#,##0.00").format(v.abs());
    return (v.signum() < 0 ? "-" : "") + Cells.symbol(currency) + digits;
  }

  /** A count with thousands separators. */
  public static String count(long n) {
    return format("#,##0").format(n);
  }

  /** A return ratio as money per unit invested: {@code £4.20}. */
  public static String perPound(BigDecimal ratio, String currency) {
    return money(ratio, currency);
  }

  /** A fraction as a percentage: {@code 0.235} → {@code 23.5%}. */
  public static String percent(BigDecimal fraction) {
    return format("0.##").format(fraction.movePointRight(2)) + "%";
  }
}
