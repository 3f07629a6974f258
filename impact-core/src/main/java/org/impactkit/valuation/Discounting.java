package org.impactkit.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.impactkit.internal.ConstantNames;

/**
 * How future years are discounted (SPEC §5.2, §5.6), and the one place where discount and
 * present-value factors are computed, for both engines (SPEC §2).
 *
 * <p>Years are counted from 1: year 1 is the year the value is first had. The convention turns a year
 * {@code t} into a discount year {@code n = e(t)} ({@code t − 1} under year-zero, {@code t} under
 * end-of-year), and the discount factor of discount year {@code n} is {@code D(0) = 1},
 * {@code D(n) = D(n − 1) / (1 + r(n))}, {@code r(n)} being the rate of the {@linkplain DiscountSchedule
 * schedule}'s band that holds {@code n}: every year alike for a flat rate, stepped like Green Book 2026
 * Table 8 for the Green Book's schedules. The product {@code (1 + r(1)) × … × (1 + r(n))} is kept exact
 * and divided into the value once, at {@link MathContext#DECIMAL128}.
 *
 * @param schedule the rates by band of years
 * @param convention whether year 1 is discounted
 */
public record Discounting(DiscountSchedule schedule, Convention convention) {
  /**
   * 3.5% for every year, the first undiscounted: the Green Book's rate for years 0 to 30, which is the whole
   * horizon of most outcomes. The stepped schedules themselves are data, loaded outside the engine.
   */
  public static final Discounting GREEN_BOOK_FLAT = new Discounting(new BigDecimal("0.035"), Convention.YEAR_ZERO);

  /**
   * Creates the record, checking its parts.
   *
   * @param schedule the rates by band of years
   * @param convention whether year 1 is discounted
   */
  public Discounting {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(convention, "convention");
  }

  /**
   * A flat rate for every year.
   *
   * @param rate the discount rate as a fraction, e.g. 0.035
   * @param convention whether year 1 is discounted
   */
  public Discounting(BigDecimal rate, Convention convention) {
    this(DiscountSchedule.flat(Objects.requireNonNull(rate, "rate")), convention);
  }

  /** {@return the rate of the first band (years 0 to 30 of a Green Book schedule; every year of a flat one)} */
  public BigDecimal rate() {
    return schedule.firstRate();
  }

  /**
   * The same schedule, every rate multiplied by {@code factor} and kept at most {@code cap}, for a sensitivity
   * case.
   *
   * @param factor e.g. 1.10 for rates 10% higher
   * @param cap the highest rate allowed, as a fraction
   * @return the scaled discounting, with the same convention
   */
  public Discounting scaled(BigDecimal factor, BigDecimal cap) {
    return new Discounting(schedule.scaled(factor, cap), convention);
  }

  /**
   * A value had in year {@code year} (from 1), discounted to today: {@code value × D(e(year))}, computed
   * as {@code value / ((1 + r(1)) × … × (1 + r(n)))}; the value itself, unrounded, when {@code n} is 0.
   *
   * @param value the value in that year
   * @param year the year in which it is had, from 1
   * @return its present value
   */
  public BigDecimal discount(BigDecimal value, int year) {
    if (year < 1) {
      throw new IllegalArgumentException("years are counted from 1, found " + year);
    }
    int n = convention.exponent(year);
    return n == 0 ? value : value.divide(compounded(n), MathContext.DECIMAL128);
  }

  /**
   * The discount factor of year {@code year} (from 1): {@code D(e(year))}; exactly 1 for an
   * undiscounted year. With 3.5% year-zero: 1, 1/1.035, 1/1.035², …
   *
   * @param year the year, from 1
   * @return the factor
   */
  public BigDecimal factor(int year) {
    return discount(BigDecimal.ONE, year);
  }

  /**
   * The present-value factor of an outcome lasting {@code duration} years from year 1 (SPEC §5.2):
   * {@code Σ_{t=1..duration} (1 − dropOff)^(t−1) × D(e(t))}; exactly 1 for one undiscounted year.
   *
   * @param duration years the outcome lasts, at least 1
   * @param dropOff the share by which it declines each year after the first
   * @return the factor
   */
  public BigDecimal presentValueFactor(int duration, BigDecimal dropOff) {
    return presentValueFactor(duration, dropOff, 1);
  }

  /**
   * The present-value factor of an outcome lasting {@code duration} years from year {@code start}
   * (SPEC §6: start 2 is the year after the activity): {@code Σ_{k=1..duration} (1 − dropOff)^(k−1) ×
   * D(e(k + start − 1))}, the present value per unit of first-year value.
   *
   * @param duration years the outcome lasts
   * @param dropOff the share by which it declines each year after the first
   * @param start the year of its first value, from 1
   * @return the factor
   */
  public BigDecimal presentValueFactor(int duration, BigDecimal dropOff, int start) {
    BigDecimal retained = BigDecimal.ONE.subtract(dropOff);
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 1; k <= duration; k++) {
      sum = sum.add(discount(retained.pow(k - 1), k + start - 1));
    }
    return sum;
  }

  /**
   * {@code (1 + r(1)) × … × (1 + r(n))}, exact, so that {@code D(n)} is rounded once: {@code (1 + r)^m}
   * multiplied over the schedule's bands, {@code m} being the band's years among 1..n (a flat rate is one
   * band: {@code (1 + rate)^n}).
   */
  private BigDecimal compounded(int n) {
    BigDecimal product = BigDecimal.ONE;
    for (DiscountSchedule.Band band : schedule.bands()) {
      int years = band.yearsUpTo(n);
      if (years > 0) {
        product = product.multiply(BigDecimal.ONE.add(band.rate()).pow(years));
      }
    }
    return product;
  }

  /** When the first year's value counts. */
  public enum Convention {
    /** Year t is discounted by (1 + rate)^(t − 1): the first year is not discounted. */
    YEAR_ZERO,
    /** Year t is discounted by (1 + rate)^t. */
    END_OF_YEAR;

    /** {@return the convention as people write it: {@code year-zero} or {@code end-of-year}} */
    public String id() {
      return ConstantNames.kebab(this);
    }

    /**
     * The discount year of a calendar year.
     *
     * @param t the year, from 1
     * @return {@code t − 1} under year-zero, {@code t} under end-of-year
     */
    public int exponent(int t) {
      return this == YEAR_ZERO ? t - 1 : t;
    }

    /**
     * The convention people wrote.
     *
     * @param text {@code year-zero} or {@code end-of-year}, ignoring case
     * @return the convention
     * @throws IllegalArgumentException naming the two conventions
     */
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
