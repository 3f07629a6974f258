package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Discount rates by band of years (SPEC §5.6): the Green Book's standard schedule steps down from 3.5%
 * after year 30, its health schedule from 1.5%, and a flat rate is one band from year 0 on. A schedule
 * is data (the bundled {@code discount-schedules.json}, or a rate given by the user): the engine takes
 * the value and never parses the file.
 *
 * @param id {@code green-book}, {@code green-book-health}, or {@code flat} for a single rate
 * @param bands the bands in order, contiguous from year 0, the last open-ended
 */
public record DiscountSchedule(String id, List<Band> bands) {
  /** The id of a schedule made of one rate. */
  public static final String FLAT = "flat";

  public DiscountSchedule {
    Objects.requireNonNull(id, "id");
    bands = List.copyOf(bands);
    if (bands.isEmpty() || bands.get(0).fromYear() != 0) {
      throw new IllegalArgumentException("schedule " + id + ": the first band starts at year 0");
    }
    for (int i = 1; i < bands.size(); i++) {
      Band before = bands.get(i - 1);
      if (before.toYear() == null || before.toYear() + 1 != bands.get(i).fromYear()) {
        throw new IllegalArgumentException("schedule " + id + ": band " + (i + 1) + " must start at year "
            + (before.toYear() == null ? "(none: the band before has no end)" : before.toYear() + 1));
      }
    }
    if (bands.get(bands.size() - 1).toYear() != null) {
      throw new IllegalArgumentException("schedule " + id + ": the last band has no end year");
    }
  }

  /** One rate for every year. */
  public static DiscountSchedule flat(BigDecimal rate) {
    return new DiscountSchedule(FLAT, List.of(new Band(0, null, rate)));
  }

  /** Whether this is a single rate. */
  public boolean isFlat() {
    return bands.size() == 1;
  }

  /** The rate of years 0 to the end of the first band (the rate for every year of a flat schedule). */
  public BigDecimal firstRate() {
    return bands.get(0).rate();
  }

  /** The rate of the band that holds discount year {@code n}. */
  public BigDecimal rate(int n) {
    for (Band b : bands) {
      if (b.contains(n)) {
        return b.rate();
      }
    }
    throw new IllegalArgumentException("no band of schedule " + id + " holds year " + n);
  }

  /**
   * The same schedule with every rate multiplied by {@code factor} (a sensitivity case), each kept
   * below 100%; flat stays flat.
   *
   * @param factor e.g. 1.10 for rates 10% higher
   * @param cap the highest rate allowed
   */
  public DiscountSchedule scaled(BigDecimal factor, BigDecimal cap) {
    List<Band> scaled = new ArrayList<>();
    for (Band b : bands) {
      scaled.add(new Band(b.fromYear(), b.toYear(), b.rate().multiply(factor).min(cap)));
    }
    return new DiscountSchedule(id, scaled);
  }

  /**
   * Years {@code fromYear} to {@code toYear} (both included) discounted at {@code rate}.
   *
   * @param fromYear the first discount year of the band
   * @param toYear the last, or {@code null} for every later year
   * @param rate the rate as a fraction, from 0 to below 1
   */
  public record Band(int fromYear, Integer toYear, BigDecimal rate) {
    public Band {
      Objects.requireNonNull(rate, "rate");
      if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
        throw new IllegalArgumentException("discount rate must be from 0% to below 100%");
      }
      if (fromYear < 0 || (toYear != null && toYear < fromYear)) {
        throw new IllegalArgumentException("a band runs from a year of 0 or more to a later one");
      }
    }

    boolean contains(int n) {
      return n >= fromYear && (toYear == null || n <= toYear);
    }

    /** How many of the years 1..n lie in this band. */
    int yearsUpTo(int n) {
      int first = Math.max(fromYear, 1);
      int last = toYear == null ? n : Math.min(toYear, n);
      return Math.max(0, last - first + 1);
    }
  }
}
