package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.report.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report formats and {@code impact template} through the command line, in process. */
class ReportCommandsTest {
  @TempDir Path tmp;
  Path evaluation;
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void evaluation() throws Exception {
    evaluation = tmp.resolve("my-eval");
    Files.createDirectories(evaluation);
    Files.writeString(evaluation.resolve("activities.csv"),
        "activity_id,activity_name,annual_budget,region,partner\nA1,=1+2,1000,london,@Partner\n");
    Files.writeString(evaluation.resolve("participants.csv"),
        "participant_id,activity_id,outcome,age,gender\nSECRET-1,A1,employment,20,-female\nSECRET-2,A1,,30,Male\n");
  }

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  @DisplayName("§7 calculate writes the workbook by default (xlsx)")
  void defaultIsXlsx() throws Exception {
    assertThat(CalculateCommand.DEFAULT_FORMAT).isEqualTo(ReportFormat.XLSX);
    Path report = tmp.resolve("report.xlsx");
    assertThat(run("calculate", evaluation.toString(), "-o", report.toString(), "-q")).isEqualTo(0);
    try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      assertThat(wb.getSheet("By activity").getRow(1).getCell(1).getStringCellValue()).isEqualTo("=1+2");
      assertThat(wb.getSheet("By activity").getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
    }
    assertThat(err.toString()).doesNotContain("Log4j").doesNotContain("Exception");
  }

  @Test
  @DisplayName("§7 --format csv -o DIR writes one CSV per table; --format md prints the summary")
  void csvAndMarkdown() throws Exception {
    Path dir = tmp.resolve("tables");
    assertThat(run("calculate", evaluation.toString(), "--format", "csv", "-o", dir.toString(), "-q")).isEqualTo(0);
    assertThat(dir.resolve("summary.csv")).exists();
    assertThat(Files.readString(dir.resolve("headcounts.csv"))).contains("'-female").doesNotContain("SECRET");
    assertThat(run("calculate", evaluation.toString(), "--format", "md", "-o", "-", "-q")).isEqualTo(0);
    assertThat(out.toString()).startsWith("# ").contains("## By age band").contains("## Method");
  }

  @Test
  @DisplayName("§7 xlsx and csv cannot go to standard output: usage error, exit 2")
  void noBinaryToStdout() {
    assertThat(run("calculate", evaluation.toString(), "--format", "xlsx", "-o", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("cannot go to standard output");
    assertThat(run("calculate", evaluation.toString(), "-o", tmp.resolve("report.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("use --format csv -o FOLDER");
    assertThat(tmp.resolve("report.csv")).doesNotExist();
  }

  @Test
  @DisplayName("§7 impact template DIR writes the workbook and settings, and refuses to overwrite without --force")
  void template() {
    Path dir = tmp.resolve("new-eval");
    assertThat(run("template", dir.toString())).isEqualTo(0);
    assertThat(dir.resolve("evaluation.xlsx")).exists();
    assertThat(dir.resolve("evaluation.yaml")).exists();
    assertThat(run("template", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("already exists; use --force");
    assertThat(run("template", dir.toString(), "--force")).isEqualTo(0);
  }

  @Test
  @DisplayName("§10 example-rows: the untouched template is refused, naming its example rows, and nothing is written")
  void untouchedTemplateRefused() throws Exception {
    Path dir = tmp.resolve("untouched");
    assertThat(run("template", dir.toString())).isEqualTo(0);
    Path report = tmp.resolve("untouched.json");
    assertThat(run("calculate", dir.toString(), "--format", "json", "-o", report.toString(), "-q")).isEqualTo(1);
    assertThat(report).doesNotExist();
    assertThat(err.toString()).contains("example-rows").contains("replace the example rows")
        .contains("nothing was written");
    assertThat(run("check", dir.toString())).isEqualTo(1);
  }

  @Test
  @DisplayName("§4.1 the template's evaluation.xlsx beside one's own CSV files is refused naming both; nothing written")
  void templateBesideOwnTables() throws Exception {
    Path dir = tmp.resolve("gw");
    assertThat(run("template", dir.toString())).isEqualTo(0);
    Files.copy(evaluation.resolve("activities.csv"), dir.resolve("activities.csv"));
    Files.copy(evaluation.resolve("participants.csv"), dir.resolve("participants.csv"));
    Path report = tmp.resolve("gw.json");
    assertThat(run("calculate", dir.toString(), "--period", "2024/25", "--format", "json", "-o", report.toString()))
        .isEqualTo(1);
    assertThat(report).doesNotExist();
    assertThat(err.toString()).contains(dir + ": holds both evaluation.xlsx and activities.csv, participants.csv;"
        + " impact reads one or the other").contains("nothing was written").doesNotContain("Exception");
    assertThat(run("calculate", dir.toString(), "--activities", dir.resolve("activities.csv").toString(),
        "--participants", dir.resolve("participants.csv").toString(), "--format", "json", "-o", report.toString(),
        "-q")).isEqualTo(0);
  }

  @Test
  @DisplayName("§10 example-rows warns when only the data rows of the template were filled: the name is a placeholder")
  void templatePlaceholdersWarn() throws Exception {
    Path dir = tmp.resolve("filled");
    assertThat(run("template", dir.toString())).isEqualTo(0);
    Files.delete(dir.resolve("evaluation.xlsx"));
    Files.copy(evaluation.resolve("activities.csv"), dir.resolve("activities.csv"));
    Files.copy(evaluation.resolve("participants.csv"), dir.resolve("participants.csv"));
    Path report = tmp.resolve("filled.json");
    assertThat(run("calculate", dir.toString(), "--format", "json", "-o", report.toString())).isEqualTo(0);
    assertThat(err.toString()).contains("warning: example-rows: the evaluation's name is still the template's"
        + " 'My evaluation': set name: in evaluation.yaml");
    assertThat(Files.readString(report)).contains("\"id\" : \"example-rows\"");
  }
}
