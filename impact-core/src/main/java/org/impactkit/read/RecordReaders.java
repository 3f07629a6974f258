package org.impactkit.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordCodes;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.read.csv.CsvTable;
import org.impactkit.read.table.ColumnMapping;
import org.impactkit.read.table.Columns;
import org.impactkit.read.table.Field;
import org.impactkit.read.table.Row;
import org.impactkit.read.table.RowReader;
import org.impactkit.read.table.Table;

/** Reads activities, participants and counts tables into records (SPEC §4.3–§4.5). */
public final class RecordReaders {
  /** Counts rows compared for repeats, per file: far more than any table of groups holds. */
  private static final int MAX_COUNTS_ROWS_COMPARED = 100_000;
  /** The kinds of table, as evaluation.yaml's {@code columns:} names them. */
  public static final String ACTIVITIES = "activities";

  /** Participants tables. */
  public static final String PARTICIPANTS = "participants";

  /** Counts tables. */
  public static final String COUNTS = "counts";

  /** The spec columns of each kind of table, by kind. */
  public static Map<String, List<Field>> fieldsByKind() {
    return Map.of(ACTIVITIES, ACTIVITY_FIELDS, PARTICIPANTS, PARTICIPANT_FIELDS, COUNTS, COUNT_FIELDS);
  }

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

