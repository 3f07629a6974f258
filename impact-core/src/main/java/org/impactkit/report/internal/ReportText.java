package org.impactkit.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.Adjustments;
import org.impactkit.report.Formats;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.CalculationResult.Totals;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.ValuationSettings;

/**
 * The words every report shares: title, period, the headline sentence and the method in plain words,
 * plus small-number suppression and the defence against formula injection. One place, so the
 * workbook, the CSV files and the Markdown summary say the same thing.
 */
public final class ReportText {
  private ReportText() {}

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
    return Formats.money(BigDecimal.ONE, r.bank().info().currency()).replace(".00", "");
  }

  /** The headline in one sentence, for the top of a report. */
  public static String headline(CalculationResult r) {
    Totals t = r.totals();
    StringBuilder sb = new StringBuilder();
    String who = r.settings().organisation() != null ? r.settings().organisation()
        : r.settings().name() != null ? r.settings().name() : "The programme";
    sb.append(who).append(" created ").append(money(r, t.socialValue())).append(" of social value");
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
    lines.add(discounting(s));
    if (s.hasSroiAdjustments()) {
      List<String> adjusted = new ArrayList<>();
      for (Map.Entry<String, Adjustments> e : s.adjustments().entrySet()) {
        if (e.getValue().isSroi()) {
          adjusted.add(e.getKey());
        }
      }
      lines.add("SROI adjustments (attribution, displacement, duration and drop-off) were applied to "
          + String.join(", ", adjusted.stream().sorted().toList())
          + "; see the By outcome and Calculation sheets for each factor.");
    }
    if (s.period() != null) {
      lines.add("Period: " + period(r) + ". Outcomes dated outside it are not claimed.");
    }
    long notClaimed = r.notClaimed().stream().mapToLong(NotClaimedCount::count).sum();
    if (notClaimed > 0) {
      lines.add(Formats.count(notClaimed) + " record" + (notClaimed == 1 ? " was" : "s were")
          + " not claimed (duplicates, outcomes held at baseline, conflicts, dates outside the period"
          + (s.skipInvalid() ? ", invalid rows" : "") + "); each reason is counted on the Not claimed sheet.");
    }
    if (s.suppressBelow() > 0) {
      lines.add("Small numbers: counts of people and claims below " + s.suppressBelow() + " are shown as <"
          + s.suppressBelow() + " to protect privacy; every total still includes them.");
    }
    return lines;
  }

  private static String deadweight(CalculationResult r) {
    ValuationSettings s = r.settings();
    if (!s.deadweight()) {
      return "Deadweight: not applied, because outcomes were compared with a comparison group "
          + "(what would have happened anyway is already taken out).";
    }
    StringBuilder sb = new StringBuilder("Deadweight (what would have happened anyway) is taken off each value, "
        + "as the bank gives it");
    List<String> overrides = s.adjustments().entrySet().stream()
        .filter(e -> e.getValue().deadweight() != null)
        .map(e -> e.getKey() + " " + Formats.percent(e.getValue().deadweight()))
        .sorted()
        .toList();
    if (!overrides.isEmpty()) {
      sb.append(", except where the evaluation sets its own (").append(String.join(", ", overrides)).append(')');
    }
    return sb.append(". The rate for each outcome is on the By outcome sheet.").toString();
  }

  private static String discounting(ValuationSettings s) {
    Discounting d = s.discounting();
    String when = d.convention() == Discounting.Convention.YEAR_ZERO
        ? "the first year is not discounted" : "every year is discounted, the first included";
    return "Discounting: future years are discounted at " + Formats.percent(d.rate()) + " a year (" + when
        + "); it only changes outcomes that last more than one year.";
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
