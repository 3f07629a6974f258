package org.impactkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.impactkit.internal.Texts;

/**
 * One row of participant records: a participant and, optionally, one outcome they achieved.
 * Outcome, age band and region are kept as written; the engine resolves them against the bank.
 *
 * <p>Plain data: the calculation checks it (SPEC §4.4: ids given, an age from 0 to 120) and reports
 * every problem with the record's place ({@link #ref}). Build one in code with {@link #builder()}.
 *
 * @param participantId pseudonymous id, matched exactly; never printed in reports
 * @param activityId the activity, matched exactly
 * @param outcome bank outcome id or name, or {@code null} when the person was engaged without an outcome
 * @param age whole years from 0 to {@link #MAX_AGE}, or {@code null}
 * @param ageBand an age band id or label as written, or {@code null}
 * @param dateOfBirth or {@code null}
 * @param region a region id, label or alias overriding the activity's, or {@code null}
 * @param date when the outcome was achieved, or {@code null}
 * @param baseline whether the outcome was already held at the start, or {@code null} when unknown
 * @param followUp whether the outcome was held at follow-up, or {@code null} when unknown
 * @param extras values of the file's extra columns, aligned with {@link SourceFile#extraColumns()}
 * @param ref where it was read from, or its key and source when built in code
 */
public record ParticipantRecord(
    String participantId,
    String activityId,
    String outcome,
    Integer age,
    String ageBand,
    LocalDate dateOfBirth,
    String region,
    LocalDate date,
    Boolean baseline,
    Boolean followUp,
    List<String> extras,
    RowRef ref) {

  /** The oldest age a record may give, in whole years. */
  public static final int MAX_AGE = 120;

  /**
   * Blank texts become {@code null} (ids are otherwise kept exactly as written); a place is required.
   *
   * @param participantId pseudonymous id, matched exactly; never printed in reports
   * @param activityId the activity, matched exactly
   * @param outcome bank outcome id or name, or {@code null} when the person was engaged without an outcome
   * @param age whole years from 0 to {@link #MAX_AGE}, or {@code null}
   * @param ageBand an age band id or label as written, or {@code null}
   * @param dateOfBirth or {@code null}
   * @param region a region id, label or alias overriding the activity's, or {@code null}
   * @param date when the outcome was achieved, or {@code null}
   * @param baseline whether the outcome was already held at the start, or {@code null} when unknown
   * @param followUp whether the outcome was held at follow-up, or {@code null} when unknown
   * @param extras values of the file's extra columns, aligned with {@link SourceFile#extraColumns()}
   * @param ref where it was read from, or its key and source when built in code
   */
  public ParticipantRecord {
    participantId = Texts.isBlank(participantId) ? null : participantId;
    activityId = Texts.isBlank(activityId) ? null : activityId;
    outcome = Texts.blankToNull(outcome);
    ageBand = Texts.blankToNull(ageBand);
    region = Texts.blankToNull(region);
    extras = extras == null ? List.of() : List.copyOf(extras);
    Objects.requireNonNull(ref, "ref");
  }

  /**
   * This record at another place.
   *
   * @param where the new place
   * @return a copy with {@code ref} replaced
   */
  public ParticipantRecord withRef(RowRef where) {
    return new ParticipantRecord(participantId, activityId, outcome, age, ageBand, dateOfBirth, region, date,
        baseline, followUp, extras, where);
  }

  /** @return a builder for a participant record built in code, e.g. from a database */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ParticipantRecord} in code: {@code ParticipantRecord.builder().participantId("p1")
   * .activityId("club").outcome("employment").age(30).build()}. Nothing is checked until the
   * calculation, which reports every problem of every record at once, each with its {@link #key key}.
   */
  public static final class Builder extends OutcomeRecordBuilder<Builder> {
    /** One source for all of them: a calculation tells sources apart by identity. */
    private static final SourceFile SOURCE = SourceFile.inMemory("participants");

    private String participantId;
    private Integer age;
    private LocalDate dateOfBirth;
    private LocalDate date;
    private Boolean baseline;
    private Boolean followUp;
    private List<String> extras = List.of();

    private Builder() {
      super(SOURCE);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * @param participantId the person's pseudonymous id, the same in each of their records; required
     * @return this builder
     */
    public Builder participantId(String participantId) {
      this.participantId = participantId;
      return this;
    }

    /**
     * @param age whole years from 0 to {@link #MAX_AGE}; default: unknown
     * @return this builder
     */
    public Builder age(Integer age) {
      this.age = age;
      return this;
    }

    /**
     * @param dateOfBirth the date of birth, when the age is not known; default: none
     * @return this builder
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    /**
     * @param date when the outcome was achieved; default: none (then the period does not apply)
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * @param baseline whether the outcome was already held at the start; default: unknown
     * @return this builder
     */
    public Builder baseline(Boolean baseline) {
      this.baseline = baseline;
      return this;
    }

    /**
     * @param followUp whether the outcome was held at follow-up; default: unknown
     * @return this builder
     */
    public Builder followUp(Boolean followUp) {
      this.followUp = followUp;
      return this;
    }

    /**
     * @param extras values to break headcounts down by, aligned with the {@linkplain #source source}'s
     *     extra columns; default: none
     * @return this builder
     */
    public Builder extras(List<String> extras) {
      this.extras = extras;
      return this;
    }

    /** @return the record */
    public ParticipantRecord build() {
      return new ParticipantRecord(participantId, activityId(), outcome(), age, ageBand(), dateOfBirth, region(),
          date, baseline, followUp, extras, ref());
    }
  }
}
