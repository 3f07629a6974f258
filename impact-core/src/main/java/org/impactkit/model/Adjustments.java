package org.impactkit.model;

import java.math.BigDecimal;

/**
 * Per-outcome SROI adjustments (SPEC §5.2, §4.6 {@code outcomes:}). Fractions are 0–1.
 *
 * @param deadweight overrides the bank's deadweight, or {@code null} to use the bank's
 * @param displacement share of the outcome that displaces value elsewhere
 * @param attribution share of the outcome due to others
 * @param duration years the outcome lasts, at least 1
 * @param dropOff share by which the outcome declines each year after the first
 */
public record Adjustments(
    BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, int duration, BigDecimal dropOff) {

  /** No adjustment: one year, nothing attributed, displaced or dropped off. */
  public static final Adjustments NONE = new Adjustments(null, BigDecimal.ZERO, BigDecimal.ZERO, 1, BigDecimal.ZERO);

  /**
   * Creates the record, checking its parts.
   *
   * @param deadweight overrides the bank's deadweight, or {@code null} to use the bank's
   * @param displacement share of the outcome that displaces value elsewhere
   * @param attribution share of the outcome due to others
   * @param duration years the outcome lasts, at least 1
   * @param dropOff share by which the outcome declines each year after the first
   */
  public Adjustments {
    displacement = requireFraction(displacement, "displacement");
    attribution = requireFraction(attribution, "attribution");
    dropOff = requireFraction(dropOff, "dropOff");
    if (deadweight != null) {
      requireFraction(deadweight, "deadweight");
    }
    if (duration < 1) {
      throw new IllegalArgumentException("duration must be at least 1 year, found " + duration);
    }
  }

  /**
   * A share from 0 to 1, or an exception naming it in percent.
   *
   * @param value the share, or {@code null} meaning 0
   * @param name what it is, for the message
   * @return the share
   * @throws IllegalArgumentException when outside 0–100%
   */
  public static BigDecimal requireFraction(BigDecimal value, String name) {
    BigDecimal v = value == null ? BigDecimal.ZERO : value;
    if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(name + " must be from 0% to 100%, found "
          + v.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
    }
    return v;
  }

  /** {@return whether anything beyond deadweight is adjusted} */
  public boolean isSroi() {
    return displacement.signum() != 0 || attribution.signum() != 0 || duration != 1 || dropOff.signum() != 0;
  }
}
