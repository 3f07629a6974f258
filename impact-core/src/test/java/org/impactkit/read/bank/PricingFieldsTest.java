package org.impactkit.read.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.PriceIndices;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** §5.4, §5.5 fields of bank files (uprating, low/high, priceYear, priceYearStated) and price-index files. */
@DisplayName("§5.4–§5.5 uprating, ranges and price years in bank files; price-index files")
class PricingFieldsTest {
  @TempDir Path dir;

  private static ValueBank read(String json) throws Exception {
    return BankReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my-bank.json");
  }

  private static List<String> problems(String json) {
    try {
      read(json);
    } catch (InvalidInputException e) {
      return e.diagnostics().stream().map(Diagnostic::message).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected problems");
  }

  private static String bank(String top, String outcome) {
    return "{\"schema\": \"impact/bank/v1\", \"id\": \"b\", \"priceYear\": 2020" + top + ", \"outcomes\": ["
        + outcome + "]}";
  }

  @Test
  @DisplayName("a bank and an outcome declare uprating; an outcome carries low/high and its own price year")
  void fields() throws Exception {
    ValueBank b = read(bank(", \"uprating\": \"wellby\"",
        "{\"id\": \"x\", \"value\": 100, \"low\": 80, \"high\": 130, \"priceYear\": 2018, \"uprating\": \"deflator\"},"
            + " {\"id\": \"y\", \"value\": 10, \"priceYearStated\": false}"));
    assertThat(b.info().uprating()).isEqualTo(Uprating.WELLBY);
    Outcome x = b.outcome("x").orElseThrow();
    assertThat(x.low()).isEqualByComparingTo("80");
    assertThat(x.high()).isEqualByComparingTo("130");
    assertThat(b.priceYear(x)).isEqualTo(2018);
    assertThat(b.uprating(x)).isEqualTo(Uprating.DEFLATOR);
    Outcome y = b.outcome("y").orElseThrow();
    assertThat(y.priceYearStated()).isFalse();
    assertThat(b.priceYear(y)).isEqualTo(2020);
    assertThat(b.uprating(y)).isEqualTo(Uprating.WELLBY);
    // written back and read again, nothing is lost
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BankJsonWriter.write(b, out);
    ValueBank again = BankReader.read(new ByteArrayInputStream(out.toByteArray()), "again.json");
    assertThat(again.outcome("x").orElseThrow()).extracting(Outcome::low, Outcome::high, Outcome::uprating,
        Outcome::priceYear).containsExactly(x.low(), x.high(), x.uprating(), x.priceYear());
    assertThat(again.outcome("y").orElseThrow().priceYearStated()).isFalse();
    assertThat(again.info().uprating()).isEqualTo(Uprating.WELLBY);
  }

  @Test
  @DisplayName("wrong uprating, a range that does not hold the value or lacks an end, a range with 'values': named")
  void wrongFields() {
    assertThat(problems(bank(", \"uprating\": \"gdp\"", "{\"id\": \"x\", \"value\": 1}")))
        .contains("field 'uprating': expected wellby, deflator or none, found 'gdp'");
    assertThat(problems(bank("", "{\"id\": \"x\", \"value\": 100, \"low\": 120, \"high\": 130}")))
        .anyMatch(m -> m.contains("outcome 'x'") && m.contains("must hold the value 100"));
    assertThat(problems(bank("", "{\"id\": \"x\", \"value\": 100, \"low\": 90}")))
        .anyMatch(m -> m.contains("a range needs both 'low' and 'high'"));
    assertThat(problems(bank("", "{\"id\": \"x\", \"values\": {\"uk\": {\"under-25\": 1, \"25-49\": 1, \"50-plus\": 1,"
        + " \"unknown\": 1}}, \"low\": 0, \"high\": 2}")))
        .anyMatch(m -> m.contains("goes with a single 'value'"));
    assertThat(problems(bank("", "{\"id\": \"x\", \"value\": 1, \"priceYear\": \"2019\"}")))
        .anyMatch(m -> m.contains("outcome 'x', field 'priceYear': expected a year"));
  }

  @Test
  @DisplayName("the bundled open bank: wellby uprating, Treasury ranges, culture values without a stated price year")
  void openBank() {
    ValueBank open = Banks.defaultBank();
    assertThat(open.info().uprating()).isEqualTo(Uprating.WELLBY);
    Outcome employment = open.outcome("employment").orElseThrow();
    // HM Treasury, Wellbeing Guidance Annex 2: £5,980 per year [£3,800-£8,480]
    assertThat(employment.low()).isEqualByComparingTo("3800");
    assertThat(employment.high()).isEqualByComparingTo("8480");
    assertThat(open.outcomes().stream().filter(o -> !o.priceYearStated()).map(Outcome::id))
        .containsExactlyInAnyOrder("regular-volunteering", "sport-participation", "arts-engagement", "library-use");
  }

  @Test
  @DisplayName("the bundled indices: ONS YBGB 1948–2024 (2019 = 90.3, 2022 = 100.0, 2024 = 111.2), no real GDP per head")
  void bundledIndices() {
    PriceIndices i = PriceIndexReader.bundled();
    assertThat(i.id()).isEqualTo("ons-2025-06");
    assertThat(i.deflator().code()).isEqualTo("YBGB");
    assertThat(i.deflator().coverage()).isEqualTo("1948 to 2024");
    assertThat(i.deflator().of(2019)).isEqualByComparingTo("90.3");
    assertThat(i.deflator().of(2022)).isEqualByComparingTo("100.0");
    assertThat(i.deflator().of(2024)).isEqualByComparingTo("111.2");
    assertThat(i.realGdpPerHead().isEmpty()).isTrue();
  }

  @Test
  @DisplayName("a bad indices file: every problem named with the file, nothing else read")
  void badIndices() throws Exception {
    Path f = dir.resolve("indices.json");
    Files.writeString(f, "{\"schema\": \"impact/indices/v1\", \"id\": \"x\", \"colour\": 1, \"series\":"
        + " {\"gdp-deflator\": {\"values\": {\"2019\": -1, \"20x9\": 2}}}}");
    assertThatThrownBy(() -> PriceIndexReader.load(f, "indices.json"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).diagnostics()).map(Diagnostic::render)
            .contains("indices.json: field 'colour': not a field of a price-index file",
                "indices.json: series 'gdp-deflator', year 2019: expected an index above 0",
                "indices.json: series 'gdp-deflator': '20x9' is not a year such as \"2019\""));
    Files.writeString(f, "{\"schema\": \"impact/indices/v1\",\n \"id\": ");
    assertThatThrownBy(() -> PriceIndexReader.load(f, "indices.json")).hasMessageContaining("indices.json:2");
    assertThat(PriceIndexReader.load(writeGood(), "good.json").deflator().of(2020))
        .isEqualByComparingTo(new BigDecimal("95"));
  }

  private Path writeGood() throws Exception {
    Path f = dir.resolve("good.json");
    Files.writeString(f, "{\"schema\": \"impact/indices/v1\", \"id\": \"g\", \"series\": {\"gdp-deflator\":"
        + " {\"code\": \"YBGB\", \"values\": {\"2020\": 95}}, \"real-gdp-per-head\": {\"values\": {}}}}");
    return f;
  }
}
