package org.impactkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No source file of the library or the tool grows past what a person reads in one sitting: a class that
 * long does more than one job and wants splitting by them (issue 15).
 */
class SourceSizeTest {
  /** The library's sources and, beside it in the build, the command line tool's. */
  private static final List<Path> MAIN = List.of(Path.of("src/main/java"), Path.of("../impact-cli/src/main/java"));
  private static final int MAX_LINES = 500;

  @Test
  @DisplayName("no main source file is over 500 lines")
  void noLargeSourceFiles() throws IOException {
    assertThat(MAIN.get(1)).as("the tool's sources beside the library's").isDirectory();
    List<String> tooLong = new ArrayList<>();
    for (Path tree : MAIN) {
      try (Stream<Path> walk = Files.walk(tree)) {
        walk.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > MAX_LINES)
            .forEach(p -> tooLong.add(p + ": " + lines(p) + " lines"));
      }
    }
    assertThat(tooLong).isEmpty();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
