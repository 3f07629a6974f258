package org.impactkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's bans checked on the sources (SPEC §2), beside {@link PackageRulesTest} on the bytecode:
 * an import the compiler drops because nothing uses it still shows a mistake in the making, and an
 * option named in a message would reach a web page or an analyst's log where no option exists.
 */
class SourceImportsTest {
  private static final Path MAIN = Path.of("src/main/java/org/impactkit");
  private static final List<String> ENGINE = List.of("model", "diagnostic", "bank", "valuation", "sroi", "compare");
  private static final Pattern BANNED_IMPORT = Pattern.compile("^import\\s+(static\\s+)?(org\\.apache\\.poi|"
      + "com\\.fasterxml|org\\.apache\\.commons\\.csv|de\\.siegmar|picocli|org\\.impactkit\\.(read|report|evaluation"
      + "|template))\\b.*$", Pattern.MULTILINE);
  /** A command-line option inside a string literal, e.g. {@code "… use --no-deadweight"}. */
  private static final Pattern OPTION_IN_TEXT = Pattern.compile("\"[^\"\\n]*(?<![\\w-])--[a-z][a-z-]+[^\"\\n]*\"");

  @Test
  @DisplayName("§2 no engine source imports a file format, a report, the readers or the command line")
  void engineImports() throws IOException {
    assertThat(engineSources().flatMap(f -> matches(f, BANNED_IMPORT))).isEmpty();
  }

  @Test
  @DisplayName("§2 no engine message names a command-line option (the command line adds its own advice)")
  void engineMessages() throws IOException {
    assertThat(engineSources().flatMap(f -> matches(f, OPTION_IN_TEXT))).isEmpty();
  }

  @Test
  @DisplayName("the rule finds what it is for: an import of POI in valuation is caught")
  void ruleCatchesAnImport() {
    assertThat(BANNED_IMPORT.matcher("import org.apache.poi.ss.usermodel.Cell;").find()).isTrue();
    assertThat(BANNED_IMPORT.matcher("import org.impactkit.report.json.CalculationJson;").find()).isTrue();
    assertThat(BANNED_IMPORT.matcher("import org.impactkit.model.Activity;").find()).isFalse();
    assertThat(OPTION_IN_TEXT.matcher("\"set one, or use --no-deadweight\"").find()).isTrue();
    assertThat(OPTION_IN_TEXT.matcher("\"a range 10--20\"").find()).isFalse();
  }

  private static Stream<Path> engineSources() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String pkg : ENGINE) {
      try (Stream<Path> walk = Files.walk(MAIN.resolve(pkg))) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      }
    }
    assertThat(files).as("engine sources found").hasSizeGreaterThan(20);
    return files.stream();
  }

  private static Stream<String> matches(Path file, Pattern pattern) {
    try {
      Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
      List<String> found = new ArrayList<>();
      while (m.find()) {
        found.add(file + ": " + m.group());
      }
      return found.stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
