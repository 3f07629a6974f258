package org.impactkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: outputs never clobber links, pipes or devices, and failed writes never exit 0 (SPEC §7).
 */
class OutputTargetsTest {
  @TempDir Path root;

  private static BasicFileAttributes attributes(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static ProcessBuilder impact(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** A named pipe made with mkfifo; the test is skipped where there is none. */
  private static Path fifo(Path p) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available here: " + e.getMessage());
      throw e;
    }
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    return p;
  }

  @Test
  @DisplayName("issue 21: -o link.json, a symbolic link to a file elsewhere, keeps the link; the report goes to its target")
  void symbolicLinkKept() throws IOException {
    Path eval = OutputSafetyTest.evaluation(root, "eval");
    Path shared = Files.createDirectory(root.resolve("shared"));
    Path real = Files.writeString(shared.resolve("report.json"), "last year's report");
    Path link = Files.createSymbolicLink(root.resolve("link.json"), real);
    Cli run = Cli.run("calculate", eval.toString(), "-o", link.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
    assertThat(Files.readString(real)).startsWith("{").contains("\"schema\" : \"impact/calculate/v1\"");
    assertThat(names(shared)).containsExactly("report.json");
    assertThat(names(root)).containsExactly("eval", "link.json", "shared");
  }

  @Test
  @DisplayName("§4.1 -o into the evaluation's folder under a name read as an input is refused; another name is not")
  void inputNameInTheInputsFolderRefused() throws IOException {
    Path eval = OutputSafetyTest.evaluation(root, "eval");
    for (String name : new String[] {"participants.xlsx", "Participants-2.xlsx", "evaluation.xlsx", "activities.xlsx"}) {
      Path out = eval.resolve(name);
      Cli run = Cli.run("calculate", eval.toString(), "-o", out.toString(), "--quiet");
      assertThat(run.exitCode()).as(name).isEqualTo(1);
      assertThat(run.err()).contains(out + ": a file of this name in the evaluation's folder is read as one of its"
          + " inputs");
      assertThat(out).as(name).doesNotExist();
    }
    Path report = eval.resolve("report.xlsx");
    Cli fine = Cli.run("calculate", eval.toString(), "-o", report.toString(), "--quiet");
    assertThat(fine.exitCode()).as(fine.err()).isZero();
    assertThat(report).exists();
    Cli again = Cli.run("calculate", eval.toString(), "-o", root.resolve("participants.xlsx").toString(), "--quiet");
    assertThat(again.exitCode()).as("outside the folder the name is free: " + again.err()).isZero();
  }

  @Test
  @DisplayName("issue 21: -o naming a link to an input is refused, and the input kept")
  void linkToAnInputRefused() throws IOException {
    Path eval = OutputSafetyTest.evaluation(root, "eval");
    Path input = eval.resolve("participants.csv");
    String before = Files.readString(input);
    Path link = Files.createSymbolicLink(root.resolve("out.json"), input);
    Cli run = Cli.run("calculate", eval.toString(), "-o", link.toString(), "--quiet");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("this is one of the inputs");
    assertThat(input).hasContent(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  @DisplayName("issue 21: -o to a named pipe delivers the report to its reader and leaves the pipe; -o /dev/null"
      + " leaves the device")
  void namedPipeAndDevice() throws Exception {
    Path eval = OutputSafetyTest.evaluation(root, "eval");
    Path pipe = fifo(root.resolve("report.pipe"));
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(pipe);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Cli run = Cli.run("calculate", eval.toString(), "--format", "json", "-o", pipe.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(reader.get(30, TimeUnit.SECONDS)).startsWith("{").contains("\"schema\" : \"impact/calculate/v1\"");
    assertThat(attributes(pipe).isOther()).as("still a pipe").isTrue();
    assertThat(names(root)).containsExactly("eval", "report.pipe");

    // Only now that the pipe proved the node is never replaced: a device, as one times a run.
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull) && attributes(devNull).isOther(), "no /dev/null here");
    Cli toNull = Cli.run("calculate", eval.toString(), "-o", devNull.toString(), "--quiet");
    assertThat(toNull.exitCode()).as(toNull.err()).isZero();
    assertThat((Integer) Files.getAttribute(devNull, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0xF000)
        .as("/dev/null is still a character device").isEqualTo(0x2000);
  }

  @Test
  @DisplayName("issue 21: a report on standard output that cannot be written is exit 1 with <stdout>: writing failed")
  void standardOutputWriteFails() throws IOException {
    Path eval = OutputSafetyTest.evaluation(root, "eval");
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    int code = Main.run(new StandardOutput(full), new PrintWriter(err), "calculate", eval.toString(), "--format",
        "json", "-o", "-", "--quiet");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("<stdout>: writing failed: No space left on device")
        .doesNotContain("\tat ");
  }

  @Test
  @DisplayName("issue 21: impact calculate S --format json -o - --quiet > /dev/full exits non-zero")
  void devFull() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
    Path eval = OutputSafetyTest.evaluation(root, "eval");
    Process p = impact("calculate", eval.toString(), "--format", "json", "-o", "-", "--quiet")
        .redirectOutput(new File("/dev/full"))
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    assertThat(err).contains("<stdout>: writing failed: No space left on device");
  }

  @Test
  @DisplayName("issue 21: -o /dev/stdout writes the report straight into standard output, without the summary")
  void devStdout() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")), "no /dev/stdout here");
    Path eval = OutputSafetyTest.evaluation(root, "eval");
    Process p = impact("calculate", eval.toString(), "--format", "json", "-o", "/dev/stdout").start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(out.strip()).startsWith("{").endsWith("}").doesNotContain("Report written to");
    assertThat(attributes(Path.of("/dev/stdout")).isSymbolicLink()).isTrue();
  }

  @Test
  @DisplayName("issue 21: after SIGTERM during a large workbook write the folder holds nothing but a whole report")
  void stoppedDuringWorkbookWrite() throws Exception {
    Path eval = Files.createDirectories(root.resolve("eval"));
    try (BufferedWriter a = Files.newBufferedWriter(eval.resolve("activities.csv"));
        BufferedWriter p = Files.newBufferedWriter(eval.resolve("participants.csv"))) {
      a.write("activity_id,annual_budget,region\n");
      p.write("participant_id,activity_id,outcome,age\n");
      String[] outcomes = {"regular-volunteering", "employment", "sport-participation", ""};
      for (int i = 0; i < 3_000; i++) {
        a.write("A" + i + ",1000,outside-london\n");
        for (int j = 0; j < 12; j++) {
          p.write("P" + i + "-" + j + ",A" + i + "," + outcomes[j % outcomes.length] + "," + (10 + 7 * j) + "\n");
        }
      }
    }
    Path out = Files.createDirectory(root.resolve("out"));
    Path report = Files.writeString(out.resolve("report.xlsx"), "last year's report");
    Process run = impact("calculate", eval.toString(), "-o", report.toString(), "--quiet")
        .redirectErrorStream(true).start();
    boolean sawTemporary = false;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (run.isAlive() && System.nanoTime() < deadline && !sawTemporary) {
        sawTemporary = names(out).stream().anyMatch(n -> n.endsWith(".tmp"));
      }
      run.destroy(); // SIGTERM
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      run.destroyForcibly();
    }
    assertThat(names(out)).as("stopped %s the temporary file was seen", sawTemporary ? "after" : "before")
        .containsExactly("report.xlsx");
    String content = new String(Files.readAllBytes(report), 0, 2, UTF_8);
    assertThat(content).isIn("la", "PK"); // the old report, or the whole new workbook (a zip)
  }
}
