package org.impactkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.impactkit.internal.Texts;

/**
 * One row of participant records: a participant and, optionally, one outcome they achieved.
 * Outcome, age band and region are kept as written; the engine resolves them against the bank.
 *
 * @param participantId pseudonymous id, matched exactly; never printed in reports
 * @param activityId the activity, matched exactly
 * @param outcome bank outcome id or name, or {@code null} when the person was engaged without an outcome
 * @param age whole years 0–120, or {@code null}
 * @param ageBand an age band id or label as written, or {@code null}
 * @param dateOfBirth or {@code null}
 * @param region a region id, label or alias overriding the activity's, or {@code null}
 * @param date when the outcome was achieved, or {@code null}
 * @param baseline whether the outcome was already held at the start, or {@code null} when unknown
 * @param followUp whether the outcome was held at follow-up, or {@code null} when unknown
 * @param extras values of the file's extra columns, aligned with {@link SourceFile#extraColumns()}
 * @param ref where it was read from
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

  public ParticipantRecord {
    Texts.requireText(participantId, "participant id");
    Texts.requireText(activityId, "activity id");
    outcome = Texts.blankToNull(outcome);
    ageBand = Texts.blankToNull(ageBand);
    region = Texts.blankToNull(region);
    if (age != null && (age < 0 || age > 120)) {
      throw new IllegalArgumentException("age must be 0–120: " + age);
    }
    extras = extras == null ? List.of() : List.copyOf(extras);
    Objects.requireNonNull(ref, "ref");
  }
}
