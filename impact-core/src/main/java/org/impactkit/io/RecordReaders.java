package org.impactkit.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impactkit.io.table.Columns;
import org.impactkit.io.table.Field;
import org.impactkit.io.table.Row;
import org.impactkit.io.table.RowReader;
import org.impactkit.io.table.Table;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.model.Diagnostic;
import org.impactkit.model.Diagnostics;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;

/** Reads activities, participants and counts tables into records (SPEC §4.3–§4.5). */
public final class RecordReaders {
  /** Columns of an activities table (SPEC §4.3). */
  public static final List<Field> ACTIVITY_FIELDS = List.of(
      Field.required("activity_id", "activity"),
      Field.optional("activity_name", "name"),
      Field.required("annual_budget", "budget", "investment"),
      Field.optional("region"),
      Field.optional("partner", "organisation", "organization"));

  /** Columns of a participants table (SPEC §4.4). */
  public static final List<Field> PARTICIPANT_FIELDS = List.of(
      Field.required("participant_id", "person_id", "id"),
      Field.required("activity_id", "activity"),
      Field.optional("outcome", "outcome_id"),
      Field.optional("age"),
      Field.optional("age_band", "band"),
      Field.optional("date_of_birth", "dob"),
      Field.optional("region"),
      Field.optional("date", "outcome_date"),
      Field.optional("baseline", "baseline_achieved"),
      Field.optional("follow_up", "follow_up_achieved"));

  /** Columns of a counts table (SPEC §4.5). */
  public static final List<Field> COUNT_FIELDS = List.of(
      Field.required("activity_id", "activity"),
      Field.required("outcome", "outcome_id"),
      Field.optional("age_band", "band"),
      Field.optional("region"),
      Field.required("count", "participants", "number"));

  private RecordReaders() {}

  /**
   * Reads every activity. Bad rows are reported to {@code diagnostics} and left out; a bad header is
   * fatal.
   *
   * @param currencySymbol the symbol money cells may carry
   */
  public static List<Activity> activities(Table table, String currencySymbol, Diagnostics diagnostics)
      throws IOException {
    return activities(table, currencySymbol, diagnostics, new java.util.HashMap<>());
  }

  /**
   * Reads every activity, also noting the ids of invalid rows, so rows that refer to them can say the
   * activity itself is invalid rather than unknown.
   *
   * @param invalid receives the id and row of each activity row left out for its problems
   */
  public static List<Activity> activities(Table table, String currencySymbol, Diagnostics diagnostics,
      Map<String, RowRef> invalid) throws IOException {
    Columns columns = columns(table, ACTIVITY_FIELDS, diagnostics);
    List<Activity> activities = new ArrayList<>();
    if (columns == null) {
      return activities;
    }
    for (Row row = table.next(); row != null; row = table.next()) {
      RowReader r = new RowReader(columns, row);
      String id = r.requiredText("activity_id", "the activity id");
      BigDecimal budget = r.money("annual_budget", currencySymbol, true);
      if (budget != null && budget.signum() < 0) {
        r.problem("annual_budget", "a budget cannot be negative, found " + budget.toPlainString());
      }
      if (r.ok()) {
        activities.add(new Activity(id, r.text("activity_name"), budget, r.text("region"), r.text("partner"), r.ref()));
      } else {
        diagnostics.addAll(r.problems());
        if (id != null) {
          invalid.putIfAbsent(id, r.ref());
        }
      }
    }
    return activities;
  }

  /** Streams participant rows into the sink. */
  public static void participants(Table table, RecordSink sink, Diagnostics diagnostics) throws IOException {
    Columns columns = columns(table, PARTICIPANT_FIELDS, diagnostics);
    if (columns == null) {
      return;
    }
    for (Row row = table.next(); row != null; row = table.next()) {
      RowReader r = new RowReader(columns, row);
      String id = r.requiredText("participant_id", "the participant id");
      String activity = r.requiredText("activity_id", "the activity id");
      Long age = r.whole("age", 0, 120, "age", false);
      var dob = r.date("date_of_birth");
      var date = r.date("date");
      Boolean baseline = r.yesNo("baseline");
      Boolean followUp = r.yesNo("follow_up");
      if (r.ok()) {
        sink.participant(new ParticipantRecord(id, activity, r.text("outcome"), age == null ? null : age.intValue(),
            r.text("age_band"), dob, r.text("region"), date, baseline, followUp, r.extras(), r.ref()));
      } else {
        sink.rejected(r.ref(), r.problems());
      }
    }
  }

  /** Streams counts rows into the sink. */
  public static void counts(Table table, RecordSink sink, Diagnostics diagnostics) throws IOException {
    Columns columns = columns(table, COUNT_FIELDS, diagnostics);
    if (columns == null) {
      return;
    }
    for (Row row = table.next(); row != null; row = table.next()) {
      RowReader r = new RowReader(columns, row);
      String activity = r.requiredText("activity_id", "the activity id");
      String outcome = r.requiredText("outcome", "the outcome");
      Long count = r.whole("count", 0, Long.MAX_VALUE / 4, "the count", true);
      if (r.ok()) {
        sink.count(new CountRecord(activity, outcome, r.text("age_band"), r.text("region"), count, r.ref()));
      } else {
        sink.rejected(r.ref(), r.problems());
      }
    }
  }

  private static Columns columns(Table table, List<Field> fields, Diagnostics diagnostics) {
    List<Diagnostic> problems = new ArrayList<>();
    Columns columns = Columns.match(table, fields, problems);
    for (Diagnostic d : problems) {
      if (d.isError()) {
        diagnostics.fatal(d);
      } else {
        diagnostics.add(d);
      }
    }
    return columns;
  }
}
