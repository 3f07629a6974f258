package org.impactkit.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.Texts;
import org.impactkit.model.Adjustments;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.Totals;
import org.impactkit.valuation.Formats;
import org.impactkit.valuation.NotClaimedReason;
import org.impactkit.valuation.OutcomeFactors;
import org.impactkit.valuation.PriceYear;
import org.impactkit.valuation.Rounding;
import org.impactkit.valuation.Simulation;
import org.impactkit.valuation.ValuationSettings;
import org.impactkit.valuation.ValueRange;

/**
 * The words every report shares: title, period, the headline sentence and the method in plain words,
 * plus small-number suppression and the defence against formula injection. One place, so the
 * workbook, the CSV files and the Markdown summary say the same thing.
 */
public final class ReportText {
  private ReportText() {}

  /** What every cross-tab says under it, as its totals are counts of people, not sums of its cells. */
  public static final String CROSS_TAB_NOTE = "A total counts each person once, so it can be less than the sum"
      + " of its cells when someone is in two (two strands, say).";

  /** The report title: the configured title, else the evaluation's name, else a generic one. */
  public static String title(CalculationResult r) {
    ValuationSettings s = r.settings();
    if (s.title() != null) {
      return s.title();
    }
    return s.name() != null ? s.name() + ": social value" : "Social value report";
  }

  /** {@code Organisation · 1 July 2020 to 31 December 2020}, or the parts that are known. */
  public static String subtitle(CalculationResult r) {
    List<String> parts = new ArrayList<>();
    if (r.settings().organisation() != null) {
      parts.add(r.settings().organisation());
    }
    if (r.settings().period() != null) {
      parts.add("Period " + period(r));
    }
    return String.join(" · ", parts);
  }

  /** The period as {@code 2020-07-01 to 2020-12-31}, or {@code null}. */
  public static String period(CalculationResult r) {
    var p = r.settings().period();
    return p == null ? null : p.start() + " to " + p.end();
  }

  /** A breakdown column's header as words: {@code mentoring_role} → {@code mentoring role}. */
  public static String dimension(String header) {
    return header.replace('_', ' ').strip();
  }

