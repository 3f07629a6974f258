package org.impactkit.model;

/**
 * What the builders of participant and counts records share: the activity, outcome, age band and
 * region a row names.
 *
 * @param <B> the builder itself, so its setters chain
 */
public abstract class OutcomeRecordBuilder<B extends OutcomeRecordBuilder<B>> extends RecordBuilder<B> {
  private String activityId;
  private String outcome;
  private String ageBand;
  private String region;

  /** @param source the source records of this kind come from unless one is given */
  OutcomeRecordBuilder(SourceFile source) {
    super(source);
  }

  /**
   * @param activityId the activity's id; required
   * @return this builder
   */
  public B activityId(String activityId) {
    this.activityId = activityId;
    return self();
  }

  /**
   * @param outcome the bank outcome's id or name; required in a counts record, and left out of a
   *     participant record for a person engaged without an outcome
   * @return this builder
   */
  public B outcome(String outcome) {
    this.outcome = outcome;
    return self();
  }

  /**
   * @param ageBand the age band's id or label (for a participant, when the age is not known); default:
   *     none
   * @return this builder
   */
  public B ageBand(String ageBand) {
    this.ageBand = ageBand;
    return self();
  }

  /**
   * @param region a region overriding the activity's; default: the activity's
   * @return this builder
   */
  public B region(String region) {
    this.region = region;
    return self();
  }

  String activityId() {
    return activityId;
  }

  String outcome() {
    return outcome;
  }

  String ageBand() {
    return ageBand;
  }

  String region() {
    return region;
  }
}
