package org.impactkit.model;

import java.util.Objects;
import org.impactkit.internal.Texts;

/**
 * One calculator-style row: how many people in an activity achieved an outcome, by age band.
 *
 * <p>Plain data: the calculation checks it (SPEC §4.5) and reports every problem with the record's
 * place ({@link #ref}). Build one in code with {@link #builder()}.
 *
 * @param activityId the activity, matched exactly
 * @param outcome bank outcome id or name
 * @param ageBand an age band id or label as written; {@code null} means unknown
 * @param region a region overriding the activity's, or {@code null}
 * @param count people who achieved the outcome, from 0 to {@link #MAX_COUNT}
 * @param ref where it was read from, or its key and source when built in code
 */
public record CountRecord(String activityId, String outcome, String ageBand, String region, long count, RowRef ref) {
  /**
   * The largest count one record may hold: far above any programme (the UK has under 70 million
   * people), and small enough that millions of records cannot overflow the totals, which counts near
   * {@code Long.MAX_VALUE} could otherwise turn negative without a word.
   */
  public static final long MAX_COUNT = 1_000_000_000L;

  /**
   * Blank texts become {@code null} (ids are otherwise kept exactly as written); a place is required.
   *
   * @param activityId the activity, matched exactly
   * @param outcome bank outcome id or name
   * @param ageBand an age band id or label as written; {@code null} means unknown
   * @param region a region overriding the activity's, or {@code null}
   * @param count people who achieved the outcome, from 0 to {@link #MAX_COUNT}
   * @param ref where it was read from, or its key and source when built in code
   */
  public CountRecord {
    activityId = Texts.isBlank(activityId) ? null : activityId;
    outcome = Texts.isBlank(outcome) ? null : outcome;
    ageBand = Texts.blankToNull(ageBand);
    region = Texts.blankToNull(region);
    Objects.requireNonNull(ref, "ref");
  }

  /**
   * This record at another place.
   *
   * @param where the new place
   * @return a copy with {@code ref} replaced
   */
  public CountRecord withRef(RowRef where) {
    return new CountRecord(activityId, outcome, ageBand, region, count, where);
  }

  /** @return a builder for a counts record built in code */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CountRecord} in code. Nothing is checked until the calculation, which reports every
   * problem of every record at once, each with its {@link #key key}.
   */
  public static final class Builder extends OutcomeRecordBuilder<Builder> {
    /** One source for all of them: a calculation tells sources apart by identity. */
    private static final SourceFile SOURCE = SourceFile.inMemory("counts");

    private long count;

    private Builder() {
      super(SOURCE);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * @param count how many people achieved the outcome, from 0 to {@link #MAX_COUNT}; default 0
     * @return this builder
     */
    public Builder count(long count) {
      this.count = count;
      return this;
    }

    /** @return the record */
    public CountRecord build() {
      return new CountRecord(activityId(), outcome(), ageBand(), region(), count, ref());
    }
  }
}
