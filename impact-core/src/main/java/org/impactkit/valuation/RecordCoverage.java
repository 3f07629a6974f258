package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongBiFunction;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.model.Activity;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.CalculationLine;

/**
 * The checks of whether budgets and records cover each other (SPEC §10 asks for the ordinary mistakes
 * that change a figure silently): a budget with nothing recorded against it (a "Total" row left in the
 * activities doubles the investment), and an outcome counted both person by person and in counts rows
 * (a template's Counts sheet filled in as well as its Participants sheet doubles the claims).
 *
 * @param r the result
 * @param recordClaims the claims of participant records by activity (as the result shows it) and outcome id
 */
record RecordCoverage(CalculationResult r, ToLongBiFunction<Activity, String> recordClaims) {
  /** Activities or outcomes named in a message, at most. */
  private static final int NAMED = 5;

  Check budgetsWithoutRecords() {
    List<ActivityFigures> idle = r.byActivity().stream().filter(a -> a.participants() == 0 && a.claims() == 0
        && a.activity().budget() != null && a.activity().budget().signum() > 0).toList();
    if (idle.isEmpty()) {
      return Check.pass(CheckId.BUDGET_WITHOUT_RECORDS, "every activity with a budget has participants or claims");
    }
    String currency = r.bank().info().currency();
    BigDecimal total = idle.stream().map(a -> a.activity().budget()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal all = r.byActivity().stream().map(a -> a.activity().budget()).filter(b -> b != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    // a budget equal to all the others' together is very probably their total, typed as a row
    List<String> named = idle.stream().limit(NAMED)
        .map(a -> "'" + a.activity().id() + "' (" + Formats.money(a.activity().budget(), currency)
            + (a.activity().budget().compareTo(all.subtract(a.activity().budget())) == 0 ? ", the sum of the other"
                + " activities' budgets" : "") + ")").toList();
    return Check.warn(CheckId.BUDGET_WITHOUT_RECORDS, (idle.size() == 1 ? "activity " : idle.size() + " activities ")
        + String.join(", ", named) + (idle.size() > NAMED ? " and " + (idle.size() - NAMED) + " more" : "")
        + (idle.size() == 1 ? " has" : " have") + " a budget but no participants and no claims in the period: "
        + Formats.money(total, currency) + " of the investment has no value against it. Management or overhead"
        + " costs belong in the investment and can stay; if a row is a total or a subtotal of the others, delete"
        + " it, as its budget is counted twice", idle.size());
  }

  Check countsAndRecords() {
    // records' and counts' claims by activity (the result's own objects: records' generated hashCode is slow
    // to start) and outcome id
    Map<Activity, Map<String, Long>> claims = new IdentityHashMap<>();
    for (CalculationLine l : r.calculation()) {
      claims.computeIfAbsent(l.activity(), a -> new LinkedHashMap<>()).merge(l.outcome().id(), l.claims(), Long::sum);
    }
    List<String> both = new ArrayList<>();
    for (ActivityFigures figures : r.byActivity()) {
      Activity activity = figures.activity();
      claims.getOrDefault(activity, Map.of()).forEach((outcome, all) -> {
        long fromRecords = recordClaims.applyAsLong(activity, outcome);
        if (fromRecords > 0 && all > fromRecords) {
          both.add(outcome + " in '" + activity.id() + "': " + Formats.count(fromRecords) + " from participant rows"
              + " and " + Formats.count(all - fromRecords) + " from counts rows");
        }
      });
    }
    if (both.isEmpty()) {
      return Check.pass(CheckId.COUNTS_AND_RECORDS, "no outcome of an activity is claimed both from participant rows"
          + " and from counts rows");
    }
    return Check.warn(CheckId.COUNTS_AND_RECORDS, "claimed both from participant rows and from counts rows, which are"
        + " added: " + String.join("; ", both.subList(0, Math.min(NAMED, both.size())))
        + (both.size() > NAMED ? "; and " + (both.size() - NAMED) + " more" : "")
        + "; if the counts are a summary of the same people, delete them", both.size());
  }
}
