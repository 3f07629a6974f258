package org.impactkit.valuation;

import java.util.ArrayList;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RowRef;

/**
 * The rules a record's own values must keep (SPEC §4.3–§4.5), checked where every record arrives, so
 * records built in code get the same messages as rows read from files (whose readers check the same
 * rules cell by cell, and so never send a record that breaks them). Each problem is located at the
 * record's place and field.
 */
final class RecordChecks {
  private RecordChecks() {}

  /** The problems of an activity's own values; an empty list when there are none. */
  static List<Diagnostic> activity(Activity a) {
    List<Diagnostic> problems = new ArrayList<>(1);
    missing(a.id(), a.ref(), "activity_id", "the activity id", problems);
    String budget = Activity.budgetProblem(a.budget());
    if (a.budget() == null) {
      problems.add(Diagnostic.error(a.ref(), "annual_budget", "the budget is missing"));
    } else if (budget != null) {
      problems.add(Diagnostic.error(a.ref(), "annual_budget", budget));
    }
    return problems;
  }

  /**
   * Adds the problems of a participant record's own values.
   *
   * @return whether its age (if any) may be used to find its age band
   */
  static boolean participant(ParticipantRecord r, List<Diagnostic> problems) {
    missing(r.participantId(), r.ref(), "participant_id", "the participant id", problems);
    missing(r.activityId(), r.ref(), "activity_id", "the activity id", problems);
    Integer age = r.age();
    if (age != null && (age < 0 || age > ParticipantRecord.MAX_AGE)) {
      problems.add(Diagnostic.error(r.ref(), "age", "age must be from 0 to " + ParticipantRecord.MAX_AGE
          + ", found " + age));
      return false;
    }
    return true;
  }

  /** Adds the problems of a counts record's own values. */
  static void count(CountRecord c, List<Diagnostic> problems) {
    missing(c.activityId(), c.ref(), "activity_id", "the activity id", problems);
    missing(c.outcome(), c.ref(), "outcome", "the outcome", problems);
    if (c.count() < 0 || c.count() > CountRecord.MAX_COUNT) {
      problems.add(Diagnostic.error(c.ref(), "count", "the count must be from 0 to " + CountRecord.MAX_COUNT
          + ", found " + c.count()));
    }
  }

  private static void missing(String value, RowRef ref, String field, String what, List<Diagnostic> problems) {
    if (value == null) { // records turn blank text into null
      problems.add(Diagnostic.error(ref, field, what + " is missing"));
    }
  }
}
