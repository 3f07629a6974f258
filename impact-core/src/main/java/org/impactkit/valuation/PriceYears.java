package org.impactkit.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.PriceIndices;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;

/**
 * Brings bank values to the report's prices (SPEC §5.4). The report's year is the one asked for, else,
 * for a bank that declares uprating, the calendar year in which the period ends (capped at the last
 * year of the deflator), else the bank's own year. A value of year {@code b} becomes, in year {@code t}:
 *
 * <pre>
 * deflator: value × D(t)/D(b)
 * wellby:   value × D(t)/D(b) × (G(t)/G(b))^1.3     (D alone where G lacks t or b, and the report says so)
 * none:     value
 * </pre>
 *
 * Undeclared means {@code deflator} when another year is asked for. A factor is exactly 1 when {@code t
 * = b}; otherwise it is computed at {@link MathContext#DECIMAL128} and multiplies the unit value before
 * every adjustment.
 */
public final class PriceYears {
  private static final MathContext MC = MathContext.DECIMAL128;

  /** HM Treasury's income elasticity of the WELLBY value's uprating (Wellbeing Guidance, Annex 2, p.57). */
  private static final int ELASTICITY_TENTHS = 13;

  private final ValueBank bank;
  private final PriceIndices indices;
  private final int report;
  private final boolean capped;
  /** Whether every factor is 1, for a run already failed whose figures are never shown. */
  private final boolean unchanged;
  private final Map<String, BigDecimal> byOutcome = new HashMap<>();
  private boolean realIncomeMissing;

  private PriceYears(ValueBank bank, PriceIndices indices, int report, boolean capped, boolean unchanged) {
    this.bank = bank;
    this.indices = indices;
    this.report = report;
    this.capped = capped;
    this.unchanged = unchanged;
  }

  /** Every value left in the bank's prices: for a run whose price year was refused, so it can go on to list every other problem. */
  static PriceYears unchanged(ValueBank bank, PriceIndices indices) {
    return new PriceYears(bank, indices, bank.info().priceYear(), false, true);
  }

  /**
   * The report's year and the factors for a bank.
   *
   * @param bank the value bank whose values are brought to the report's prices
   * @param settings the run's settings: the price year asked for, the period and the price indices
   * @return the report's year, with every outcome's factor already worked out
   * @throws IllegalArgumentException naming the years the indices cover, when a year needed lies
   *     outside them
   */
  public static PriceYears of(ValueBank bank, ValuationSettings settings) {
    PriceIndices indices = settings.priceIndices();
    int last = indices.deflator().lastYear();
    int report;
    boolean capped = false;
    if (settings.priceYear() != null) {
      report = settings.priceYear();
    } else if (bank.declaresUprating() && settings.period() != null) {
      report = settings.period().end().getYear();
      if (report > last) {
        report = last;
        capped = true;
      }
    } else {
      report = bank.info().priceYear();
    }
    PriceYears years = new PriceYears(bank, indices, report, capped, false);
    for (Outcome o : bank.outcomes()) {
      years.factor(o); // every year needed checked now, before any row is read
    }
    return years;
  }

  /** {@return the year whose prices the report is in, e.g. {@code 2024}} */
  public int report() {
    return report;
  }

  /**
   * The factor that takes an outcome's value to the report's prices.
   *
   * @param outcome an outcome of the bank
   * @return the factor that multiplies its unit value; exactly 1 when no uprating is needed
   */
  public BigDecimal factor(Outcome outcome) {
    BigDecimal f = byOutcome.get(outcome.id());
    if (f == null) {
      Uprating method = bank.uprating(outcome);
      f = factor(method == null ? Uprating.DEFLATOR : method, bank.priceYear(outcome));
      byOutcome.put(outcome.id(), f);
    }
    return f;
  }

