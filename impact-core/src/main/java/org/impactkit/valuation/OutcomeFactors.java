package org.impactkit.valuation;

import java.math.BigDecimal;
import org.impactkit.model.Adjustments;

/**
 * The multipliers applied to an outcome's gross value (SPEC §5.2).
 *
 * @param deadweight the deadweight applied (0 when switched off or not given)
 * @param deadweightSource where that deadweight came from
 * @param adjustments the outcome's SROI adjustments (with any stated reason for its deadweight)
 * @param pvFactor the present-value factor over the outcome's duration
 * @param multiplier the product of all factors: unit social value per £1 of gross value
 * @param discounting how its later years are discounted (SPEC §5.6)
 * @param uprating the factor that brought its value from the bank's prices to the report's (SPEC §5.4),
 *     already in its gross value
 */
public record OutcomeFactors(
    BigDecimal deadweight,
    DeadweightSource deadweightSource,
    Adjustments adjustments,
    BigDecimal pvFactor,
    BigDecimal multiplier,
    Discounting discounting,
    BigDecimal uprating) {

  /** Where an outcome's deadweight came from: reports say it, so a method is never claimed but not applied. */
  public enum DeadweightSource {
    /** The value bank's figure for the outcome or its category. */
    BANK("the value bank"),
    /** Set for the outcome in the evaluation's settings ({@code outcomes:} in evaluation.yaml). */
    SETTINGS("the evaluation's settings"),
    /** Deadweight switched off for the whole evaluation (a comparison group was used). */
    SWITCHED_OFF("switched off for the evaluation"),
    /** Neither the bank nor the settings give one: none was taken off. */
    NONE("none given");

    private final String words;

    DeadweightSource(String words) {
      this.words = words;
    }

    /** Where it came from, in words, e.g. {@code the value bank}. */
    public String words() {
      return words;
    }
  }

  /** Whether no deadweight was given for the outcome, so none was taken off without anyone saying why. */
  public boolean deadweightMissing() {
    return deadweightSource == DeadweightSource.NONE;
  }

  /** Whether some deadweight was taken off. */
  public boolean deadweightApplied() {
    return deadweight.signum() != 0;
  }

  /**
   * Whether the deadweight taken off is explained: a figure from the bank or settings, deadweight switched
   * off for the evaluation, or a stated reason (e.g. a comparison group) for a figure of 0%.
   */
  public boolean deadweightExplained() {
    return deadweightApplied() || deadweightSource == DeadweightSource.SWITCHED_OFF
        || adjustments.deadweightReason() != null;
  }
}
