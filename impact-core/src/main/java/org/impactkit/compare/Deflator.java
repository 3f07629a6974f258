package org.impactkit.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The UK GDP deflator by calendar year from one file of price indices (SPEC §5.4: both years always
 * from one series of one file), to restate money of one year in another year's prices.
 *
 * @param indices the file's id, e.g. {@code ons-2025-06}
 * @param values the index for each year it covers
 */
public record Deflator(String indices, Map<Integer, BigDecimal> values) {
  /**
   * Creates the record, copying the values.
   *
   * @param indices the file's id, e.g. {@code ons-2025-06}
   * @param values the index for each year it covers
   */
  public Deflator {
    Objects.requireNonNull(indices, "indices");
    values = Map.copyOf(values);
  }

  /**
   * {@code D(to) / D(from)} at 34 significant digits.
   *
   * @param from the year whose prices the money is in, e.g. {@code 2023}
   * @param to the year whose prices it is restated in
   * @return the factor that restates money of {@code from} in {@code to}'s prices
   * @throws IllegalArgumentException naming the years covered when either year is not
   */
  public BigDecimal factor(int from, int to) {
    BigDecimal a = values.get(from);
    BigDecimal b = values.get(to);
    if (a == null || b == null || a.signum() <= 0) {
      TreeMap<Integer, BigDecimal> years = new TreeMap<>(values);
      String covered = years.isEmpty() ? "no years" : years.firstKey() + " to " + years.lastKey();
      throw new IllegalArgumentException("the GDP deflator of price indices " + indices
          + (a != null && b != null ? " gives " + from + " a value of " + a.toPlainString() + ", not above zero"
              : " has no value for " + (a == null ? from : to) + "; it covers " + covered));
    }
    return b.divide(a, MathContext.DECIMAL128);
  }
}
