package org.impactkit.bank;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One vintage of the price indices that uprating uses (SPEC §5.4, schema {@code impact/indices/v1}):
 * the UK GDP deflator and real GDP per head, by calendar year. Both years of a factor always come from
 * one series of one vintage, never spliced.
 *
 * @param id the vintage, e.g. {@code ons-2025-06}
 * @param release the release date as published, or {@code null}
 * @param licence the data's licence, or {@code null}
 * @param source where the figures come from, or {@code null}
 * @param deflator the GDP deflator (D)
 * @param realGdpPerHead real GDP per head (G); may hold no years
 */
public record PriceIndices(
    String id, String release, String licence, String source, Series deflator, Series realGdpPerHead) {
  public PriceIndices {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(deflator, "deflator");
    Objects.requireNonNull(realGdpPerHead, "realGdpPerHead");
  }

  /**
   * One index by calendar year.
   *
   * @param code the publisher's series code, e.g. {@code YBGB}, or {@code null}
   * @param values the index of each year it covers, every one above 0
   */
  public record Series(String code, Map<Integer, BigDecimal> values) {
    public Series {
      values = Collections.unmodifiableMap(new TreeMap<>(values));
      values.forEach((year, v) -> {
        if (v == null || v.signum() <= 0) {
          throw new IllegalArgumentException("the index of " + year + " must be above 0");
        }
      });
    }

    /** The index of a year, or {@code null} when the series does not cover it. */
    public BigDecimal of(int year) {
      return values.get(year);
    }

    /** Whether the series has no year at all. */
    public boolean isEmpty() {
      return values.isEmpty();
    }

    /** The first year covered; the series must not be empty. */
    public int firstYear() {
      return values.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    /** The last year covered; the series must not be empty. */
    public int lastYear() {
      return values.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The years covered in words, e.g. {@code 1948 to 2024}, or {@code no year}. */
    public String coverage() {
      return isEmpty() ? "no year" : firstYear() + " to " + lastYear();
    }
  }
}
