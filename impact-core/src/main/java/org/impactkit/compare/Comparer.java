package org.impactkit.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.compare.Comparison.ItemLines;
import org.impactkit.compare.Comparison.Line;
import org.impactkit.compare.Comparison.Restatement;
import org.impactkit.compare.YearResult.Item;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;

/** Compares two years' results (SPEC §8.3): pure arithmetic, exact to the last digit. */
public final class Comparer {
  private static final List<Measure> TOTALS = List.of(Measure.SOCIAL_VALUE, Measure.INVESTMENT,
      Measure.NET_SOCIAL_VALUE, Measure.RATIO, Measure.GROSS_VALUE, Measure.PARTICIPANTS, Measure.CLAIMS);
  private static final List<Measure> BANDS = List.of(Measure.SOCIAL_VALUE, Measure.PARTICIPANTS, Measure.CLAIMS);
  private static final List<Measure> OUTCOMES = List.of(Measure.SOCIAL_VALUE, Measure.CLAIMS);
  private static final List<Measure> ACTIVITIES = List.of(Measure.SOCIAL_VALUE, Measure.INVESTMENT, Measure.RATIO,
      Measure.PARTICIPANTS);

  private final BigDecimal factor;

  private Comparer(BigDecimal factor) {
    this.factor = factor;
  }

  /**
   * Whether comparing these two needs price indices: their figures are in different years' prices.
   *
   * @param older the earlier year
   * @param newer the later year
   * @return {@code true} when their price years differ, so the older year's money must be restated
   */
  public static boolean needsRestating(YearResult older, YearResult newer) {
    return older.priceYear() != newer.priceYear();
  }

  /**
   * The two years side by side.
   *
   * @param older the earlier year
   * @param newer the later year
   * @param deflator the GDP deflator, needed when the price years differ (else may be {@code null})
   * @param allowBankChange whether to compare results valued with different banks
   * @return the comparison: totals, age bands, outcomes and activities, each figure in both years with its change
   * @throws InvalidInputException when the banks differ and that is not allowed, when the currencies
   *     differ, or when the older year cannot be restated
   */
  public static Comparison compare(YearResult older, YearResult newer, Deflator deflator, boolean allowBankChange) {
    YearResult.Bank a = older.bank();
    YearResult.Bank b = newer.bank();
    if (!a.currency().equals(b.currency())) {
      throw new InvalidInputException(Diagnostic.error(newer.file(), 0, null, "its figures are in " + b.currency()
          + " and those of " + older.file() + " in " + a.currency() + "; figures in two currencies cannot be compared"));
    }
    for (YearResult y : List.of(older, newer)) {
      if (y.period() == null) {
        // A report without a period counts every row whatever its date: it is no year, and neither the order
        // of the two nor an overlap between them could be checked.
        throw new InvalidInputException(Diagnostic.error(y.file(), 0, null, "it states no period, so it counts"
            + " every row whatever its date and is no year to compare: give the evaluation its period and"
            + " calculate it again"));
      }
    }
    if (older.period().start().isAfter(newer.period().start())) {
      // taken the other way round, the newer year would be restated back in time and every change reversed
      throw new InvalidInputException(Diagnostic.error(older.file(), 0, null, "it covers "
          + older.period().label() + ", which comes after " + newer.period().label() + " of " + newer.file()
          + "; the earlier year's report goes first"));
    }
    boolean bankChanged = !a.id().equals(b.id()) || !a.version().equals(b.version());
    if (bankChanged && !allowBankChange) {
      throw new InvalidInputException(Diagnostic.error(newer.file(), 0, null, "it was valued with the value bank "
          + b.describe() + " and " + older.file() + " with " + a.describe() + "; a change between the years"
          + " could come from the banks' values rather than from the work, so they are not compared")
          .withAdvice(Advice.ALLOW_BANK_CHANGE));
    }
    Restatement restatement = null;
    if (needsRestating(older, newer)) {
      if (deflator == null) {
        throw new InvalidInputException(Diagnostic.error(older.file(), 0, null, "its figures are in "
            + older.priceYear() + " prices and those of " + newer.file() + " in " + newer.priceYear()
            + " prices; restating them needs price indices (the GDP deflator), and none were found")
            .withAdvice(Advice.GIVE_PRICE_INDICES));
      }
      try {
        restatement = new Restatement(older.priceYear(), newer.priceYear(),
            deflator.factor(older.priceYear(), newer.priceYear()), deflator.indices());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Diagnostic.error(older.file(), 0, null, "its figures are in "
            + older.priceYear() + " prices and cannot be restated in " + newer.priceYear() + " prices: "
            + e.getMessage()).withAdvice(Advice.GIVE_PRICE_INDICES));
      }
    }
    Comparer c = new Comparer(restatement == null ? BigDecimal.ONE : restatement.factor());
    List<Line> totals = c.lines(TOTALS, older.totals(), newer.totals());
    return new Comparison(older, newer, restatement, bankChanged, totals,
        c.items(BANDS, older.byAgeBand(), newer.byAgeBand()),
        c.items(OUTCOMES, older.byOutcome(), newer.byOutcome()),
        c.items(ACTIVITIES, older.byActivity(), newer.byActivity()));
  }

  /** Items of either year, the newer year's first in its order, then those only the older year has. */
  private List<ItemLines> items(List<Measure> measures, List<Item> older, List<Item> newer) {
    Map<String, Item> before = new LinkedHashMap<>();
    older.forEach(i -> before.put(i.id(), i));
    Map<String, Item> after = new LinkedHashMap<>();
    newer.forEach(i -> after.put(i.id(), i));
    List<ItemLines> out = new ArrayList<>();
    for (Item n : newer) {
      Item o = before.get(n.id());
      out.add(new ItemLines(n.id(), n.label(), o != null, true,
          lines(measures, o == null ? Map.of() : o.figures(), n.figures())));
    }
    for (Item o : older) {
      if (!after.containsKey(o.id())) {
        out.add(new ItemLines(o.id(), o.label(), true, false, lines(measures, o.figures(), Map.of())));
      }
    }
    return out;
  }

  private List<Line> lines(List<Measure> measures, Map<Measure, BigDecimal> older, Map<Measure, BigDecimal> newer) {
    List<Line> lines = new ArrayList<>();
    for (Measure m : measures) {
      if (older.containsKey(m) || newer.containsKey(m)) {
        lines.add(line(m, older.get(m), newer.get(m)));
      }
    }
    return lines;
  }

  private Line line(Measure m, BigDecimal reported, BigDecimal newer) {
    BigDecimal older = reported == null || m.kind() != Measure.Kind.MONEY ? reported : reported.multiply(factor);
    BigDecimal change = older == null || newer == null ? null : newer.subtract(older);
    // From a negative base (a net loss) a percentage misleads: -1,560 to 13,228 is no "+948%"
    BigDecimal fraction = change == null || older.signum() <= 0 ? null
        : change.divide(older, MathContext.DECIMAL128);
    return new Line(m, older, reported, newer, change, fraction);
  }
}
