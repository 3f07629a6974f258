package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample runs with one command and produces a workbook, as README.md tells a new user (issue 6). */
class SamplesCliTest {
  @TempDir Path temp;

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("..", "samples"))) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  @DisplayName("§7: 'impact calculate samples/<name>' (or 'impact sroi' for an impact map) writes a workbook")
  void runs(Path sample) throws IOException {
    boolean impactMap = Files.exists(sample.resolve("impact-map.csv"));
    Path report = temp.resolve(sample.getFileName() + ".xlsx");
    Cli run = Cli.run(impactMap ? "sroi" : "calculate", sample.toString(), "-o", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("error", "Exception");
    assertThat(report).isNotEmptyFile();
    try (InputStream in = Files.newInputStream(report)) {
      assertThat(in.readNBytes(2)).as("an .xlsx is a zip file").containsExactly('P', 'K');
    }
    if (!impactMap) {
      assertThat(run.out()).contains("Social value", "Participants");
    }
  }
}
