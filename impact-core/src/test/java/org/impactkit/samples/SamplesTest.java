package org.impactkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impactkit.Impact;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed programmes as runnable samples (issue 6): every folder under {@code samples/} calculates
 * without errors, and the published figures of each seed come out of the records. The expected
 * numbers are the seeds' own published figures, not the tool's output.
 */
class SamplesTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  /** The record-level samples: folders with activities (the others are SROI impact maps). */
  static Stream<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s.filter(Files::isDirectory).filter(SamplesTest::hasActivities).sorted().toList().stream();
    }
  }

  private static boolean hasActivities(Path dir) {
    return Files.exists(dir.resolve("activities.csv")) || Files.exists(dir.resolve("activities.xlsx"));
  }

  @Test
  @DisplayName("samples/ holds the five seed programmes as record-level evaluations")
  void fiveSamples() throws IOException {
    assertThat(samples().map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
        "derby-youth-alliance-2021-22", "stepping-out-north-kent-2020", "camden-community-partnership-2008-12",
        "bolsover-building-resilience", "normacot-community-cohesion");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  @DisplayName("§4.1: every sample calculates with the bundled open bank, with no errors and a README")
  void everySampleRuns(Path sample) throws IOException {
    CalculationResult result = Impact.calculate(sample);
    assertThat(result.bank().id()).isEqualTo("uk-wellby-open");
    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(result.totals().claims()).isPositive();
    assertThat(result.totals().investment()).isPositive();
    assertThat(sample.resolve("README.md")).isRegularFile();
  }

  @Test
  @DisplayName("Derby Youth Alliance 2021/22: 1,188 children engaged, 1,056 place-based and 132 Inspire and Innovate")
  void derbyTotals() throws IOException {
    CalculationResult result = Impact.calculate(SAMPLES.resolve("derby-youth-alliance-2021-22"));
    assertThat(result.totals().participants()).isEqualTo(1_056 + 132);
    assertThat(headcounts(result, "strand")).containsEntry("Place-based projects", 1_056L)
        .containsEntry("Inspire and Innovate", 132L);
    assertThat(headcounts(result, "gender")).containsOnly(
        Map.entry("Male", 844L + 68), Map.entry("Female", 205L + 64), Map.entry("Prefer not to say", 7L));
    // 15 mentors trained, 11 of them able to train others, 7 peer mentors.
    assertThat(headcounts(result, "mentoring_role")).containsEntry("Trained mentor and trainer", 11L)
        .containsEntry("Trained mentor", 15L - 11).containsEntry("Peer mentor", 7L);
    assertThat(headcounts(result, "partner")).hasSize(10);
  }

  @Test
  @DisplayName("Derby place-based strand: 844 male, 205 female, 7 prefer not to say; 25 / 35 / 15 by status")
  void derbyPlaceBased() throws IOException {
    CalculationResult result = derbyStrand("Place-based projects");
    assertThat(result.totals().participants()).isEqualTo(1_056);
    assertThat(headcounts(result, "gender")).containsOnly(
        Map.entry("Male", 844L), Map.entry("Female", 205L), Map.entry("Prefer not to say", 7L));
    assertThat(headcounts(result, "status")).containsEntry("Exited positively", 25L)
        .containsEntry("Receiving ongoing support", 35L).containsEntry("Signposted to other YA provider", 15L);
  }

  @Test
  @DisplayName("Derby Inspire and Innovate: 68 male, 64 female; 53 ongoing, 49 exited positively, 5 signposted")
  void derbyInspireAndInnovate() throws IOException {
    CalculationResult result = derbyStrand("Inspire and Innovate");
    assertThat(result.totals().participants()).isEqualTo(132);
    assertThat(headcounts(result, "gender")).containsOnly(Map.entry("Male", 68L), Map.entry("Female", 64L));
    assertThat(headcounts(result, "status")).containsEntry("Receiving ongoing support", 53L)
        .containsEntry("Exited positively", 49L).containsEntry("Signposted to other YA provider", 5L);
  }

  @Test
  @DisplayName("Stepping Out 2020: 250 young people, boxes 50 / 120 / 10, 4 volunteer leaders, 30 girls, 3 into work")
  void steppingOut() throws IOException {
    CalculationResult result = Impact.calculate(SAMPLES.resolve("stepping-out-north-kent-2020"));
    assertThat(headcounts(result, "role")).containsEntry("Young person", 250L).containsEntry("Volunteer leader", 4L);
    assertThat(headcounts(result, "equipment_box_from")).containsEntry("Safer Communities Alliance", 50L)
        .containsEntry("Refocus Project Ltd", 120L).containsEntry("YGM Dance Academy", 10L);
    assertThat(claims(result, "arts-engagement")).isEqualTo(30);
    assertThat(claims(result, "employment")).isEqualTo(2 + 1);
    assertThat(claims(result, "regular-volunteering")).isEqualTo(4);
  }

  @Test
  @DisplayName("Camden Community Partnership 2008-12: 677 people reached through 52 organisations")
  void camden() throws IOException {
    CalculationResult result = Impact.calculate(SAMPLES.resolve("camden-community-partnership-2008-12"));
    assertThat(result.totals().participants()).isEqualTo(677);
    assertThat(headcounts(result, "partner_organisation")).hasSize(52);
  }

  @Test
  @DisplayName("Bolsover Building Resilience: 27 regular volunteers, one of whom moved into work")
  void bolsover() throws IOException {
    CalculationResult result = Impact.calculate(SAMPLES.resolve("bolsover-building-resilience"));
    assertThat(claims(result, "regular-volunteering")).isEqualTo(27);
    assertThat(claims(result, "employment")).isEqualTo(1);
    assertThat(headcounts(result, "activity")).containsKey("BBR-FUNDAY");
  }

  @Test
  @DisplayName("Normacot: the drop-in is held monthly, on 12 dates in the year")
  void normacot() throws IOException {
    Path dir = SAMPLES.resolve("normacot-community-cohesion");
    CalculationResult result = Impact.calculate(dir);
    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    List<String> dropInMonths = Files.readAllLines(dir.resolve("participants.csv")).stream()
        .filter(l -> l.contains(",NMC-DROPIN,")).map(l -> l.substring(l.lastIndexOf(',') + 1, l.lastIndexOf('-')))
        .distinct().toList();
    assertThat(dropInMonths).hasSize(12);
  }

  private static Map<String, Long> headcounts(CalculationResult result, String dimension) {
    return result.headcounts().stream().filter(h -> h.dimension().equals(dimension))
        .collect(Collectors.toMap(CalculationResult.Headcount::value, CalculationResult.Headcount::participants));
  }

  private static long claims(CalculationResult result, String outcome) {
    return result.byOutcome().stream().filter(o -> o.outcome().id().equals(outcome))
        .mapToLong(CalculationResult.OutcomeFigures::claims).sum();
  }

  /** Calculates Derby with only the participant rows of one strand, so headcounts are within the strand. */
  private static CalculationResult derbyStrand(String strand) throws IOException {
    Evaluation evaluation = Evaluation.prepare(SAMPLES.resolve("derby-youth-alliance-2021-22"));
    EvaluationFiles inputs = evaluation.files();
    ValueBank bank = evaluation.bank();
    Settings settings = evaluation.settings();
    Diagnostics diagnostics = new Diagnostics();
    List<org.impactkit.model.Activity> activities;
    try (Table table = Tables.open(inputs.activities(), "activities.csv")) {
      activities = RecordReaders.activities(table, "£", diagnostics);
    }
    Calculator calculator = new Calculator(bank, settings, activities, diagnostics);
    RecordSink onlyStrand = filter(calculator, r -> strand.equals(extra(r, "strand")));
    for (Path p : inputs.participants()) {
      try (Table table = Tables.open(p, p.toString())) {
        RecordReaders.participants(table, onlyStrand, diagnostics);
      }
    }
    return calculator.finish();
  }

  private static String extra(ParticipantRecord r, String column) {
    int i = r.ref().file().extraColumns().indexOf(column);
    return i < 0 ? null : r.extras().get(i);
  }

  private static RecordSink filter(RecordSink sink, Predicate<ParticipantRecord> keep) {
    return new RecordSink() {
      @Override
      public void participant(ParticipantRecord record) {
        if (keep.test(record)) {
          sink.participant(record);
        }
      }

      @Override
      public void count(CountRecord record) {
        sink.count(record);
      }

      @Override
      public void rejected(RowRef row) {
        sink.rejected(row);
      }
    };
  }
}
