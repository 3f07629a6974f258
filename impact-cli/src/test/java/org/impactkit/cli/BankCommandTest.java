package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact bank import|list|show} (SPEC §3.3, §7), run in-process. All values are made up. */
class BankCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/bank-import");

  @TempDir Path temp;

  @Test
  @DisplayName("§3.3: a value table imported with 'bank import' gives the same figures as the JSON bank it came from")
  void importedTableCalculatesLikeTheJsonBank() throws IOException {
    Path imported = temp.resolve("imported.json");
    Cli run = Cli.run("bank", "import", FIXTURES.resolve("values.csv").toString(), "-o", imported.toString(),
        "--id", "fake-bank", "--price-year", "2020");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Keep this file to yourself");

    JsonNode fromJson = calculate(FIXTURES.resolve("bank.json"), temp.resolve("a.json"));
    JsonNode fromTable = calculate(imported, temp.resolve("b.json"));
    for (String part : new String[] {"totals", "byAgeBand", "byActivity", "byOutcome", "byRegion", "notClaimed",
        "calculation", "headcounts"}) {
      assertThat(fromTable.get(part)).as(part).isEqualTo(fromJson.get(part));
    }
    // By hand: employment × (1 − 20%): London under-25 1000 → 800, London 25-49 2000 → 1600,
    // outside 50+ 1300 → 1040, outside unknown 1500 → 1200; volunteering 911 × (1 − 10%) = 819.90 for p5.
    // p1's volunteering (819.90) conflicts with employment (800) and the lower is kept.
    assertThat(fromTable.at("/totals/socialValue").decimalValue()).isEqualByComparingTo("5459.90");
    assertThat(fromTable.at("/totals/investment").decimalValue()).isEqualByComparingTo("15000");
    assertThat(fromTable.at("/totals/claims").asLong()).isEqualTo(5);
  }

  private static JsonNode calculate(Path bank, Path out) throws IOException {
    Cli run = Cli.run("calculate", FIXTURES.resolve("evaluation").toString(), "--bank", bank.toString(),
        "--format", "json", "-o", out.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(Files.readString(out));
  }

  @Test
  @DisplayName("§3.3: an outcome with one figure everywhere becomes 'value'; others keep 'values' by region and band")
  void uniformAndVaryingValues() throws IOException {
    Cli run = Cli.run("bank", "import", FIXTURES.resolve("values.csv").toString(), "-o", "-", "--price-year", "2020",
        "--name", "Fake", "--licence", "Made up");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode bank = new ObjectMapper().readTree(run.out());
    assertThat(bank.get("schema").asText()).isEqualTo("impact/bank/v1");
    assertThat(bank.get("id").asText()).isEqualTo("values");
    assertThat(bank.get("licence").asText()).isEqualTo("Made up");
    assertThat(bank.at("/outcomes/1/value").decimalValue()).isEqualByComparingTo("911");
    assertThat(bank.at("/outcomes/0/values/outside-london/unknown").decimalValue()).isEqualByComparingTo("1500");
    assertThat(bank.at("/outcomes/0/deadweight").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(bank.at("/conflicts/0").toString()).isEqualTo("[\"employment\",\"volunteering\"]");
  }

  @Test
  @DisplayName("§7: bad cells in a value table are reported as file:line:column, exit 1, nothing written")
  void badTable() throws IOException {
    Path table = temp.resolve("bad.csv");
    Files.writeString(table, """
        outcome_id,region,age_band,value,deadweight
        employment,London,Under 25,1000,0.2
        employment,London,Teenagers,£2x,20
        """, StandardCharsets.UTF_8);
    Path out = temp.resolve("bank.json");
    Cli run = Cli.run("bank", "import", table.toString(), "-o", out.toString(), "--price-year", "2020");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(table + ":2:deadweight: deadweight 0.2 is ambiguous")
        .contains(table + ":3:age_band: expected an age band such as Under 25")
        .contains(table + ":3:value: expected an amount of money").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("§3.1: a table missing a region × band cell is refused, naming the outcome and the missing cells")
  void missingCell() throws IOException {
    Path table = temp.resolve("gap.csv");
    Files.writeString(table, """
        outcome_id,region,age_band,value
        employment,UK,Under 25,1000
        employment,UK,25-49,2000
        employment,UK,50+,1500
        """, StandardCharsets.UTF_8);
    Cli run = Cli.run("bank", "import", table.toString(), "-o", temp.resolve("b.json").toString(), "--price-year",
        "2020");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains(table + ":2:outcome_id: outcome 'employment' has no value for 1 region and age band:"
        + " UK × Unknown");
  }

  @Test
  @DisplayName("§7: 'bank import' without --price-year is a usage error (exit 2)")
  void priceYearRequired() {
    Cli run = Cli.run("bank", "import", FIXTURES.resolve("values.csv").toString(), "-o", "-");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--price-year");
  }

  @Test
  @DisplayName("§7: 'bank show' prints values by region and band, deadweight, evidence and conflicts")
  void show() {
    Cli run = Cli.run("bank", "show", "employment", "--bank", FIXTURES.resolve("bank.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Moved into employment").contains("£2,000.00").contains("Outside London")
        .contains("Deadweight:        20%").contains("Job offer letter").contains("volunteering");
  }

  @Test
  @DisplayName("§7: 'bank list' shows every outcome, a range for values that vary, and deadweight")
  void list() {
    Cli run = Cli.run("bank", "list", "--bank", FIXTURES.resolve("bank.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Fake bank for tests").contains("£900.00–£2,000.00").contains("£911.00")
        .contains("10%");
  }

  @Test
  @DisplayName("'impact completion' prints a bash/zsh completion script that knows the subcommands")
  void completion() {
    Cli run = Cli.run("completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_impact")
        .contains("import").contains("calculate");
  }

  @Test
  @DisplayName("§5.4: import declares no uprating unless asked; --uprating deflator writes it, a wrong one is refused")
  void uprating() throws IOException {
    Cli plain = Cli.run("bank", "import", FIXTURES.resolve("values.csv").toString(), "-o", "-", "--price-year", "2020");
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(new ObjectMapper().readTree(plain.out()).has("uprating")).isFalse();
    Cli declared = Cli.run("bank", "import", FIXTURES.resolve("values.csv").toString(), "-o", "-", "--price-year",
        "2020", "--uprating", "deflator");
    assertThat(declared.exitCode()).as(declared.err()).isZero();
    assertThat(new ObjectMapper().readTree(declared.out()).get("uprating").asText()).isEqualTo("deflator");
    Cli wrong = Cli.run("bank", "import", FIXTURES.resolve("values.csv").toString(), "-o", "-", "--price-year",
        "2020", "--uprating", "cpi");
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("expected wellby, deflator or none");
  }
}
