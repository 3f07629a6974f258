package org.impactkit.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.impactkit.internal.Texts;
import org.impactkit.model.Period;

/**
 * Two years side by side (SPEC §8.3). Money of the older year is restated in the newer year's prices
 * when they differ; {@link Line#olderAsReported()} keeps the figure its report printed.
 *
 * @param older the earlier year, as reported
 * @param newer the later year
 * @param restatement how the older year's money was brought to the newer year's prices, or {@code null}
 *     when both are in the same prices
 * @param bankChanged whether the two years were valued with different banks (compared only when asked to)
 * @param totals the headline figures
 * @param byAgeBand each band of either year
 * @param byOutcome each outcome of either year
 * @param byActivity each activity of either year
 */
public record Comparison(
    YearResult older,
    YearResult newer,
    Restatement restatement,
    boolean bankChanged,
    List<Line> totals,
    List<ItemLines> byAgeBand,
    List<ItemLines> byOutcome,
    List<ItemLines> byActivity) {

  /** Years as names carry them: 2021, 2021/22, 2021-2022, 21/22, FY2021. */
  private static final Pattern YEARS = Pattern.compile("\\b(fy)?(\\d{4}|\\d{2})([/-]\\d{2,4})?\\b");

  /**
   * Creates the record, copying its lists.
   *
   * @param older the earlier year, as reported
   * @param newer the later year
   * @param restatement how the older year's money was brought to the newer year's prices, or {@code null}
   *     when both are in the same prices
   * @param bankChanged whether the two years were valued with different banks (compared only when asked to)
   * @param totals the headline figures
   * @param byAgeBand each band of either year
   * @param byOutcome each outcome of either year
   * @param byActivity each activity of either year
   */
  public Comparison {
    totals = List.copyOf(totals);
    byAgeBand = List.copyOf(byAgeBand);
    byOutcome = List.copyOf(byOutcome);
    byActivity = List.copyOf(byActivity);
  }

  /**
   * The totals' line for a measure.
   *
   * @param m the measure, e.g. {@link Measure#SOCIAL_VALUE}
   * @return its line, or {@code null} when neither year gives that total (the ratio, when nothing was invested)
   */
  public Line total(Measure m) {
    return totals.stream().filter(l -> l.measure() == m).findFirst().orElse(null);
  }

  /**
   * A warning when the two reports name different evaluations: often two programmes compared by mistake,
   * sometimes one renamed. Years in the names ({@code 2021/22}, {@code 2023}), case and spacing are not
   * a difference. Reports and the command line give it.
   *
   * @return the warning in words, or {@code null} when the names agree or a report carries none
   */
  private String namesWarning() {
    String a = older.name();
    String b = newer.name();
    if (a == null || b == null || withoutYears(a).equals(withoutYears(b))) {
      return null;
    }
    return "The two reports name different evaluations (" + Texts.quote(a) + ", then " + Texts.quote(b)
        + "): check that they are the same programme before reading a change as its progress.";
  }

  /**
   * What a reader must know before reading a change as a year's progress: the reports name different
   * evaluations ({@link #namesWarning}), or cover overlapping periods (the same run twice, perhaps in two
   * price years). Reports and the command line give them.
   *
   * @return the warnings in words, possibly none
   */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (namesWarning() != null) {
      warnings.add(namesWarning());
    }
    Period a = older.period();
    Period b = newer.period();
    // periods written end to end (2020-04-01 to 2021-04-01, then 2021-04-01 on) share a day: not an overlap
    long shared = a == null || b == null ? 0 : Math.min(a.end().toEpochDay(), b.end().toEpochDay())
        - Math.max(a.start().toEpochDay(), b.start().toEpochDay()) + 1;
    if (shared > 1) {
      warnings.add("The two reports cover " + (a.equals(b) ? "the same period (" + a.label() + ")"
          : "overlapping periods (" + a.label() + ", then " + b.label() + ")") + ": a change between them is not a"
          + " year's progress; it can come only from the records, the settings or the prices.");
    } else if (a != null && b != null && Math.abs(a.days() - b.days()) * 10 > Math.max(a.days(), b.days())) {
      // Totals grow with the time they cover: half a year against a whole one doubles without any progress.
      warnings.add("The two periods differ in length (" + a.days() + " days, then " + b.days() + "): the totals"
          + " partly reflect that; compare the return per pound, or periods of the same length.");
    }
    for (YearResult y : List.of(older, newer)) {
      // calculate keeps budgets in the period's money whatever the values' price year, so such a report's
      // return already mixes two years' money, and restating its investment with its values would move it
      if (y.period() != null && y.priceYear() != y.period().end().getYear()) {
        // named by its year, as the tables name it; the line above them says which file each year is
        warnings.add("The " + y.label() + " report gives its values in " + y.priceYear() + " prices but its budgets"
            + " in the money of its period, which ends in " + y.period().end().getYear() + ": its return, and the"
            + " changes in investment and return here, mix two years' money; calculate each year with its price"
            + " year set to the year its period ends before comparing them.");
      }
    }
    return warnings;
  }

  /** A name without its years and punctuation, in lower case: {@code Derby Youth Alliance 2021/22} as {@code derby youth alliance}. */
  private static String withoutYears(String name) {
    return YEARS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * The older year's money restated: {@code value × D(to) / D(from)}, D the GDP deflator.
   *
   * @param from the older year's price year
   * @param to the newer year's price year
   * @param factor {@code D(to) / D(from)}
   * @param indices the price indices used, e.g. {@code ons-2025-06}
   */
  public record Restatement(int from, int to, BigDecimal factor, String indices) {}

  /**
   * One figure in both years.
   *
   * @param measure which figure
   * @param older the older year's, restated when prices differ; {@code null} when that year has none
   * @param olderAsReported the older year's as its report gives it; {@code null} when it has none
   * @param newer the newer year's; {@code null} when it has none
   * @param change {@code newer − older}; {@code null} when either is missing
   * @param changeFraction {@code change / older} (0.05 for 5%); {@code null} when the older figure is
   *     missing, zero or negative (a net loss turned into a gain is no percentage of the loss)
   */
  public record Line(
      Measure measure, BigDecimal older, BigDecimal olderAsReported, BigDecimal newer, BigDecimal change,
      BigDecimal changeFraction) {}

  /**
   * A band, outcome or activity and its lines.
   *
   * @param id its id
   * @param label its name (the newer year's where both name it)
   * @param inOlder whether the older year has it
   * @param inNewer whether the newer year has it
   * @param lines one per measure
   */
  public record ItemLines(String id, String label, boolean inOlder, boolean inNewer, List<Line> lines) {
    /**
     * Creates the record, copying its lines.
     *
     * @param id its id
     * @param label its name (the newer year's where both name it)
     * @param inOlder whether the older year has it
     * @param inNewer whether the newer year has it
     * @param lines one per measure
     */
    public ItemLines {
      lines = List.copyOf(lines);
    }
  }
}
