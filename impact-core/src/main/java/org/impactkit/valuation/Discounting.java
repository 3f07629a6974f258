package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * How future years are discounted (SPEC §5.2).
 *
 * @param rate the discount rate as a fraction, e.g. 0.035
 * @param convention whether year 1 is discounted
 */
public record Discounting(BigDecimal rate, Convention convention) {
  /** HM Treasury Green Book: 3.5%, the first year undiscounted. */
  public static final Discounting GREEN_BOOK = new Discounting(new BigDecimal("0.035"), Convention.YEAR_ZERO);

  public Discounting {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(convention, "convention");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("discount rate must be from 0% to below 100%");
    }
  }

  /** When the first year's value counts. */
  public enum Convention {
    /** Year t is discounted by (1 + rate)^(t − 1): the first year is not discounted. */
    YEAR_ZERO,
    /** Year t is discounted by (1 + rate)^t. */
    END_OF_YEAR;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The discounting exponent for year {@code t} (1-based). */
    public int exponent(int t) {
      return this == YEAR_ZERO ? t - 1 : t;
    }

    public static Convention parse(String text) {
      for (Convention c : values()) {
        if (c.id().equalsIgnoreCase(text.strip())) {
          return c;
        }
      }
      throw new IllegalArgumentException("expected year-zero or end-of-year, found '" + text + "'");
    }
  }
}
