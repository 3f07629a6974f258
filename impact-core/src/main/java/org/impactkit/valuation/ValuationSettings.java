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
  /** The evaluation's name, or {@code null}. */
  String name();

  /** The organisation reporting, or {@code null}. */
  String organisation();

  /** The report title, or {@code null} to derive one from the name. */
  String title();

  /** The evaluation period, or {@code null} when none is set (then no row is outside it). */
  Period period();

  /** The region (id, label or alias) for rows and activities that name none, or {@code null}. */
  String defaultRegion();

  /** Whether deadweight is applied ({@code false} when a comparison group was used). */
  boolean deadweight();

  /** How claims whose outcomes conflict for one person are resolved. */
  ConflictPolicy conflictPolicy();

  /**
   * How later years are discounted for outcomes not derived from WELLBYs (and for impact maps): the
   * Green Book's stepped schedule unless a schedule or a flat rate was chosen (SPEC §5.6).
   */
  Discounting discounting();

  /**
   * How later years of outcomes derived from WELLBYs are discounted: the Green Book's health schedule
   * (Wellbeing Guidance, p.57) unless a schedule or a flat rate was chosen for everything.
   */
  Discounting wellbyDiscounting();

  /** The year whose prices the report is in, or {@code null} for the default of SPEC §5.4. */
  Integer priceYear();

  /** The price indices that uprating uses. */
  PriceIndices priceIndices();

  /** Whether low, central and high figures are given beside the central one (SPEC §5.5). */
  boolean range();

  /** Runs of the Monte Carlo simulation (SPEC §5.5), or {@code null} for none. */
  Integer simulationRuns();

  /** The seed of the simulation's random numbers. */
  long simulationSeed();

  /**
   * The spread (± a fraction, in points of 0–100%) around each adjustment that the simulation draws
   * within: deadweight, displacement, attribution, drop-off. Adjustments not listed are not varied.
   */
  Map<Parameter, BigDecimal> spread();

  /** Adjustments by bank outcome id; outcomes not listed have none. */
  Map<String, Adjustments> adjustments();

  /** Whether invalid rows are left out (and listed) instead of stopping the run. */
  boolean skipInvalid();

  /** Headcounts and claims below this are shown as {@code <N} in reports; 0 shows everything. */
  int suppressBelow();

  /** Extra columns to break headcounts down by, or {@code null} for all of them. */
  List<String> breakdowns();

  /** Whether a run whose records give no claim is only warned about rather than stopped. */
  boolean allowEmpty();

  /**
   * Cross-tabulated headcounts: each a list of two or more columns (breakdown columns, {@code partner},
   * {@code activity} or {@code age band}) whose combinations are counted; empty for none.
   */
  List<List<String>> crossTabs();

  /** The adjustments of one outcome, {@link Adjustments#NONE} when it has none. */
  default Adjustments adjustments(String outcomeId) {
    return adjustments().getOrDefault(outcomeId, Adjustments.NONE);
  }

  /** How later years of an outcome uprated by {@code method} are discounted ({@code null}: none declared). */
  default Discounting discounting(Uprating method) {
    return method == Uprating.WELLBY ? wellbyDiscounting() : discounting();
  }

  /** Whether any outcome has adjustments beyond deadweight. */
  default boolean hasSroiAdjustments() {
    return adjustments().values().stream().anyMatch(Adjustments::isSroi);
  }
}
