package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact compare OLD.json NEW.json} (SPEC §8.3) through the command line. */
class CompareCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @TempDir Path tmp;
  Path older;
  Path newer;
  /** The first year's social value as calculated, and the made-up next year's: a tenth more. */
  BigDecimal first;
  BigDecimal next;

  @BeforeEach
  void reports() throws Exception {
    older = tmp.resolve("2021-22.json");
    Cli run = Cli.run("calculate", Path.of("..", "samples", "derby-youth-alliance-2021-22").toString(),
        "--format", "json", "-o", older.toString(), "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // The next year, made up from this one: a tenth more social value, otherwise the same.
    ObjectNode json = (ObjectNode) JSON.readTree(older.toFile());
    ObjectNode period = (ObjectNode) json.at("/evaluation/period");
    period.put("start", "2022-04-01").put("end", "2023-03-31");
    ObjectNode totals = (ObjectNode) json.get("totals");
    first = totals.get("socialValue").decimalValue();
    next = first.multiply(new BigDecimal("1.1")).setScale(2, java.math.RoundingMode.HALF_UP);
    totals.put("socialValue", next);
    newer = tmp.resolve("2022-23.json");
    JSON.writeValue(newer.toFile(), json);
  }

  /** Money as the reports show it: {@code £1,234.56}. */
  private static String money(BigDecimal v) {
    return String.format("£%,.2f", v.setScale(2, java.math.RoundingMode.HALF_UP));
  }

  @Test
  @DisplayName("§8.3 compare a.json b.json --format json: both years' social value and their difference")
  void json() throws Exception {
    Cli run = Cli.run("compare", older.toString(), newer.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode out = JSON.readTree(run.out());
    JsonNode social = out.at("/totals/socialValue");
    assertThat(social.get("older").decimalValue()).isEqualByComparingTo(first);
    assertThat(social.get("newer").decimalValue()).isEqualByComparingTo(next);
    assertThat(social.get("change").decimalValue()).isEqualByComparingTo(next.subtract(first));
    assertThat(social.get("changePercent").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(out.at("/older/label").asText()).isEqualTo("2021/22");
    assertThat(out.at("/newer/label").asText()).isEqualTo("2022/23");
  }

  @Test
  @DisplayName("§8.3 the later year first is refused with exit 1, nothing written: it would restate back in time")
  void laterYearFirst() {
    Path out = tmp.resolve("c.md");
    Cli run = Cli.run("compare", newer.toString(), older.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.err()).contains(newer + ": it covers 2022/23, which comes after 2021/22 of " + older
        + "; the earlier year's report goes first");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("§8.3 the terminal summary gives the investment and says when the older year is restated, and from what")
  void summaryTellsTheRestatement() throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(newer.toFile());
    ((ObjectNode) json.get("priceYear")).put("report", 2023);
    JSON.writeValue(newer.toFile(), json);
    Cli run = Cli.run("compare", older.toString(), newer.toString(), "-o", tmp.resolve("c.md").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("  Investment ")
        .containsPattern("2021/22 is restated in 2023 prices \\(× 1\\.\\d{1,6}, price indices")
        .contains("its own report gives a social value of " + money(first));
  }

  @Test
  @DisplayName("§8.3 two results from different banks are refused with exit 1 and nothing written, unless allowed")
  void differentBanks() throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(newer.toFile());
    ((ObjectNode) json.get("bank")).put("id", "my-licensed-bank");
    JSON.writeValue(newer.toFile(), json);
    Path out = tmp.resolve("compared.xlsx");
    Cli refused = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains(newer + ": it was valued with the value bank my-licensed-bank 1.0.0 and "
        + older + " with uk-wellby-open 1.0.0").contains("--allow-bank-change").contains("nothing was written");
    assertThat(out).doesNotExist();
    Cli allowed = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString(), "--allow-bank-change");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    assertThat(out).isNotEmptyFile();
    assertThat(allowed.out()).contains("Social value", money(first), money(next), "Comparison written to");
  }

  @Test
  @DisplayName("§8.3 beside the reports, any name will do: a folder of JSON reports is no evaluation folder")
  void anyNameBesideTheReports() {
    Path out = tmp.resolve("participants-change.md");
    Cli run = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString(), "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out).exists();
  }

  @Test
  @DisplayName("§8.3 a report compared with itself is refused as a usage error, nothing written")
  void sameFileTwice() {
    Path out = tmp.resolve("c.md");
    Cli run = Cli.run("compare", older.toString(), older.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the older and the newer report are the same file");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("§8.3 two reports of the same, overlapping or unequal periods: a warning, since the change is no year's"
      + " progress")
  void samePeriod() throws Exception {
    Path out = tmp.resolve("c.md");
    Cli years = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString());
    // (the made-up newer year keeps 2022 prices for a period to 2023, and is told so: ComparerTest)
    assertThat(years.err()).doesNotContain("same period", "overlapping", "differ in length");
    assertThat(Files.readString(out)).doesNotContain("same period");
    ObjectNode json = (ObjectNode) JSON.readTree(newer.toFile());
    ((ObjectNode) json.at("/evaluation/period")).put("start", "2021-04-01").put("end", "2022-03-31");
    JSON.writeValue(newer.toFile(), json);
    Cli same = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString());
    assertThat(same.exitCode()).as(same.err()).isZero();
    String warning = "The two reports cover the same period (2021/22): a change between them is not a year's progress";
    assertThat(same.err()).contains("impact: warning: " + warning);
    assertThat(Files.readString(out)).contains(warning);
    ((ObjectNode) json.at("/evaluation/period")).put("start", "2021-10-01").put("end", "2022-09-30");
    JSON.writeValue(newer.toFile(), json);
    Cli overlap = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString());
    assertThat(overlap.err()).contains("cover overlapping periods (2021/22, then 2021-10-01 to 2022-09-30)");
    ((ObjectNode) json.at("/evaluation/period")).put("start", "2022-04-01").put("end", "2022-09-30");
    JSON.writeValue(newer.toFile(), json);
    Cli half = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString());
    assertThat(half.err()).contains("The two periods differ in length (365 days, then 183)")
        .doesNotContain("same period", "overlapping");
    ((ObjectNode) json.at("/evaluation/period")).put("start", "2022-03-31").put("end", "2023-03-30");
    JSON.writeValue(newer.toFile(), json);
    Path jsonOut = tmp.resolve("c.json");
    Cli endToEnd = Cli.run("compare", older.toString(), newer.toString(), "-o", jsonOut.toString());
    assertThat(endToEnd.err()).as("one shared day is periods written end to end").doesNotContain("overlapping");
    ((ObjectNode) json.at("/evaluation/period")).put("start", "2021-04-01").put("end", "2022-03-31");
    JSON.writeValue(newer.toFile(), json);
    Cli.run("compare", older.toString(), newer.toString(), "-o", jsonOut.toString());
    assertThat(JSON.readTree(jsonOut.toFile()).get("warnings")).singleElement()
        .satisfies(w -> assertThat(w.asText()).startsWith("The two reports cover the same period (2021/22)"));
  }

  @Test
  @DisplayName("§8.3 two reports naming different evaluations: a warning in the terminal and in the report")
  void differentNames() throws Exception {
    Path out = tmp.resolve("c.md");
    Cli same = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString());
    assertThat(same.exitCode()).as(same.err()).isZero();
    assertThat(same.err()).doesNotContain("different evaluations");
    assertThat(Files.readString(out)).doesNotContain("different evaluations");
    ObjectNode json = (ObjectNode) JSON.readTree(newer.toFile());
    ((ObjectNode) json.get("evaluation")).put("name", "Derby youth alliance, 2022-23");
    JSON.writeValue(newer.toFile(), json);
    Cli nextYear = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString());
    assertThat(nextYear.err()).as("a name's year is not a different evaluation").doesNotContain("different evaluations");
    ((ObjectNode) json.get("evaluation")).put("name", "Stepping Out North Kent 2022/23");
    JSON.writeValue(newer.toFile(), json);
    Cli other = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString());
    assertThat(other.exitCode()).as(other.err()).isZero();
    String warning = "The two reports name different evaluations ('Derby Youth Alliance 2021/22', then 'Stepping Out"
        + " North Kent 2022/23'): check that they are the same programme";
    assertThat(other.err()).contains("impact: warning: " + warning);
    assertThat(Files.readString(out)).contains(warning);
  }

  @Test
  @DisplayName("§8.3 every format: xlsx by default, csv, md and html by the file's extension")
  void formats() throws Exception {
    for (String ext : new String[] {"xlsx", "csv", "md", "html"}) {
      Path out = tmp.resolve("compared." + ext);
      Cli run = Cli.run("compare", older.toString(), newer.toString(), "-o", out.toString(), "-q");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(out).isNotEmptyFile();
    }
    assertThat(Files.readString(tmp.resolve("compared.md")))
        .contains("| Social value | " + money(first) + " | " + money(next) + " |");
    assertThat(Files.readString(tmp.resolve("compared.html"))).contains("<html lang=\"en-GB\">");
    assertThat(Files.readString(tmp.resolve("compared.csv"))).startsWith("section,id,label,measure,older");
  }

  @Test
  @DisplayName("§8.3 a report that is not valid JSON: file:line:column: message, exit 1")
  void badJson() throws Exception {
    Files.writeString(newer, "{\n  \"schema\": \"impact/calculate/v1\"\n  \"totals\": {}\n}\n");
    Cli run = Cli.run("compare", older.toString(), newer.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(newer + ":3:3: not valid JSON");
    assertThat(run.out()).isEmpty();
  }

  @Test
  @DisplayName("§8.3 a file that is not JSON at all (a CSV table of a report): not a JSON report, no parser's words")
  void notJson() throws Exception {
    Path table = tmp.resolve("summary.csv");
    Files.writeString(table, "field,value\nsocial_value,1\n");
    Cli run = Cli.run("compare", table.toString(), newer.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(table + ":1:1: not a JSON report: compare reads the reports written with"
        + " --format json\n").doesNotContain("token").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  @DisplayName("§8.3 different price years without price indices: exit 1, naming --indices")
  void priceYearsNeedIndices() throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(newer.toFile());
    json.putObject("priceYear").put("bank", 2019).put("report", 2023).put("indices", "none-such");
    int olderYear = JSON.readTree(older.toFile()).at("/priceYear/report").asInt();
    JSON.writeValue(newer.toFile(), json);
    Cli run = Cli.run("compare", older.toString(), newer.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(olderYear + " prices", "2023 prices", "--indices FILE");
    Path indices = tmp.resolve("indices.json");
    Files.writeString(indices, "{\"schema\": \"impact/indices/v1\", \"id\": \"test-vintage\","
        + " \"series\": {\"gdp-deflator\": {\"values\": {\"" + olderYear + "\": 80, \"2023\": 100}}}}");
    Cli restated = Cli.run("compare", older.toString(), newer.toString(), "--format", "json", "--indices",
        indices.toString());
    assertThat(restated.exitCode()).as(restated.err()).isZero();
    JsonNode out = JSON.readTree(restated.out());
    assertThat(out.at("/totals/socialValue/older").decimalValue()).isEqualByComparingTo(first.multiply(new BigDecimal("1.25"))
        .setScale(2, java.math.RoundingMode.HALF_UP)); // restated figures are to the penny
    assertThat(out.at("/restated/indices").asText()).isEqualTo("test-vintage");
  }
}