  /**
   * What the report states: years, the factor from the bank's year of each method its outcomes use
   * (undeclared counting as {@code deflator}) and of {@code none}, the vintage.
   *
   * @param notStated the ids of the outcomes claimed whose source states no price year (the bank's is assumed)
   * @return the summary every report states and the {@code price-year} check reads
   */
  public PriceYear summary(List<String> notStated) {
    Map<Uprating, BigDecimal> factors = new EnumMap<>(Uprating.class);
    factors.put(Uprating.NONE, BigDecimal.ONE);
    for (Outcome o : bank.outcomes()) {
      Uprating m = bank.uprating(o) == null ? Uprating.DEFLATOR : bank.uprating(o);
      factors.computeIfAbsent(m, method -> factor(method, bank.info().priceYear()));
    }
    boolean wellbyUsed = bank.outcomes().stream().anyMatch(o -> bank.uprating(o) == Uprating.WELLBY);
    return new PriceYear(bank.info().priceYear(), report, factors, indices.id(), indices.deflator().lastYear(), capped,
        realIncomeMissing && wellbyUsed, bank.declaresUprating(), notStated);
  }

  private BigDecimal factor(Uprating method, int from) {
    if (unchanged || method == Uprating.NONE || from == report) {
      return BigDecimal.ONE;
    }
    BigDecimal d = deflator(indices, from, report);
    if (method == Uprating.DEFLATOR) {
      return d;
    }
    BigDecimal gt = indices.realGdpPerHead().of(report);
    BigDecimal gb = indices.realGdpPerHead().of(from);
    if (gt == null || gb == null) {
      realIncomeMissing = true;
      return d;
    }
    return d.multiply(power13(gt.divide(gb, MC)), MC);
  }

  /**
   * {@code D(to) / D(from)}, the GDP deflator's factor from one year's prices to another's (SPEC §5.4, §6).
   *
   * @param indices the price indices whose GDP deflator is used
   * @param from the year whose prices the money is in
   * @param to the year whose prices it is brought to
   * @return the factor at 34 significant digits; exactly 1 when the years are the same
   * @throws IllegalArgumentException naming the years the deflator covers, when it lacks either year
   */
  public static BigDecimal deflator(PriceIndices indices, int from, int to) {
    if (from == to) {
      return BigDecimal.ONE;
    }
    return index(indices, indices.deflator(), to, "GDP deflator")
        .divide(index(indices, indices.deflator(), from, "GDP deflator"), MC);
  }

  private static BigDecimal index(PriceIndices indices, PriceIndices.Series series, int year, String name) {
    BigDecimal v = series.of(year);
    if (v == null) {
      boolean inside = !series.isEmpty() && year > series.firstYear() && year < series.lastYear();
      throw new IllegalArgumentException(inside // a file with a gap: 2019, 2021 and 2024, asked for 2022
          ? "price indices " + indices.id() + " give no " + name + " for " + year + ", though they cover "
              + series.coverage() + " around it: add that year's figure"
          : "price year " + year + " is outside the " + name + " of price indices " + indices.id() + ", which covers "
              + series.coverage());
    }
    return v;
  }

  /**
   * {@code x^1.3} at 34 significant digits: {@code (x^13)^(1/10)}, the tenth root by Newton's method
   * from a double's first guess (BigDecimal has no fractional power). Each step at least doubles the
   * correct digits; it stops once a step changes nothing at 40 digits.
   */
  static BigDecimal power13(BigDecimal x) {
    if (x.signum() <= 0) {
      throw new IllegalArgumentException("an index ratio must be above 0");
    }
    MathContext wide = new MathContext(40, RoundingMode.HALF_EVEN);
    BigDecimal a = x.pow(ELASTICITY_TENTHS, wide);
    BigDecimal y = new BigDecimal(Math.pow(x.doubleValue(), ELASTICITY_TENTHS / 10.0), wide);
    BigDecimal ten = BigDecimal.TEN;
    BigDecimal nine = BigDecimal.valueOf(9);
    for (int i = 0; i < 100; i++) {
      BigDecimal next = nine.multiply(y, wide).add(a.divide(y.pow(9, wide), wide), wide).divide(ten, wide);
      if (next.compareTo(y) == 0) {
        break;
      }
      y = next;
    }
    return y.round(MC);
  }
}
