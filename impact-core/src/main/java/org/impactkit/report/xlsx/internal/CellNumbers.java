package org.impactkit.report.xlsx.internal;

import java.math.BigDecimal;
import org.impactkit.valuation.Rounding;

/**
 * The one place a figure leaves {@link BigDecimal} for the {@code double} a spreadsheet cell holds.
 * Money is exact until here (SPEC §2); each method says how it is rounded first, so a cell shows what
 * the JSON output says.
 */
public final class CellNumbers {
  private CellNumbers() {}

  /** Money rounded half-up to the penny, as the JSON gives it: the cached value of a total. */
  public static double money(BigDecimal value) {
    return toDouble(Rounding.money(value));
  }

  /** A return per unit invested rounded half-up to 4 places, as the JSON gives it. */
  public static double ratio(BigDecimal value) {
    return toDouble(Rounding.ratio(value));
  }

  /**
   * A figure as the engine holds it, not rounded: an input (a budget, a unit value, a percentage) that
   * formulas multiply and sum, where rounding first would move their results off the engine's.
   */
  public static double exact(BigDecimal value) {
    return toDouble(value);
  }

  private static double toDouble(BigDecimal value) {
    return value.doubleValue();
  }
}
