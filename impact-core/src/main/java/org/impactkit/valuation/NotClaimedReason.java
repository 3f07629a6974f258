package org.impactkit.valuation;

import org.impactkit.internal.ConstantNames;

/** Why a row did not become a claim (SPEC §5.1). */
public enum NotClaimedReason {
  /** The row is dated outside the evaluation period. */
  OUTSIDE_PERIOD("Outcome date outside the evaluation period"),
  /** The outcome was already held at baseline. */
  ACHIEVED_AT_BASELINE("Outcome already held at baseline"),
  /** The outcome was not held at follow-up. */
  NOT_ACHIEVED_AT_FOLLOW_UP("Outcome not held at follow-up"),
  /** The same participant and outcome were claimed before. */
  DUPLICATE("Same participant and outcome claimed before"),
  /** The outcome conflicts with another claimed for the same participant. */
  CONFLICT("Conflicts with another outcome claimed for the same participant"),
  /** The row was invalid and left out (its problem is among the diagnostics). */
  INVALID_ROW("Invalid row left out");

  private final String description;

  NotClaimedReason(String description) {
    this.description = description;
  }

  /** {@return the id used in JSON, e.g. {@code duplicate}} */
  public String id() {
    return ConstantNames.kebab(this);
  }

  /** {@return A plain sentence for reports} */
  public String description() {
    return description;
  }
}
