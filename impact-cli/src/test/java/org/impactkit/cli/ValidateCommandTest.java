package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void evaluation(String participants) throws IOException {
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\nA1,1000,London\n");
    Files.writeString(dir.resolve("participants.csv"), participants);
  }

  @Test
  @DisplayName("§7 validate: clean inputs give exit 0 and a one-line verdict, and nothing is written")
  void clean() throws IOException {
    evaluation("participant_id,activity_id,outcome,age\nP1,A1,employment,30\nP2,A1,,40\n");
    List<String> before = listing();
    assertThat(run("validate", dir.toString())).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("No problems found in 2 tables: 1 activity, 2 participants, 1 claim (2 warnings above).");
    assertThat(err.toString()).startsWith("warning: deadweight: no deadweight was taken off employment")
        .contains("warning: small-numbers:");
    assertThat(listing()).isEqualTo(before);
  }

  @Test
  @DisplayName("§7 validate: every problem, a verdict, exit 1, nothing written; --skip-invalid does not hide rows")
  void invalid() throws IOException {
    evaluation("participant_id,activity_id,outcome,age\nP1,A1,employmnet,30\nP2,A1,employment,300\n");
    List<String> before = listing();
    assertThat(run("validate", dir.toString(), "--period", "2021/22")).isEqualTo(1);
    String prefix = dir + "/";
    assertThat(err.toString().replace(prefix, "").lines()).containsExactly(
        "participants.csv:2:outcome: outcome 'employmnet' is not in bank uk-wellby-open; did you mean 'employment'?"
            + " (see 'impact bank list')",
        "participants.csv:3:age: age must be from 0 to 120, found 300",
        "2 problems found; the inputs are not valid.");
    assertThat(out.toString()).isEmpty();
    assertThat(listing()).isEqualTo(before);
  }

  @Test
  @DisplayName("§7 validate takes the same input options as calculate (shared mixin)")
  void sameOptionsAsCalculate() {
    var cli = Main.commandLine(new PrintWriter(out), new PrintWriter(err), null);
    var calculate = cli.getSubcommands().get("calculate").getCommandSpec();
    var validate = cli.getSubcommands().get("validate").getCommandSpec();
    for (String option : List.of("--activities", "--participants", "--counts", "--config", "--bank", "--period",
        "--from", "--to", "--region", "--no-deadweight", "--conflicts")) {
      assertThat(validate.findOption(option)).as(option).isNotNull();
      assertThat(calculate.findOption(option)).as(option).isNotNull();
    }
    assertThat(validate.findOption("--output")).isNull();
  }

  @Test
  @DisplayName("§7 --skip-invalid: the run goes on; each skipped row is in the JSON diagnostics and the summary count")
  void skipInvalid() throws IOException {
    evaluation("participant_id,activity_id,outcome,age\nP1,A1,employment,30\nP2,A1,employment,300\n"
        + "P3,A1,employmnet,30\n");
    Path report = Files.createDirectories(dir.resolve("out")).resolve("report.json");
    assertThat(run("calculate", dir.toString(), "--skip-invalid", "-o", report.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("  Not claimed: 2 rows (invalid-row 2)")
        .contains("  Skipped 2 invalid rows (--skip-invalid); each is listed with its file, line and problem above,"
            + " on the workbook's Not claimed sheet, in the JSON's diagnostics and in the CSV report's skipped-rows.csv");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("totals").get("claims").asLong()).isEqualTo(1);
    List<JsonNode> errors = new java.util.ArrayList<>();
    json.get("diagnostics").forEach(d -> {
      if (d.get("severity").asText().equals("error")) {
        errors.add(d);
      }
    });
    assertThat(errors).extracting(d -> d.get("line").asLong()).containsExactly(3L, 4L);
    JsonNode first = errors.get(0);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("file").asText()).endsWith("participants.csv");
    assertThat(first.get("column").asText()).isEqualTo("age");
    assertThat(first.get("message").asText()).isEqualTo("age must be from 0 to 120, found 300");
  }

  @Test
  @DisplayName("§7: without --skip-invalid one invalid row stops the run with exit 1 and no report")
  void invalidRowStops() throws IOException {
    evaluation("participant_id,activity_id,outcome,age\nP1,A1,employment,30\nP2,A1,employment,300\n");
    Path report = dir.resolve("report.json");
    assertThat(run("calculate", dir.toString(), "-o", report.toString())).isEqualTo(1);
    assertThat(report).doesNotExist();
    assertThat(err.toString()).endsWith("1 problem found; nothing was written." + System.lineSeparator());
  }
}
