package org.impactkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4.4 and §9 privacy: participant ids and names never appear in any output, log or message;
 * problems point at the line number instead.
 */
class PrivacyTest {
  @TempDir Path root;

  /** Distinctive strings no message, heading or figure could contain by chance. */
  private static final List<String> IDS = List.of("QZXID-ALPHA-7731", "QZXID-BRAVO-8842", "QZXID-CHARLIE-9953",
      "QZXID-DELTA-1064", "QZXID-ECHO-2175");
  private static final List<String> NAMES = List.of("Zebulon Quixwhistle", "Ottoline Vexbury", "Prunella Snagworth",
      "Barnaby Quillfeather", "Isadora Wumpleton");

  private Path evaluation(boolean withErrors) throws IOException {
    Path dir = Files.createDirectories(root.resolve(withErrors ? "bad" : "good"));
    Files.writeString(dir.resolve("activities.csv"),
        "activity_id,annual_budget,region\nA1,1000,outside-london\nA2,500,london\n");
    StringBuilder p = new StringBuilder(
        "participant_id,activity_id,outcome,age,date_of_birth,full_name,Email,postcode,gender,baseline\n");
    for (int i = 0; i < IDS.size(); i++) {
      String email = NAMES.get(i).toLowerCase().replace(' ', '.') + "@example.org";
      p.append(IDS.get(i)).append(",A1,regular-volunteering,3").append(i).append(",,").append(NAMES.get(i))
          .append(',').append(email).append(",ZZ9 9Z").append(i).append(",F,no\n");
      // a duplicate claim and a conflicting pair, so not-claimed reasons are exercised
      p.append(IDS.get(i)).append(",A1,regular-volunteering,3").append(i).append(",,").append(NAMES.get(i))
          .append(',').append(email).append(",,F,\n");
      p.append(IDS.get(i)).append(",A2,youth-programme,1").append(i).append(",,,,,M,\n");
      p.append(IDS.get(i)).append(",A2,school-resilience,1").append(i).append(",,,,,M,\n");
    }
    if (withErrors) {
      p.append(IDS.get(0)).append(",NO-SUCH-ACTIVITY,employment,40,,").append(NAMES.get(0)).append(",,,F,\n");
      p.append(IDS.get(1)).append(",A1,not-an-outcome,41,,").append(NAMES.get(1)).append(",,,F,\n");
      p.append(IDS.get(2)).append(",A1,employment,200,,").append(NAMES.get(2)).append(",,,F,\n");
      p.append(IDS.get(3)).append(",A1,employment,,2030-01-01,").append(NAMES.get(3)).append(",,,F,maybe\n");
      p.append(",A1,employment,40,,").append(NAMES.get(4)).append(",,,F,\n");
    }
    Files.writeString(dir.resolve("participants.csv"), p.toString(), UTF_8);
    Files.writeString(dir.resolve("evaluation.yaml"), "period: 2021/22\nreport: {breakdowns: [gender, full_name]}\n");
    return dir;
  }

  private static List<String> secrets() {
    List<String> all = new ArrayList<>(IDS);
    all.addAll(NAMES);
    for (String name : NAMES) {
      all.add(name.split(" ")[1]);
      all.add(name.toLowerCase().replace(' ', '.'));
    }
    all.add("QZXID");
    all.add("ZZ9 9Z");
    return all;
  }

  private static String everything(Cli run, Path outputFolder) throws IOException {
    StringBuilder sb = new StringBuilder(run.out()).append("\n").append(run.err());
    try (Stream<Path> files = Files.walk(outputFolder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        sb.append('\n').append(new String(Files.readAllBytes(f), UTF_8));
      }
    }
    return sb.toString();
  }

  @Test
  @DisplayName("§9 privacy: a valid run's report, summary and warnings hold no participant id, name or contact")
  void validRun() throws IOException {
    Path eval = evaluation(false);
    Path out = Files.createDirectories(root.resolve("out"));
    Cli run = Cli.run("calculate", eval.toString(), "-o", out.resolve("report.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String all = everything(run, out);
    assertThat(all).contains("\"participants\" : 5", "full_name", "identifies people");
    assertThat(all).doesNotContain(secrets());
  }

  @Test
  @DisplayName("§9 privacy: errors name file, line and column, never the participant")
  void failingRun() throws IOException {
    Path eval = evaluation(true);
    Path out = Files.createDirectories(root.resolve("out"));
    Cli run = Cli.run("calculate", eval.toString(), "-o", out.resolve("report.json").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("participants.csv:22:", "participants.csv:23:", "participants.csv:24:",
        "participants.csv:25:", "participants.csv:26:");
    assertThat(everything(run, out)).doesNotContain(secrets());
    assertThat(out).isEmptyDirectory();
  }

  @Test
  @DisplayName("§9 privacy: with --skip-invalid the skipped rows are listed by line, never by participant")
  void skippedRows() throws IOException {
    Path eval = evaluation(true);
    Path out = Files.createDirectories(root.resolve("out"));
    Cli run = Cli.run("calculate", eval.toString(), "-o", out.resolve("report.json").toString(),
        "--skip-invalid");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String all = everything(run, out);
    assertThat(all).contains("participants.csv", "\"line\" : 22");
    assertThat(all).doesNotContain(secrets());
  }
}
