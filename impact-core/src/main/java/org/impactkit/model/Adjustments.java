package org.impactkit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Per-outcome SROI adjustments (SPEC §5.2, §4.6 {@code outcomes:}). Fractions are 0–1.
 *
 * @param deadweight overrides the bank's deadweight, or {@code null} to use the bank's
 * @param displacement share of the outcome that displaces value elsewhere
 * @param attribution share of the outcome due to others
 * @param duration years the outcome lasts, at least 1
 * @param dropOff share by which the outcome declines each year after the first
 * @param deadweightReason why the deadweight given is what it is, e.g. {@code comparison group} for a
 *     deadweight of 0% because the effect was measured against one; {@code null} when none is stated
 */
public record Adjustments(
    BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, int duration, BigDecimal dropOff,
    String deadweightReason) {

  /** No adjustment: one year, nothing attributed, displaced or dropped off. */
  public static final Adjustments NONE = new Adjustments(null, BigDecimal.ZERO, BigDecimal.ZERO, 1, BigDecimal.ZERO);

  /**
   * Adjustments without a stated reason for the deadweight.
   *
   * @param deadweight overrides the bank's deadweight, or {@code null} to use the bank's
   * @param displacement share of the outcome that displaces value elsewhere
   * @param attribution share of the outcome due to others
   * @param duration years the outcome lasts, at least 1
   * @param dropOff share by which the outcome declines each year after the first
   */
  public Adjustments(BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, int duration,
      BigDecimal dropOff) {
    this(deadweight, displacement, attribution, duration, dropOff, null);
  }

  /**
   * Creates the record, checking its parts.
   *
   * @param deadweight overrides the bank's deadweight, or {@code null} to use the bank's
   * @param displacement share of the outcome that displaces value elsewhere
   * @param attribution share of the outcome due to others
   * @param duration years the outcome lasts, at least 1
   * @param dropOff share by which the outcome declines each year after the first
   * @param deadweightReason why the deadweight given is what it is, or {@code null}
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
    deadweightReason = deadweightReason == null || deadweightReason.isBlank() ? null : deadweightReason.strip();
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

  // equals and hashCode by hand: a record's own are linked on first use by ObjectMethods.bootstrap, which
  // spins some twenty method-handle classes, and a run that compares the adjustments of evaluation.yaml
  // once paid about 20 ms of CPU for it (measured on the Stepping Out sample). Same meaning as theirs.
  @Override
  public boolean equals(Object o) {
    return o instanceof Adjustments a && Objects.equals(deadweight, a.deadweight)
        && displacement.equals(a.displacement) && attribution.equals(a.attribution) && duration == a.duration
        && dropOff.equals(a.dropOff) && Objects.equals(deadweightReason, a.deadweightReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deadweight, displacement, attribution, duration, dropOff, deadweightReason);
  }

  /** {@return whether anything beyond deadweight is adjusted} */
  public boolean isSroi() {
    return displacement.signum() != 0 || attribution.signum() != 0 || duration != 1 || dropOff.signum() != 0;
  }

  /**
   * One of the shares by its parameter.
   *
   * @param share one of {@link Parameter#SHARES}
   * @return its value as a fraction 0–1 ({@code null} for a deadweight not given)
   * @throws IllegalArgumentException for a parameter that is not a share
   */
  public BigDecimal share(Parameter share) {
    return switch (share) {
      case DEADWEIGHT -> deadweight;
      case DISPLACEMENT -> displacement;
      case ATTRIBUTION -> attribution;
      case DROP_OFF -> dropOff;
      default -> throw new IllegalArgumentException(share.label() + " is not a share");
    };
  }
}
