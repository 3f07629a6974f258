package org.impactkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The analyst's example in README.md, compiled and run here so it cannot rot. The code between the
 * README markers below must equal the README's Java block (checked by {@link #readmeShowsThisCode}).
 */
class AnalystExampleTest {
  // README:analyst:begin
  /** Calculates an evaluation folder, as 'impact calculate FOLDER' does, and describes it. */
  static String describe(Path folder) throws IOException {
    CalculationResult result = Impact.calculate(folder);
    CalculationResult.Totals totals = result.totals(); // exact BigDecimal: round only to print
    StringBuilder text = new StringBuilder(String.format("%s: social value £%,.2f, %d participants%n",
        result.settings().name(), totals.socialValue(), totals.participants()));
    for (CalculationResult.BandFigures band : result.byAgeBand()) {
      text.append(String.format("  %-8s %4d claims  £%,.2f%n", band.band().label(), band.claims(),
          band.socialValue()));
    }
    return text.toString();
  }

  /** Values records built in code, without files: two people in a job club moved into work. */
  static BigDecimal valueInCode() {
    RowRef here = new RowRef(SourceFile.inMemory("my-app"), 0);
    List<Activity> activities =
        List.of(new Activity("club", "Job club", new BigDecimal("10000"), "outside-london", null, here));
    Calculator calculator = Impact.calculator(Impact.defaultBank(), Settings.defaults(), activities);
    for (String person : List.of("p1", "p2")) {
      calculator.participant(new ParticipantRecord(person, "club", "employment", 30, null, null, null, null, null,
          null, List.of(), here));
    }
    return calculator.finish().totals().socialValue();
  }
  // README:analyst:end

  private static final Path README = Path.of("..", "README.md");

  @Test
  @DisplayName("README analyst example: a sample folder gives its participants and one line per age band")
  void describesASample() throws IOException {
    String text = describe(Path.of("..", "samples", "stepping-out-north-kent-2020"));
    // 250 young people + 4 volunteer leaders + 3 recruited workers (samples/stepping-out-north-kent-2020/README.md)
    assertThat(text).startsWith("Stepping Out 2020: social value £").contains(", 257 participants")
        .contains("Under 25").contains("Unknown");
    assertThat(text.lines()).hasSize(1 + 4);
  }

  @Test
  @DisplayName("README example: two people into work are 2 × 0.46 × £13,000 = £11,960 (open bank, no deadweight)")
  void valuesRecordsInCode() {
    assertThat(valueInCode()).isEqualByComparingTo("11960");
  }

  @Test
  @DisplayName("README.md shows exactly the code this test compiles and runs")
  void readmeShowsThisCode() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/impactkit/AnalystExampleTest.java"),
        StandardCharsets.UTF_8);
    String tested =
        between(source, "  // README:analyst:begin\n", "  // README:analyst:end\n").replaceAll("(?m)^  ", "");
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
