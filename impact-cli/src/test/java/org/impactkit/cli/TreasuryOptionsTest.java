package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.cli.SroiCommandTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of issue 17 at the terminal: price year, indices, range, simulation, schedules, currency. */
class TreasuryOptionsTest {
  private static final String DERBY = "../samples/derby-youth-alliance-2021-22";

  @TempDir Path dir;

  private static JsonNode json(Run r) throws IOException {
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    return new ObjectMapper().readTree(r.out());
  }

  private Path map(String row) throws IOException {
    Path p = dir.resolve("impact-map.csv");
    Files.writeString(p, "stakeholder,outcome,quantity,proxy_value,duration\n" + row + "\n");
    return p;
  }

  @Test
  @DisplayName("calculate --format json: priceYear {bank 2019, report 2022, factors, indices} and totals.range")
  void priceYearAndRange() throws IOException {
    JsonNode j = json(SroiCommandTest.run("calculate", DERBY, "--format", "json", "-q"));
    assertThat(j.at("/priceYear/bank").asInt()).isEqualTo(2019);
    assertThat(j.at("/priceYear/report").asInt()).isEqualTo(2022);
    assertThat(j.at("/priceYear/indices").asText()).isEqualTo("ons-2025-06");
    assertThat(j.at("/priceYear/factors/wellby").decimalValue()).isEqualByComparingTo("1.1074197121");
    assertThat(j.at("/totals/range/low/socialValue").decimalValue())
        .isLessThan(j.at("/totals/socialValue").decimalValue());
    assertThat(j.at("/byAgeBand/0/range/high/socialValue").decimalValue())
        .isGreaterThan(j.at("/byAgeBand/0/socialValue").decimalValue());
    assertThat(j.at("/discounting/byOutcome/youth-programme").asText()).isEqualTo("green-book-health");
    JsonNode in2019 = json(SroiCommandTest.run("calculate", DERBY, "--format", "json", "--price-year", "2019",
        "--no-range", "-q"));
    assertThat(in2019.at("/totals/range").isMissingNode()).isTrue();
    assertThat(in2019.at("/priceYear/factors/wellby").decimalValue()).isEqualByComparingTo("1");
  }

  @Test
  @DisplayName("calculate --simulate 2000 --seed 7: the same simulation block twice")
  void simulation() throws IOException {
    String[] args = {"calculate", DERBY, "--format", "json", "-q", "--simulate", "2000", "--seed", "7"};
    JsonNode first = json(SroiCommandTest.run(args));
    JsonNode second = json(SroiCommandTest.run(args));
    assertThat(first.get("simulation")).isEqualTo(second.get("simulation"));
    assertThat(first.at("/simulation/runs").asInt()).isEqualTo(2000);
    assertThat(first.at("/simulation/socialValue/p5").decimalValue())
        .isLessThanOrEqualTo(first.at("/simulation/socialValue/p50").decimalValue());
  }

  @Test
  @DisplayName("a price year outside the indices: exit 1, the years covered, the options that help, nothing written")
  void outsideTheIndices() {
    Path out = dir.resolve("out.json");
    Run r = SroiCommandTest.run("calculate", DERBY, "--price-year", "2031", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("covers 1948 to 2024").contains("--indices FILE").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("--discount-schedule and --discount-rate exclude each other; an unknown schedule is named")
  void scheduleOptions() {
    assertThat(SroiCommandTest.run("calculate", DERBY, "--discount-schedule", "green-book", "--discount-rate", "3",
        "--format", "json").code()).isEqualTo(ExitCodes.USAGE);
    Run r = SroiCommandTest.run("calculate", DERBY, "--discount-schedule", "green-bok", "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("did you mean 'green-book'");
  }

  @Test
  @DisplayName("sroi on a 40-year outcome: the Green Book's stepped present value, 3.5% to year 30, 3.0% from 31")
  void fortyYears() throws IOException {
    JsonNode j = json(SroiCommandTest.run("sroi", map("People,Lasting,1,1000,40").toString(), "--investment", "1000",
        "--format", "json"));
    // 1000 × Σ D(0..39) = 1000 × 22.166067922826300… (34-digit vector computed independently)
    assertThat(j.get("presentValue").decimalValue()).isEqualByComparingTo("22166.07");
    assertThat(j.get("discountSchedule").asText()).isEqualTo("green-book");
    JsonNode flat = json(SroiCommandTest.run("sroi", map("People,Lasting,1,1000,40").toString(), "--investment",
        "1000", "--discount-rate", "3.5", "--format", "json"));
    assertThat(flat.get("presentValue").decimalValue()).isEqualByComparingTo("22102.50");
  }

  @Test
  @DisplayName("sroi --currency AUD: Markdown in A$, not a £ anywhere")
  void currency() throws IOException {
    Run r = SroiCommandTest.run("sroi", map("People,Better,10,100,2").toString(), "--investment", "400",
        "--currency", "AUD", "--format", "md", "-o", "-");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("A$").doesNotContain("£");
    JsonNode j = json(SroiCommandTest.run("sroi", map("People,Better,10,100,2").toString(), "--investment", "400",
        "--currency", "aud", "--format", "json"));
    assertThat(j.get("currency").asText()).isEqualTo("AUD");
    Run bad = SroiCommandTest.run("sroi", map("People,Better,10,100,2").toString(), "--investment", "400",
        "--currency", "AUS");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("ISO 4217");
  }

  @Test
  @DisplayName("calculate's summary and Markdown give the range beside the social value and the price year in words")
  void summary() throws IOException {
    Path out = dir.resolve("derby.md");
    Run r = SroiCommandTest.run("calculate", DERBY, "--format", "md", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("figures in 2022 prices").containsPattern("Social value +£[0-9,.]+ \\(range £");
    // the Markdown states the price year, its factor and the schedule in words, and the range beside the headline
    assertThat(Files.readString(out)).contains("Social value range £")
        .contains("Price year: figures are in 2022 prices; the bank's 2019 values were uprated × 1.1074")
        .contains("Real-income growth not included")
        .contains("discounted by the Green Book's health schedule");
  }

  @Test
  @DisplayName("sroi price_year: a 2019 proxy brought to 2022 prices by YBGB 100.0/90.3; AUD without --indices refused")
  void proxyPriceYear() throws IOException {
    Path p = dir.resolve("impact-map.csv");
    Files.writeString(p, "stakeholder,outcome,quantity,proxy_value,price_year\nPeople,Old,1,903,2019\n"
        + "People,New,1,100,2022\n");
    JsonNode j = json(SroiCommandTest.run("sroi", p.toString(), "--investment", "100", "--format", "json"));
    assertThat(j.get("priceYear").asInt()).isEqualTo(2022);
    // 903 × 100.0 / 90.3 = 1000; + 100 = 1100
    assertThat(j.get("presentValue").decimalValue()).isEqualByComparingTo("1100.00");
    assertThat(j.at("/outcomes/0/proxyPriceYear").asInt()).isEqualTo(2019);
    JsonNode in2019 = json(SroiCommandTest.run("sroi", p.toString(), "--investment", "100", "--price-year", "2019",
        "--format", "json"));
    assertThat(in2019.get("presentValue").decimalValue()).isEqualByComparingTo("993.30"); // 903 + 100 × 0.903
    Run aud = SroiCommandTest.run("sroi", p.toString(), "--investment", "100", "--currency", "AUD", "--format", "json");
    assertThat(aud.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(aud.err()).contains("the bundled ones are the UK's GDP deflator").contains("--indices");
  }
}
