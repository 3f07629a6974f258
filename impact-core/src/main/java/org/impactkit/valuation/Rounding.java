package org.impactkit.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures are rounded for people to read, and the one scale exact amounts come in. Every report
 * (JSON, CSV, Markdown, workbook) rounds with these methods (SPEC §7.1), and the {@code rounded…}
 * accessors of {@link CalculationResult} use them too, so an analyst's figure and a report's agree.
 *
 * <p><b>Exact amounts.</b> Results hold money unrounded ({@link #exact}): the smallest number of
 * decimal places, at least two, that holds the amount exactly, e.g. {@code 6327.00}, {@code 0.25},
 * {@code 1234.5678}. So two amounts are {@link BigDecimal#equals equal} exactly when they are the same
 * amount ({@code 6327.00}, never {@code 6327.0} beside {@code 6327.000}).
 *
 * <p><b>Rounded figures.</b> Money half-up to 2 decimal places ({@link #money}), return ratios
 * half-up to 4 ({@link #ratio}), fractions such as deadweight to at most 10 without trailing zeros
 * ({@link #fraction}). Round only to print: sums of rounded figures drift from the rounded sum.
 */
public final class Rounding {
  /** Decimal places of money as printed, and the fewest an exact amount is given with. */
  public static final int MONEY_SCALE = 2;
  /** Decimal places of a return ratio as printed. */
  public static final int RATIO_SCALE = 4;

  private Rounding() {}

  /**
   * An amount in the scale results use: unchanged in value, with the fewest decimal places that hold
   * it exactly, and never fewer than {@value #MONEY_SCALE}.
   *
   * @param value an amount, or {@code null}
   * @return the same amount in that scale, or {@code null} for {@code null}
   */
  public static BigDecimal exact(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < MONEY_SCALE ? v.setScale(MONEY_SCALE) : v;
  }

  /**
   * Money rounded half-up to 2 decimal places, as every report prints it.
   *
   * @param value an exact amount
   * @return the amount to the penny
   */
  public static BigDecimal money(BigDecimal value) {
    return value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * A ratio rounded half-up to 4 decimal places, or {@code null}.
   *
   * @param value an exact ratio, or {@code null} when there is none
   * @return the ratio to 4 places, or {@code null}
   */
  public static BigDecimal ratio(BigDecimal value) {
    return value == null ? null : value.setScale(RATIO_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * A fraction (deadweight, attribution…) or factor, to at most 10 places, without trailing zeros.
   *
   * @param value an exact fraction or factor
   * @return it to at most 10 places
   */
  public static BigDecimal fraction(BigDecimal value) {
    BigDecimal v = value.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * Money as plain text for tables: {@code 1234.50}.
   *
   * @param value an exact amount
   * @return {@link #money} of it, without exponent or grouping
   */
  public static String moneyText(BigDecimal value) {
    return money(value).toPlainString();
  }

  /**
   * A ratio as plain text for tables, or the empty string when there is none.
   *
   * @param value an exact ratio, or {@code null}
   * @return {@link #ratio} of it as plain text, or {@code ""}
   */
  public static String ratioText(BigDecimal value) {
    return value == null ? "" : ratio(value).toPlainString();
  }

  /**
   * A fraction or factor as plain text for tables.
   *
   * @param value an exact fraction or factor
   * @return {@link #fraction} of it as plain text
   */
  public static String fractionText(BigDecimal value) {
    return fraction(value).toPlainString();
  }
}
