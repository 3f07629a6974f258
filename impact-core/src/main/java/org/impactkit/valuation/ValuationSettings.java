package org.impactkit.valuation;

import java.util.List;
import java.util.Map;
import org.impactkit.model.Adjustments;
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

  /** {@return how later years of an outcome are discounted} */
  Discounting discounting();

  /** {@return adjustments by bank outcome id; outcomes not listed have none} */
  Map<String, Adjustments> adjustments();

  /** {@return whether invalid rows are left out (and listed) instead of stopping the run} */
  boolean skipInvalid();

  /** {@return headcounts and claims below this are shown as {@code <N} in reports; 0 shows everything} */
  int suppressBelow();

  /** {@return extra columns to break headcounts down by, or {@code null} for all of them} */
  List<String> breakdowns();

  /**
   * The adjustments of one outcome.
   *
   * @param outcomeId the outcome's id in the bank
   * @return its adjustments, {@link Adjustments#NONE} when it has none
   */
  default Adjustments adjustments(String outcomeId) {
    return adjustments().getOrDefault(outcomeId, Adjustments.NONE);
  }

  /** {@return whether any outcome has adjustments beyond deadweight} */
  default boolean hasSroiAdjustments() {
    return adjustments().values().stream().anyMatch(Adjustments::isSroi);
  }
}
