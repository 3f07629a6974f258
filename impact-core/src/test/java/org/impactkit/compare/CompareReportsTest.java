package org.impactkit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.Impact;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Comparisons;
import org.impactkit.read.ResultsJson;
import org.impactkit.report.ReportFixture;
import org.impactkit.report.ReportFormat;
import org.impactkit.report.csv.ComparisonCsv;
import org.impactkit.report.json.ComparisonJson;
import org.impactkit.report.markdown.ComparisonMarkdown;
import org.impactkit.report.xlsx.compare.ComparisonWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two calculate reports read back and compared, in every format (SPEC §8.3). */
class CompareReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @TempDir Path tmp;

  /** The fixture's JSON report, with its social value and (optionally) price year changed. */
  private Path report(String name, String socialValue, Integer reportPriceYear, String bankVersion) throws Exception {
    ObjectNode json = (ObjectNode) ReportFixture.json(ReportFixture.result());
    if (socialValue != null) {
      ((ObjectNode) json.get("totals")).put("socialValue", new BigDecimal(socialValue));
    }
    if (reportPriceYear != null) {
      ObjectNode py = json.putObject("priceYear");
      py.put("bank", 2019);
      py.put("report", reportPriceYear);
      py.put("indices", "not-bundled-here");
    }
    if (bankVersion != null) {
      ((ObjectNode) json.get("bank")).put("version", bankVersion);
    }
    Path file = tmp.resolve(name);
    Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
    return file;
  }

  @Test
  @DisplayName("§8 the comparison workbook prints every name whole and every table on one page where it fits")
  void workbookPrintsNamesWholeAndTablesUnsplit() throws Exception {
    ObjectNode json = (ObjectNode) ReportFixture.json(Impact.calculate(Path.of("..", "samples",
        "derby-youth-alliance-2021-22")));
    Path older = tmp.resolve("older.json");
    Files.write(older, JSON.writeValueAsBytes(json));
    ((ObjectNode) json.at("/evaluation/period")).put("start", "2022-04-01").put("end", "2023-03-31");
    Path newer = tmp.resolve("newer.json");
    Files.write(newer, JSON.writeValueAsBytes(json));
    Comparison c = Comparisons.compare(older, newer, null, false);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(out -> ComparisonWorkbook.write(c, out))))) {
      var sheet = wb.getSheet("Comparison");
      String longName = "Completed a structured youth programme (National Citizen Service type)";
      boolean found = false;
      for (var row : sheet) {
        var label = row.getCell(0);
        if (label != null && longName.equals(label.getStringCellValue())) {
          // column A is capped at 50 characters: the name wraps onto a second line instead of being cut
          assertThat(sheet.getColumnWidth(0)).isLessThan(longName.length() * 256);
          assertThat(label.getCellStyle().getWrapText()).isTrue();
          assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(28.5f);
          found = true;
        }
      }
      assertThat(found).as("a row for " + longName).isTrue();
      // the tables do not fit on one page, so pages break, each before a table's caption
      assertThat(sheet.getRowBreaks()).isNotEmpty();
      for (int b : sheet.getRowBreaks()) {
        assertThat(sheet.getRow(b + 1).getCell(0).getCellStyle().getFont().getFontHeightInPoints())
            .as("the row after the break at %d is a caption", b).isEqualTo((short) 12);
      }
    }
  }

  @Test
  @DisplayName("§8.3 a report read back holds the JSON's figures")
  void readsBack() throws Exception {
    JsonNode json = ReportFixture.json(ReportFixture.result());
    YearResult y = ResultsJson.read(report("a.json", null, null, null));
    assertThat(y.totals().get(Measure.SOCIAL_VALUE)).isEqualByComparingTo(json.at("/totals/socialValue").decimalValue());
    assertThat(y.totals().get(Measure.RATIO)).isEqualByComparingTo(json.at("/totals/ratio").decimalValue());
    assertThat(y.priceYear()).isEqualTo(2019); // no priceYear in the report: the bank's
    assertThat(y.bank().describe()).isEqualTo("test-bank 1.0");
    assertThat(y.label()).isEqualTo("2021/22");
    assertThat(y.byAgeBand()).hasSize(json.at("/byAgeBand").size());
    assertThat(y.byActivity().get(0).label()).isEqualTo(ReportFixture.HOSTILE_NAME);
  }

  @Test
  @DisplayName("§8.3 a broken or wrong report is refused as file:line:column: message, every problem at once")
  void badReports() throws Exception {
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\n  \"schema\": \"impact/calculate/v1\",\n  \"totals\": {,\n}");
    assertThatThrownBy(() -> ResultsJson.read(broken)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(broken + ":3:14: not valid JSON");
    Path table = tmp.resolve("summary.csv");
    Files.writeString(table, "\uFEFF\n  field,value\nsocial_value,1\n");
    assertThatThrownBy(() -> ResultsJson.read(table)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(table + ":2:3: not a JSON report: compare reads the reports written with --format json");
    Path wrong = tmp.resolve("wrong.json");
    String text = Files.readString(report("w.json", null, null, null))
        .replace("\"socialValue\" : ", "\"socialValue\" : \"lots\", \"was\" : ")
        .replace("\"priceYear\" : 2019", "\"priceYear\" : \"2019\"");
    Files.writeString(wrong, text);
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> ResultsJson.read(wrong));
    assertThat(e.diagnostics()).extracting(d -> d.render()).anySatisfy(m ->
        assertThat(m).matches(Pattern.quote(wrong.toString()) + ":\\d+:\\d+: bank.priceYear: expected a whole number, found '2019'"))
        .anySatisfy(m -> assertThat(m).matches(Pattern.quote(wrong.toString())
            + ":\\d+:\\d+: totals.socialValue: expected a number, found 'lots'"));
    Path other = tmp.resolve("sroi.json");
    Files.writeString(other, "{\"schema\": \"impact/sroi/v1\"}");
    assertThatThrownBy(() -> ResultsJson.read(other)).hasMessageContaining(other + ":1:12: schema: 'impact/sroi/v1'");
  }

  @Test
  @DisplayName("§8.3 JSON: both years' social value and their difference; HTML, Markdown, CSV and workbook show the same")
  void everyFormat() throws Exception {
    Comparison c = Comparisons.compare(report("a.json", null, null, null), report("b.json", "5000.25", null, null),
        null, false);
    JsonNode json = JSON.readTree(bytes(out -> ComparisonJson.write(c, out)));
    assertThat(json.at("/schema").asText()).isEqualTo("impact/compare/v1");
    BigDecimal older = json.at("/totals/socialValue/older").decimalValue();
    assertThat(json.at("/totals/socialValue/newer").decimalValue()).isEqualByComparingTo("5000.25");
    assertThat(json.at("/totals/socialValue/change").decimalValue())
        .isEqualByComparingTo(new BigDecimal("5000.25").subtract(older));
    assertThat(json.at("/restated").isNull()).isTrue();

    String html = new String(bytes(out -> Impact.write(c, ReportFormat.HTML, out)), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("data-figure=\"([^\"]+)\">([^<]+)<").matcher(html);
    int figures = 0;
    while (m.find()) {
      BigDecimal shown = new BigDecimal(m.group(2).replaceAll("[£,+%]", ""));
      BigDecimal expected = json.at(m.group(1)).decimalValue();
      assertThat(shown).as(m.group(1)).isEqualByComparingTo(expected.setScale(shown.scale(), RoundingMode.HALF_UP));
      figures++;
    }
    assertThat(figures).isGreaterThan(40);
    assertThat(html).doesNotContainPattern("(?i)<script|\\s(src|href)=");

    String md = new String(bytes(out -> Impact.write(c, ReportFormat.MD, out)), StandardCharsets.UTF_8);
    assertThat(md).contains("| Social value | £" + String.format("%,.2f", older) + " | £5,000.25 |");

    String csv = new String(bytes(out -> ComparisonCsv.write(c, out)), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("section,id,label,measure,older,older_as_reported,newer,change,change_percent\r\n")
        .contains("totals,,,socialValue," + older.toPlainString() + "," + older.toPlainString() + ",5000.25,"
            + new BigDecimal("5000.25").subtract(older).toPlainString() + ",")
        .contains(",\"'" + ReportFixture.HOSTILE_NAME + "\",");

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(out -> ComparisonWorkbook.write(c, out))))) {
      var sheet = wb.getSheet("Comparison");
      boolean found = false;
      for (var row : sheet) {
        if (row.getCell(0) != null && "Social value".equals(row.getCell(0).getStringCellValue())) {
          assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(5000.25);
          assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(older.doubleValue());
          found = true;
        }
      }
      assertThat(found).as("a Social value row").isTrue();
    }
  }

  @Test
  @DisplayName("§8.3 different price years: restated with the given indices, and the words say how")
  void restatedInNewerPrices() throws Exception {
    Path indices = tmp.resolve("fake-indices.json");
    Files.writeString(indices, "{\"schema\": \"impact/indices/v1\", \"id\": \"fake-2099\", \"series\": {\"gdp-deflator\":"
        + " {\"values\": {\"2023\": 100, \"2024\": 110}}}}");
    Path a = report("a.json", "1000.00", 2023, null);
    Path b = report("b.json", "1100.00", 2024, null);
    assertThatThrownBy(() -> Comparisons.compare(a, b, null, false)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("restating them needs price indices");
    Comparison c = Comparisons.compare(a, b, indices, false);
    assertThat(c.total(Measure.SOCIAL_VALUE).older()).isEqualByComparingTo("1100.00");
    assertThat(c.total(Measure.SOCIAL_VALUE).change()).isZero();
    JsonNode json = JSON.readTree(bytes(out -> ComparisonJson.write(c, out)));
    assertThat(json.at("/restated/factor").decimalValue()).isEqualByComparingTo("1.1");
    assertThat(json.at("/totals/socialValue/olderAsReported").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(ComparisonMarkdown.render(c)).contains("restated in 2024 prices: each is multiplied by 1.1,"
        + " the UK GDP deflator of 2024 over that of 2023 (price indices fake-2099)");
  }

  @Test
  @DisplayName("§8.3 different banks: refused naming both, unless allowed")
  void banks() throws Exception {
    Path a = report("a.json", null, null, null);
    Path b = report("b.json", null, null, "2.0");
    assertThatThrownBy(() -> Comparisons.compare(a, b, null, false)).hasMessageContaining("test-bank 2.0")
        .hasMessageContaining("test-bank 1.0");
    Comparison c = Comparisons.compare(a, b, null, true);
    assertThat(ComparisonMarkdown.render(c)).contains("different value banks (test-bank 1.0, then test-bank 2.0)");
  }

  private interface Writing {
    void to(ByteArrayOutputStream out) throws Exception;
  }

  private static byte[] bytes(Writing w) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.to(out);
    return out.toByteArray();
  }

}
