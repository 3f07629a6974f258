package org.impactkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.Impact;
import org.impactkit.report.csv.CsvReportWriter;
import org.impactkit.report.markdown.MarkdownReportWriter;
import org.impactkit.report.xlsx.WorkbookWriter;
import org.impactkit.report.xlsx.sroi.SroiWorkbook;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.NotClaimedReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reports people read (issue 18, SPEC §8) from the samples: words where people read, never an id of a
 * reason, an UPPER_CASE enum or a command-line flag; and the Derby review's own headcounts of boys and
 * girls per strand, counted by the cross-tab its evaluation.yaml asks for.
 */
class ReadableReportsTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  /** A Java-style enum constant such as {@code PER_PERSON} or {@code YEAR_ZERO}. */
  private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
  /** A command-line option such as {@code --skip-invalid}. */
  private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[a-z]");
  /** The reasons' ids that are not also plain words (duplicate, conflict), anywhere in a text. */
  private static final List<String> HYPHENATED_REASONS = Arrays.stream(NotClaimedReason.values())
      .map(NotClaimedReason::id).filter(id -> id.contains("-")).toList();

  static CalculationResult derby;
  static XSSFWorkbook derbyWorkbook;
  static XSSFWorkbook sroiWorkbook;

  @BeforeAll
  static void write() throws IOException {
    derby = Impact.calculate(SAMPLES.resolve("derby-youth-alliance-2021-22"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(derby, out);
    derbyWorkbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    out.reset();
    SroiWorkbook.write(Impact.sroi(SAMPLES.resolve("sroi-stepping-out-north-kent-2020"), null), out);
    sroiWorkbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** Every cell as it shows (formulas by their cached value), with its address. */
  private static List<String> shown(XSSFWorkbook wb) {
    DataFormatter f = new DataFormatter();
    List<String> cells = new ArrayList<>();
    for (Sheet s : wb) {
      for (Row r : s) {
        for (Cell c : r) {
          String text = c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING
              ? c.getStringCellValue() : f.formatCellValue(c);
          cells.add(s.getSheetName() + "!" + c.getAddress() + ": " + text);
        }
      }
    }
    return cells;
  }

  private static void assertWords(List<String> texts) {
    assertThat(texts).isNotEmpty();
    for (String t : texts) {
      String text = t.substring(t.indexOf(": ") + 2);
      assertThat(ENUM.matcher(text).find()).as("an enum in %s", t).isFalse();
      assertThat(FLAG.matcher(text).find()).as("a flag in %s", t).isFalse();
      assertThat(HYPHENATED_REASONS).as("a reason id in %s", t).noneMatch(text::contains);
      for (NotClaimedReason reason : NotClaimedReason.values()) {
        assertThat(text).as("a reason id as a cell: %s", t).isNotEqualTo(reason.id());
      }
    }
  }

  @Test
  @DisplayName("§8 no reason id, UPPER_CASE enum or --flag in any cell of the Derby or the SROI sample's workbook")
  void workbooksInWords() {
    assertWords(shown(derbyWorkbook));
    assertWords(shown(sroiWorkbook));
    assertThat(shown(derbyWorkbook)).anyMatch(c -> c.endsWith(": Not achieved at follow-up"));
  }

  @Test
  @DisplayName("§8 no reason id, UPPER_CASE enum or --flag in the Derby Markdown summary")
  void markdownInWords() {
    List<String> lines = MarkdownReportWriter.render(derby).lines().map(l -> "md: " + l).toList();
    assertWords(lines);
  }

  @Test
  @DisplayName("§8 Derby: strand × gender gives the review's 844 / 205 / 7 and 68 / 64, in the JSON and on Headcounts")
  void derbyCrossTab() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Impact.writeJson(derby, out);
    JsonNode tab = new ObjectMapper().readTree(out.toByteArray()).get("crossTabs").get(0);
    assertThat(tab.get("dimensions").toString()).isEqualTo("[\"strand\",\"gender\"]");
    List<String> rows = new ArrayList<>();
    tab.get("rows").forEach(r -> rows.add(r.get("values").get(0).asText() + "/" + r.get("values").get(1).asText()
        + "=" + r.get("participants").asLong()));
    assertThat(rows).containsExactly("Inspire and Innovate/Female=64", "Inspire and Innovate/Male=68",
        "Place-based projects/Female=205", "Place-based projects/Male=844", "Place-based projects/Prefer not to say=7");
    assertThat(tab.get("rowTotals").toString()).contains("1056", "132");
    assertThat(tab.get("total").asLong()).isEqualTo(1_188);

    Sheet h = derbyWorkbook.getSheet("Headcounts");
    assertThat(h.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Participants by strand and gender");
    Row header = h.getRow(1);
    List<String> columns = new ArrayList<>();
    for (int c = 2; c < header.getLastCellNum(); c++) {
      columns.add(header.getCell(c).getStringCellValue());
    }
    assertThat(columns).containsExactly("Female", "Male", "Prefer not to say", "Total");
    assertThat(grid(h, 2)).isEqualTo("Inspire and Innovate: 64 68 0 132");
    assertThat(grid(h, 3)).isEqualTo("Place-based projects: 205 844 7 1056");
    assertThat(grid(h, 4)).isEqualTo("Total: 269 912 7 1188");
  }

  @Test
  @DisplayName("§8 Derby's cross-tab in the CSV folder (a file of its own, totals as (all)) and the Markdown table")
  void derbyCrossTabInCsvAndMarkdown() {
    String csv = new String(CsvReportWriter.tables(derby).get("crosstab-strand-gender.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines()).containsExactly("strand,gender,participants", "Inspire and Innovate,Female,64",
        "Inspire and Innovate,Male,68", "Place-based projects,Female,205", "Place-based projects,Male,844",
        "Place-based projects,Prefer not to say,7", "Inspire and Innovate,(all),132", "Place-based projects,(all),1056",
        "(all),Female,269", "(all),Male,912", "(all),Prefer not to say,7", "(all),(all),1188");
    String md = MarkdownReportWriter.render(derby);
    assertThat(md).contains("## Participants by strand and gender\n\n| Strand | Female | Male | Prefer not to say | Total |\n"
        + "|---|---:|---:|---:|---:|\n| Inspire and Innovate | 64 | 68 | 0 | 132 |\n"
        + "| Place-based projects | 205 | 844 | 7 | 1,056 |\n| **Total** | **269** | **912** | **7** | **1,188** |\n");
  }

  /** A row of the grid: its label and counts. */
  private static String grid(Sheet h, int row) {
    Row r = h.getRow(row);
    StringBuilder s = new StringBuilder(r.getCell(0).getStringCellValue()).append(':');
    for (int c = 2; c < r.getLastCellNum(); c++) {
      s.append(' ').append((long) r.getCell(c).getNumericCellValue());
    }
    return s.toString();
  }
}
