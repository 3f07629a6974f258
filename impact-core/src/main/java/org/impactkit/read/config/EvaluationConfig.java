package org.impactkit.read.config;

import java.util.List;
import java.util.Map;
import org.impactkit.model.Period;
import org.impactkit.valuation.Adjustments;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.ValuationSettings;

/**
 * The settings of {@code evaluation.yaml} (SPEC §4.6). Every field is optional ({@code null} when
 * absent); command-line options override them.
 *
 * @param name the evaluation's name
 * @param organisation the organisation reporting
 * @param period the evaluation period
 * @param bank a bundled bank id or a path to a bank file (relative to the YAML file)
 * @param region the default region
 * @param deadweight {@code true} for {@code bank}, {@code false} for {@code off}
 * @param conflicts the conflicts policy
 * @param discounting rate and convention
 * @param outcomes per-outcome adjustments by outcome id or name
 * @param title the report title
 * @param suppressBelow small-number suppression threshold
 * @param breakdowns extra columns to break headcounts down by
 */
public record EvaluationConfig(
    String name,
    String organisation,
    Period period,
    String bank,
    String region,
    Boolean deadweight,
    ConflictPolicy conflicts,
    Discounting discounting,
    Map<String, Adjustments> outcomes,
    String title,
    Integer suppressBelow,
    List<String> breakdowns) {

  /** No settings: every default. */
  public static final EvaluationConfig EMPTY =
      new EvaluationConfig(null, null, null, null, null, null, null, null, Map.of(), null, null, null);

  public EvaluationConfig {
    outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
    breakdowns = breakdowns == null ? null : List.copyOf(breakdowns);
  }

  /**
   * Applies the settings this file gives onto a builder, except the per-outcome adjustments, whose keys
   * need resolving against the bank first.
   */
  public ValuationSettings.Builder applyTo(ValuationSettings.Builder b) {
    if (name != null) {
      b.name(name);
    }
    if (organisation != null) {
      b.organisation(organisation);
    }
    if (period != null) {
      b.period(period);
    }
    if (region != null) {
      b.defaultRegion(region);
    }
    if (deadweight != null) {
      b.deadweight(deadweight);
    }
    if (conflicts != null) {
      b.conflictPolicy(conflicts);
    }
    if (discounting != null) {
      b.discounting(discounting);
    }
    if (title != null) {
      b.title(title);
    }
    if (suppressBelow != null) {
      b.suppressBelow(suppressBelow);
    }
    if (breakdowns != null) {
      b.breakdowns(breakdowns);
    }
    return b;
  }
}
