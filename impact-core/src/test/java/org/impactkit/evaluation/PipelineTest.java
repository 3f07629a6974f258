package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.report.json.CalculationJson;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("reading on a second thread (issue 7) changes nothing but speed")
class PipelineTest {
  @TempDir Path dir;

  private CalculationResult run(long pipelineFrom) throws Exception {
    Evaluation e = Evaluation.prepare(EvaluationFiles.of(dir), options -> options.skipInvalid(true));
    return Evaluations.calculate(e.files(), e.bank(), e.settings(), Progress.NONE, pipelineFrom);
  }

  private static byte[] json(CalculationResult r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CalculationJson.write(r, out);
    return out.toByteArray();
  }

  private void write(int rows, boolean badHeader) throws Exception {
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\na,100,London\nb,50,London\n");
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("participants.csv"))) {
      w.write(badHeader ? "who,activity_id,outcome\n" : "participant_id,activity_id,outcome,age,gender\n");
      String[] outcomes = {"employment", "youth-programme", "school-resilience", "", "sport-participation", "nope"};
      for (int i = 0; i < rows; i++) {
        w.write("p" + (i % 9973) + "," + (i % 3 == 0 ? "b" : "a") + "," + outcomes[i % outcomes.length] + ","
            + (i % 90) + "," + (i % 2 == 0 ? "F" : "M") + "\n");
      }
    }
    Files.writeString(dir.resolve("counts.csv"), "activity_id,outcome,count\na,employment,3\n");
  }

  @Test
  @DisplayName("byte-identical JSON, including duplicates, conflicts, skipped rows and counts files")
  void sameResult() throws Exception {
    write(60_000, false);
    CalculationResult oneThread = run(Long.MAX_VALUE);
    CalculationResult twoThreads = run(0);
    assertThat(twoThreads.totals().claims()).isGreaterThan(3);
    assertThat(json(twoThreads)).isEqualTo(json(oneThread));
  }

  @Test
  @DisplayName("a whole-file problem found on the reader thread still stops the run")
  void fatalOnReader() throws Exception {
    write(10, true);
    assertThatThrownBy(() -> run(0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing required column 'participant_id'");
  }
}
