package org.impactkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A participant row that names nothing unknown, already reduced to the numbers of {@link RecordCodes}: what a
 * reader makes of a plain CSV row (an id, a known activity, a known outcome, age band and region or none, an age,
 * a date and survey answers that read without a problem or none, breakdowns with nothing to strip), in place of
 * a {@link ParticipantRecord} that the calculation would look up again. It is valued as that record exactly:
 * a row whose age contradicts its age band, or whose claim has no region, is reported as the record would be;
 * any row that is not so plain is read as a record instead.
 *
 * @param participantId the id as written (never blank, never with surrounding spaces)
 * @param activity the activity's number from {@link RecordCodes#activity}
 * @param outcome the outcome's number from {@link RecordCodes#outcome}, or -1 for a row without one
 * @param age whole years from 0 to {@link ParticipantRecord#MAX_AGE}, or -1 when not given
 * @param date when the outcome was achieved, or {@code null}
 * @param ageBand the age band's number from {@link RecordCodes#ageBand}, or -1 when the row gives none
 * @param region the region's number from {@link RecordCodes#region}, or -1 when the row gives none (then the
 *     activity's, the default or the bank's only region)
 * @param baseline whether the outcome was already held at the start, or {@code null} when unknown
 * @param followUp whether the outcome was held at follow-up, or {@code null} when unknown
 * @param extras values of the file's breakdown columns, aligned with {@link SourceFile#extraColumns()}
 * @param file the file the row was read from
 * @param line its 1-based line
 */
public record CodedParticipant(String participantId, int activity, int outcome, int age, LocalDate date,
    int ageBand, int region, Boolean baseline, Boolean followUp, List<String> extras, SourceFile file, long line) {
  /**
   * Checks the parts.
   *
   * @param participantId the id as written (never blank, never with surrounding spaces)
   * @param activity the activity's number from {@link RecordCodes#activity}
   * @param outcome the outcome's number from {@link RecordCodes#outcome}, or -1 for a row without one
   * @param age whole years from 0 to {@link ParticipantRecord#MAX_AGE}, or -1 when not given
   * @param date when the outcome was achieved, or {@code null}
   * @param ageBand the age band's number from {@link RecordCodes#ageBand}, or -1 when the row gives none
   * @param region the region's number from {@link RecordCodes#region}, or -1 when the row gives none (then the
   *     activity's, the default or the bank's only region)
   * @param baseline whether the outcome was already held at the start, or {@code null} when unknown
   * @param followUp whether the outcome was held at follow-up, or {@code null} when unknown
   * @param extras values of the file's breakdown columns, aligned with {@link SourceFile#extraColumns()}
   * @param file the file the row was read from
   * @param line its 1-based line
   */
  public CodedParticipant {
    Objects.requireNonNull(participantId, "participantId");
    extras = List.copyOf(extras);
    Objects.requireNonNull(file, "file");
    if (activity < 0 || outcome < -1 || age < -1 || age > ParticipantRecord.MAX_AGE || ageBand < -1 || region < -1
        || line < 0) {
      throw new IllegalArgumentException("not a coded row: activity " + activity + ", outcome " + outcome + ", age "
          + age + ", age band " + ageBand + ", region " + region + ", line " + line);
    }
  }

  /** {@return where the row was} */
  public RowRef ref() {
    return new RowRef(file, line);
  }
}
