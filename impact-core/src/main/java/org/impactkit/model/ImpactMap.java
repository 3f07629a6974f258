package org.impactkit.model;

import java.util.List;

/**
 * An impact map (SPEC §6): one row per stakeholder outcome, in the order given.
 *
 * @param name what the map is about (for report titles), or {@code null}
 * @param rows the outcomes, at least one
 * @param currency the ISO 4217 code of its money, e.g. {@code GBP} (SPEC §6)
 * @param priceYear the year whose prices its proxies are in, or {@code null} when no row gives one
 */
public record ImpactMap(String name, List<ImpactMapRow> rows, String currency, Integer priceYear) {
  /** The currency of a map that names none. */
  public static final String DEFAULT_CURRENCY = "GBP";

  public ImpactMap {
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("an impact map needs at least one outcome");
    }
    currency = currency == null ? DEFAULT_CURRENCY : currency;
  }

  /** A map in pounds sterling whose proxies' price year is not given. */
  public ImpactMap(String name, List<ImpactMapRow> rows) {
    this(name, rows, DEFAULT_CURRENCY, null);
  }

  /** A map whose proxies' price year is not given. */
  public ImpactMap(String name, List<ImpactMapRow> rows, String currency) {
    this(name, rows, currency, null);
  }

  /** The same map in another currency. */
  public ImpactMap withCurrency(String code) {
    return new ImpactMap(name, rows, code, priceYear);
  }

  /** The same map with its proxies in one year's prices. */
  public ImpactMap withPrices(List<ImpactMapRow> upratedRows, int year) {
    return new ImpactMap(name, upratedRows, currency, year);
  }

  /** The number of calendar years the map's outcomes span (year 1 is the activity's year). */
  public int horizon() {
    return rows.stream().mapToInt(ImpactMapRow::lastYear).max().orElse(1);
  }
}
