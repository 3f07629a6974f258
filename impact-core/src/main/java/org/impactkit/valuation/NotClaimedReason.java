package org.impactkit.valuation;

/** Why a row did not become a claim (SPEC §5.1). */
public enum NotClaimedReason {
  OUTSIDE_PERIOD("outside-period", "Outcome date outside the evaluation period"),
  ACHIEVED_AT_BASELINE("achieved-at-baseline", "Outcome already held at baseline"),
  NOT_ACHIEVED_AT_FOLLOW_UP("not-achieved-at-follow-up", "Outcome not held at follow-up"),
  DUPLICATE("duplicate", "Same participant and outcome claimed before"),
  CONFLICT("conflict", "Conflicts with another outcome claimed for the same participant"),
  INVALID_ROW("invalid-row", "Invalid row left out (each is listed with its problem)");

  private final String id;
  private final String description;

  NotClaimedReason(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The id used in JSON, e.g. {@code duplicate}. */
  public String id() {
    return id;
  }

  /** A plain sentence for reports. */
  public String description() {
    return description;
  }
}
