package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.PriceIndices;
import org.impactkit.bank.Uprating;
import org.impactkit.model.Adjustments;
import org.impactkit.model.Parameter;
import org.impactkit.model.Period;

/**
 * What a wellbeing valuation needs to know besides its records and bank: the period, the rules and the
 * adjustments, and the names its reports carry. The one settings type of a run, {@code
 * org.impactkit.evaluation.Settings}, implements it; the engine reads nothing else, so it never
 * depends on where a setting came from (evaluation.yaml, an option, code).
 */
public interface ValuationSettings {
  /** {@return the evaluation's name, or {@code null}} */
  String name();

  /** {@return the organisation reporting, or {@code null}} */
  String organisation();

  /** {@return the report title, or {@code null} to derive one from the name} */
  String title();

  /** {@return the evaluation period, or {@code null} when none is set (then no row is outside it)} */
  Period period();

  /** {@return the region (id, label or alias) for rows and activities that name none, or {@code null}} */
  String defaultRegion();

  /** {@return whether deadweight is applied ({@code false} when a comparison group was used)} */
  boolean deadweight();

  /** {@return how claims whose outcomes conflict for one person are resolved} */
  ConflictPolicy conflictPolicy();

  /**
   * How later years are discounted for outcomes not derived from WELLBYs (and for impact maps): the
   * Green Book's stepped schedule unless a schedule or a flat rate was chosen (SPEC §5.6).
   *
   * @return the discounting of outcomes not derived from WELLBYs
   */
  Discounting discounting();

  /**
   * How later years of outcomes derived from WELLBYs are discounted: the Green Book's health schedule
   * (Wellbeing Guidance, p.57) unless a schedule or a flat rate was chosen for everything.
   *
   * @return the discounting of outcomes derived from WELLBYs
   */
  Discounting wellbyDiscounting();

  /** {@return the year whose prices the report is in, or {@code null} for the default of SPEC §5.4} */
  Integer priceYear();

  /** {@return the price indices that uprating uses (the bundled vintage unless a file was loaded)} */
  PriceIndices priceIndices();

  /** {@return whether low, central and high figures are given beside the central one (SPEC §5.5)} */
  boolean range();

  /** {@return runs of the Monte Carlo simulation (SPEC §5.5), or {@code null} for none} */
  Integer simulationRuns();

  /** {@return the seed of the simulation's random numbers; the same seed gives the same figures} */
  long simulationSeed();

  /**
   * The spread (± a fraction, in points of 0–100%) around each adjustment that the simulation draws
   * within: deadweight, displacement, attribution, drop-off. Adjustments not listed are not varied.
   *
   * @return the spread of each varied adjustment, as a fraction; empty when none is varied
   */
  Map<Parameter, BigDecimal> spread();

  /** {@return adjustments by bank outcome id; outcomes not listed have none} */
  Map<String, Adjustments> adjustments();

  /** {@return whether invalid rows are left out (and listed) instead of stopping the run} */
  boolean skipInvalid();

  /** {@return headcounts and claims below this are shown as {@code <N} in reports; 0 shows everything} */
  int suppressBelow();

  /**
   * How many threads a run may use, 1 or more (64 at most): one reads the records (large inputs only), one takes the
   * rows in file order, and each one beyond those two keeps a share of the participants. The results do
   * not depend on it.
   *
   * @return the number of threads; 1 unless an implementation says otherwise, so settings written for an
   *     earlier version still compile
   */
  default int threads() {
    return 1;
  }

  /** {@return extra columns to break headcounts down by, or {@code null} for all of them} */
  List<String> breakdowns();

  /** {@return whether a run whose records give no claim is only warned about rather than stopped} */
  boolean allowEmpty();

  /**
   * Cross-tabulated headcounts: each a list of two or more columns (breakdown columns, {@code partner},
   * {@code activity} or {@code age band}) whose combinations are counted; empty for none.
   *
   * @return the cross-tabs, each the columns whose combinations are counted; empty for none
   */
  List<List<String>> crossTabs();

  /**
   * The adjustments of one outcome.
   *
   * @param outcomeId the outcome's id in the bank
   * @return its adjustments, {@link Adjustments#NONE} when it has none
   */
  default Adjustments adjustments(String outcomeId) {
    return adjustments().getOrDefault(outcomeId, Adjustments.NONE);
  }

  /**
   * How later years of an outcome uprated by {@code method} are discounted.
   *
   * @param method how the outcome's values are uprated, or {@code null} when none is declared
   * @return {@link #wellbyDiscounting()} for values derived from WELLBYs, {@link #discounting()} for any other
   *     method or none
   */
  default Discounting discounting(Uprating method) {
    return method == Uprating.WELLBY ? wellbyDiscounting() : discounting();
  }

  /**
   * {@return whether any outcome has adjustments beyond deadweight: displacement, attribution, drop-off or a
   * duration other than one year}
   */
  default boolean hasSroiAdjustments() {
    return adjustments().values().stream().anyMatch(Adjustments::isSroi);
  }
}
