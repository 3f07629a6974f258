package org.impactkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No source file of the library grows past what a person reads in one sitting: a class that does, does
 * more than one job and wants splitting by them (issue 15).
 */
class SourceSizeTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final int MAX_LINES = 500;

  @Test
  @DisplayName("no main source file is over 500 lines")
  void noLargeSourceFiles() throws IOException {
    List<String> tooLong;
    try (Stream<Path> walk = Files.walk(MAIN)) {
      tooLong = walk.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > MAX_LINES)
          .map(p -> p + ": " + lines(p) + " lines").toList();
    }
    assertThat(tooLong).isEmpty();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
