package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken inputs (SPEC §7, §9): each folder under {@code corpus/} is an evaluation with a
 * mistake real users make, and {@code expected.txt} holds the exit code ({@code exit N}) and the exact
 * lines printed on standard error. Paths in messages are shown relative to the case folder. Each case
 * runs {@code impact calculate DIR -o OUT/report.json} unless {@code args.txt} gives the arguments (one
 * per line, {@code $DIR} and {@code $OUT} substituted); a failing run must write nothing.
 */
class CorpusTest {
  @TempDir Path out;

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(corpus())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(CorpusTest.class.getResource("/corpus").toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("§7/§9: a broken input gets its exact messages (file:line:column), exit 1 and no output file")
  void brokenInput(String name) throws Exception {
    Path dir = corpus().resolve(name);
    List<String> args = new ArrayList<>();
    Path argsFile = dir.resolve("args.txt");
    if (Files.exists(argsFile)) {
      for (String line : Files.readAllLines(argsFile, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          args.add(line.replace("$DIR", dir.toString()).replace("$OUT", out.toString()));
        }
      }
    } else {
      args.addAll(List.of("calculate", dir.toString(), "-o", out.resolve("report.json").toString()));
    }
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(String[]::new));
    String actual = "exit " + code + "\n" + stderr.toString()
        .replace(dir + "/", "")
        .replace(dir.toString(), "$DIR")
        .replace(out.toString(), "$OUT");
    Path expectedFile = dir.resolve("expected.txt");
    if (Boolean.getBoolean("corpus.record")) {
      // Writes what the tool printed next to the compiled copy, for a person to review and copy back.
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual).doesNotContain("Exception", "\tat ");
    if (code != 0) {
      try (Stream<Path> written = Files.list(out)) {
        assertThat(written).as("nothing written on failure").isEmpty();
      }
    }
  }
}
