package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongBiFunction;
import java.util.stream.Collectors;
import org.impactkit.bank.AgeBand;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.HighRatio;
import org.impactkit.internal.ColumnMappings;
import org.impactkit.internal.Texts;
import org.impactkit.model.Activity;
import org.impactkit.model.Lookalike;
import org.impactkit.model.Period;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;

/**
 * The assurance checks of SPEC §10: every ordinary mistake that silently changes a figure (example rows
 * left in, a renamed column, a period that excludes every row, a method claimed but not applied) found
 * and named in plain words. Pure functions of the records' facts, the settings and the result, so an
 * analyst's run gets the same checks as the terminal's. Messages speak of the data, never of options.
 *
 * @param r the result the checks judge, with its settings and bank
 * @param facts what reading the records found out about them
 * @param people the participants and their claims
 */
record Assurance(CalculationResult r, RecordFacts facts, ParticipantShards people,
    ToLongBiFunction<Activity, String> recordClaims) {
  /** Claims per participant above which {@code claims-per-person} warns. */
  static final int CLAIMS_PER_PERSON = 4;
  /** Share of an activity's participants claiming one outcome above which {@code outcome-share} warns. */
  static final BigDecimal OUTCOME_SHARE = new BigDecimal("0.9");
  /** Activities smaller than this are not judged by {@code outcome-share}: 3 of 3 says little. */
  static final int OUTCOME_SHARE_MIN_PEOPLE = 10;
  /** Activities named in a message, at most. */
  private static final int NAMED = 5;
  /** Published headcounts below this can identify people when suppression is off. */
  static final int SMALL_NUMBER = 5;
  /** Share of claims in the unknown age band above which {@code unknown-band} warns. */
  static final BigDecimal UNKNOWN_BAND_SHARE = new BigDecimal("0.2");
  /** Share of dated rows outside the period above which {@code period-coverage} warns. */
  static final BigDecimal OUTSIDE_SHARE = new BigDecimal("0.25");

  /** A year from 1900 to 2099, perhaps a financial year such as 2021/22 or 2021-2022. */
  private static final java.util.regex.Pattern YEARS =
      java.util.regex.Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?(?!\\d)");


  /** Every check, in the order of {@link CheckId}. */
  List<Check> checks() {
    RecordCoverage coverage = new RecordCoverage(r, recordClaims);
    return List.of(new ExampleRows(r, facts).check(), unmappedColumns(), emptyResult(), skippedRows(),
        coverage.budgetsWithoutRecords(), coverage.countsAndRecords(), periodCoverage(), priceYear(), deadweight(), surveyEvidence(), claimsPerPerson(),
        outcomeShare(), highRatio(), smallNumbers(), titlePeriod(), unknownBand());
  }

  private Check unmappedColumns() {
    List<String> found = new ArrayList<>();
    for (SourceFile file : facts.sources) {
      for (Lookalike l : file.lookalikes()) {
        found.add(file.name() + ": the column '" + l.header() + "' looks like '" + l.field() + "', which the table"
            + " lacks, so its values were not read as " + l.field() + (file.kind() == null ? ""
                : "; if it holds them, add to evaluation.yaml: " + ColumnMappings.yaml(file.kind(), l.field(),
                    l.header()) + ", or, if it is a breakdown, list it under report.breakdowns"));
      }
    }
    found.addAll(undatedPeriod());
    return found.isEmpty()
        ? Check.pass(CheckId.UNMAPPED_COLUMN, "every column is read as a spec column or kept as a breakdown")
        : Check.fail(CheckId.UNMAPPED_COLUMN, String.join("; ", found), found.size());
  }

  private Check emptyResult() {
    long rows = facts.participantRows + facts.countRows;
    if (r.totals().claims() > 0) {
      return Check.pass(CheckId.EMPTY_RESULT, count(r.totals().claims(), "claim") + " from "
          + count(rows, "row"));
    }
    String why;
    if (rows == 0 && facts.rejectedRows > 0) {
      return fail("no claims, so every figure is zero: all " + count(facts.rejectedRows, "row")
          + " were invalid and left out", facts.rejectedRows);
    }
    if (rows == 0) {
      // A header and no rows (the template emptied of its example, an export that failed) is no evaluation.
      String tables = facts.sources.stream()
          .filter(f -> !f.isInMemory() && ("participants".equals(f.kind()) || "counts".equals(f.kind())))
          .map(SourceFile::name)
          .collect(Collectors.joining(" and "));
      return fail("no claims, so every figure is zero: there are no participant or counts records"
          + (tables.isEmpty() ? "" : "; " + tables + (tables.contains(" and ") ? " have" : " has")
              + " a header but no rows")
          + facts.unreadRecords.stream().map(u -> "; " + u).collect(Collectors.joining()), 0);
    }
    long outside = notClaimed(NotClaimedReason.OUTSIDE_PERIOD);
    Period period = r.settings().period();
    if (facts.rowsWithOutcome == 0 && facts.countRows == 0) {
      why = "none of the " + count(facts.participantRows, "participant row") + " names an outcome"
          + noOutcomeColumn();
    } else if (outside == facts.rowsWithOutcome && facts.countRows == 0 && period != null) {
      why = "all " + count(outside, "row") + " with an outcome are dated " + facts.firstDate + " to "
          + facts.lastDate + ", outside " + period.label();
    } else {
      List<String> reasons = new ArrayList<>();
      for (NotClaimedCount n : r.notClaimed()) {
        if (n.count() > 0) {
          reasons.add(Formats.count(n.count()) + " " + n.reason().description().toLowerCase(java.util.Locale.ROOT));
        }
      }
      why = "of " + count(facts.rowsWithOutcome + facts.countRows, "row") + " with an outcome, none became a claim"
          + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")")
          + (facts.datedRows > 0 ? "; the rows are dated " + facts.firstDate + " to " + facts.lastDate : "");
    }
    return fail("no claims, so every figure is zero: " + why, rows);
  }

  /** Fails empty-result, or warns when the settings allow an empty report. */
  private Check fail(String message, long rows) {
    return r.settings().allowEmpty() ? Check.warn(CheckId.EMPTY_RESULT, message, rows)
        : Check.fail(CheckId.EMPTY_RESULT, message, rows);
  }

  /**
   * Columns holding only dates in a participants table with no date column, when a period is set: the
   * period then leaves out no row of that table, so a renamed date column (say {@code when}) would give
   * confident figures for the wrong year. A column the settings list as a breakdown is meant as one.
   */
  private List<String> undatedPeriod() {
    Period period = r.settings().period();
    List<String> found = new ArrayList<>();
    if (period == null) {
      return found;
    }
    // Columns the settings name as breakdowns or in a cross-tab are meant as such (SPEC §4.2).
    List<String> meant = new ArrayList<>();
    if (r.settings().breakdowns() != null) {
      r.settings().breakdowns().forEach(b -> meant.add(b.strip().toLowerCase(java.util.Locale.ROOT)));
    }
    r.settings().crossTabs().forEach(tab -> tab.forEach(c -> meant.add(c.strip().toLowerCase(java.util.Locale.ROOT))));
    facts.dateLikeExtras.forEach((file, state) -> {
      for (int i = 0; i < state.length - 1; i++) {
        String header = file.extraColumns().get(i);
        if (state[i] == 1 && !meant.contains(header.strip().toLowerCase(java.util.Locale.ROOT))) {
          found.add(file.name() + ": the column " + Texts.quote(header) + " holds dates but the table has no date"
              + " column, so the period " + period.label() + " leaves out none of its rows; if it holds the dates"
              + " of the outcomes, add to evaluation.yaml: " + ColumnMappings.yaml("participants", "date", header)
              + ", or, if it is a breakdown, list it under report.breakdowns");
        }
      }
    });
    return found;
  }

  /**
   * Why no row names an outcome when a participants table has no outcome column at all: then the cause
   * is a header, not the records, and the fix a mapping, not an empty report.
   */
  private String noOutcomeColumn() {
    for (SourceFile file : facts.sources) {
      if ("participants".equals(file.kind()) && !file.isInMemory() && !file.has("outcome")) {
        return ": " + file.name() + " has no 'outcome' column" + (file.extraColumns().isEmpty() ? ""
            : "; if one of its columns (" + file.extraColumns().stream().map(Texts::quote)
                .collect(Collectors.joining(", ")) + ") holds the outcomes, map it in evaluation.yaml, e.g."
                + " " + ColumnMappings.yaml("participants", "outcome", file.extraColumns().get(0)));
      }
    }
    return "";
  }

  private Check skippedRows() {
    long rows = notClaimed(NotClaimedReason.INVALID_ROW);
    int activities = facts.invalidActivities.size();
    if (rows == 0 && activities == 0) {
      return Check.pass(CheckId.SKIPPED_ROWS, "no row was left out as invalid");
    }
    List<String> parts = new ArrayList<>();
    if (activities > 0) {
      String named = facts.invalidActivities.entrySet().stream().limit(NAMED)
          .map(e -> Texts.quote(e.getKey()) + " (" + place(e.getValue()) + ")").collect(Collectors.joining(", "))
          + (activities > NAMED ? ", …" : "");
      parts.add(activities == 1 ? "activity " + named + " is invalid: it and its budget are left out"
          : count(activities, "activity", "activities") + " (" + named + ") are invalid: they and their budgets"
              + " are left out");
    }
    if (rows > 0) {
      parts.add(count(rows, "invalid row") + (rows == 1 ? " is" : " are") + " left out"
          + (activities > 0 ? " (counting the rows that name " + (activities == 1 ? "that activity" : "those activities")
              + ")" : ""));
    }
    return Check.warn(CheckId.SKIPPED_ROWS, String.join("; ", parts) + ". The figures do not include them, so they"
        + " are not those of the whole programme; correct the rows and calculate again", rows + activities);
  }

  private Check periodCoverage() {
    Period period = r.settings().period();
    if (period == null) {
      return Check.pass(CheckId.PERIOD_COVERAGE, "no evaluation period is set, so no dated row is left out");
    }
    if (facts.datedRows == 0) {
      return Check.pass(CheckId.PERIOD_COVERAGE, "no row carries a date, so every row counts in " + period.label());
    }
    // every dated row against every dated row: counting only the rows with an outcome (those "not
    // claimed") against all of them understated a period that excludes everything
    long outside = facts.datedRowsOutside;
    List<String> found = new ArrayList<>();
    if (BigDecimal.valueOf(outside).compareTo(OUTSIDE_SHARE.multiply(BigDecimal.valueOf(facts.datedRows))) > 0) {
      found.add((outside == facts.datedRows ? "all " + count(outside, "dated row")
          : count(outside, "dated row") + " of " + Formats.count(facts.datedRows)) + " lie outside "
          + period.label() + " (" + percent(outside, facts.datedRows) + "), so their outcomes are not claimed");
    }
    long undated = facts.participantRows - facts.datedRows;
    if (undated > 0) {
      // An undated row counts whatever the period; beside dated rows it is more often a date left blank.
      found.add(count(undated, "participant row") + " of " + Formats.count(facts.participantRows)
          + (undated == 1 ? " carries no date and counts in " : " carry no date and count in ") + period.label()
          + (undated == 1 ? " whatever its date" : " whatever their date") + (outside == facts.datedRows
              ? ": " + (undated == 1 ? "it is the only row that counts" : "they are the only rows that count")
                  + "; check the period, or date them" : ""));
    }
    java.time.LocalDate from = facts.firstDate.isBefore(period.start()) ? period.start() : facts.firstDate;
    java.time.LocalDate to = facts.lastDate.isAfter(period.end()) ? period.end() : facts.lastDate;
    long covered = to.isBefore(from) ? 0 : to.toEpochDay() - from.toEpochDay() + 1;
    if (covered * 2 < period.days()) {
      found.add("the dates found (" + facts.firstDate + " to " + facts.lastDate + ") cover " + percent(covered,
          period.days()) + " of " + period.label() + "; is the period right?");
    }
    return found.isEmpty()
        ? Check.pass(CheckId.PERIOD_COVERAGE, "the rows are dated " + facts.firstDate + " to " + facts.lastDate
            + ", within " + period.label())
        : Check.warn(CheckId.PERIOD_COVERAGE, String.join("; ", found), outside + undated);
  }

  private Check priceYear() {
    PriceYear p = r.priceYear();
    Period period = r.settings().period();
    List<String> found = new ArrayList<>();
    if (period != null && p.report() < period.end().getYear() && !p.capped()) {
      found.add("values are in " + p.report() + " prices" + (p.report() == p.bank() ? ", the bank's own," : "")
          + " and are not uprated to " + period.end().getYear() + ", when the period ends: in that year's money the"
          + " figures are too low");
    }
    if (period != null && p.report() > period.end().getYear()) {
      // The budgets are money spent in the period and are not restated: a later price year raises the value
      // alone, so the return would depend on the year chosen.
      found.add("values are in " + p.report() + " prices, later than " + period.end().getYear() + ", when the period"
          + " ends, but the investment is the activities' budgets in the period's money: the return compares"
          + " different years' money and is too high");
    }
    if (p.capped()) {
      found.add("values are uprated only to " + p.report() + ", the latest year price indices " + p.indices()
          + " cover; the period ends in " + period.end().getYear());
    }
    if (p.realIncomeMissing()) {
      found.add("WELLBY values were uprated from " + p.bank() + " to " + p.report() + " prices by the GDP deflator"
          + " alone: real-income growth not included, as price indices " + p.indices() + " hold no real GDP per head"
          + " for those years");
    }
    if (!p.notStated().isEmpty()) {
      found.add("price year not stated by the source of the values for " + p.notStatedNames(r.bank())
          + ": taken to be in the bank's " + p.bank() + " prices");
    }
    if (found.isEmpty()) {
      return Check.pass(CheckId.PRICE_YEAR, "figures are in " + p.report() + " prices"
          + (p.uprated() ? ", uprated from the bank's " + p.bank() : ""));
    }
    return Check.warn(CheckId.PRICE_YEAR, String.join("; ", found), found.size());
  }

  private Check deadweight() {
    List<String> unexplained = r.byOutcome().stream().filter(o -> !o.factors().deadweightExplained())
        .map(o -> o.outcome().id()).toList();
    // switched off for the evaluation, so a figure given for an outcome is not taken off: one of the two is a slip
    List<String> overridden = r.byOutcome().stream()
        .filter(o -> o.factors().deadweightSource() == OutcomeFactors.DeadweightSource.SWITCHED_OFF)
        .filter(o -> {
          BigDecimal given = r.settings().adjustments(o.outcome().id()).deadweight();
          return given != null && given.signum() > 0;
        })
        .map(o -> o.outcome().id() + " (" + Formats.percent(r.settings().adjustments(o.outcome().id()).deadweight())
            + ")").toList();
    if (!overridden.isEmpty()) {
      return Check.warn(CheckId.DEADWEIGHT, "deadweight is switched off for the whole evaluation, so the deadweight"
          + " given under 'outcomes:' for " + Texts.listed(overridden) + " was not"
          + " taken off: if a comparison group was used, remove " + (overridden.size() == 1 ? "it" : "them")
          + " from 'outcomes:'; if not, switch deadweight back on", overridden.size());
    }
    if (unexplained.isEmpty()) {
      return Check.pass(CheckId.DEADWEIGHT, r.byOutcome().isEmpty() ? "no outcome was claimed"
          : "every outcome claimed has a deadweight taken off or a stated reason for none");
    }
    return Check.warn(CheckId.DEADWEIGHT, "no deadweight was taken off " + String.join(", ", unexplained)
        + ": the figures assume none of " + (unexplained.size() == 1 ? "it" : "them") + " would have happened"
        + " anyway; give a deadweight under 'outcomes:' in evaluation.yaml, or say why none applies (e.g."
        + " reason: \"comparison group\")", unexplained.size());
  }

  private Check surveyEvidence() {
    if (facts.unverifiedSurvey.isEmpty()) {
      return Check.pass(CheckId.SURVEY_EVIDENCE, "every outcome that needs survey evidence has baseline or"
          + " follow-up answers, or none was claimed");
    }
    String which = facts.unverifiedSurvey.entrySet().stream()
        .map(e -> e.getKey() + " (" + count(facts.unverifiedSurveyRows.get(e.getKey())[0], "row") + " in "
            + String.join(", ", e.getValue()) + ")").collect(Collectors.joining(", "));
    return Check.warn(CheckId.SURVEY_EVIDENCE, "claimed without the survey evidence the bank asks for: " + which
        + "; their rows answer neither baseline nor follow_up (the column is missing or left blank), so these"
        + " claims stand unverified",
        facts.unverifiedSurvey.size());
  }

  private Check claimsPerPerson() {
    long[] over = new long[2]; // participants over the limit, the most claims of one participant
    people.forEachClaimCount(n -> {
      if (n > CLAIMS_PER_PERSON) {
        over[0]++;
      }
      over[1] = Math.max(over[1], n);
    });
    if (over[0] == 0) {
      return Check.pass(CheckId.CLAIMS_PER_PERSON, "no participant has more than " + CLAIMS_PER_PERSON + " claims");
    }
    return Check.warn(CheckId.CLAIMS_PER_PERSON, count(over[0], "participant") + (over[0] == 1 ? " has" : " have")
        + " more than " + CLAIMS_PER_PERSON + " claims (the most: " + over[1] + "); check for rows entered twice"
        + " or outcomes claimed too freely", over[0]);
  }

  private Check outcomeShare() {
    List<String> found = new ArrayList<>();
    for (ActivityFigures a : r.byActivity()) {
      if (a.participants() < OUTCOME_SHARE_MIN_PEOPLE) {
        continue;
      }
      for (OutcomeFigures o : r.byOutcome()) {
        // Claims of the participant records only: a counts row is no default filled in per person, and its
        // people are not among the activity's participants.
        long claims = recordClaims.applyAsLong(a.activity(), o.outcome().id());
        if (BigDecimal.valueOf(claims).compareTo(OUTCOME_SHARE.multiply(BigDecimal.valueOf(a.participants()))) > 0) {
          found.add(o.outcome().id() + " for " + Formats.count(claims) + " of the " + Formats.count(a.participants())
              + " participants of " + a.activity().name());
        }
      }
    }
    return found.isEmpty()
        ? Check.pass(CheckId.OUTCOME_SHARE, "no outcome is claimed for more than 90% of an activity's participants")
        : Check.warn(CheckId.OUTCOME_SHARE, "claimed for more than 90% of an activity's participants: "
            + String.join("; ", found) + "; an outcome almost everyone achieves is rare: check it is not a default"
            + " filled in for every row", found.size());
  }

  /** SPEC §10 {@code high-ratio}, on the central return and the range's high end, naming outcomes by id. */
  private Check highRatio() {
    String currency = r.bank().info().currency();
    BigDecimal high = r.range() == null ? null : r.range().high().ratio();
    return HighRatio.check(r.totals().ratio(), high, r.byOutcome().stream()
        .map(o -> new HighRatio.Contribution(o.outcome().id(), o.socialValue())).toList(),
        v -> Formats.money(v, currency));
  }

  private Check smallNumbers() {
    int suppressBelow = r.settings().suppressBelow();
    if (suppressBelow > 0) {
      return Check.pass(CheckId.SMALL_NUMBERS, "headcounts and claims below " + suppressBelow
          + " are shown as <" + suppressBelow + " (money figures, and the JSON report's counts, are not hidden)");
    }
    List<String> small = r.headcounts().stream().filter(h -> h.participants() > 0 && h.participants() < SMALL_NUMBER)
        .map(h -> h.dimension() + " '" + h.label() + "' " + h.participants()).toList();
    if (small.isEmpty()) {
      return Check.pass(CheckId.SMALL_NUMBERS, "no published headcount is below " + SMALL_NUMBER);
    }
    return Check.warn(CheckId.SMALL_NUMBERS, count(small.size(), "published headcount") + " below " + SMALL_NUMBER
        + " (e.g. " + String.join(", ", small.subList(0, Math.min(3, small.size()))) + ") could identify people;"
        + " set report.suppressBelow (e.g. 5) to show them as <5", small.size());
  }

  private Check titlePeriod() {
    Period period = r.settings().period();
    String title = r.settings().title();
    if (title == null || period == null) {
      return Check.pass(CheckId.TITLE_PERIOD, title == null ? "the title names no year" : "no period is set");
    }
    List<Integer> other = yearsIn(title).stream()
        .filter(y -> y < period.start().getYear() || y > period.end().getYear()).toList();
    if (other.isEmpty()) {
      return Check.pass(CheckId.TITLE_PERIOD, "the title fits the period " + period.label());
    }
    return Check.warn(CheckId.TITLE_PERIOD, "the title '" + title + "' names " + other.stream().map(String::valueOf)
        .collect(Collectors.joining(", ")) + ", but the period is " + period.label() + "; write {period} in the"
        + " title to have it follow the period", other.size());
  }

  private Check unknownBand() {
    long claims = r.totals().claims();
    long unknown = r.byAgeBand().stream().filter(b -> b.band().isUnknown())
        .mapToLong(CalculationResult.BandFigures::claims).sum();
    if (claims == 0 || BigDecimal.valueOf(unknown).compareTo(UNKNOWN_BAND_SHARE.multiply(BigDecimal.valueOf(claims)))
        <= 0) {
      return Check.pass(CheckId.UNKNOWN_BAND, claims == 0 ? "no claims"
          : percent(unknown, claims) + " of claims are in the " + AgeBand.UNKNOWN.label() + " age band");
    }
    return Check.warn(CheckId.UNKNOWN_BAND, percent(unknown, claims) + " of claims (" + Formats.count(unknown)
        + " of " + Formats.count(claims) + ") are in the " + AgeBand.UNKNOWN.label() + " age band, valued at the"
        + " bank's figure for an unknown age; give ages, dates of birth or age bands", unknown);
  }

  /** The years a text names: {@code 2021}, and both years of {@code 2021/22} or {@code 2021-2022}. */
  static List<Integer> yearsIn(String text) {
    List<Integer> years = new ArrayList<>();
    java.util.regex.Matcher m = YEARS.matcher(text);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      years.add(first);
      if (m.group(2) != null) {
        int second = Integer.parseInt(m.group(2));
        years.add(m.group(2).length() == 2 ? first / 100 * 100 + second + (second < first % 100 ? 100 : 0) : second);
      }
    }
    return years;
  }

  private long notClaimed(NotClaimedReason reason) {
    return r.notClaimed().stream().filter(n -> n.reason() == reason).mapToLong(NotClaimedCount::count).sum();
  }

  static String place(RowRef ref) {
    return ref.file().name() + " line " + ref.line();
  }

  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  static String count(long n, String one, String many) {
    return Formats.count(n) + " " + (n == 1 ? one : many);
  }

  private static String percent(long part, long whole) {
    return Math.round(100.0 * part / whole) + "%";
  }
}
