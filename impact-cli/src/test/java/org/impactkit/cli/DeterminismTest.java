package org.impactkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §9 determinism: identical inputs give byte-identical reports, whatever order the files were
 * created in (and so the order a directory listing returns them), and run after run.
 */
class DeterminismTest {
  @TempDir Path root;

  private static final String[] OUTCOMES = {"regular-volunteering", "employment", "youth-programme",
      "school-resilience", "loneliness-reduced", "arts-engagement", ""};
  private static final String[] WARDS = {"North", "South", "East", "West", "Centre", "Riverside"};

  /** Writes an evaluation whose participants are spread over several files, in the given file order. */
  private static void writeEvaluation(Path dir, List<Integer> fileOrder) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("evaluation.yaml"), """
        name: Determinism check
        period: {start: 2021-04-01, end: 2022-03-31}
        region: outside-london
        report: {breakdowns: [gender, ward, partner]}
        """);
    Files.writeString(dir.resolve("activities.csv"), """
        activity_id,activity_name,annual_budget,partner
        A1,Club,1000,Partner B
        A2,Walks,2500.50,Partner A
        A3,Mentoring,333.33,
        """);
    Files.writeString(dir.resolve("counts.csv"), """
        activity_id,outcome,age_band,count
        A3,sport-participation,unknown,7
        A1,library-use,50+,3
        """);
    Random random = new Random(20211);
    List<String> bodies = new ArrayList<>();
    for (int f = 0; f < 4; f++) {
      StringBuilder sb = new StringBuilder("participant_id,activity_id,outcome,age,gender,ward,date\n");
      for (int i = 0; i < 400; i++) {
        int person = random.nextInt(600);
        sb.append("P").append(person).append(',').append("A").append(1 + random.nextInt(3)).append(',')
            .append(OUTCOMES[random.nextInt(OUTCOMES.length)]).append(',')
            .append(random.nextInt(10) == 0 ? "" : String.valueOf(10 + person % 70)).append(',')
            .append(person % 3 == 0 ? "F" : person % 3 == 1 ? "M" : "").append(',')
            .append(WARDS[person % WARDS.length]).append(',')
            .append(random.nextInt(20) == 0 ? "2020-01-01" : "2021-0" + (4 + random.nextInt(6)) + "-1"
                + random.nextInt(10)).append('\n');
      }
      bodies.add(sb.toString());
    }
    for (int f : fileOrder) {
      Files.writeString(dir.resolve("participants-partner-" + (char) ('a' + f) + ".csv"), bodies.get(f), UTF_8);
    }
  }

  private static byte[] calculate(Path dir, Path out) throws IOException {
    Cli run = Cli.run("calculate", dir.toString(), "-o", out.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.readAllBytes(out);
  }

  @Test
  @DisplayName("§9 determinism: two runs on the same inputs give byte-identical JSON")
  void sameInputsSameBytes() throws IOException {
    Path eval = root.resolve("eval");
    writeEvaluation(eval, List.of(0, 1, 2, 3));
    byte[] first = calculate(eval, root.resolve("first.json"));
    byte[] second = calculate(eval, root.resolve("second.json"));
    assertThat(second).isEqualTo(first);
    String json = new String(first, UTF_8);
    assertThat(json).contains("\"dimension\" : \"ward\"", "\"partner\" : \"Partner A\"", "outside-period");
  }

  /** Every file of a CSV report folder, by name, as one byte sequence. */
  private static byte[] csvFolder(Path dir, Path out) throws IOException {
    Cli run = Cli.run("calculate", dir.toString(), "--format", "csv", "-o", out.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    try (var files = Files.list(out)) {
      for (Path f : files.sorted().toList()) {
        all.writeBytes(f.getFileName().toString().getBytes(UTF_8));
        all.writeBytes(Files.readAllBytes(f));
      }
    }
    return all.toByteArray();
  }

  @Test
  @DisplayName("§9 determinism: the workbook and the CSV tables are byte-identical too, whatever the file order")
  void workbookAndCsv() throws IOException {
    Path eval = root.resolve("eval");
    writeEvaluation(eval, List.of(0, 1, 2, 3));
    byte[] xlsx = calculate(eval, root.resolve("first.xlsx"));
    byte[] csv = csvFolder(eval, root.resolve("first-csv"));
    deleteTree(eval);
    writeEvaluation(eval, List.of(3, 1, 0, 2));
    assertThat(calculate(eval, root.resolve("second.xlsx"))).isEqualTo(xlsx);
    assertThat(csvFolder(eval, root.resolve("second-csv"))).isEqualTo(csv);
    assertThat(new String(csv, UTF_8)).contains("headcounts.csv", "Partner A");
  }

  @Test
  @DisplayName("§9 determinism: files created in another order (so listed in another order) give the same bytes")
  void directoryOrderDoesNotMatter() throws IOException {
    Path eval = root.resolve("eval");
    writeEvaluation(eval, List.of(0, 1, 2, 3));
    byte[] first = calculate(eval, root.resolve("first.json"));
    List<Integer> reversed = new ArrayList<>(List.of(0, 1, 2, 3));
    Collections.reverse(reversed);
    deleteTree(eval);
    writeEvaluation(eval, reversed);
    byte[] second = calculate(eval, root.resolve("second.json"));
    assertThat(second).isEqualTo(first);
    deleteTree(eval);
    writeEvaluation(eval, List.of(2, 0, 3, 1));
    assertThat(calculate(eval, root.resolve("third.json"))).isEqualTo(first);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }
}
