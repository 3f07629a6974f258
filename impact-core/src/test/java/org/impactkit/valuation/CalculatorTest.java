package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impactkit.testing.Fixtures.activity;
import static org.impactkit.testing.Fixtures.count;
import static org.impactkit.testing.Fixtures.row;
import static org.impactkit.testing.ResultAssert.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.bank.ValueTable;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.Adjustments;
import org.impactkit.model.Period;
import org.impactkit.model.SourceFile;
import org.impactkit.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of SPEC §5 against the fake bank: employment london 1000/2000/1500/1700 (u25/25-49/50+/unknown),
 * outside-london 900/1800/1300/1500, deadweight 20%; volunteering 500, deadweight 10%; confidence 300, no
 * deadweight; confidence conflicts with both others.
 */
class CalculatorTest {
  private static final ValueBank BANK = Fixtures.fakeBank();
  private static final Period YEAR = Period.ukFinancialYear("2021/22");

  private static CalculationResult run(ValuationSettings settings, List<Activity> activities,
      Consumer<Calculator> rows) {
    Calculator c = new Calculator(BANK, settings, activities, new Diagnostics());
    rows.accept(c);
    return c.finish();
  }

  private static CalculationResult run(Consumer<Calculator> rows) {
    return run(Settings.builder().period(YEAR).build(), List.of(activity("a1", "1000", "london")), rows);
  }

  @Nested
  @DisplayName("§5.1 step 1: period")
  class PeriodRule {
    @Test
    @DisplayName("rows dated outside the evaluation period are not claimed (outside-period); both ends count as inside")
    void outsidePeriod() {
      var r = run(c -> {
        c.participant(row("p1", "a1").outcome("volunteering").date("2021-04-01").build());
        c.participant(row("p2", "a1").outcome("volunteering").date("2022-03-31").build());
        c.participant(row("p3", "a1").outcome("volunteering").date("2022-04-01").build());
        c.participant(row("p4", "a1").outcome("volunteering").date("2021-03-31").build());
        c.participant(row("p5", "a1").outcome("volunteering").build());
      });
      assertThat(r).hasClaims(3).hasSocialValue("1350").hasNotClaimed(NotClaimedReason.OUTSIDE_PERIOD, 2);
    }

    @Test
    @DisplayName("people whose rows all lie outside the period are not participants; undated and inside rows count")
    void outsideRowsCountNoParticipant() {
      var r = run(c -> {
        c.participant(row("p1", "a1").outcome("volunteering").date("2020-06-01").build()); // last year only
        c.participant(row("p2", "a1").date("2020-06-01").build()); // attended last year only
        c.participant(row("p3", "a1").outcome("volunteering").date("2020-06-01").build());
        c.participant(row("p3", "a1").date("2021-06-01").build()); // and attended this year
        c.participant(row("p4", "a1").build()); // undated
      });
      org.assertj.core.api.Assertions.assertThat(r.byActivity().get(0).participants()).isEqualTo(2);
      org.assertj.core.api.Assertions.assertThat(r.byAgeBand().stream().mapToLong(b -> b.participants()).sum())
          .isEqualTo(2);
      assertThat(r).hasParticipants(2).hasClaims(0).hasNotClaimed(NotClaimedReason.OUTSIDE_PERIOD, 2);
    }

    @Test
    @DisplayName("without a period no row is outside it")
    void noPeriod() {
      var r = run(Settings.builder().build(), List.of(activity("a1", "1000", "london")),
          c -> c.participant(row("p1", "a1").outcome("volunteering").date("1999-01-01").build()));
      assertThat(r).hasClaims(1);
    }
  }

  @Nested
  @DisplayName("§5.1 step 2: evidence")
  class Evidence {
    @Test
    @DisplayName("baseline = yes is not claimed (achieved-at-baseline); follow_up = no is not claimed")
    void baselineAndFollowUp() {
      var r = run(c -> {
        c.participant(row("p1", "a1").outcome("volunteering").baseline(true).build());
        c.participant(row("p2", "a1").outcome("volunteering").followUp(false).build());
        c.participant(row("p3", "a1").outcome("volunteering").baseline(false).followUp(true).build());
        c.participant(row("p4", "a1").outcome("volunteering").build());
      });
      assertThat(r).hasClaims(2)
          .hasNotClaimed(NotClaimedReason.ACHIEVED_AT_BASELINE, 1)
          .hasNotClaimed(NotClaimedReason.NOT_ACHIEVED_AT_FOLLOW_UP, 1);
    }

