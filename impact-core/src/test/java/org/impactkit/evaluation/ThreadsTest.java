package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.report.json.CalculationJson;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.ConflictPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a run's thread count ({@code --threads}) changes nothing but speed. One thread reads and values
 * in turn, two read on one and value on the other, more keep participants in shares on threads of their own;
 * every one of them must give the same report and the same diagnostics, byte for byte.
 */
@DisplayName("issue 20: 1, 2, 3, 4 and 6 threads give byte-identical results")
class ThreadsTest {
  private static final int[] THREADS = {1, 2, 3, 4, 6};

  @TempDir Path dir;

  /**
   * 40,000 rows of 3,001 participants: each has about thirteen rows, so outcomes repeat (duplicates),
   * youth-programme and school-resilience of one person conflict, and the order of a person's rows
   * decides which band, activity and region the first claim keeps. Some rows are bad (an unknown
   * outcome, activity or age band, an age out of range), some are outside the period or achieved at
   * baseline; two breakdown columns, a partner column and a cross-tab exercise the headcount tags. Its plain
   * rows are coded as they are read (RowCoder), the others read as records, so both kinds cross the hand-over.
   */
  private void write() throws Exception {
    write(true);
  }

  private void write(boolean badRows) throws Exception {
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region,partner\n"
        + "a,100,London,Refocus\nb,50,London,\nc,70,Outside London,Kent FA\n");
    Files.writeString(dir.resolve("evaluation.yaml"), "period: 2021/22\nreport:\n  crossTabs: [[strand, gender],"
        + " [partner, activity, age band]]\n");
    String[] outcomes = {"employment", "youth-programme", "school-resilience", "", "sport-participation",
        "school-resilience", "nope", "youth-programme", "regular-volunteering", "library-use", "arts-engagement"};
    String[] activities = {"a", "b", "c", "a", "zz"};
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("participants.csv"))) {
      w.write("participant_id,activity_id,outcome,age,date,baseline,gender,strand,partner\n");
      for (int i = 0; i < 40_000; i++) {
        int person = (i * 7919) % 3001; // every person's rows spread through the file
        String id = person % 5 == 0 ? "participant-with-a-long-id-" + person : "p" + person;
        boolean bad = badRows && (i % 23 == 0 || i % 11 == 6 || i % 997 == 0 || i % 499 == 0);
        String age = bad && i % 997 == 0 ? "130" : bad && i % 499 == 0 ? "old" : String.valueOf(10 + i % 70);
        String date = i % 13 == 0 ? "2020-01-0" + (1 + i % 9) : "2021-0" + (4 + i % 6) + "-1" + i % 10;
        String baseline = i % 17 == 0 ? "yes" : i % 3 == 0 ? "no" : "";
        String outcome = outcomes[i % outcomes.length];
        w.write(id + "," + activities[bad && i % 23 == 0 ? 4 : (i / 3) % 4] + ","
            + (bad || !outcome.equals("nope") ? outcome : "employment") + ","
            + age + "," + date + "," + baseline + "," + (i % 2 == 0 ? "F" : "M") + "," + (i % 3 == 0 ? "" : "s" + i % 4)
            + "," + (i % 11 == 0 ? "Partner " + i % 3 : "") + "\n");
      }
    }
    Files.writeString(dir.resolve("counts.csv"), "activity_id,outcome,count\na,employment,3\n"
        + (badRows ? "zz,employment,2\n" : ""));
  }

  private CalculationResult run(int threads, UnaryOperator<SettingsBuilder> options) throws Exception {
    Evaluation e = Evaluation.prepare(EvaluationFiles.of(dir), b -> options.apply(b).threads(threads));
    assertThat(e.settings().threads()).isEqualTo(threads);
    return Evaluations.calculate(e.files(), e.bank(), e.settings(), Progress.NONE, 0); // read on a thread of its own
  }

  /** The JSON report, as text so that a difference shows where it is (the bytes are UTF-8, so the same). */
  private static String json(CalculationResult r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CalculationJson.write(r, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("invalid rows skipped: the same JSON, with duplicates, conflicts, bad rows and cross-tabs")
  void sameJson() throws Exception {
    write();
    String one = json(run(1, b -> b.skipInvalid(true)));
    CalculationResult r = run(1, b -> b.skipInvalid(true));
    assertThat(r.totals().claims()).isGreaterThan(1000);
    assertThat(r.totals().participants()).isGreaterThan(2900);
    assertThat(one).contains("DUPLICATE".toLowerCase(),
        "conflict", "invalid");
    for (int threads : THREADS) {
      assertThat(json(run(threads, b -> b.skipInvalid(true)))).as("%d threads", threads).isEqualTo(one);
    }
  }

  @Test
  @DisplayName("invalid rows stop the run: the same problems, kept and dropped, whatever the threads")
  void sameProblems() throws Exception {
    write();
    List<String> one = problems(1, b -> b);
    assertThat(one).hasSizeGreaterThan(100);
    for (int threads : THREADS) {
      assertThat(problems(threads, b -> b)).as("%d threads", threads).isEqualTo(one);
    }
  }

  @Test
  @DisplayName("conflicts policy 'error': more conflicts than are kept, the same ones kept at any thread count")
  void sameConflictErrors() throws Exception {
    write(false);
    UnaryOperator<SettingsBuilder> error = b -> b.conflictPolicy(ConflictPolicy.ERROR);
    List<String> one = problems(1, error);
    assertThat(one).allMatch(p -> p.contains("conflicts with outcome") || p.startsWith("dropped "));
    assertThat(one.get(one.size() - 1)).isNotEqualTo("dropped 0"); // more conflicts than are kept
    for (int threads : THREADS) {
      assertThat(problems(threads, error)).as("%d threads", threads).isEqualTo(one);
    }
  }

  /** The problems a run stops with, as rendered, then how many were not kept. */
  private List<String> problems(int threads, UnaryOperator<SettingsBuilder> options) throws Exception {
    InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
        () -> run(threads, options));
    assertThat(e).as("%d threads", threads).isNotNull();
    List<String> rendered = new java.util.ArrayList<>(e.diagnostics().stream().map(Diagnostic::render).toList());
    rendered.add("dropped " + e.moreErrors());
    return rendered;
  }

  @Test
  @DisplayName("fewer than one thread, or more than 64, is refused with a message")
  void atLeastOne() {
    assertThatThrownBy(() -> Settings.builder().threads(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a run uses from 1 to 64 threads, found 0");
    assertThatThrownBy(() -> Settings.builder().threads(65).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a run uses from 1 to 64 threads, found 65");
  }
}
