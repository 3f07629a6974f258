package org.impactkit.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.Discounting.Convention;
import org.impactkit.valuation.OutcomeFactors;

/**
 * What discounting did to a calculation, in words, for the method text of every report (SPEC §5.2, §5.6,
 * §8). Each claim is read off the factors the outcomes were valued with, not off the settings: whether a
 * one-year outcome was reduced is whether its first year's factor is below 1, so the text cannot say
 * "only outcomes lasting more than one year" under end-of-year discounting, nor "reduced" at a 0% rate.
 */
public final class DiscountingText {
  /** Places of a discount factor in words, as Green Book 2026 Table 8 prints them ({@code 0.9662}). */
  private static final int FACTOR_PLACES = 4;
  /** No discounting at all: a value's present-value factor is the sum of its years after drop-off. */
  private static final Discounting NONE = new Discounting(BigDecimal.ZERO, Convention.YEAR_ZERO);

  private DiscountingText() {}

  /**
   * The method's discounting paragraph: the schedule of each outcome and the convention, then what they
   * changed, read off the outcomes' factors: no figure (no outcome has value after its first year and the
   * first year counts in full, or the rates take nothing off); only later years (year-zero); or the first
   * year too, with the factor it was multiplied by (end-of-year). With no outcome claimed, the settings alone.
   *
   * @param r the calculation
   * @return one paragraph, starting {@code Discounting}
   */
  public static String paragraph(CalculationResult r) {
    List<OutcomeFigures> outcomes = r.byOutcome();
    String how = discountWords(r) + " (" + convention(r.settings().discounting().convention()) + ")";
    if (outcomes.isEmpty()) {
      return "Discounting changed no figure, as no outcome was claimed. Future years are discounted " + how + ".";
    }
    Map<String, List<String>> firstYearReduced = new LinkedHashMap<>();
    boolean anyChanged = false;
    boolean firstYearOnly = true;
    for (OutcomeFigures o : outcomes) {
      OutcomeFactors f = o.factors();
      BigDecimal first = f.discounting().factor(1);
      if (first.compareTo(BigDecimal.ONE) < 0) {
        firstYearReduced.computeIfAbsent(factor(first), k -> new ArrayList<>()).add(o.outcome().name());
      }
      int duration = f.adjustments().duration();
      BigDecimal dropOff = f.adjustments().dropOff();
      anyChanged |= f.pvFactor().compareTo(NONE.presentValueFactor(duration, dropOff)) != 0;
      firstYearOnly &= duration == 1 || dropOff.compareTo(BigDecimal.ONE) == 0;
    }
    if (!anyChanged) {
      // Under end-of-year a one-year outcome is unchanged only at 0%, so its first year is no reason there.
      boolean firstYearCounts = firstYearOnly && r.settings().discounting().convention() == Convention.YEAR_ZERO;
      // what it did first: a funder reads on only to learn how
      return "Discounting changed no figure: " + (firstYearCounts
          ? "no outcome claimed has value after its first year" : "at the rate set it takes nothing off any year's"
              + " value") + ". Future years are discounted " + how + ".";
    }
    if (firstYearReduced.isEmpty()) {
      return "Discounting: future years are discounted " + how + "; it only changes outcomes that last more than one"
          + " year.";
    }
    int reduced = firstYearReduced.values().stream().mapToInt(List::size).sum();
    boolean name = firstYearReduced.size() > 1 || reduced < outcomes.size();
    List<String> factors = new ArrayList<>();
    firstYearReduced.forEach((factor, names) -> factors.add(factor + (name ? " for " + String.join(", ", names) : "")));
    return "Discounting: every year is discounted, the first included, " + discountWords(r) + "; so it changes "
        + (reduced == outcomes.size() ? "every outcome, those that last one year too" : "outcomes that last one year"
            + " too") + ": a first year's value is multiplied by " + String.join("; by ", factors) + ".";
  }

  /**
   * The schedule each outcome claimed is discounted by (SPEC §5.6), in words: {@code by the Green Book's
   * health schedule (1.5% a year for years 0 to 30, lower after) for employment, …}.
   *
   * @param r the calculation
   * @return the words, starting {@code by}
   */
  public static String discountWords(CalculationResult r) {
    Map<String, List<String>> bySchedule = new LinkedHashMap<>();
    for (OutcomeFigures o : r.byOutcome()) {
      bySchedule.computeIfAbsent(o.factors().discounting().schedule().inWords(), k -> new ArrayList<>())
          .add(o.outcome().name());
    }
    if (bySchedule.isEmpty()) {
      return "by " + r.settings().discounting().schedule().inWords();
    }
    if (bySchedule.size() == 1) {
      return "by " + bySchedule.keySet().iterator().next() + " for every outcome";
    }
    List<String> parts = new ArrayList<>();
    bySchedule.forEach((words, names) -> parts.add(words + " for " + String.join(", ", names)));
    return "by " + String.join("; by ", parts);
  }

  /** A convention in words: when the first year's value counts in full. */
  private static String convention(Convention convention) {
    return convention == Convention.YEAR_ZERO ? "the first year is not discounted"
        : "every year is discounted, the first included";
  }

  /** A discount factor as the method text prints it: {@code 0.9662}. */
  private static String factor(BigDecimal factor) {
    return factor.setScale(FACTOR_PLACES, RoundingMode.HALF_UP).toPlainString();
  }
}