    @Test
    @DisplayName("an outcome that requires a survey, with neither column present, stands with a warning")
    void surveyMissing() {
      SourceFile bare = org.impactkit.testing.Fixtures.file("bare.csv");
      var r = run(c -> {
        c.participant(row("p1", "a1").outcome("volunteering").file(bare).build());
        c.participant(row("p2", "a1").outcome("volunteering").file(bare).build());
      });
      assertThat(r).hasClaims(2).hasCheck(CheckId.SURVEY_EVIDENCE, CheckStatus.WARN, "volunteering (2 rows in bare.csv)");
    }

    @Test
    @DisplayName("no survey warning when the row answers baseline or follow_up")
    void surveyPresent() {
      var r = run(c -> c.participant(row("p1", "a1").outcome("volunteering").followUp(true).build()));
      assertThat(r).hasNoWarningContaining("survey").passes(CheckId.SURVEY_EVIDENCE);
    }
  }

  @Nested
  @DisplayName("§5.1 step 3: duplicates")
  class Duplicates {
    @Test
    @DisplayName("one claim per (participant, outcome); further rows are not claimed (duplicate), also across activities")
    void duplicates() {
      var r = run(Settings.builder().build(),
          List.of(activity("a1", "1000", "london"), activity("a2", "0", "london")), c -> {
            c.participant(row("p1", "a1").outcome("volunteering").build());
            c.participant(row("p1", "a1").outcome("volunteering").build());
            c.participant(row("p1", "a2").outcome("Regular Volunteering").build());
            c.participant(row("p2", "a1").outcome("volunteering").build());
          });
      assertThat(r).hasClaims(2).hasNotClaimed(NotClaimedReason.DUPLICATE, 2);
    }

    @Test
    @DisplayName("a row dropped for evidence does not make a later valid row a duplicate (steps in order)")
    void order() {
      var r = run(c -> {
        c.participant(row("p1", "a1").outcome("volunteering").baseline(true).build());
        c.participant(row("p1", "a1").outcome("volunteering").build());
      });
      assertThat(r).hasClaims(1).hasNotClaimed(NotClaimedReason.DUPLICATE, 0);
    }
  }

  @Nested
  @DisplayName("§5.1 step 4: conflicts")
  class Conflicts {
    private CalculationResult withPolicy(ConflictPolicy policy, Consumer<Calculator> rows) {
      return run(Settings.builder().conflictPolicy(policy).build(), List.of(activity("a1", "1000", "london")),
          rows);
    }

    private void pair(Calculator c) {
      c.participant(row("p1", "a1").outcome("volunteering").build()); // 450 after deadweight
      c.participant(row("p1", "a1").outcome("confidence").build()); // 300
    }

    @Test
    @DisplayName("lowest (default) keeps the claim with the lower unit social value")
    void lowest() {
      assertThat(withPolicy(ConflictPolicy.LOWEST, this::pair)).hasClaims(1).hasSocialValue("300")
          .hasNotClaimed(NotClaimedReason.CONFLICT, 1);
      assertThat(Settings.builder().build().conflictPolicy()).isEqualTo(ConflictPolicy.LOWEST);
    }

    @Test
    @DisplayName("highest keeps the higher unit social value")
    void highest() {
      assertThat(withPolicy(ConflictPolicy.HIGHEST, this::pair)).hasClaims(1).hasSocialValue("450");
    }

    @Test
    @DisplayName("first keeps the claim that came first in the input")
    void first() {
      var r = withPolicy(ConflictPolicy.FIRST, c -> {
        c.participant(row("p1", "a1").outcome("confidence").build());
        c.participant(row("p1", "a1").outcome("volunteering").build());
      });
      assertThat(r).hasClaims(1).hasSocialValue("300");
      assertThat(withPolicy(ConflictPolicy.FIRST, this::pair)).hasSocialValue("450");
    }

