package org.impactkit.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;

/**
 * What the assurance checks (SPEC §10) need to know about the records beyond the figures: how many rows
 * and of what kind, the dates they carry, the template's example rows, the tables read. Gathered as
 * rows stream past, at the cost of a few comparisons per row.
 */
final class RecordFacts {
  /** The blank template marks its worked example with ids beginning so (SPEC §10 {@code example-rows}). */
  static final String EXAMPLE_PREFIX = "EXAMPLE-";

  /** Rows of the worked example named in a message, at most. */
  private static final int EXAMPLES_NAMED = 5;

  long participantRows;
  long rowsWithOutcome;
  long countRows;
  /** Rows the readers left out as invalid before they became records (with invalid rows skipped). */
  long rejectedRows;
  long activities;
  long exampleActivities;
  long exampleRows;
  final List<RowRef> exampleRefs = new ArrayList<>();
  long datedRows;
  /** Dated rows, with or without an outcome, whose date lies outside the period. */
  long datedRowsOutside;
  LocalDate firstDate;
  LocalDate lastDate;
  /** Outcomes needing survey evidence claimed from files without it, with the files, in order found. */
  final Map<String, Set<String>> unverifiedSurvey = new LinkedHashMap<>();
  /** Those claims' rows, by outcome. */
  final Map<String, long[]> unverifiedSurveyRows = new LinkedHashMap<>();
  final List<SourceFile> sources = new ArrayList<>();
  /** Tables that hold participant or counts records but were not read, each as a clause naming it. */
  final List<String> unreadRecords = new ArrayList<>();
  /**
   * Participants tables read without a date column, and for each of their extra columns whether its
   * values, in the first {@value #DATE_SAMPLE} rows, are all dates: {@code 1} yes, {@code 0} no, {@code -1}
   * none seen. A renamed date column would otherwise be kept as a breakdown and leave the period
   * filtering nothing (SPEC §10 {@code unmapped-column}).
   */
  final Map<SourceFile, int[]> dateLikeExtras = new LinkedHashMap<>();
  /** Rows of each table sampled for {@link #dateLikeExtras}. */
  static final int DATE_SAMPLE = 200;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}");
  private SourceFile lastUndated;
  private int[] lastState;
  /** Activities whose own row was invalid and left out, with their rows, in order found. */
  final Map<String, RowRef> invalidActivities = new LinkedHashMap<>();
  private String lastSurveyOutcome;
  private String lastSurveyFile;
  private long[] lastSurveyRows;

  static boolean isExample(String id) {
    // The prefix's last character, a dash in any case, first: almost every id fails at it, and this runs
    // twice a row (a case-blind match of the whole prefix was 3 % of the valuing thread on a million rows).
    int n = EXAMPLE_PREFIX.length();
    return id != null && id.length() >= n && id.charAt(n - 1) == '-'
        && id.regionMatches(true, 0, EXAMPLE_PREFIX, 0, n);
  }

  void activity(String id) {
    activities++;
    if (isExample(id)) {
      exampleActivities++;
    }
  }

  /**
   * A participant row that was read (valid or not for valuing).
   *
   * @param withOutcome whether it names an outcome
   * @param outside whether it is dated outside the period
   * @param example whether its participant or activity is the template's worked example ({@link #isExample})
   * @param extras its extra columns' values
   */
  void participant(boolean withOutcome, LocalDate date, boolean outside, boolean example, List<String> extras,
      SourceFile file, long line) {
    participantRows++;
    if (withOutcome) {
      rowsWithOutcome++;
    }
    if (date == null && !extras.isEmpty()) {
      sampleUndated(file, extras);
    }
    if (date != null) {
      datedRows++;
      if (outside) {
        datedRowsOutside++;
      }
      if (firstDate == null || date.isBefore(firstDate)) {
        firstDate = date;
      }
      if (lastDate == null || date.isAfter(lastDate)) {
        lastDate = date;
      }
    }
    if (example) {
      example(new RowRef(file, line));
    }
  }

  /** Notes, for a table with no date column, which of its extra columns hold only dates. */
  private void sampleUndated(SourceFile file, List<String> extras) {
    if (file != lastUndated) {
      lastUndated = file;
      lastState = file.has("date") ? null : dateLikeExtras.computeIfAbsent(file, f -> {
        int[] state = new int[f.extraColumns().size() + 1]; // the last counts the rows sampled
        java.util.Arrays.fill(state, 0, state.length - 1, -1);
        return state;
      });
    }
    int[] state = lastState;
    if (state == null || state[state.length - 1] >= DATE_SAMPLE) {
      return;
    }
    state[state.length - 1]++;
    for (int i = 0; i < extras.size() && i < state.length - 1; i++) {
      String v = extras.get(i);
      if (v != null && !v.isBlank() && state[i] != 0) {
        state[i] = DATE.matcher(v.strip()).matches() ? 1 : 0;
      }
    }
  }

  /** A counts row that was read. */
  void count(String activityId, RowRef ref) {
    countRows++;
    if (isExample(activityId)) {
      example(ref);
    }
  }

  /** A claim of an outcome that needs survey evidence, from a row answering neither baseline nor follow-up. */
  void unverifiedSurvey(String outcome, String file) {
    if (outcome == lastSurveyOutcome && file == lastSurveyFile) {
      lastSurveyRows[0]++;
      return; // the common case: the same outcome from the same file as the row before
    }
    lastSurveyOutcome = outcome;
    lastSurveyFile = file;
    Set<String> files = unverifiedSurvey.get(outcome);
    if (files == null) {
      files = new LinkedHashSet<>();
      unverifiedSurvey.put(outcome, files);
    }
    files.add(file); // a set: one entry per file, however many rows
    lastSurveyRows = unverifiedSurveyRows.computeIfAbsent(outcome, k -> new long[1]);
    lastSurveyRows[0]++;
  }

  private void example(RowRef ref) {
    exampleRows++;
    if (exampleRefs.size() < EXAMPLES_NAMED) {
      exampleRefs.add(ref);
    }
  }
}
