package org.impactkit.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.impactkit.report.ReportFixture;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReportWriterTest {
  static List<CSVRecord> parse(byte[] csv) throws IOException {
    try (CSVParser p = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords();
    }
  }

  /** A CSV figure and a JSON number are the same amount (the JSON reader may drop trailing zeros). */
  static void assertSame(String csv, JsonNode json) {
    assertThat(new java.math.BigDecimal(csv)).isEqualByComparingTo(json.decimalValue());
    assertThat(csv).doesNotContain("E");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\")", "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0", "\tTAB", "\rCR"})
  @DisplayName("§8 CSV injection (OWASP): text starting with = + - @ TAB CR gets a leading apostrophe")
  void owaspExamples(String attack) {
    assertThat(ReportText.csvText(attack)).isEqualTo("'" + attack);
    assertThat(ReportText.looksLikeFormula(attack)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Safer Communities Alliance", "25-49", "", "a=b", "Café £5"})
  @DisplayName("§8 CSV injection: ordinary text is left alone")
  void ordinaryText(String text) {
    assertThat(ReportText.csvText(text)).isEqualTo(text);
  }

  @Test
  @DisplayName("§8 CSV: every table, with figures equal to the JSON and hostile text defused")
  void tables() throws IOException {
    CalculationResult r = ReportFixture.result();
    JsonNode json = ReportFixture.json(r);
    Map<String, byte[]> files = CsvReportWriter.tables(r);
    assertThat(files.keySet()).containsExactly("summary.csv", "by-age-band.csv", "by-activity.csv", "by-outcome.csv",
        "headcounts.csv", "calculation.csv", "not-claimed.csv", "skipped-rows.csv", "checks.csv");

    List<CSVRecord> summary = parse(files.get("summary.csv"));
    Map<String, String> s = new java.util.HashMap<>();
    summary.forEach(rec -> s.put(rec.get("field"), rec.get("value")));
    assertSame(s.get("social_value"), json.at("/totals/socialValue"));
    assertThat(s.get("investment")).isEqualTo("3500.50");
    assertSame(s.get("ratio"), json.at("/totals/ratio"));
    assertSame(s.get("net_social_value"), json.at("/totals/netSocialValue"));

    List<CSVRecord> activities = parse(files.get("by-activity.csv"));
    assertThat(activities.get(0).get("partner")).isEqualTo("'" + ReportFixture.HOSTILE_PARTNER);
    assertThat(activities.get(0).get("name")).isEqualTo("'" + ReportFixture.HOSTILE_NAME);
    assertSame(activities.get(0).get("social_value"), json.at("/byActivity/0/socialValue"));

    List<CSVRecord> calc = parse(files.get("calculation.csv"));
    assertThat(calc).hasSize(json.get("calculation").size());
    for (int i = 0; i < calc.size(); i++) {
      assertSame(calc.get(i).get("social_value"), json.at("/calculation/" + i + "/socialValue"));
      assertSame(calc.get(i).get("unit_social_value"), json.at("/calculation/" + i + "/unitSocialValue"));
    }
    List<CSVRecord> headcounts = parse(files.get("headcounts.csv"));
    assertThat(headcounts).anySatisfy(h -> assertThat(h.get("value")).isEqualTo("'" + ReportFixture.HOSTILE_GENDER));

    List<CSVRecord> skipped = parse(files.get("skipped-rows.csv"));
    assertThat(skipped).hasSize(1);
    assertThat(skipped.get(0).get("file")).isEqualTo("participants.csv");
    assertThat(skipped.get(0).get("line")).isEqualTo("8");
    assertThat(skipped.get(0).get("message")).isEqualTo("'-age 130 is out of range 0 to 120");

    String all = new String(files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
        .reduce("", String::concat));
    for (String id : ReportFixture.PARTICIPANT_IDS) {
      assertThat(all).doesNotContain(id);
    }
  }

  @Test
  @DisplayName("§5.5 CSV: a simulation's summary has every percentile of the JSON, of value and of ratio")
  void simulation() throws IOException {
    CalculationResult r = ReportFixture.result(ReportFixture.settings().simulate(500).seed(3L).build());
    JsonNode json = ReportFixture.json(r).get("simulation");
    Map<String, String> s = new java.util.HashMap<>();
    parse(CsvReportWriter.tables(r).get("summary.csv")).forEach(rec -> s.put(rec.get("field"), rec.get("value")));
    assertSame(s.get("social_value_p5"), json.at("/socialValue/p5"));
    assertSame(s.get("social_value_p95"), json.at("/socialValue/p95"));
    assertSame(s.get("ratio_p5"), json.at("/ratio/p5"));
    assertSame(s.get("ratio_p50"), json.at("/ratio/p50"));
    assertSame(s.get("ratio_p95"), json.at("/ratio/p95"));
    assertSame(s.get("share_below_one"), json.get("shareBelowOne"));
  }

  @Test
  @DisplayName("§8 CSV: negative money stays a number (only text cells are defused)")
  void negativeNumbers() throws IOException {
    CalculationResult r = ReportFixture.result();
    List<CSVRecord> activities = parse(CsvReportWriter.tables(r).get("by-activity.csv"));
    // A2 cost £2,500.50; its value is below that, so net is negative and ratio below 1: still plain numbers.
    assertThat(activities.get(1).get("investment")).isEqualTo("2500.50");
    assertThat(activities.get(1).get("ratio")).doesNotStartWith("'");
  }

  @Test
  @DisplayName("§8 CSV: suppression shows <N for small counts")
  void suppression() throws IOException {
    CalculationResult r = ReportFixture.result(ReportFixture.settings().suppressBelow(3).build());
    List<CSVRecord> headcounts = parse(CsvReportWriter.tables(r).get("headcounts.csv"));
    assertThat(headcounts).extracting(h -> h.get("participants")).contains("<3").doesNotContain("1", "2");
  }

  @Test
  @DisplayName("§7 CSV folder: written whole, an earlier report replaced, a folder with other files refused")
  void folder(@TempDir Path tmp) throws IOException {
    CalculationResult r = ReportFixture.result();
    Path out = tmp.resolve("report");
    CsvReportWriter.writeFolder(r, out);
    try (var list = Files.list(out)) {
      assertThat(list.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactlyElementsOf(CsvReportWriter.FILES.stream().sorted().toList());
    }
    CsvReportWriter.writeFolder(r, out);
    assertThat(Files.readString(out.resolve("summary.csv"))).startsWith("field,value\r\n");
    try (var list = Files.list(tmp)) {
      assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactly("report");
    }
    Path other = tmp.resolve("mine");
    Files.createDirectories(other);
    Files.writeString(other.resolve("thesis.docx"), "precious");
    assertThatThrownBy(() -> CsvReportWriter.writeFolder(r, other)).isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("thesis.docx");
    assertThat(Files.readString(other.resolve("thesis.docx"))).isEqualTo("precious");
  }
}