    @Test
    @DisplayName("error stops with a message naming both lines, never the participant id")
    void error() {
      assertThatThrownBy(() -> withPolicy(ConflictPolicy.ERROR, this::pair))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> {
            List<Diagnostic> errors = ((InvalidInputException) e).errors();
            assertThat(errors).singleElement().satisfies(d -> {
              assertThat(d.file()).isEqualTo("participants.csv");
              assertThat(d.message()).contains("conflicts with outcome", "on line", "'error'").doesNotContain("p1");
            });
          });
    }

    @Test
    @DisplayName("with more than two: order by the policy, keep each claim that conflicts with none kept")
    void threeWay() {
      Consumer<Calculator> three = c -> {
        c.participant(row("p1", "a1").outcome("employment").age(20).build()); // london u25: 1000 × 0.8 = 800
        c.participant(row("p1", "a1").outcome("volunteering").age(20).build()); // 450
        c.participant(row("p1", "a1").outcome("confidence").age(20).build()); // 300
      };
      // lowest: confidence (300) kept; volunteering and employment both conflict with it.
      assertThat(withPolicy(ConflictPolicy.LOWEST, three)).hasClaims(1).hasSocialValue("300")
          .hasNotClaimed(NotClaimedReason.CONFLICT, 2);
      // highest: employment (800) kept, volunteering (no conflict with employment) kept, confidence dropped.
      assertThat(withPolicy(ConflictPolicy.HIGHEST, three)).hasClaims(2).hasSocialValue("1250")
          .hasNotClaimed(NotClaimedReason.CONFLICT, 1);
    }

    @Test
    @DisplayName("ties in value are broken by outcome id, alphabetically")
    void ties() {
      ValueBank tie = new ValueBank(new ValueBank.Info("tie", null, "1", "GBP", 2020, null, null, null), null, null,
          Map.of(),
          List.of(outcome("zeta", "100"), outcome("alpha", "100")), List.of(List.of("zeta", "alpha")));
      for (ConflictPolicy policy : List.of(ConflictPolicy.LOWEST, ConflictPolicy.HIGHEST)) {
        Calculator c = new Calculator(tie, Settings.builder().conflictPolicy(policy).build(),
            List.of(activity("a1", "0", null)), new Diagnostics());
        c.participant(row("p1", "a1").outcome("zeta").build());
        c.participant(row("p1", "a1").outcome("alpha").build());
        var r = c.finish();
        assertThat(r.byOutcome()).as(policy.id()).singleElement()
            .satisfies(o -> assertThat(o.outcome().id()).isEqualTo("alpha"));
      }
    }

