package org.impactkit.valuation;

import static org.impactkit.testing.Fixtures.activity;
import static org.impactkit.testing.Fixtures.count;
import static org.impactkit.testing.Fixtures.row;
import static org.impactkit.testing.ResultAssert.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.internal.TemplatePlaceholders;
import org.impactkit.model.Activity;
import org.impactkit.model.Adjustments;
import org.impactkit.model.Lookalike;
import org.impactkit.model.Period;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each assurance check of SPEC §10 made to warn or fail, and made to pass, against the fake bank
 * (employment 1000–2000 with 20% deadweight; volunteering 500, 10%; confidence 300, none; price year 2020).
 */
class AssuranceTest {
  private static final ValueBank BANK = Fixtures.fakeBank();
  private static final Period YEAR = new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

  private static CalculationResult run(Settings settings, List<Activity> activities, Consumer<Calculator> rows) {
    Calculator c = new Calculator(BANK, settings, activities, new Diagnostics());
    rows.accept(c);
    return c.finish();
  }

  private static CalculationResult run(Consumer<Calculator> rows) {
    return run(Settings.builder().period(YEAR).build(), List.of(activity("a1", "1000", "london")), rows);
  }

  /** A run that passes every check: dated rows across the year, deadweight everywhere, no small numbers. */
  private static CalculationResult clean() {
    return run(Settings.builder().period(YEAR).suppressBelow(5).build(), List.of(activity("a1", "10000", "london")),
        c -> {
          for (int i = 0; i < 20; i++) {
            c.participant(row("p" + i, "a1").age(30).date(i % 2 == 0 ? "2020-02-01" : "2020-11-01")
                .outcome(i % 4 == 0 ? "employment" : i % 4 == 1 ? "volunteering" : null).followUp(true).build());
          }
        });
  }

  @Test
  @DisplayName("every check is in every result, in a fixed order, and a clean run passes them all")
  void allPass() {
    CalculationResult r = clean();
    Assertions.assertThat(r.checks()).extracting(c -> c.status()).containsOnly(CheckStatus.PASS);
    Assertions.assertThat(r.anyCheckFailed()).isFalse();
  }

  @Nested
  @DisplayName("example-rows")
  class ExampleRows {
    @Test
    @DisplayName("fails naming the rows whose ids begin EXAMPLE-, and passes without them")
    void leftIn() {
      var r = run(Settings.builder().period(YEAR).build(),
          List.of(activity("a1", "1000", "london"), activity("EXAMPLE-ACT-01", "10000", "london")), c -> {
            c.participant(row("p1", "a1").outcome("volunteering").date("2020-06-01").build());
            c.participant(row("EXAMPLE-P-0001", "EXAMPLE-ACT-01").outcome("volunteering").build());
          });
      assertThat(r).hasCheck(CheckId.EXAMPLE_ROWS, CheckStatus.FAIL, "1 row and 1 activity of the blank template's")
          .hasCheck(CheckId.EXAMPLE_ROWS, CheckStatus.FAIL, "participants.csv line");
      Assertions.assertThat(r.anyCheckFailed()).isTrue();
      assertThat(clean()).passes(CheckId.EXAMPLE_ROWS);
    }

    @Test
    @DisplayName("the untouched template: nothing but example rows, told to replace them")
    void untouched() {
      var r = run(Settings.builder().period(YEAR).build(), List.of(activity("EXAMPLE-ACT-01", "10000", "london")),
          c -> c.participant(row("example-p-0001", "EXAMPLE-ACT-01").outcome("volunteering").build()));
      assertThat(r).hasCheck(CheckId.EXAMPLE_ROWS, CheckStatus.FAIL, "replace the example rows");
    }