  /**
   * Headers of participant columns that identify a person (compared {@linkplain Columns#normalise
   * normalised}). They are read past: never a breakdown dimension, so names, contact details and
   * identifiers cannot reach a report (SPEC §9 privacy). Each one found is named in a warning.
   */
  public static final Set<String> PERSONAL_COLUMNS = Stream.of("name", "names", "participant name", "person name",
          "full name", "fullname", "first name", "firstname", "forename", "forenames", "given name", "middle name",
          "surname", "last name", "lastname", "family name", "preferred name", "nickname", "initials", "email",
          "e mail", "email address", "phone", "phone number", "telephone", "telephone number", "mobile",
          "mobile number", "tel", "address", "address 1", "address 2", "address line 1", "address line 2",
          "street", "home address", "postcode", "post code", "postal code", "zip", "zip code",
          "nhs number", "nhs no", "ni number", "national insurance number", "national insurance", "passport number",
          "unique learner number", "uln", "upn", "unique pupil number", "client id", "case id", "case number",
          "client name", "contact", "contact details", "next of kin", "emergency contact", "notes", "case notes",
          "comments", "signature")
      .map(Columns::normalise).collect(Collectors.toUnmodifiableSet());

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
    return activities(table, currencySymbol, ColumnMapping.none(ACTIVITIES), diagnostics, new HashMap<>(),
        new ArrayList<>());
  }

  /**
   * Reads every activity, also noting the ids of invalid rows, so rows that refer to them can say the
   * activity itself is invalid rather than unknown.
   *
   * @param mapping the user's column mapping for activities tables
   * @param invalid receives the id and row of each activity row left out for its problems
   * @param sources receives the table's columns once its header is matched
   */
  public static List<Activity> activities(Table table, String currencySymbol, ColumnMapping mapping,
      Diagnostics diagnostics, Map<String, RowRef> invalid, List<SourceFile> sources) throws IOException {
    Columns columns = columns(table, ACTIVITY_FIELDS, Set.of(), false, mapping, diagnostics, sources);
    List<Activity> activities = new ArrayList<>();
    if (columns == null) {
      return activities;
    }
    for (Row row = table.next(); row != null; row = table.next()) {
      RowReader r = new RowReader(columns, row);
      String id = r.requiredText("activity_id", "the activity id");
      BigDecimal budget = r.money("annual_budget", currencySymbol, true);
      String budgetProblem = Activity.budgetProblem(budget);
      if (budgetProblem != null) {
        r.problem("annual_budget", budgetProblem);
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

  /**
   * Streams participant rows into the sink. Columns that identify a person ({@link #PERSONAL_COLUMNS})
   * are left out, with a warning naming each.
   *
   * @param mapping the user's column mapping for participants tables
   * @param sources receives the table's columns once its header is matched
   */
  public static void participants(Table table, RecordSink sink, ColumnMapping mapping, Diagnostics diagnostics,
      List<SourceFile> sources) throws IOException {
    Columns columns = columns(table, PARTICIPANT_FIELDS, PERSONAL_COLUMNS, true, mapping, diagnostics, sources);
    if (columns == null) {
      return;
    }
    for (String header : columns.leftOut()) {
      diagnostics.add(Diagnostic.warning(table.name(), table.headerLine(), header, "this column identifies people,"
          + " so it is left out of every report and breakdown; impact needs only the pseudonymous participant_id"));
    }
    // Each field's column is looked up once per file, not by name in every row.
    Columns.Column idColumn = columns.column("participant_id");
    Columns.Column activityColumn = columns.column("activity_id");
    Columns.Column ageColumn = columns.column("age");
    Columns.Column dobColumn = columns.column("date_of_birth");
    Columns.Column dateColumn = columns.column("date");
    Columns.Column baselineColumn = columns.column("baseline");
    Columns.Column followUpColumn = columns.column("follow_up");
    Columns.Column outcomeColumn = columns.column("outcome");
    Columns.Column bandColumn = columns.column("age_band");
    Columns.Column regionColumn = columns.column("region");
    RecordCodes codes = sink.codes();
    if (codes != null && table instanceof CsvTable csv) {
      // Plain rows go to the sink as numbers, not records (RowCoder): nothing but speed changes.
      csv.codeParticipants(columns, codes, sink::coded);
    }
    stream(table, columns, sink, diagnostics, r -> {
      String id = r.requiredText(idColumn, "the participant id");
      String activity = r.requiredText(activityColumn, "the activity id");
      Long age = r.whole(ageColumn, 0, ParticipantRecord.MAX_AGE, "age", false);
      var dob = r.date(dobColumn);
      var date = r.date(dateColumn);
      Boolean baseline = r.yesNo(baselineColumn);
      Boolean followUp = r.yesNo(followUpColumn);
      return r.ok() ? new ParticipantRecord(id, activity, r.text(outcomeColumn), age == null ? null : age.intValue(),
          r.text(bandColumn), dob, r.text(regionColumn), date, baseline, followUp, r.extras(), r.ref()) : null;
    }, sink::participant);
  }

  /** Streams participant rows into the sink, with no column mapping. */
  public static void participants(Table table, RecordSink sink, Diagnostics diagnostics) throws IOException {
    participants(table, sink, ColumnMapping.none(PARTICIPANTS), diagnostics, new ArrayList<>());
  }

  /** Streams counts rows into the sink, with no column mapping. */
  public static void counts(Table table, RecordSink sink, Diagnostics diagnostics) throws IOException {
    counts(table, sink, ColumnMapping.none(COUNTS), diagnostics, new ArrayList<>());
  }

  /**
   * Streams counts rows into the sink.
   *
   * @param mapping the user's column mapping for counts tables
   * @param sources receives the table's columns once its header is matched
   */
  public static void counts(Table table, RecordSink sink, ColumnMapping mapping, Diagnostics diagnostics,
      List<SourceFile> sources) throws IOException {
    Columns columns = columns(table, COUNT_FIELDS, Set.of(), false, mapping, diagnostics, sources);
    if (columns == null) {
      return;
    }
    // By name, as activities are read: a counts table holds aggregates, a row per group, not a row per person.
    Map<List<String>, Long> seen = new HashMap<>();
    CountSubtotals subtotals = new CountSubtotals(MAX_COUNTS_ROWS_COMPARED);
    stream(table, columns, sink, diagnostics, r -> {
      repeatedCountsRow(r, seen, diagnostics);
      String activity = r.requiredText("activity_id", "the activity id");
      String outcome = r.requiredText("outcome", "the outcome");
      Long count = r.whole("count", 0, CountRecord.MAX_COUNT, "the count", true);
      return r.ok() ? new CountRecord(activity, outcome, r.text("age_band"), r.text("region"), count, r.ref()) : null;
    }, c -> {
      subtotals.see(c);
      sink.count(c);
    });
    diagnostics.addAll(subtotals.warnings());
  }

  /**
   * Warns of a counts row identical, cell for cell, to an earlier row of the same file: counts add up, so
   * a line pasted twice counts its people twice. Rows that differ in any cell (a quarter, a site) are
   * groups of their own and add up without a word.
   */
  private static void repeatedCountsRow(RowReader r, Map<List<String>, Long> seen, Diagnostics diagnostics) {
    if (seen.size() >= MAX_COUNTS_ROWS_COMPARED) {
      return;
    }
    Long first = seen.putIfAbsent(r.cells(), r.ref().line());
    if (first != null) {
      diagnostics.add(Diagnostic.warning(r.ref(), "count", "this row repeats line " + first + " cell for cell, and"
          + " both counts are added; if it was pasted twice, delete one"));
    }
  }

  /**
   * The row loop of a streamed table, the same for participants and counts: {@code read} turns a row into
   * its record, or into {@code null} when the row has problems (which the row's reader then holds). A
   * record goes to {@code accept}; a row with problems has them reported and is passed to the sink as
   * rejected, so no row is dropped unseen.
   */
  private static <T> void stream(Table table, Columns columns, RecordSink sink, Diagnostics diagnostics,
      Function<RowReader, T> read, Consumer<T> accept) throws IOException {
    // Rows with fewer values than the header are read with their last columns blank; in a CSV that
    // means the row was cut short (a date or outcome lost), so the file gets one warning.
    int width = table.isDelimitedText() ? table.header().size() : 0;
    long shortRows = 0;
    long firstShort = 0;
    for (Row row = table.next(); row != null; row = table.next()) {
      if (row.cells().length < width && shortRows++ == 0) {
        firstShort = row.line();
      }
      RowReader r = new RowReader(columns, row);
      T record = read.apply(r);
      if (r.ok()) {
        accept.accept(record);
      } else {
        diagnostics.addAll(r.problems());
        sink.rejected(r.ref());
      }
    }
    if (shortRows > 0) {
      diagnostics.add(Diagnostic.warning(table.name(), firstShort, null, (shortRows == 1 ? "this row has"
          : shortRows + " rows, this the first, have") + " fewer values than the header's " + width + " columns, so"
          + " the last columns are read as blank; check that no value (a date, an outcome) was lost when the row was"
          + " cut short"));
    }
  }

  /**
   * Matches the header, reporting its problems.
   *
   * @param breakdownsRead whether the table's other columns are breakdowns that reach a report, as only a
   *     participants table's are
   */
  private static Columns columns(Table table, List<Field> fields, Set<String> leftOut, boolean breakdownsRead,
      ColumnMapping mapping, Diagnostics diagnostics, List<SourceFile> sources) {
    List<Diagnostic> problems = new ArrayList<>();
    Columns columns = Columns.match(table, fields, leftOut, mapping, breakdownsRead, problems);
    if (columns != null) {
      sources.add(columns.source());
    }
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