    @Test
    @DisplayName("claims of different participants never conflict")
    void differentPeople() {
      var r = withPolicy(ConflictPolicy.LOWEST, c -> {
        c.participant(row("p1", "a1").outcome("volunteering").build());
        c.participant(row("p2", "a1").outcome("confidence").build());
      });
      assertThat(r).hasClaims(2).hasSocialValue("750");
    }
  }

  private static Outcome outcome(String id, String value) {
    return new Outcome(id, null, null, null, false, null, null, ValueTable.uniform(new BigDecimal(value)), null);
  }

  @Nested
  @DisplayName("§4.4 age bands")
  class Bands {
    @ParameterizedTest(name = "age {0} → {1}")
    @CsvSource({"0,under-25", "24,under-25", "25,25-49", "49,25-49", "50,50-plus", "120,50-plus"})
    @DisplayName("band boundaries 24/25/49/50")
    void boundaries(int age, String band) {
      var r = run(c -> c.participant(row("p1", "a1").outcome("employment").age(age).build()));
      assertThat(r.calculation()).singleElement().satisfies(l -> assertThat(l.band().id()).isEqualTo(band));
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({"under-25,under-25", "Under 25,under-25", "<25,under-25", "25-49,25-49", "25 to 49,25-49",
        "50-plus,50-plus", "50+,50-plus", "unknown,unknown", " UNKNOWN ,unknown"})
    @DisplayName("band labels as people write them")
    void labels(String label, String band) {
      var r = run(c -> c.participant(row("p1", "a1").outcome("employment").band(label).build()));
      assertThat(r.calculation()).singleElement().satisfies(l -> assertThat(l.band().id()).isEqualTo(band));
    }

    @Test
    @DisplayName("no age, band or date of birth gives unknown, valued in its own right (1700, not an average)")
    void unknown() {
      var r = run(c -> c.participant(row("p1", "a1").outcome("employment").build()));
      assertThat(r).hasBand("unknown", 1, 1, "1360").hasGrossValue("1700");
    }

    @Test
    @DisplayName("precedence: age_band, else age, else date of birth (at the row's date, else the period start)")
    void precedence() {
      var r = run(c -> {
        c.participant(row("p1", "a1").outcome("employment").band("50+").build());
        c.participant(row("p2", "a1").outcome("employment").age(30).build());
        // born 1997-04-02: 23 on 2021-04-01 (period start), 24 on 2021-05-01
        c.participant(row("p3", "a1").outcome("employment").dob("1997-04-02").build());
        c.participant(row("p4", "a1").outcome("employment").dob("1996-04-02").date("2021-05-01").build());
      });
      assertThat(r).hasBand("50-plus", 1, 1, "1200").hasBand("25-49", 2, 2, "3200").hasBand("under-25", 1, 1, "800");
    }

    @Test
    @DisplayName("conflicting age and age_band on one row is an error naming the row")
    void conflicting() {
      assertThatThrownBy(() -> run(c -> c.participant(row("p1", "a1").outcome("employment").age(30).band("<25")
          .build())))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("participants.csv:")
          .hasMessageContaining("age 30 is in band '25-49', but the row's age_band says 'Under 25'");
    }

    @Test
    @DisplayName("an unknown band label is an error with a hint")
    void unknownLabel() {
      assertThatThrownBy(() -> run(c -> c.participant(row("p1", "a1").outcome("employment").band("50 plus!").build())))
          .hasMessageContaining("age band '50 plus!' is not one of");
    }
  }

  @Nested
  @DisplayName("§5.2 region")
  class Regions {
    private final List<Activity> activities = List.of(activity("in-london", "0", "Greater London"),
        activity("no-region", "0", null));

    @Test
    @DisplayName("precedence: the row's region, else the activity's, else the evaluation default")
    void precedence() {
      var r = run(Settings.builder().defaultRegion("outside-london").build(), activities, c -> {
        c.participant(row("p1", "in-london").outcome("employment").age(30).region("Rest of UK").build()); // 1440
        c.participant(row("p2", "in-london").outcome("employment").age(30).build()); // 1600
        c.participant(row("p3", "no-region").outcome("employment").age(30).build()); // 1440
      });
      assertThat(r).hasSocialValue("4480");
      assertThat(r.byRegion()).extracting(x -> x.region().id() + "=" + x.claims())
          .containsExactly("london=1", "outside-london=2");
    }

    @Test
    @DisplayName("no region anywhere, with a bank of several regions, is an error naming the row")
    void missing() {
      assertThatThrownBy(() -> run(Settings.builder().build(), activities,
          c -> c.participant(row("p1", "no-region").outcome("employment").build())))
          .hasMessageContaining("no region for this row");
    }

    @Test
    @DisplayName("a bank's only region is used when nothing else names one")
    void onlyRegion() {
      ValueBank one = new ValueBank(new ValueBank.Info("one", null, "1", "GBP", 2020, null, null, null), null, null,
          Map.of(), List.of(outcome("x", "10")), List.of());
      Calculator c = new Calculator(one, Settings.builder().build(), List.of(activity("a", "5", null)),
          new Diagnostics());
      c.participant(row("p1", "a").outcome("x").build());
      assertThat(c.finish()).hasSocialValue("10").hasRatio(new BigDecimal("2"));
    }

    @Test
    @DisplayName("a region the bank does not have is an error with a hint")
    void unknownRegion() {
      assertThatThrownBy(() -> run(c -> c.participant(row("p1", "a1").outcome("employment").region("Londn").build())))
          .hasMessageContaining("region 'Londn' is not a region of bank fake-bank")
          .hasMessageContaining("did you mean 'london'?");
    }
  }

  @Nested
  @DisplayName("§4.5 counts rows")
  class Counts {
    @Test
    @DisplayName("counts rows become that many claims directly, with no per-person rules and no participants")
    void counts() {
      var r = run(c -> {
        c.count(count("a1", "employment", "25-49", 5)); // 5 × 2000 gross, × 0.8
        c.count(count("a1", "volunteering", null, 3)); // unknown band, 3 × 450
        c.count(count("a1", "volunteering", null, 0));
      });
      assertThat(r).hasClaims(8).hasGrossValue("11500").hasSocialValue("9350").hasParticipants(0)
          .hasBand("unknown", 0, 3, "1350");
    }
  }

  @Nested
  @DisplayName("§5.3 totals")
  class Totals {
    @Test
    @DisplayName("investment, gross, social, net, ratio (exact, 34 digits) and participants")
    void totals() {
      var r = run(Settings.builder().build(),
          List.of(activity("a1", "1000", "london"), activity("a2", "2000", "london")), c -> {
            c.participant(row("p1", "a1").outcome("employment").age(30).build()); // 2000 → 1600
            c.participant(row("p2", "a2").outcome("volunteering").build()); // 500 → 450
            c.participant(row("p3", "a2").build()); // engaged, no outcome
          });
      assertThat(r).hasGrossValue("2500").hasSocialValue("2050").hasParticipants(3).hasClaims(2)
          .hasRatio(new BigDecimal("2050").divide(new BigDecimal("3000"), MathContext.DECIMAL128));
      assertThat(r.totals().investment()).isEqualByComparingTo("3000");
      assertThat(r.totals().netSocialValue()).isEqualByComparingTo("-950");
      assertThat(r.byActivity()).extracting(a -> a.activity().id() + ":" + a.participants() + ":" + a.claims())
          .containsExactly("a1:1:1", "a2:2:1");
      assertThat(r.byActivity().get(1).ratio()).isEqualByComparingTo(new BigDecimal("0.225"));
    }

    @Test
    @DisplayName("ratio is absent when investment is 0")
    void noInvestment() {
      var r = run(Settings.builder().build(), List.of(activity("a1", "0", "london")),
          c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
      assertThat(r.totals().ratio()).isNull();
      assertThat(r.byActivity().get(0).ratio()).isNull();
    }

    @Test
    @DisplayName("every band of the bank plus unknown, in bank order; per band the distinct participants with a row in it")
    void bands() {
      var r = run(c -> {
        c.participant(row("p1", "a1").outcome("volunteering").age(20).build());
        c.participant(row("p1", "a1").outcome("employment").age(20).build());
        c.participant(row("p2", "a1").age(60).build());
      });
      assertThat(r.byAgeBand()).extracting(b -> b.band().id()).containsExactly("under-25", "25-49", "50-plus",
          "unknown");
      assertThat(r).hasBand("under-25", 1, 2, "1250").hasBand("50-plus", 1, 0, "0").hasBand("25-49", 0, 0, "0");
    }

    @Test
    @DisplayName("deadweight off (a comparison group was used): social value equals gross value")
    void deadweightOff() {
      var r = run(Settings.builder().deadweight(false).build(), List.of(activity("a1", "1", "london")), c -> {
        c.participant(row("p1", "a1").outcome("employment").age(30).build());
        c.participant(row("p2", "a1").outcome("volunteering").build());
      });
      assertThat(r).hasGrossValue("2500").hasSocialValue("2500").hasNoWarningContaining("deadweight");
    }

    @Test
    @DisplayName("§3.1 an outcome without deadweight gets 0 and a warning in the report")
    void missingDeadweightWarns() {
      var r = run(c -> c.participant(row("p1", "a1").outcome("confidence").build()));
      assertThat(r).hasSocialValue("300").hasCheck(CheckId.DEADWEIGHT, CheckStatus.WARN, "taken off confidence");
    }

    @Test
    @DisplayName("headcounts: by band, activity, partner and each extra column; blank values shown as (blank)")
    void headcounts() {
      SourceFile withGender = new SourceFile("p.csv", Map.of("baseline", "baseline"), List.of("Gender"));
      var r = run(Settings.builder().build(), List.of(activity("a1", "1", "london", "Refocus")), c -> {
        c.participant(row("p1", "a1").age(12).file(withGender).extras(List.of("Female")).build());
        c.participant(row("p2", "a1").age(13).file(withGender).extras(List.of("Male")).build());
        c.participant(row("p3", "a1").age(14).file(withGender).extras(List.of("")).build());
        c.participant(row("p1", "a1").outcome("volunteering").age(12).file(withGender).extras(List.of("Female"))
            .build());
      });
      assertThat(r.headcounts()).extracting(h -> h.dimension() + "|" + h.value() + "|" + h.participants())
          .contains("age band|under-25|3", "activity|a1|3", "partner|Refocus|3", "Gender|Female|1", "Gender|Male|1",
              "Gender|(blank)|1");
    }
  }

    @Test
    @DisplayName("headcounts: the same text in two breakdown columns is two groups; spaces around a value do not count")
    void breakdownValuesKeptApart() {
      SourceFile twoColumns = new SourceFile("p.csv", Map.of(), List.of("Gender", "Ward"));
      var r = run(Settings.builder().build(), List.of(activity("a1", "1", "london")), c -> {
        c.participant(row("p1", "a1").age(20).file(twoColumns).extras(List.of("X", "X")).build());
        c.participant(row("p2", "a1").age(20).file(twoColumns).extras(List.of(" X ", "Y")).build());
        c.participant(row("p3", "a1").age(20).file(twoColumns).extras(List.of("  ", "X")).build());
        c.participant(row("p4", "a1").age(20).file(twoColumns).extras(List.of(new String("X"), "Y")).build());
      });
      assertThat(r.headcounts()).extracting(h -> h.dimension() + "|" + h.value() + "|" + h.participants())
          .contains("Gender|X|3", "Gender|(blank)|1", "Ward|X|2", "Ward|Y|2")
          .doesNotContain("Gender| X |1", "Gender|Y|2");
    }

    @Test
    @DisplayName("issue 21: headcounts with a hundred breakdown columns count each participant once per band and activity")
    void headcountsOfParticipantsWithManyBreakdowns() {
      List<String> columns = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "c" + i).toList();
      List<String> values = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "v" + i).toList();
      SourceFile wide = new SourceFile("p.csv", Map.of(), columns);
      var r = run(Settings.builder().build(),
          List.of(activity("a1", "1", "london"), activity("a2", "1", "london")), c -> {
            c.participant(row("p1", "a1").age(20).file(wide).extras(values).build());
            c.participant(row("p1", "a2").age(20).file(wide).extras(values).build());
            c.participant(row("p1", "a1").age(30).file(wide).extras(values).build());
            c.participant(row("p1", "a2").age(60).file(wide).extras(values).build());
            c.participant(row("p1", "a1").age(20).file(wide).extras(values).build());
            c.participant(row("p2", "a1").age(30).file(wide).extras(values).build());
            c.participant(row("p2", "a2").age(31).file(wide).extras(values).build());
          });
      assertThat(r.headcounts()).extracting(h -> h.dimension() + "|" + h.value() + "|" + h.participants())
          .contains("age band|under-25|1", "age band|25-49|2", "age band|50-plus|1", "activity|a1|2", "activity|a2|2",
              "c0|v0|2", "c99|v99|2");
    }

  @Nested
  @DisplayName("§7 invalid rows")
  class Invalid {
    @Test
    @DisplayName("unknown outcomes and activities are errors with 'did you mean'; every problem is reported")
    void unknowns() {
      assertThatThrownBy(() -> run(c -> {
        c.participant(row("p1", "a1").outcome("volunteerin").build());
        c.participant(row("p2", "a2").outcome("volunteering").build());
      })).isInstanceOf(InvalidInputException.class).satisfies(e -> {
        List<Diagnostic> errors = ((InvalidInputException) e).errors();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).message()).contains("outcome 'volunteerin' is not in bank fake-bank",
            "did you mean 'volunteering'?");
        assertThat(errors.get(1).message()).contains("activity 'a2' is not among the activities",
            "did you mean 'a1'?");
        assertThat(errors.get(1).column()).isEqualTo("activity_id");
      });
    }

    @Test
    @DisplayName("--skip-invalid goes on without invalid rows and counts each one")
    void skipInvalid() {
      var r = run(Settings.builder().skipInvalid(true).build(), List.of(activity("a1", "0", "london")), c -> {
        c.participant(row("p1", "a1").outcome("nope").build());
        c.participant(row("p2", "a1").outcome("volunteering").build());
      });
      assertThat(r).hasClaims(1).hasParticipants(1).hasNotClaimed(NotClaimedReason.INVALID_ROW, 1);
      assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.isError()).isTrue());
    }

    @Test
    @DisplayName("duplicate activity ids are an error naming the first line")
    void duplicateActivities() {
      assertThatThrownBy(() -> run(Settings.builder().build(),
          List.of(activity("a1", "0", "london"), activity("a1", "5", "london")), c -> { }))
          .hasMessageContaining("activity id 'a1' is already used on line");
    }
  }

  @Test
  @DisplayName("§5.2 adjustments and discounting flow into the unit social value")
  void adjustments() {
    var settings = Settings.builder()
        .adjustments("volunteering", new Adjustments(new BigDecimal("0.5"), new BigDecimal("0.2"),
            new BigDecimal("0.25"), 2, new BigDecimal("0.5")))
        .discounting(new Discounting(new BigDecimal("0.25"), Discounting.Convention.YEAR_ZERO))
        .build();
    var r = run(settings, List.of(activity("a1", "0", "london")),
        c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
    // 500 × 0.5 × 0.8 × 0.75 × (1 + 0.5 / 1.25) = 150 × 1.4 = 210
    assertThat(r).hasGrossValue("500").hasSocialValue("210");
  }

  @Test
  @DisplayName("§10 an adjustment share below 1% warns that 0.25 is read as 0.25%, not 25%")
  void tinyAdjustmentShares() {
    var settings = Settings.builder()
        .adjustments("volunteering", new Adjustments(new BigDecimal("0.0025"), BigDecimal.ZERO,
            new BigDecimal("0.002"), 1, BigDecimal.ZERO))
        .adjustments("employment", new Adjustments(new BigDecimal("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, 1,
            BigDecimal.ZERO))
        .build();
    var r = run(settings, List.of(activity("a1", "1000", "london")),
        c -> c.participant(row("p1", "a1").outcome("volunteering").build()));
    org.assertj.core.api.Assertions.assertThat(r.diagnostics()).extracting(Diagnostic::message)
        .contains("the adjustments of outcome 'volunteering' (outcomes: in evaluation.yaml) give deadweight of 0.25%,"
            + " below 1%: shares are percent points (25 or 25% for a quarter), so 0.25 is read as 0.25%; if 25% was"
            + " meant, write 25%")
        .anyMatch(m -> m.contains("'volunteering' (outcomes: in evaluation.yaml) give attribution of 0.2%"))
        .noneMatch(m -> m.contains("'employment'"));
  }

  @Nested
  @DisplayName("a calculator is used once")
  class SingleUse {
    private Calculator withConflict() {
      Calculator c = new Calculator(BANK, Settings.defaults(), List.of(activity("a1", "1000", "london")),
          new Diagnostics());
      c.participant(row("p1", "a1").outcome("volunteering").build()); // 450 after deadweight, held back
      c.participant(row("p1", "a1").outcome("confidence").build()); // 300, conflicts with it
      c.participant(row("p2", "a1").outcome("volunteering").build()); // 450
      return c;
    }

    @Test
    @DisplayName("finish() a second time is refused rather than counting the held-back claims again")
    void finishTwice() {
      Calculator c = withConflict();
      assertThat(c.finish()).hasClaims(2).hasSocialValue("750");
      assertThatThrownBy(c::finish).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already finished");
    }

    @Test
    @DisplayName("a finished calculator takes no more records of any kind")
    void noRecordsAfterFinish() {
      Calculator c = withConflict();
      c.finish();
      assertThatThrownBy(() -> c.participant(row("p3", "a1").outcome("volunteering").build()))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> c.count(count("a1", "volunteering", "under-25", 3)))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> c.rejected(activity("a2", "0", "london").ref()))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a finish() that failed on invalid input also ends the calculator")
    void failedFinish() {
      Calculator c = new Calculator(BANK, Settings.defaults(), List.of(activity("a1", "1000", "london")),
          new Diagnostics());
      c.participant(row("p1", "nope").outcome("volunteering").build());
      assertThatThrownBy(c::finish).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(c::finish).isInstanceOf(IllegalStateException.class);
    }
  }
}
