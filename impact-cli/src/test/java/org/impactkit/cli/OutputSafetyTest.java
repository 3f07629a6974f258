package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 outputs: atomic, never over an existing report on failure, never into the inputs, and an
 * unwritable destination is a clear error with exit code 1.
 */
class OutputSafetyTest {
  @TempDir Path root;

  /** A small valid evaluation folder on the bundled bank. */
  static Path evaluation(Path parent, String name) throws IOException {
    Path dir = Files.createDirectories(parent.resolve(name));
    Files.writeString(dir.resolve("activities.csv"),
        "activity_id,activity_name,annual_budget,region\nA1,Club,1000,outside-london\n");
    Files.writeString(dir.resolve("participants.csv"),
        "participant_id,activity_id,outcome,age\nP1,A1,regular-volunteering,30\nP2,A1,,40\n");
    return dir;
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  @DisplayName("§7 a failed run leaves an existing report untouched and no partial file")
  void failedRunKeepsOldReport() throws IOException {
    Path eval = evaluation(root, "eval");
    Path report = Files.writeString(root.resolve("report.json"), "last year's report\n");
    Files.writeString(eval.resolve("participants.csv"), "participant_id,activity_id,age\nP1,A1,200\n");
    List<Path> before = listing(root);
    Cli run = Cli.run("calculate", eval.toString(), "-o", report.toString(), "--quiet");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("participants.csv:2:age:").doesNotContain("Exception", "\tat ");
    assertThat(report).hasContent("last year's report");
    assertThat(listing(root)).isEqualTo(before);
  }

  @Test
  @DisplayName("§7 a successful run replaces the old report whole")
  void successfulRunReplaces() throws IOException {
    Path eval = evaluation(root, "eval");
    Path report = Files.writeString(root.resolve("report.json"), "old");
    Cli run = Cli.run("calculate", eval.toString(), "-o", report.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(report)).startsWith("{").contains("\"schema\" : \"impact/calculate/v1\"");
    assertThat(listing(root)).filteredOn(p -> p.getFileName().toString().endsWith(".tmp")).isEmpty();
  }

  @Test
  @DisplayName("§7 unwritable destination: a missing folder is exit 1 with a message naming the path")
  void missingOutputFolder() throws IOException {
    Path eval = evaluation(root, "eval");
    Path target = root.resolve("nowhere").resolve("report.json");
    Cli run = Cli.run("calculate", eval.toString(), "-o", target.toString(), "--quiet");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines().findFirst()).contains(
        target + ": cannot write here: the folder " + target.getParent() + " does not exist");
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(target.getParent()).doesNotExist();
  }

  @Test
  @DisplayName("§7 unwritable destination: a folder where the report should go is exit 1, naming it")
  void folderAsOutput() throws IOException {
    Path eval = evaluation(root, "eval");
    Path target = Files.createDirectory(root.resolve("out.json"));
    Cli run = Cli.run("calculate", eval.toString(), "-o", target.toString(), "--quiet");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(target + ": cannot write here: it is a folder");
    assertThat(target).isEmptyDirectory();
  }

  @Test
  @DisplayName("§7 inputs are never written to: -o naming an input is refused and the input kept")
  void outputOverAnInput() throws IOException {
    Path eval = evaluation(root, "eval");
    Path input = eval.resolve("participants.csv");
    String before = Files.readString(input);
    Cli run = Cli.run("calculate", eval.toString(), "-o", input.toString(), "--format", "json", "--quiet");
    // A .csv name is no JSON report's, so refused before the inputs are read (OutputTargetsTest has -o out.json
    // linked to an input: refused as an input, exit 1).
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(input).hasContent(before);
  }

  @Test
  @DisplayName("§7 default output: run from inside the evaluation folder, the report lands beside it, not in it")
  void defaultOutputNeverInsideTheEvaluationFolder() throws Exception {
    Path eval = evaluation(root, "stepping-out");
    List<Path> before = listing(eval);
    // The working folder cannot change in-process, so this runs the tool in a child JVM started in the folder.
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "calculate", ".", "--quiet")
        .directory(eval.toFile())
        .redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(listing(eval)).isEqualTo(before);
    try (Stream<Path> s = Files.list(root)) {
      assertThat(s.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("stepping-out-impact."));
    }
  }
}
