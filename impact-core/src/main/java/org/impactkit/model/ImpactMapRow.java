package org.impactkit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One outcome of an impact map (SPEC §6): who benefits, how many, what it is worth and how much of it
 * is due to the activity. Percentages are fractions 0–1.
 *
 * @param stakeholder who experiences the outcome, e.g. "Young people"
 * @param outcome the outcome, e.g. "Took up regular sport"
 * @param quantity how many stakeholders achieve it (0 or more)
 * @param proxyValue the financial proxy for one stakeholder for one year; negative for a harm
 * @param duration years the outcome lasts, 1 to 100
 * @param start 1 when the outcome starts during the activity, 2 when it starts the year after
 * @param deadweight share that would have happened anyway
 * @param displacement share that displaces value elsewhere
 * @param attribution share due to others
 * @param dropOff share by which the outcome declines each year after its first
 * @param indicator how the outcome is measured, or {@code null}
 * @param proxyDescription what the proxy is, or {@code null}
 * @param source where the proxy comes from, or {@code null}
 * @param ref the row it was read from, or {@code null} for a map built in code
 * @param priceYear the year whose prices the proxy was given in (SPEC §6 {@code price_year}), or {@code null}
 */
public record ImpactMapRow(
    String stakeholder,
    String outcome,
    BigDecimal quantity,
    BigDecimal proxyValue,
    int duration,
    int start,
    BigDecimal deadweight,
    BigDecimal displacement,
    BigDecimal attribution,
    BigDecimal dropOff,
    String indicator,
    String proxyDescription,
    String source,
    RowRef ref,
    Integer priceYear) {

  /** The longest duration accepted, in years. */
  public static final int MAX_DURATION = 100;

  public ImpactMapRow {
    Objects.requireNonNull(stakeholder, "stakeholder");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(proxyValue, "proxyValue");
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException("quantity must not be negative, found " + quantity.toPlainString());
    }
    if (duration < 1 || duration > MAX_DURATION) {
      throw new IllegalArgumentException("duration must be from 1 to " + MAX_DURATION + " years, found " + duration);
    }
    if (start != 1 && start != 2) {
      throw new IllegalArgumentException("start must be 1 (during the activity) or 2 (the year after), found " + start);
    }
    deadweight = Adjustments.requireFraction(deadweight, "deadweight");
    displacement = Adjustments.requireFraction(displacement, "displacement");
    attribution = Adjustments.requireFraction(attribution, "attribution");
    dropOff = Adjustments.requireFraction(dropOff, "drop-off");
  }

  /** A row whose proxy's price year is not given. */
  public ImpactMapRow(String stakeholder, String outcome, BigDecimal quantity, BigDecimal proxyValue, int duration,
      int start, BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff,
      String indicator, String proxyDescription, String source, RowRef ref) {
    this(stakeholder, outcome, quantity, proxyValue, duration, start, deadweight, displacement, attribution, dropOff,
        indicator, proxyDescription, source, ref, null);
  }

  /** A row with only the figures, for maps built in code; no adjustments, one year from year 1. */
  public static ImpactMapRow of(String stakeholder, String outcome, BigDecimal quantity, BigDecimal proxyValue) {
    return new ImpactMapRow(stakeholder, outcome, quantity, proxyValue, 1, 1, null, null, null, null, null, null, null,
        null);
  }

  /** The last calendar year (1-based) in which the outcome has value. */
  public int lastYear() {
    return start + duration - 1;
  }

  /** The same row with a parameter set to another value (for sensitivity analysis). */
  public ImpactMapRow with(Parameter parameter, BigDecimal value) {
    BigDecimal[] p = parameters();
    p[parameter.ordinal()] = value;
    return new ImpactMapRow(stakeholder, outcome, p[0], p[1], duration, start, p[2], p[3], p[4], p[5], indicator,
        proxyDescription, source, ref, priceYear);
  }

  /** The current value of a parameter. */
  public BigDecimal get(Parameter parameter) {
    return parameters()[parameter.ordinal()];
  }

  /**
   * The six parameters in {@link Parameter}'s order, so that {@link #get} and {@link #with} pair each
   * parameter with its field in this one place.
   */
  private BigDecimal[] parameters() {
    return new BigDecimal[] {quantity, proxyValue, deadweight, displacement, attribution, dropOff};
  }

  /** Whether no deadweight, displacement or attribution is taken off. */
  public boolean unadjusted() {
    return deadweight.signum() == 0 && displacement.signum() == 0 && attribution.signum() == 0;
  }

  /** "Stakeholder: outcome", for messages and labels. */
  public String label() {
    return stakeholder + ": " + outcome;
  }
}
