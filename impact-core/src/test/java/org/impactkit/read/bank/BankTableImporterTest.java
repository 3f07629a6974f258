package org.impactkit.read.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The value table form of a bank (SPEC §3.3) and the JSON it becomes (§3.1). Values are made up. */
class BankTableImporterTest {
  private static final ValueBank.Info INFO =
      new ValueBank.Info("fake", "Fake bank", "1.0", "GBP", 2020, "made up", null, null);

  @TempDir Path temp;

  private BankTableImporter.Imported importCsv(String csv) throws IOException {
    Path file = temp.resolve("values.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    try (Table table = Tables.open(file, "values.csv")) {
      return BankTableImporter.read(table, INFO);
    }
  }

  @Test
  @DisplayName("§3.3: one row per outcome × region × band gives values by region and band, in the table's order")
  void grid() throws IOException {
    ValueBank bank = importCsv("""
        Outcome ID;Outcome name;Region;Age band;Value;Deadweight;Requires survey
        emp;Into work;North;<25;£1,000.00;25%;no
        emp;Into work;North;25 to 49;2000;25%;no
        emp;Into work;North;50 and over;1500;25%;no
        emp;Into work;North;Unknown;1700;25%;no
        emp;Into work;South;Under 25;900;25;no
        emp;Into work;South;25-49;1800;25;no
        emp;Into work;South;50+;1300;25;no
        emp;Into work;South;unknown;1500;25;no
        """).bank();
    Outcome emp = bank.outcome("emp").orElseThrow();
    assertThat(bank.regions()).extracting(r -> r.id() + "=" + r.label()).containsExactly("north=North", "south=South");
    assertThat(bank.ageBands()).extracting(AgeBand::id).containsExactly("under-25", "25-49", "50-plus", "unknown");
    assertThat(emp.values().isUniform()).isFalse();
    assertThat(emp.values().value("north", "under-25")).isEqualByComparingTo("1000");
    assertThat(emp.values().value("south", "unknown")).isEqualByComparingTo("1500");
    assertThat(emp.deadweight()).isEqualByComparingTo("0.25");
    assertThat(emp.name()).isEqualTo("Into work");
  }

  @Test
  @DisplayName("§3.1: the same figure in every cell, or one row with region and band blank, becomes a uniform value")
  void uniform() throws IOException {
    ValueBank bank = importCsv("""
        outcome_id,region,age_band,value,requires_survey,conflicts
        a,UK,Under 25,500,yes,b
        a,UK,25-49,500,yes,
        a,UK,50+,500.00,yes,
        a,UK,Unknown,500,yes,
        b,,,911,,A | c
        c,,,100,,
        """).bank();
    assertThat(bank.outcome("a").orElseThrow().values().uniformValue()).isEqualByComparingTo("500");
    assertThat(bank.outcome("a").orElseThrow().requiresSurvey()).isTrue();
    assertThat(bank.outcome("b").orElseThrow().values().uniformValue()).isEqualByComparingTo("911");
    assertThat(bank.conflict("a", "b")).isTrue();
    assertThat(bank.conflict("b", "c")).isTrue();
    assertThat(bank.conflicts()).hasSize(2);
  }

  @Test
  @DisplayName("§3.3: an outcome's facts must agree across its rows; repeats and unknown conflicts are named")
  void inconsistentRows() {
    assertThatThrownBy(() -> importCsv("""
        outcome_id,outcome_name,region,age_band,value,conflicts
        a,Alpha,UK,Under 25,1,zz
        a,Alfa,UK,25-49,1,
        a,Alpha,UK,25-49,1,
        """)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
        .extracting(Diagnostic::render).contains(
            "values.csv:3:outcome_name: outcome 'a' has a different outcome name on line 2 ('Alpha');"
                + " an outcome has one",
            "values.csv:4:age_band: outcome 'a', region 'UK', age band '25-49' is already given on line 3"));
  }

  @Test
  @DisplayName("§3.3: deadweights that differ between an outcome's rows are quoted as written, in percent")
  void differentDeadweights() {
    assertThatThrownBy(() -> importCsv("outcome_id,region,age_band,value,deadweight\n"
        + "a,UK,Under 25,1,20%\na,UK,25-49,1,20\na,UK,50+,1,25%\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::render).containsExactly("values.csv:4:deadweight: outcome 'a' has a different"
                + " deadweight on line 2 ('20%'); an outcome has one"));
  }

