package org.impactkit.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.model.Activity;
import org.impactkit.model.Adjustments;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.Discounting;

/**
 * An impact map built from a wellbeing calculation of participant records, so that an evaluation
 * folder gets the full SROI treatment (present value per year, payback, tipping points, scenarios).
 *
 * <p>One row per outcome × age band with claims: the stakeholder is the age band's participants, the
 * quantity the claims, the proxy the average gross value per claim, and deadweight, displacement,
 * attribution, duration and drop-off as the calculation applied them (SPEC §5.2). The investment is
 * each activity's budget. The present value equals the calculation's social value under either
 * convention, since §5.2 and §6 discount the same years.
 *
 * @param map the impact map
 * @param inputs the activities' budgets
 * @param discounting the calculation's discounting
 */
public record RecordsMap(ImpactMap map, Investment inputs, Discounting discounting) {

  /** Builds the map of a calculation. */
  public static RecordsMap of(CalculationResult result) {
    List<ImpactMapRow> rows = new ArrayList<>();
    for (OutcomeFigures o : result.byOutcome()) {
      Adjustments a = o.factors().adjustments();
      for (BandFigures b : o.byAgeBand()) {
        if (b.claims() == 0) {
          continue;
        }
        BigDecimal quantity = BigDecimal.valueOf(b.claims());
        BigDecimal proxy = b.grossValue().divide(quantity, MathContext.DECIMAL128);
        rows.add(new ImpactMapRow("Participants (" + b.band().label() + ")", o.outcome().name(), quantity, proxy,
            a.duration(), 1, o.factors().deadweight(), a.displacement(), a.attribution(), a.dropOff(),
            o.outcome().evidence(), "average gross value per claim, bank " + result.bank().id(),
            "outcome '" + o.outcome().id() + "' of bank " + result.bank().id() + " " + result.bank().info().version(),
            null));
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the evaluation has no claims, so there is no impact map to build");
    }
    List<Investment.Item> items = new ArrayList<>();
    for (ActivityFigures f : result.byActivity()) {
      Activity a = f.activity();
      items.add(new Investment.Item(a.partner() != null ? a.partner() : "Funder", a.name() != null ? a.name() : a.id(),
          a.budget(), a.ref()));
    }
    String name = result.settings().name() != null ? result.settings().name() : result.settings().title();
    return new RecordsMap(new ImpactMap(name, rows, result.bank().info().currency()), new Investment(items),
        result.settings().discounting());
  }
}
