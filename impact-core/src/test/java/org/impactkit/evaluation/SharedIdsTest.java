package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impactkit.diagnostic.Severity;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Participant files merged (one per partner): a later file most of whose ids an earlier one used is
 * warned about, as each partner numbering its own people from 001 merges two people into one.
 */
class SharedIdsTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  /** 40 people numbered 001–040 in activity {@code activity}, the first {@code claiming} with an outcome. */
  private static String people(String prefix, String activity, int from, int to, int claiming) {
    StringBuilder sb = new StringBuilder("participant_id,activity_id,outcome,age\n");
    for (int i = from; i <= to; i++) {
      sb.append(prefix).append(String.format("%03d", i)).append(',').append(activity).append(',')
          .append(i - from < claiming ? "sport-participation" : "").append(",15\n");
    }
    return sb.toString();
  }

  private CalculationResult run() throws IOException {
    write("activities.csv", "activity_id,activity_name,annual_budget,region\nA,Sport club A,5000,outside-london\n"
        + "B,Sport club B,5000,outside-london\n");
    return Evaluation.prepare(dir).calculate();
  }

  @Test
  @DisplayName("two partners each numbering from 001: the later file is named, with how many of its ids are shared")
  void partnersNumberingAlike() throws IOException {
    write("participants-a.csv", people("", "A", 1, 40, 20));
    write("participants-b.csv", people("", "B", 1, 40, 20));
    CalculationResult r = run();
    assertThat(r.diagnostics()).filteredOn(d -> d.message().contains("earlier participants file")).singleElement()
        .satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(d.file()).endsWith("participants-b.csv");
          assertThat(d.message()).startsWith("40 of its 40 participant ids are also in an earlier participants file"
              + " whose activities are all different");
        });
  }

  @Test
  @DisplayName("a few people with both partners, or distinct ids, are no warning")
  void fewShared() throws IOException {
    write("participants-a.csv", people("", "A", 1, 40, 20));
    write("participants-b.csv", people("", "B", 36, 75, 20)); // 5 of 40 took part with both
    assertThat(run().diagnostics()).noneMatch(d -> d.message().contains("earlier participants file"));
    write("participants-b.csv", people("B-", "B", 1, 40, 20));
    assertThat(run().diagnostics()).noneMatch(d -> d.message().contains("earlier participants file"));
  }

  @Test
  @DisplayName("files of the same activities (quarterly exports, attendance beside outcomes) share ids rightly: no warning")
  void sameActivities() throws IOException {
    write("participants-q1.csv", people("", "A", 1, 40, 20));
    write("participants-q2.csv", people("", "A", 1, 40, 0));
    assertThat(run().diagnostics()).noneMatch(d -> d.message().contains("earlier participants file"));
  }

  @Test
  @DisplayName("the smaller file decides, whichever comes first: 50 ids of 50 shared with a file of 200 warns")
  void smallerSideFirst() throws IOException {
    write("participants-a.csv", people("P", "A", 1, 50, 10));
    write("participants-b.csv", people("P", "B", 1, 200, 10));
    assertThat(run().diagnostics()).filteredOn(d -> d.message().contains("earlier participants file")).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("50 of its 200 participant ids"));
  }
}
