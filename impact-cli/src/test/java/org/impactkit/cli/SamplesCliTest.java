package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample runs with one command, as README.md tells a new user to do (issue 6). */
class SamplesCliTest {
  @TempDir Path temp;

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("..", "samples"))) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  @DisplayName("§7: 'impact calculate samples/<name> -o OUT' exits 0, writes the report and prints the summary")
  void runs(Path sample) {
    Path report = temp.resolve(sample.getFileName() + "-impact.json");
    Cli run = Cli.run("calculate", sample.toString(), "-o", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(report).isNotEmptyFile();
    assertThat(run.out()).contains("Social value", "Participants", "Report written to " + report);
    assertThat(run.err()).doesNotContain("error", "Exception");
  }
}