    @Test
    @DisplayName("warns while the name, organisation or title is still the template's placeholder")
    void placeholders() {
      Settings template = Settings.builder().period(YEAR).suppressBelow(5).name(TemplatePlaceholders.NAME + " 2024/25")
          .organisation(TemplatePlaceholders.ORGANISATION).title(TemplatePlaceholders.TITLE + " 2024/25").build();
      var r = run(template, List.of(activity("a1", "10000", "london")),
          c -> c.participant(row("p1", "a1").outcome("volunteering").date("2020-06-01").build()));
      assertThat(r).hasCheck(CheckId.EXAMPLE_ROWS, CheckStatus.WARN,
          "the evaluation's name is still the template's 'My evaluation': set name: in evaluation.yaml; the"
              + " evaluation's organisation is still the template's 'My organisation': set organisation: in"
              + " evaluation.yaml; the report's title is still the template's 'My evaluation: social value': set"
              + " report.title in evaluation.yaml");
      Assertions.assertThat(r.anyCheckFailed()).isFalse();
      Assertions.assertThat(r.checks().get(0).count()).isEqualTo(3);

      var nameOnly = run(Settings.builder().period(YEAR).name(" my EVALUATION ").organisation("Greenwich Works")
          .title("Greenwich Works: social value {period}").build(), List.of(activity("a1", "10000", "london")),
          c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
      assertThat(nameOnly).hasCheck(CheckId.EXAMPLE_ROWS, CheckStatus.WARN, "name is still");
      Assertions.assertThat(nameOnly.checks().get(0).message()).doesNotContain("organisation").doesNotContain("title");

      var own = run(Settings.builder().period(YEAR).name("My evaluation of the Greenwich youth work")
          .organisation("My organisations' partnership").title("My evaluation: social value of Greenwich").build(),
          List.of(activity("a1", "10000", "london")), c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
      assertThat(own).passes(CheckId.EXAMPLE_ROWS);
      assertThat(clean()).passes(CheckId.EXAMPLE_ROWS);
    }

    @Test
    @DisplayName("example rows still fail, and the message names a placeholder as well")
    void rowsAndPlaceholders() {
      var r = run(Settings.builder().period(YEAR).organisation(TemplatePlaceholders.ORGANISATION).build(),
          List.of(activity("EXAMPLE-ACT-01", "10000", "london")),
          c -> c.participant(row("EXAMPLE-P-0001", "EXAMPLE-ACT-01").outcome("volunteering").build()));
      assertThat(r).hasCheck(CheckId.EXAMPLE_ROWS, CheckStatus.FAIL, "replace the example rows with your own"
          + " records; the evaluation's organisation is still the template's 'My organisation'");
    }
  }

  @Test
  @DisplayName("unmapped-column: fails on a header that looks like a missing spec column, with the mapping line")
  void unmappedColumn() {
    SourceFile renamed = new SourceFile("participants.csv", "participants", Map.of(), List.of("Outcome achieved"),
        List.of(new Lookalike("Outcome achieved", "outcome")));
    var r = run(c -> {
      c.source(renamed);
      c.participant(row("p1", "a1").outcome("volunteering").build());
    });
    assertThat(r).hasCheck(CheckId.UNMAPPED_COLUMN, CheckStatus.FAIL,
        "columns: {participants: {outcome: \"Outcome achieved\"}}");
    assertThat(clean()).passes(CheckId.UNMAPPED_COLUMN);
  }

  @Nested
  @DisplayName("empty-result")
  class EmptyResult {
    @Test
    @DisplayName("fails when every row is outside the period, saying so with the dates found")
    void outside() {
      var r = run(Settings.builder().period(Period.ukFinancialYear("2040/41")).build(),
          List.of(activity("a1", "1000", "london")), c -> {
            c.participant(row("p1", "a1").outcome("volunteering").date("2021-04-02").build());
            c.participant(row("p2", "a1").outcome("employment").date("2022-03-30").build());
          });
      assertThat(r).hasCheck(CheckId.EMPTY_RESULT, CheckStatus.FAIL,
          "all 2 rows with an outcome are dated 2021-04-02 to 2022-03-30, outside 2040/41");
    }

    @Test
    @DisplayName("fails when there are no records at all, naming the tables that have a header but no rows")
    void noRecords() {
      var r = run(c -> c.source(new SourceFile("participants.csv", "participants", Map.of("participant_id",
          "participant_id", "activity_id", "activity_id", "outcome", "outcome"), List.of("gender"), List.of())));
      assertThat(r).hasCheck(CheckId.EMPTY_RESULT, CheckStatus.FAIL, "there are no participant or counts records;"
          + " participants.csv has a header but no rows");
      assertThat(run(c -> { })).hasCheck(CheckId.EMPTY_RESULT, CheckStatus.FAIL,
          "no claims, so every figure is zero: there are no participant or counts records");
      var skipped = run(Settings.builder().period(YEAR).skipInvalid(true).build(), List.of(activity("a1", "1000",
          "london")), c -> {
            c.rejected(new org.impactkit.model.RowRef(org.impactkit.testing.Fixtures.PARTICIPANTS, 2));
            c.rejected(new org.impactkit.model.RowRef(org.impactkit.testing.Fixtures.PARTICIPANTS, 3));
          });
      assertThat(skipped).hasCheck(CheckId.EMPTY_RESULT, CheckStatus.FAIL,
          "no claims, so every figure is zero: all 2 rows were invalid and left out");
    }

    @Test
    @DisplayName("allowEmpty makes it a warning; records that name no outcome fail too; claims pass")
    void allowedAndOthers() {
      Settings allow = Settings.builder().period(Period.ukFinancialYear("2040/41")).allowEmpty(true).build();
      var r = run(allow, List.of(activity("a1", "1000", "london")),
          c -> c.participant(row("p1", "a1").outcome("volunteering").date("2021-04-02").build()));
      assertThat(r).hasCheck(CheckId.EMPTY_RESULT, CheckStatus.WARN, "outside 2040/41");
      var noOutcomes = run(c -> c.participant(row("p1", "a1").build()));
      assertThat(noOutcomes).hasCheck(CheckId.EMPTY_RESULT, CheckStatus.FAIL, "names an outcome");
      assertThat(clean()).passes(CheckId.EMPTY_RESULT);
    }
  }

  @Test
  @DisplayName("unmapped-column: a column of dates in a table without a date column fails while a period is set")
  void renamedDateColumn() {
    SourceFile undated = new SourceFile("participants.csv", "participants", Map.of("participant_id",
        "participant_id"), List.of("when", "ward"), List.of());
    Consumer<Calculator> rows = c -> {
      c.source(undated);
      c.participant(row("p1", "a1").file(undated).outcome("volunteering").extras(List.of("2019-05-01", "North"))
          .build());
      c.participant(row("p2", "a1").file(undated).outcome("volunteering").extras(List.of("", "South")).build());
      c.participant(row("p3", "a1").file(undated).outcome("volunteering").extras(List.of("03/06/2019", "North"))
          .build());
    };
    assertThat(run(rows)).hasCheck(CheckId.UNMAPPED_COLUMN, CheckStatus.FAIL, "participants.csv: the column 'when'"
        + " holds dates but the table has no date column, so the period 2020 leaves out none of its rows; if it holds"
        + " the dates of the outcomes, add to evaluation.yaml: columns: {participants: {date: \"when\"}}");
    Assertions.assertThat(run(rows).checks()).filteredOn(c -> c.id() == CheckId.UNMAPPED_COLUMN).singleElement()
        .extracting(c -> c.message()).asString().doesNotContain("'ward'");
    // no period: nothing to filter; listed as a breakdown: meant as one
    assertThat(run(Settings.builder().build(), List.of(activity("a1", "1000", "london")), rows))
        .passes(CheckId.UNMAPPED_COLUMN);
    assertThat(run(Settings.builder().period(YEAR).breakdowns(List.of("When")).build(),
        List.of(activity("a1", "1000", "london")), rows)).passes(CheckId.UNMAPPED_COLUMN);
    // named in a cross-tab: meant as a breakdown too (SPEC §4.2)
    assertThat(run(Settings.builder().period(YEAR).crossTabs(List.of(List.of("when", "ward"))).build(),
        List.of(activity("a1", "1000", "london")), rows)).passes(CheckId.UNMAPPED_COLUMN);
  }

  @Test
  @DisplayName("unmapped-column: two-digit years are not taken for dates, as the reader would not read them")
  void twoDigitYearsAreNoDates() {
    SourceFile undated = new SourceFile("participants.csv", "participants", Map.of("participant_id",
        "participant_id"), List.of("when"), List.of());
    var r = run(c -> {
      c.source(undated);
      c.participant(row("p1", "a1").file(undated).outcome("volunteering").extras(List.of("01/09/21")).build());
    });
    assertThat(r).passes(CheckId.UNMAPPED_COLUMN);
  }

  @Test
  @DisplayName("empty-result: a participants table without an outcome column is named, with the mapping to fix it")
  void noOutcomeColumn() {
    var r = run(c -> {
      c.source(new SourceFile("participants.csv", "participants", Map.of("participant_id", "participant_id",
          "activity_id", "activity_id"), List.of("result"), List.of()));
      c.participant(row("p1", "a1").build());
    });
    assertThat(r).hasCheck(CheckId.EMPTY_RESULT, CheckStatus.FAIL, "none of the 1 participant row names an outcome:"
        + " participants.csv has no 'outcome' column; if one of its columns ('result') holds the outcomes, map it in"
        + " evaluation.yaml, e.g. columns: {participants: {outcome: \"result\"}}");
  }

  @Test
  @DisplayName("empty-result: a header holding a quote and a backslash is escaped, so the suggested mapping is valid YAML")
  void mappingHintEscapesTheHeader() {
    var r = run(c -> {
      c.source(new SourceFile("participants.csv", "participants", Map.of("participant_id", "participant_id",
          "activity_id", "activity_id"), List.of("result \"Q1\"\\2023"), List.of()));
      c.participant(row("p1", "a1").build());
    });
    String message = r.checks().stream().filter(c -> c.id() == CheckId.EMPTY_RESULT).findFirst().orElseThrow().message();
    org.assertj.core.api.Assertions.assertThat(message)
        .endsWith("columns: {participants: {outcome: \"result \\\"Q1\\\"\\\\2023\"}}");
  }

  @Test
  @DisplayName("skipped-rows: warns when invalid rows and an activity were left out, naming the activity's line")
  void skippedRows() {
    var r = run(Settings.builder().period(YEAR).skipInvalid(true).build(), List.of(activity("a1", "1000", "london")),
        c -> {
          c.invalidActivity("a2", new RowRef(Fixtures.ACTIVITIES, 3));
          c.participant(row("p1", "a1").outcome("volunteering").build());
          c.participant(row("p2", "a2").outcome("volunteering").build());
          c.participant(row("p3", "a1").outcome("nope").build());
        });
    assertThat(r).hasCheck(CheckId.SKIPPED_ROWS, CheckStatus.WARN,
        "activity 'a2' (activities.csv line 3) is invalid: it and its budget are left out; 2 invalid rows are left"
            + " out (counting the rows that name that activity). The figures do not include them, so they are not"
            + " those of the whole programme");
    assertThat(clean()).passes(CheckId.SKIPPED_ROWS);
  }

  @Test
  @DisplayName("skipped-rows: an activity the engine refuses (a region the bank lacks) is named with its budget")
  void activityRefusedByTheEngine() {
    var mars = new org.impactkit.model.Activity("a2", "On Mars", new java.math.BigDecimal("50000"), "mars", null,
        new RowRef(Fixtures.ACTIVITIES, 3));
    var r = run(Settings.builder().period(YEAR).skipInvalid(true).build(), List.of(activity("a1", "1000", "london"),
        mars), c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
    assertThat(r).hasCheck(CheckId.SKIPPED_ROWS, CheckStatus.WARN,
        "activity 'a2' (activities.csv line 3) is invalid: it and its budget are left out");
  }

  @Test
  @DisplayName("period-coverage: warns when over a quarter of dated rows are outside, or dates cover under half")
  void periodCoverage() {
    var r = run(c -> {
      c.participant(row("p1", "a1").outcome("volunteering").date("2020-04-10").build());
      c.participant(row("p2", "a1").outcome("volunteering").date("2019-04-10").build());
    });
    assertThat(r).hasCheck(CheckId.PERIOD_COVERAGE, CheckStatus.WARN, "1 dated row of 2 lie outside 2020")
        .hasCheck(CheckId.PERIOD_COVERAGE, CheckStatus.WARN, "cover 28% of 2020");
    assertThat(clean()).passes(CheckId.PERIOD_COVERAGE);
  }

  @Test
  @DisplayName("period-coverage: undated rows beside dated ones are said to count whatever their date; alone, they pass")
  void undatedRows() {
    var some = run(c -> {
      c.participant(row("p1", "a1").outcome("volunteering").date("2020-02-10").build());
      c.participant(row("p2", "a1").outcome("volunteering").date("2020-11-10").build());
      c.participant(row("p3", "a1").outcome("volunteering").build());
    });
    assertThat(some).hasCheck(CheckId.PERIOD_COVERAGE, CheckStatus.WARN,
        "1 participant row of 3 carries no date and counts in 2020 whatever its date");
    var onlyUndated = run(c -> {
      c.participant(row("p1", "a1").outcome("volunteering").date("2021-02-10").build());
      c.participant(row("p3", "a1").outcome("volunteering").build());
    });
    assertThat(onlyUndated).hasCheck(CheckId.PERIOD_COVERAGE, CheckStatus.WARN,
        "it is the only row that counts; check the period, or date them");
    assertThat(run(c -> c.participant(row("p3", "a1").outcome("volunteering").build())))
        .passes(CheckId.PERIOD_COVERAGE);
  }

  @Test
  @DisplayName("period-coverage: rows without an outcome count among the rows outside, as among the dated rows")
  void periodCoverageCountsEveryDatedRow() {
    var r = run(c -> {
      c.participant(row("p1", "a1").outcome("volunteering").date("2019-04-10").build());
      c.participant(row("p2", "a1").date("2019-05-10").build());
      c.participant(row("p3", "a1").date("2019-06-10").build());
      c.participant(row("p4", "a1").date("2019-07-10").build());
    });
    assertThat(r).hasCheck(CheckId.PERIOD_COVERAGE, CheckStatus.WARN, "all 4 dated rows lie outside 2020 (100%)");
  }

  @Test
  @DisplayName("price-year: warns when the bank's values are older than the period's end and not uprated")
  void priceYear() {
    var r = run(Settings.builder().period(Period.ukFinancialYear("2024/25")).build(),
        List.of(activity("a1", "1000", "london")), c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
    assertThat(r).hasCheck(CheckId.PRICE_YEAR, CheckStatus.WARN, "2020 prices, the bank's own, and are not uprated to 2025");
    assertThat(clean()).passes(CheckId.PRICE_YEAR);
  }

  @Nested
  @DisplayName("deadweight")
  class DeadweightCheck {
    @Test
    @DisplayName("warns for an outcome with no deadweight and no reason; passes with a stated reason or with it off")
    void statedOrNot() {
      var none = run(c -> c.participant(row("p1", "a1").outcome("confidence").build()));
      assertThat(none).hasCheck(CheckId.DEADWEIGHT, CheckStatus.WARN, "taken off confidence");
      Settings reasoned = Settings.builder().period(YEAR)
          .adjustments("confidence", new Adjustments(BigDecimal.ZERO, null, null, 1, null, "comparison group")).build();
      assertThat(run(reasoned, List.of(activity("a1", "1000", "london")),
          c -> c.participant(row("p1", "a1").outcome("confidence").build()))).passes(CheckId.DEADWEIGHT);
      assertThat(run(Settings.builder().period(YEAR).deadweight(false).build(), List.of(activity("a1", "1000", "london")),
          c -> c.participant(row("p1", "a1").outcome("confidence").build()))).passes(CheckId.DEADWEIGHT);
    }

    @Test
    @DisplayName("warns when deadweight is off for the evaluation while outcomes: gives one: it was not taken off")
    void offBesideAFigure() {
      Settings both = Settings.builder().period(YEAR).deadweight(false)
          .adjustments("confidence", new Adjustments(new BigDecimal("0.15"), null, null, 1, null, null))
          .adjustments("volunteering", new Adjustments(BigDecimal.ZERO, null, null, 1, null, "comparison group"))
          .build();
      var r = run(both, List.of(activity("a1", "1000", "london")), c -> {
        c.participant(row("p1", "a1").outcome("confidence").build());
        c.participant(row("p1", "a1").outcome("volunteering").build());
      });
      assertThat(r).hasCheck(CheckId.DEADWEIGHT, CheckStatus.WARN, "deadweight is switched off for the whole"
          + " evaluation, so the deadweight given under 'outcomes:' for"
          + " confidence (15%) was not taken off: if a comparison group was used, remove it from 'outcomes:'; if not,"
          + " switch deadweight back on");
    }
  }

  @Test
  @DisplayName("survey-evidence: warns when an outcome needing a survey comes from a file without evidence columns")
  void surveyEvidence() {
    var r = run(c -> c.participant(row("p1", "a1").outcome("volunteering").file(SourceFile.inMemory("bare.csv"))
        .build()));
    assertThat(r).hasCheck(CheckId.SURVEY_EVIDENCE, CheckStatus.WARN, "volunteering (1 row in bare.csv)");
    assertThat(clean()).passes(CheckId.SURVEY_EVIDENCE);
  }

  @Test
  @DisplayName("survey-evidence: a follow_up column left blank verifies nothing; an answer in the row does")
  void surveyEvidenceBlankColumn() {
    var blank = run(c -> c.participant(row("p1", "a1").outcome("volunteering").build())); // the file has the columns
    assertThat(blank).hasCheck(CheckId.SURVEY_EVIDENCE, CheckStatus.WARN, "volunteering (1 row in participants.csv)");
    var answered = run(c -> c.participant(row("p1", "a1").outcome("volunteering").followUp(true).build()));
    assertThat(answered).passes(CheckId.SURVEY_EVIDENCE);
  }

  @Test
  @DisplayName("budget-without-records: a budgeted activity with no rows (a Total row left in) warns, naming it")
  void budgetWithoutRecords() {
    var r = run(Settings.builder().period(YEAR).build(),
        List.of(activity("a1", "1000", "london"), activity("TOTAL", "1000", "london")),
        c -> c.participant(row("p1", "a1").outcome("employment").date("2020-06-01").build()));
    assertThat(r).hasCheck(CheckId.BUDGET_WITHOUT_RECORDS, CheckStatus.WARN,
        "activity 'TOTAL' (£1,000.00, the sum of the other activities' budgets) has a budget but no participants");
    Assertions.assertThat(r.checks()).filteredOn(c -> c.id() == CheckId.BUDGET_WITHOUT_RECORDS).singleElement()
        .satisfies(c -> Assertions.assertThat(c.message()).doesNotContain("'a1'").contains("total or a subtotal"));
    var unfunded = run(Settings.builder().period(YEAR).build(),
        List.of(activity("a1", "1000", "london"), activity("free", "0", "london")),
        c -> c.participant(row("p1", "a1").outcome("employment").date("2020-06-01").build()));
    assertThat(unfunded).passes(CheckId.BUDGET_WITHOUT_RECORDS);
    assertThat(clean()).passes(CheckId.BUDGET_WITHOUT_RECORDS);
  }

  @Test
  @DisplayName("counts-and-records: an outcome claimed from participant rows and from counts rows warns; either alone passes")
  void countsAndRecords() {
    var both = run(c -> {
      for (int i = 0; i < 8; i++) {
        c.participant(row("p" + i, "a1").outcome("employment").build());
      }
      c.count(count("a1", "employment", null, 8));
      c.count(count("a1", "volunteering", null, 5)); // counts alone: no overlap
    });
    assertThat(both).hasCheck(CheckId.COUNTS_AND_RECORDS, CheckStatus.WARN,
        "employment in 'a1': 8 from participant rows and 8 from counts rows");
    Assertions.assertThat(both.checks()).filteredOn(c -> c.id() == CheckId.COUNTS_AND_RECORDS).singleElement()
        .satisfies(c -> Assertions.assertThat(c.message()).doesNotContain("volunteering"));
    assertThat(clean()).passes(CheckId.COUNTS_AND_RECORDS);
  }

  @Test
  @DisplayName("counts-and-records: an activity whose id reports show made safe is still judged")
  void countsAndRecordsOfAnActivityShownInert() {
    String id = "a\u202Eb"; // a right-to-left override: reports show it as '?', rows name it as written
    var both = run(Settings.builder().build(), List.of(activity(id, "1000", "london")), c -> {
      for (int i = 0; i < 8; i++) {
        c.participant(row("p" + i, id).outcome("employment").build());
      }
      c.count(count(id, "employment", null, 8));
    });
    assertThat(both).hasCheck(CheckId.COUNTS_AND_RECORDS, CheckStatus.WARN,
        "employment in 'a?b': 8 from participant rows and 8 from counts rows");
  }

  @Test
  @DisplayName("claims-per-person: warns when someone has more than 4 claims")
  void claimsPerPerson() {
    ValueBank many = Fixtures.bankWithOutcomes(6);
    Calculator c = new Calculator(many, Settings.builder().build(), List.of(activity("a1", "1000", null)),
        new Diagnostics());
    for (int o = 0; o < 6; o++) {
      c.participant(row("p1", "a1").outcome("outcome-" + o).build());
    }
    assertThat(c.finish()).hasCheck(CheckId.CLAIMS_PER_PERSON, CheckStatus.WARN, "1 participant has more than 4"
        + " claims (the most: 6)");
    assertThat(clean()).passes(CheckId.CLAIMS_PER_PERSON);
  }

  @Test
  @DisplayName("outcome-share: warns when an outcome is claimed for over 90% of an activity's participants")
  void outcomeShare() {
    var r = run(c -> {
      for (int i = 0; i < 12; i++) {
        c.participant(row("p" + i, "a1").outcome("volunteering").build());
      }
    });
    assertThat(r).hasCheck(CheckId.OUTCOME_SHARE, CheckStatus.WARN, "volunteering for 12 of the 12 participants");
    assertThat(clean()).passes(CheckId.OUTCOME_SHARE);
  }

  @Test
  @DisplayName("outcome-share: claims from counts rows are no default per person; never 'more of the N than N'")
  void outcomeShareLeavesCountsAlone() {
    var r = run(c -> {
      for (int i = 0; i < 12; i++) {
        c.participant(row("p" + i, "a1").build());
      }
      c.count(count("a1", "volunteering", null, 500));
    });
    assertThat(r).passes(CheckId.OUTCOME_SHARE);
  }

  @Test
  @DisplayName("outcome-share: only the participants' own claims count; a counts row beside them neither adds nor hides")
  void outcomeShareCountsRecordsOnly() {
    var added = run(c -> { // 8 of 20 people, and a counts row of 12: no 20 of the 20
      for (int i = 0; i < 20; i++) {
        c.participant(row("p" + i, "a1").outcome(i < 8 ? "volunteering" : null).build());
      }
      c.count(count("a1", "volunteering", null, 12));
    });
    assertThat(added).passes(CheckId.OUTCOME_SHARE);
    var hidden = run(c -> { // 19 of 20 people, and a counts row of 2: still 19 of the 20
      for (int i = 0; i < 20; i++) {
        c.participant(row("p" + i, "a1").outcome(i < 19 ? "volunteering" : null).build());
      }
      c.count(count("a1", "volunteering", null, 2));
    });
    assertThat(hidden).hasCheck(CheckId.OUTCOME_SHARE, CheckStatus.WARN, "volunteering for 19 of the 20 participants");
  }

  @Test
  @DisplayName("high-ratio: warns above 10 to 1, naming the largest contributions")
  void highRatio() {
    var r = run(Settings.builder().period(YEAR).build(), List.of(activity("a1", "10", "london")),
        c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
    assertThat(r).hasCheck(CheckId.HIGH_RATIO, CheckStatus.WARN, "above 10 to 1")
        .hasCheck(CheckId.HIGH_RATIO, CheckStatus.WARN, "volunteering £450.00");
    assertThat(clean()).passes(CheckId.HIGH_RATIO);
  }

  @Test
  @DisplayName("high-ratio: warns when the range's high end is above 10 to 1, though the central return is not")
  void highRatioAtTheRangesHighEnd() throws java.io.IOException {
    // a fake value of 100, published as 50 to 300: one claim on a budget of 20 returns 5, and 15 at the high end
    ValueBank ranged = org.impactkit.read.bank.BankReader.read(new java.io.ByteArrayInputStream(("{\"schema\":"
        + " \"impact/bank/v1\", \"id\": \"ranged\", \"name\": \"Ranged\", \"version\": \"1\", \"currency\": \"GBP\","
        + " \"priceYear\": 2020, \"outcomes\": [{\"id\": \"v\", \"name\": \"V\", \"deadweight\": 0, \"value\": 100,"
        + " \"low\": 50, \"high\": 300}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ranged.json");
    java.util.function.Function<String, CalculationResult> run = budget -> {
      Calculator c = new Calculator(ranged, Settings.builder().period(YEAR).build(),
          List.of(activity("a1", budget, null)), new Diagnostics());
      c.participant(row("p1", "a1").outcome("v").build());
      return c.finish();
    };
    assertThat(run.apply("20")).hasCheck(CheckId.HIGH_RATIO, CheckStatus.WARN, "the return is £5.00 for every £1"
        + " invested, and £15.00 at the high end of its range, above 10 to 1")
        .hasCheck(CheckId.HIGH_RATIO, CheckStatus.WARN, "the largest contributions: v £100.00");
    assertThat(run.apply("40")).passes(CheckId.HIGH_RATIO); // 2.50, and 7.50 at the high end
  }

  @Test
  @DisplayName("small-numbers: warns about headcounts under 5 when suppression is off")
  void smallNumbers() {
    var r = run(c -> c.participant(row("p1", "a1").outcome("volunteering").age(30).build()));
    assertThat(r).hasCheck(CheckId.SMALL_NUMBERS, CheckStatus.WARN, "set report.suppressBelow");
    assertThat(clean()).passes(CheckId.SMALL_NUMBERS);
  }

  @Test
  @DisplayName("title-period: warns when the title names another year; {period} follows the period")
  void titlePeriod() {
    Settings stale = Settings.builder().period(Period.ukFinancialYear("2022/23")).title("Derby 2021/22").build();
    var r = run(stale, List.of(activity("a1", "1000", "london")),
        c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
    assertThat(r).hasCheck(CheckId.TITLE_PERIOD, CheckStatus.WARN, "names 2021, but the period is 2022/23");
    Settings follows = Settings.builder().period(Period.ukFinancialYear("2022/23")).title("Derby {period}").build();
    Assertions.assertThat(follows.title()).isEqualTo("Derby 2022/23");
    assertThat(run(follows, List.of(activity("a1", "1000", "london")),
        c -> c.participant(row("p1", "a1").outcome("volunteering").build()))).passes(CheckId.TITLE_PERIOD);
  }

  @Test
  @DisplayName("unknown-band: warns when over a fifth of claims are in the unknown age band")
  void unknownBand() {
    var r = run(c -> {
      c.participant(row("p1", "a1").outcome("volunteering").build());
      c.participant(row("p2", "a1").outcome("volunteering").age(30).build());
    });
    assertThat(r).hasCheck(CheckId.UNKNOWN_BAND, CheckStatus.WARN, "50% of claims (1 of 2)");
    assertThat(clean()).passes(CheckId.UNKNOWN_BAND);
  }

  @Test
  @DisplayName("years in a title: plain years and both years of a financial year")
  void yearsInTitles() {
    Assertions.assertThat(Assurance.yearsIn("Report 2021/22 and 2019, not 12024"))
        .containsExactly(2021, 2022, 2019);
    Assertions.assertThat(Assurance.yearsIn("FY 1999-00")).containsExactly(1999, 2000);
    Assertions.assertThat(new ArrayList<>(Assurance.yearsIn("no year"))).isEmpty();
  }
}