  /** Text with its first letter in capitals, for headings. */
  public static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }

  /** Money in the bank's currency, e.g. {@code £1,234.56}. */
  public static String money(CalculationResult r, BigDecimal value) {
    return Formats.money(value, r.bank().info().currency());
  }

  /** The return as {@code £2.79 of social value for every £1 invested}, or a note when nothing was invested. */
  public static String perPound(CalculationResult r) {
    Totals t = r.totals();
    if (t.ratio() == null) {
      return "no return ratio (nothing was invested)";
    }
    return money(r, t.ratio()) + " of social value for every " + unit(r) + " invested";
  }

  /** One currency unit written as people write it, e.g. {@code £1}. */
  public static String unit(CalculationResult r) {
    return Formats.unit(r.bank().info().currency());
  }

  /** The headline in one sentence, for the top of a report. */
  public static String headline(CalculationResult r) {
    Totals t = r.totals();
    StringBuilder sb = new StringBuilder();
    String who = r.settings().organisation() != null ? r.settings().organisation()
        : r.settings().name() != null ? r.settings().name() : "The programme";
    sb.append(who).append(" created ").append(money(r, t.socialValue())).append(" of social value");
    if (range(r) != null) {
      sb.append(" (").append(range(r)).append(')');
    }
    if (r.settings().period() != null) {
      sb.append(" from ").append(r.settings().period().start()).append(" to ").append(r.settings().period().end());
    }
    if (t.ratio() != null) {
      sb.append(", from an investment of ").append(money(r, t.investment())).append(": ")
          .append(perPound(r)).append(" (net social value ").append(money(r, t.netSocialValue())).append(')');
    }
    if (t.participants() > 0) {
      sb.append(". ").append(count(r, t.participants())).append(" people took part");
    }
    return sb.append('.').toString();
  }

  /** The method in plain words, one sentence or short paragraph per point. */
  public static List<String> method(CalculationResult r) {
    ValuationSettings s = r.settings();
    ValueBank bank = r.bank();
    var info = bank.info();
    List<String> lines = new ArrayList<>();
    lines.add("Wellbeing valuation: each person who achieved an outcome in the period is given the bank's annual "
        + "value for that outcome, looked up by their age band and region. One claim per person per outcome; "
        + "participant records stay private and no participant id appears in this report.");
    lines.add("Value bank: " + info.name() + " (" + info.id() + (info.version().isEmpty() ? "" : " " + info.version())
        + "), values in " + info.priceYear() + " prices, " + info.currency() + ".");
    if (info.licence() != null) {
      lines.add("Licence: " + info.licence());
    }
    if (info.attribution() != null) {
      lines.add("Attribution: " + info.attribution());
    }
    lines.add(priceYear(r));
    if (r.range() != null) {
      lines.add("Range: beside each central figure, the low and high figures take every value at the low and high "
          + "end of the range its source publishes" + (info.wellbyValue() == null ? ""
              : " (for values derived from WELLBYs, HM Treasury's low and high WELLBY values with the ends of the "
                  + "effect's confidence interval)")
          + "; values without a published range count at their central figure in all three.");
    }
    if (r.simulation() != null) {
      lines.add(simulation(r));
    }
    lines.add(deadweight(r));
    lines.add(switch (s.conflictPolicy()) {
      case LOWEST -> "Conflicting outcomes (the bank's pairs that draw on the same benefit): where one person "
          + "achieved both, only the lower-valued claim counts, so value is not over-claimed.";
      case HIGHEST -> "Conflicting outcomes (the bank's pairs that draw on the same benefit): where one person "
          + "achieved both, only the higher-valued claim counts.";
      case FIRST -> "Conflicting outcomes (the bank's pairs that draw on the same benefit): where one person "
          + "achieved both, only the claim recorded first counts.";
      case ERROR -> "Conflicting outcomes (the bank's pairs that draw on the same benefit): none was claimed for "
          + "the same person; the run would have stopped otherwise.";
    });
    lines.add(DiscountingText.paragraph(r));
    if (s.hasSroiAdjustments()) {
      List<String> adjusted = new ArrayList<>();
      for (Map.Entry<String, Adjustments> e : s.adjustments().entrySet()) {
        if (e.getValue().isSroi()) {
          adjusted.add(outcomeName(r, e.getKey()));
        }
      }
      lines.add("SROI adjustments (attribution, displacement, duration and drop-off) were applied to "
          + String.join(", ", adjusted.stream().sorted().toList())
          + "; see the By outcome and Calculation sheets for each factor.");
    }
    if (s.period() != null) {
      lines.add("Period: " + period(r) + ". Rows dated outside it are left out: their outcomes are not claimed, and"
          + " their people are not counted unless they also have a row inside it.");
    }
    long notClaimed = r.notClaimed().stream().mapToLong(NotClaimedCount::count).sum();
    if (notClaimed > 0) {
      // The reasons this run had, with their counts: the sentence is pasted into grant reports on its own.
      List<String> reasons = r.notClaimed().stream().filter(n -> n.count() > 0)
          .map(n -> lowerFirst(reason(n.reason())) + " (" + Formats.count(n.count()) + ")").toList();
      lines.add(Formats.count(notClaimed) + " record" + (notClaimed == 1 ? " was" : "s were") + " not claimed: "
          + String.join(", ", reasons) + ".");
    }
    if (s.suppressBelow() > 0) {
      // Only counts are hidden: saying more (that privacy is protected) would claim what was not done.
      lines.add("Small numbers: counts of people and claims below " + s.suppressBelow() + " are shown as <"
          + s.suppressBelow() + "; every total still includes them. Money figures are shown in full, so a small"
          + " line's count can be worked out from its value and unit value, and the JSON report keeps exact counts"
          + " for audit: check both before publishing them.");
    }
    return lines;
  }

  /**
   * What deadweight was taken off each outcome claimed, and where it came from (SPEC §8 deadweight
   * honesty): never "after deadweight" for an outcome none was taken from.
   */
  static String deadweight(CalculationResult r) {
    if (!r.settings().deadweight()) {
      return "Deadweight: none taken off; the evaluation switched deadweight off, as is right when outcomes were"
          + " measured against a comparison group (what would have happened anyway is then already taken out).";
    }
    List<String> taken = new ArrayList<>();
    List<String> explained = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (OutcomeFigures o : r.byOutcome()) {
      OutcomeFactors f = o.factors();
      String id = o.outcome().name();
      if (f.deadweightApplied()) {
        taken.add(id + " " + Formats.percent(f.deadweight()) + " (from " + f.deadweightSource().words() + ")");
      } else if (f.adjustments().deadweightReason() != null) {
        explained.add(id + " (" + f.adjustments().deadweightReason() + ")");
      } else {
        none.add(id);
      }
    }
    if (r.byOutcome().isEmpty()) {
      return "Deadweight: no outcome was claimed.";
    }
    List<String> parts = new ArrayList<>();
    if (!taken.isEmpty()) {
      parts.add("Deadweight (what would have happened anyway) was taken off " + String.join(", ", taken) + ".");
    }
    if (!explained.isEmpty()) {
      parts.add("None was taken off " + String.join(", ", explained) + ".");
    }
    if (!none.isEmpty()) {
      String whose = none.size() == 1 ? "its figure includes" : "their figures include";
      parts.add((taken.isEmpty() && explained.isEmpty() ? "Deadweight: none was taken off. Neither the value bank"
          + " nor the evaluation's settings give a deadweight for " : "No deadweight was given for ")
          + String.join(", ", none) + ", so " + whose + " what would have happened anyway.");
    }
    return String.join(" ", parts);
  }

  /**
   * Where an outcome's deadweight came from, in words: {@code the value bank}, {@code the evaluation's
   * settings (comparison group)}, {@code none given}.
   */
  public static String deadweightSource(OutcomeFactors f) {
    String reason = f.adjustments().deadweightReason();
    return f.deadweightSource().words() + (reason == null ? "" : " (" + reason + ")");
  }

  /**
   * What the social value is, for the line under the headline figure: "after deadweight" only when it
   * was taken off every outcome claimed, and how many otherwise, so a funder does not read the whole
   * figure as net of what would have happened anyway.
   */
  public static String socialValueNote(CalculationResult r) {
    long with = r.byOutcome().stream().filter(o -> o.factors().deadweightApplied()).count();
    int claimed = r.byOutcome().size();
    if (with == 0) {
      return "the value of the outcomes achieved (no deadweight taken off)";
    }
    return with == claimed ? "the value of the outcomes achieved, after deadweight"
        : "the value of the outcomes achieved, after deadweight on " + with + " of its " + claimed + " outcomes";
  }

  /**
   * One sentence on the checks that did not pass, for the top of a summary ({@code Checks: 2 warnings
   * (Deadweight, Small numbers); see the Checks sheet.}), or {@code null} when every check passed.
   */
  public static String checksSummary(CalculationResult r) {
    List<Check> notPassing = r.checksNotPassing();
    if (notPassing.isEmpty()) {
      return null;
    }
    return "Checks: " + notPassing.size() + (notPassing.size() == 1 ? " warning (" : " warnings (")
        + notPassing.stream().map(c -> c.id().title()).collect(java.util.stream.Collectors.joining(", "))
        + "); see the Checks sheet for what was found.";
  }

  /** Warnings about the inputs a summary lists before pointing to the workbook and the JSON for the rest. */
  static final int WARNINGS_LISTED = 10;

  /**
   * What a reader should know, one line each, for every report: the checks that did not pass ({@code
   * Warning: Deadweight: …}), then the warnings about the inputs ({@code Warning: counts.csv line 6: …}),
   * the first {@value #WARNINGS_LISTED} of them and a line counting the rest.
   */
  public static List<String> checkLines(CalculationResult r) {
    List<String> lines = new ArrayList<>();
    r.checksNotPassing().forEach(c -> lines.add(checkLine(c)));
    List<Diagnostic> warnings = warnings(r);
    warnings.stream().limit(WARNINGS_LISTED).forEach(d -> lines.add("Warning: " + where(d) + d.message()));
    if (warnings.size() > WARNINGS_LISTED) {
      lines.add("… and " + Formats.count(warnings.size() - WARNINGS_LISTED) + " more warnings about the inputs;"
          + " the workbook's Not claimed sheet and the JSON report list them.");
    }
    return lines;
  }

  /**
   * A check as a report's line says it, in words rather than ids: {@code Warning: Size of the return: …}. Both
   * engines' reports list the checks that did not pass this way.
   */
  public static String checkLine(Check c) {
    return c.status().label() + ": " + c.id().title() + ": " + c.message();
  }

  /** Where a diagnostic points, in words: {@code counts.csv line 6, column count: }, or nothing. */
  private static String where(Diagnostic d) {
    if (d.file() == null) {
      return "";
    }
    String at = d.key() != null ? " [" + d.key() + "]" : d.line() > 0 ? " line " + d.line() : "";
    return d.file() + at + (d.column() == null ? "" : ", column " + d.column()) + ": ";
  }

  /** An outcome's name in the bank, for its id (the id itself when the bank has no such outcome). */
  private static String outcomeName(CalculationResult r, String id) {
    return r.bank().outcome(id).map(o -> o.name()).orElse(id);
  }

  /**
   * A column or dimension name as a heading people read: {@code mentoring_role} → {@code Mentoring role},
   * {@code age band} → {@code Age band}. Names already in words keep their case after the first letter.
   */
  public static String words(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    String spaced = name.strip().replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** Why rows were not claimed, in words (the JSON and CSV keep the ids). */
  public static String reason(NotClaimedReason reason) {
    return switch (reason) {
      case OUTSIDE_PERIOD -> "Outside the evaluation period";
      case ACHIEVED_AT_BASELINE -> "Already achieved at baseline";
      case NOT_ACHIEVED_AT_FOLLOW_UP -> "Not achieved at follow-up";
      case DUPLICATE -> "Duplicate";
      case CONFLICT -> "Conflicting outcome";
      case INVALID_ROW -> "Invalid row";
    };
  }

  private static String lowerFirst(String words) {
    return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
  }

  /** The prices of the figures in brief: {@code Figures in 2022 prices, GBP}. */
  public static String pricesInBrief(CalculationResult r) {
    return "Figures in " + r.priceYear().report() + " prices, " + r.bank().info().currency();
  }

  /**
   * The prices of the figures in words (SPEC §5.4): report year, bank year, the factor of each method
   * used and the index vintage.
   */
  public static String priceYear(CalculationResult r) {
    PriceYear p = r.priceYear();
    StringBuilder sb = new StringBuilder("Price year: figures are in " + p.report() + " prices");
    // outcomes the bank gives in a price year of their own are brought to the report's prices by their own factor
    List<String> ownYears = r.byOutcome().stream()
        .filter(o -> r.bank().priceYear(o.outcome()) != p.bank())
        .map(o -> o.outcome().name() + " (in " + r.bank().priceYear(o.outcome()) + " prices, × "
            + Rounding.ratio(o.factors().uprating()).toPlainString() + ")").toList();
    String ownYearsText = ownYears.isEmpty() ? "" : " Values the bank gives in a price year of their own were brought"
        + " to " + p.report() + " prices from it: " + Texts.listed(ownYears) + ".";
    if (!p.uprated()) {
      sb.append(p.report() == p.bank() ? ", the bank's own price year, so " + (ownYears.isEmpty()
          ? "no value was uprated." : "its other values were not uprated.") : "; no value was uprated.");
      sb.append(ownYearsText);
    } else {
      sb.append("; the bank's ").append(p.bank()).append(" values were uprated ");
      List<String> used = new ArrayList<>();
      for (Uprating m : Uprating.values()) {
        boolean usedByAClaim = r.byOutcome().stream()
            .anyMatch(o -> methodOf(r, o) == m);
        if (usedByAClaim && m != Uprating.NONE) {
          String how = m == Uprating.DEFLATOR ? "the GDP deflator" : p.realIncomeMissing()
              ? "HM Treasury's WELLBY formula, here the GDP deflator alone"
              : "HM Treasury's WELLBY formula (GDP deflator and real GDP per head)";
          used.add("× " + Rounding.ratio(p.factors().get(m)).toPlainString() + " by " + how);
        }
      }
      sb.append(used.isEmpty() ? "as each outcome says" : String.join(", ", used));
      sb.append(", from price indices ").append(p.indices()).append('.');
      if (p.realIncomeMissing()) {
        sb.append(" Real-income growth not included: the indices hold no real GDP per head for these years.");
      }
      if (p.capped()) {
        sb.append(" The period ends after ").append(p.latestIndexYear())
            .append(", the latest year the indices cover, so figures are in that year's prices.");
      }
      sb.append(ownYearsText);
      sb.append(" Unit values in the Calculation are in ").append(p.report()).append(" prices.");
    }
    if (!p.notStated().isEmpty()) {
      sb.append(" No price year is stated by the source of the values for ").append(p.notStatedNames(r.bank()))
          .append("; the bank's ").append(p.bank()).append(" is assumed.");
    }
    return sb.toString();
  }

  private static Uprating methodOf(CalculationResult r, OutcomeFigures o) {
    Uprating m = r.bank().uprating(o.outcome());
    return m == null ? Uprating.DEFLATOR : m;
  }

  /**
   * The range of the headline social value: {@code range £L to £H}, or {@code null} without a range or
   * when no value claimed has one.
   */
  public static String range(CalculationResult r) {
    ValueRange range = r.range();
    if (range == null || (range.low().socialValue().compareTo(range.central().socialValue()) == 0
        && range.high().socialValue().compareTo(range.central().socialValue()) == 0)) {
      return null; // no value claimed has a published range: a range of one figure says nothing
    }
    return "range " + money(r, range.low().socialValue()) + " to " + money(r, range.high().socialValue());
  }

  private static String simulation(CalculationResult r) {
    Simulation m = r.simulation();
    StringBuilder sb = new StringBuilder("Simulation: " + Formats.count(m.runs()) + " runs (seed " + m.seed()
        + ") drew each value from a triangular distribution over its range");
    if (!r.settings().spread().isEmpty()) {
      List<String> spreads = new ArrayList<>();
      r.settings().spread().forEach((p, v) -> spreads.add(p.label().toLowerCase(java.util.Locale.ROOT) + " ± "
          + Formats.percent(v)));
      sb.append(" and varied ").append(String.join(", ", spreads)).append(" uniformly");
    }
    sb.append(": social value ").append(money(r, m.p5())).append(" (5th percentile), ").append(money(r, m.p50()))
        .append(" (median), ").append(money(r, m.p95())).append(" (95th percentile)");
    if (m.shareBelowOne() != null) {
      sb.append("; ").append(Formats.percent(m.shareBelowOne())).append(" of runs returned less than was invested");
    }
    return sb.append('.').toString();
  }

  // ---------------------------------------------------------------- suppression

  /** Whether a count of people or claims is hidden as {@code <N} ({@code 0 < n < N}; zero shows as zero). */
  public static boolean suppressed(CalculationResult r, long n) {
    int below = r.settings().suppressBelow();
    return below > 0 && n > 0 && n < below;
  }

  /** A count as shown in reports: {@code <N} when suppressed, else the number. */
  public static String count(CalculationResult r, long n) {
    return suppressed(r, n) ? "<" + r.settings().suppressBelow() : Formats.count(n);
  }

  /** A count for machine-readable tables: {@code <N} when suppressed, else the plain number. */
  public static String plainCount(CalculationResult r, long n) {
    return suppressed(r, n) ? "<" + r.settings().suppressBelow() : Long.toString(n);
  }

  // ---------------------------------------------------------------- injection

  /**
   * Whether a spreadsheet could read this text as a formula (OWASP CSV injection): it starts with
   * {@code = + - @}, a tab or a carriage return.
   */
  public static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Text made safe for a CSV cell: prefixed with {@code '} when it could be read as a formula. */
  public static String csvText(String text) {
    if (text == null) {
      return "";
    }
    return looksLikeFormula(text) ? "'" + text : text;
  }

  /** The rows left out as invalid (when the settings skip them): the diagnostics with severity error. */
  public static List<Diagnostic> skippedRows(CalculationResult r) {
    return r.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  /** Warnings about the run (missing deadweight, survey evidence…). */
  public static List<Diagnostic> warnings(CalculationResult r) {
    return r.diagnostics().stream().filter(d -> !d.isError()).toList();
  }
}
