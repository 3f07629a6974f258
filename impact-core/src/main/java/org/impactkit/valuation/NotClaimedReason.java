package org.impactkit.valuation;

/** Why a row did not become a claim (SPEC §5.1). */
public enum NotClaimedReason {
  /** The row is dated outside the evaluation period. */
  OUTSIDE_PERIOD("outside-period", "Outcome date outside the evaluation period"),
  /** The outcome was already held at baseline. */
  ACHIEVED_AT_BASELINE("achieved-at-baseline", "Outcome already held at baseline"),
  /** The outcome was not held at follow-up. */
  NOT_ACHIEVED_AT_FOLLOW_UP("not-achieved-at-follow-up", "Outcome not held at follow-up"),
  /** The same participant and outcome were claimed before. */
  DUPLICATE("duplicate", "Same participant and outcome claimed before"),
  /** The outcome conflicts with another claimed for the same participant. */
  CONFLICT("conflict", "Conflicts with another outcome claimed for the same participant"),
  /** The row was invalid and left out (its problem is among the diagnostics). */
  INVALID_ROW("invalid-row", "Invalid row left out");

  private final String id;
  private final String description;

  NotClaimedReason(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** {@return the id used in JSON, e.g. {@code duplicate}} */
  public String id() {
    return id;
  }

  /** {@return A plain sentence for reports} */
  public String description() {
    return description;
  }
}
