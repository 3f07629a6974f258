package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.evaluation.Progress;
import org.impactkit.report.ReportFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("§7 where a report goes and how it is shown")
class ReportChoiceTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "--format {0} -o {1} → {2}")
  @CsvSource(nullValues = "none", value = {
      "none, none, XLSX", "none, -, JSON", "none, report.JSON, JSON", "none, summary.md, MD",
      "none, report.xlsx, XLSX", "MD, report.xlsx, MD", "JSON, none, JSON", "none, tables, XLSX"})
  @DisplayName("§7 the format: --format, else the -o file's extension, else JSON for '-', else the workbook")
  void format(ReportFormat given, String output, ReportFormat expected) {
    assertThat(OutputOptions.choose(given, output, ReportFormat.XLSX)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "calculate eval | true", "calculate eval -o r.xlsx | true", "calculate eval --format xlsx -o - | true",
      "calculate eval --format json | false", "calculate eval --format=md | false", "calculate eval -o r.json | false",
      "calculate eval --output=r.JSON | false", "calculate eval -o - | false", "calculate eval --format nonsense | false",
      "validate eval | false", "sroi map.csv | false", "'' | false"})
  @DisplayName("issue 7: the workbook warm-up starts only when the arguments ask calculate for a workbook")
  void warmUpOnlyForWorkbooks(String line, boolean expected) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    assertThat(CalculateCommand.asksForWorkbook(args)).isEqualTo(expected);
  }

  @Test
  @DisplayName("§7 '-o -' writes the JSON report to standard output and nothing else there")
  void dashIsStandardOutput() throws Exception {
    Path e = Files.createDirectories(dir.resolve("eval"));
    Files.writeString(e.resolve("activities.csv"), "activity_id,annual_budget,region\na,100,London\n");
    Files.writeString(e.resolve("participants.csv"), "participant_id,activity_id,outcome\np1,a,employment\n");
    Cli r = Cli.run("calculate", e.toString(), "-o", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).at("/totals/socialValue").decimalValue())
        .isEqualByComparingTo("5980");
  }

  @Test
  @DisplayName("§7 the progress bar only when standard error is a terminal, and never with --quiet")
  void progressOnlyOnATerminal() {
    String before = System.getProperty("impact.stderr.tty");
    try {
      System.setProperty("impact.stderr.tty", "false");
      assertThat(ProgressDisplay.forTerminal(false)).isSameAs(Progress.NONE);
      System.setProperty("impact.stderr.tty", "true");
      assertThat(ProgressDisplay.forTerminal(false)).isInstanceOf(ProgressDisplay.class);
      assertThat(ProgressDisplay.forTerminal(true)).isSameAs(Progress.NONE);
    } finally {
      if (before == null) {
        System.clearProperty("impact.stderr.tty");
      } else {
        System.setProperty("impact.stderr.tty", before);
      }
    }
  }
}