  @Test
  @DisplayName("§3.3: one value of another sign among an outcome's values is warned of at its line")
  void strayMinus() throws IOException {
    List<Diagnostic> warnings = importCsv("""
        outcome_id,region,age_band,value,deadweight
        a,UK,Under 25,1000,10%
        a,UK,25-49,-2000,10%
        a,UK,50+,1500,10%
        a,UK,Unknown,1200,10%
        """).warnings();
    assertThat(warnings).extracting(Diagnostic::render).containsExactly("values.csv:3:value: warning: outcome 'a' has a"
        + " negative value here among positive ones: an outcome is a benefit or a harm in every region and age band;"
        + " check the sign");
  }

  @Test
  @DisplayName("a CSV row cut short of a column other rows fill is refused: its survey flag would be lost unseen")
  void cutShort() {
    assertThatThrownBy(() -> importCsv("outcome_id,outcome_name,value,requires_survey,conflicts\n"
        + "a,Alpha,911,yes,b\nb,Beta,1000\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::render).containsExactly("values.csv:3:requires_survey: this row has 3 values for"
                + " the header's 5 columns, so its 'requires_survey' would be read as blank, though other rows give one:"
                + " give the row a value, or an empty one, for every column"));
  }

  @Test
  @DisplayName("§3.1: figures and ids beyond what a bank file may hold are refused at their row")
  void limits() {
    assertThatThrownBy(() -> importCsv("outcome_id,value\nbig,1000000000000\n" + "x".repeat(101) + ",1\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::render).containsExactly(
                "values.csv:2:value: an amount of money must be below 1,000,000,000,000 with at most 12 decimal"
                    + " places, found '1000000000000'",
                "values.csv:3:outcome_id: an outcome id has at most 100 characters, found 101"));
  }

  @Test
  @DisplayName("§4.2: a missing required column names the column and the headers found")
  void missingColumn() {
    assertThatThrownBy(() -> importCsv("outcome_id,amount\na,1\n"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing required column 'value'")
        .hasMessageContaining("'amount'");
  }

  @Test
  @DisplayName("§3.1: a bank written as JSON reads back with the same outcomes, values, deadweights and conflicts")
  void roundTrip() throws IOException {
    ValueBank original = importCsv("""
        outcome_id,region,age_band,value,deadweight,evidence,conflicts
        a,London,Under 25,1000,20,Letter,b
        a,London,25-49,2000,20,Letter,
        a,London,50+,1500,20,Letter,
        a,London,Unknown,1700,20,Letter,
        a,Outside London,Under 25,900,20,Letter,
        a,Outside London,25-49,1800,20,Letter,
        a,Outside London,50+,1300,20,Letter,
        a,Outside London,Unknown,1500,20,Letter,
        b,,,911.5,10,,
        """).bank();
    ValueBank copy = roundTrip(original);
    assertThat(copy.outcome("a").orElseThrow().values().byRegionAndBand())
        .isEqualTo(original.outcome("a").orElseThrow().values().byRegionAndBand());
    assertThat(copy.outcome("b").orElseThrow().values().uniformValue()).isEqualByComparingTo("911.5");
    assertThat(copy.deadweight(copy.outcome("a").orElseThrow())).contains(new BigDecimal("0.2"));
    assertThat(copy.outcome("a").orElseThrow().evidence()).isEqualTo("Letter");
    assertThat(copy.conflict("a", "b")).isTrue();
    assertThat(copy.info()).isEqualTo(INFO);
  }

  @Test
  @DisplayName("§3.2: the bundled open bank survives writing and reading back unchanged in every value")
  void bundledRoundTrip() throws IOException {
    ValueBank open = Banks.defaultBank();
    ValueBank copy = roundTrip(open);
    assertThat(copy.outcomes()).hasSameSizeAs(open.outcomes());
    for (Outcome o : open.outcomes()) {
      Outcome c = copy.outcome(o.id()).orElseThrow();
      assertThat(c.values().uniformValue()).isEqualByComparingTo(o.values().uniformValue());
      assertThat(c.provenance().source()).isEqualTo(o.provenance().source());
      assertThat(c.requiresSurvey()).isEqualTo(o.requiresSurvey());
    }
  }

  private static ValueBank roundTrip(ValueBank bank) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BankJsonWriter.write(bank, out);
    return BankReader.read(new ByteArrayInputStream(out.toByteArray()), "copy.json");
  }
}
