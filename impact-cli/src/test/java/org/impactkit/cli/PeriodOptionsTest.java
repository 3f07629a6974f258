package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** §4.6/§7: the evaluation period from evaluation.yaml, overridden by --period or --from/--to. */
class PeriodOptionsTest {
  @TempDir Path dir;
  @TempDir Path out;

  @BeforeEach
  void evaluation() throws IOException {
    Files.writeString(dir.resolve("evaluation.yaml"), "name: Periods\nperiod: 2020/21\n");
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\nA1,1000,London\n");
    // P1's outcome falls in 2020/21, P2's in 2021/22. P2 was born 2000-06-02, so is 20 on 2021-06-01.
    Files.writeString(dir.resolve("participants.csv"), "participant_id,activity_id,outcome,date,date_of_birth\n"
        + "P1,A1,employment,2020-06-01,\nP2,A1,employment,2021-06-01,2000-06-02\n");
  }

  private JsonNode calculate(String... options) throws IOException {
    Path json = out.resolve("report-" + options.length + ".json");
    List<String> args = new ArrayList<>(List.of("calculate", dir.toString(), "-q", "-o", json.toString()));
    args.addAll(List.of(options));
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    return new ObjectMapper().readTree(json.toFile());
  }

  private static String period(JsonNode json) {
    JsonNode p = json.get("evaluation").get("period");
    return p.get("start").asText() + ".." + p.get("end").asText();
  }

  private static long underTwentyFiveClaims(JsonNode json) {
    for (JsonNode band : json.get("byAgeBand")) {
      if (band.get("ageBand").asText().equals("under-25")) {
        return band.get("claims").asLong();
      }
    }
    throw new AssertionError("no under-25 band");
  }

  @Test
  @DisplayName("§4.6: the period in evaluation.yaml decides which dated rows are claimed")
  void periodFromFile() throws IOException {
    JsonNode json = calculate();
    assertThat(period(json)).isEqualTo("2020-04-01..2021-03-31");
    assertThat(json.get("totals").get("claims").asLong()).isEqualTo(1);
    assertThat(underTwentyFiveClaims(json)).isZero();
  }

  @Test
  @DisplayName("§7: --period 2021/22 (a UK financial year) overrides the file's period")
  void periodOption() throws IOException {
    JsonNode json = calculate("--period", "2021/22");
    assertThat(period(json)).isEqualTo("2021-04-01..2022-03-31");
    assertThat(json.get("totals").get("claims").asLong()).isEqualTo(1);
    assertThat(underTwentyFiveClaims(json)).as("age from date_of_birth at the row's date").isEqualTo(1);
  }

  @Test
  @DisplayName("§7: --from/--to override the file's period")
  void fromTo() throws IOException {
    JsonNode json = calculate("--from", "01/01/2020", "--to", "2021-12-31");
    assertThat(period(json)).isEqualTo("2020-01-01..2021-12-31");
    assertThat(json.get("totals").get("claims").asLong()).isEqualTo(2);
  }
}
