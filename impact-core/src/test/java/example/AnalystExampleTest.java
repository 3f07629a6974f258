package example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.impactkit.Impact;
import org.impactkit.valuation.Formats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's example in README.md ({@link AnalystExample}), compiled and run here so it cannot rot:
 * the README shows that file, imports and all, from its first import to its end. It lives outside
 * {@code org.impactkit}, as an analyst's code does, and may import only what the module exports.
 */
class AnalystExampleTest {
  private static final Path EXAMPLE = Path.of("src/test/java/example/AnalystExample.java");
  private static final Path README = Path.of("..", "README.md");

  @Test
  @DisplayName("a folder is calculated and its workbook written through the facade")
  void folder(@TempDir Path dir) throws IOException {
    Path workbook = dir.resolve("report.xlsx");
    Path sample = Path.of("..", "samples", "stepping-out-north-kent-2020");
    String text = AnalystExample.folder(sample, workbook);
    String socialValue = Formats.money(Impact.calculate(sample).totals().socialValue(), "GBP");
    // 250 young people + 4 volunteer leaders + 3 recruited workers (samples/stepping-out-north-kent-2020/README.md)
    assertThat(text).startsWith("Stepping Out 2020: social value " + socialValue + ", 257 participants")
        .contains("Under 25").contains("Unknown");
    assertThat(text.lines()).hasSize(1 + 4);
    assertThat(workbook).isNotEmptyFile();
  }

  @Test
  @DisplayName("records from memory: two people into work are 2 × 0.46 × £13,000 = £11,960 (open bank, no deadweight)")
  void fromMemory() {
    assertThat(AnalystExample.fromMemory()).isEqualByComparingTo("11960");
  }

  @Test
  @DisplayName("a bad record from memory is reported with its key, every problem at once")
  void problems() {
    assertThat(AnalystExample.problems()).containsExactly(
        "participants[crm-3]:age: age must be from 0 to 120, found 130",
        "participants[crm-3]:outcome: outcome 'employmnet' is not in bank uk-wellby-open; did you mean 'employment'?");
  }

  @Test
  @DisplayName("the example imports only packages the module exports, as an analyst's code on the module path must")
  void importsOnlyTheApi() throws IOException {
    ModuleDescriptor module = ModuleFinder.of(Path.of("target", "classes")).find("org.impactkit").orElseThrow()
        .descriptor();
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    Set<String> imported = Files.readAllLines(EXAMPLE).stream().filter(l -> l.startsWith("import org.impactkit."))
        .map(l -> l.substring("import ".length(), l.lastIndexOf('.'))).collect(Collectors.toSet());
    assertThat(imported).isNotEmpty();
    assertThat(exported).containsAll(imported);
  }

  @Test
  @DisplayName("README.md shows exactly the example's code, from its imports to its end")
  void readmeShowsThisCode() throws IOException {
    String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    String tested = source.substring(source.indexOf("import "));
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String shown = between(readme, "<!-- analyst-example:begin -->\n```java\n", "```\n<!-- analyst-example:end -->");
    assertThat(shown).isEqualTo(tested);
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from + 1);
    assertThat(from).as("marker %s", begin.strip()).isNotNegative();
    assertThat(to).as("marker %s", end.strip()).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }
}
