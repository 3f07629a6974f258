package org.impactkit.read.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Texts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§3.1 value bank files")
class BankReaderTest {
  private static ValueBank read(String json) throws Exception {
    return BankReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my-bank.json");
  }

  private static String bank(String outcomes) {
    return "{\"schema\": \"impact/bank/v1\", \"id\": \"b\", \"priceYear\": 2020, \"regions\": [{\"id\": \"london\"},"
        + " {\"id\": \"outside-london\"}], \"outcomes\": [" + outcomes + "]}";
  }

  private static Iterable<String> messages(Throwable e) {
    return ((InvalidInputException) e).diagnostics().stream().map(Diagnostic::render).toList();
  }

  @Test
  @DisplayName("§3.1 defaults: three age bands plus unknown; a single region 'uk' when none declared")
  void defaults() throws Exception {
    ValueBank b = read("{\"schema\": \"impact/bank/v1\", \"id\": \"b\", \"priceYear\": 2020,"
        + " \"outcomes\": [{\"id\": \"x\", \"value\": 10}]}");
    assertThat(b.ageBands()).extracting(AgeBand::id).containsExactly("under-25", "25-49", "50-plus", "unknown");
    assertThat(b.regions()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("uk"));
    assertThat(b.outcome("X")).isPresent();
  }

  @Test
  @DisplayName("§3.1 'values' must have every region and band of the bank; errors name file, outcome and field")
  void incompleteValues() {
    String json = bank("{\"id\": \"employment\", \"values\": {\"london\": {\"under-25\": 1, \"25-49\": 2,"
        + " \"50-plus\": 3, \"unknown\": 4}, \"outside-london\": {\"under-25\": 1, \"25-49\": 2, \"50-plus\": 3}}}");
    assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(messages(e)).containsExactly(
            "my-bank.json: outcome 'employment', field 'values': region 'outside-london' has no value for age band"
                + " 'unknown'"));
  }

  @Test
  @DisplayName("§3.1 an outcome has 'value' or 'values'; deadweight is a fraction 0–1; every problem at once")
  void manyProblems() {
    String json = bank("{\"id\": \"a\"}, {\"id\": \"b\", \"value\": 5, \"deadweight\": 1.5},"
        + " {\"id\": \"c\", \"value\": 5, \"deadweightCategory\": \"nope\"}, {\"id\": \"c\", \"value\": 1}");
    assertThatThrownBy(() -> read(json)).satisfies(e -> assertThat(messages(e)).contains(
        "my-bank.json: outcome 'a', field 'value': missing; give 'value', 'values' or 'lifeSatisfactionChange'"));
    String json2 = bank("{\"id\": \"b\", \"value\": 5, \"deadweight\": 1.5},"
        + " {\"id\": \"c\", \"value\": 5, \"deadweightCategory\": \"nope\"}, {\"id\": \"c\", \"value\": 1}");
    assertThatThrownBy(() -> read(json2)).satisfies(e -> assertThat(messages(e)).containsExactlyInAnyOrder(
        "my-bank.json: outcome 'b', field 'deadweight': deadweight must be a fraction from 0 to 1, found 1.5",
        "my-bank.json: outcome 'c', field 'deadweightCategory': no deadweight category 'nope' in deadweightCategories",
        "my-bank.json: outcome 'c', field 'id': the id is used by another outcome"));
  }

  @Test
  @DisplayName("§3.1 conflicts name outcomes of the bank")
  void conflicts() {
    String json = "{\"schema\": \"impact/bank/v1\", \"id\": \"b\", \"priceYear\": 2020,"
        + " \"outcomes\": [{\"id\": \"x\", \"value\": 1}], \"conflicts\": [[\"x\", \"y\"]]}";
    assertThatThrownBy(() -> read(json)).satisfies(e -> assertThat(messages(e)).containsExactly(
        "my-bank.json: field 'conflicts': 'y' is not an outcome id of the bank"));
  }

  @Test
  @DisplayName("unknown fields are errors with the nearest known field; wrong schema and broken JSON say so")
  void typos() {
    String json = "{\"schema\": \"impact/bank/v2\", \"id\": \"b\", \"priceYear\": 2020, \"outcome\": []}";
    assertThatThrownBy(() -> read(json)).satisfies(e -> assertThat(messages(e)).contains(
        "my-bank.json: field 'outcome': not a field of a bank; did you mean 'outcomes'?",
        "my-bank.json: field 'schema': expected \"impact/bank/v1\", found \"impact/bank/v2\""));
    assertThatThrownBy(() -> read("{\"schema\": \n  oops}")).hasMessageStartingWith("my-bank.json:2: not valid JSON");
  }

  @Test
  @DisplayName("§3.2 the bundled open bank: values derived from life satisfaction × £13,000; licence travels with it")
  void bundled() {
    ValueBank open = Banks.defaultBank();
    assertThat(open.id()).isEqualTo("uk-wellby-open");
    assertThat(open.info().priceYear()).isEqualTo(2019);
    assertThat(open.info().licence()).contains("Open Government Licence");
    assertThat(open.info().attribution()).isNotBlank();
    for (Outcome o : open.outcomes()) {
      assertThat(o.values().isUniform()).as(o.id()).isTrue();
      assertThat(o.provenance().source()).as(o.id()).isNotBlank();
      BigDecimal ls = o.provenance().lifeSatisfactionChange();
      if (ls != null) {
        assertThat(o.values().uniformValue()).as(o.id()).isEqualByComparingTo(ls.multiply(new BigDecimal(13000)));
        // written as reports write money, every digit of the product kept
        assertThat(o.provenance().derivation()).as(o.id()).isEqualTo("ΔLS " + ls.toPlainString() + " × £13,000 per"
            + " WELLBY (2019 prices) = £" + Texts.grouped(ls.multiply(new BigDecimal(13000)).toPlainString()));
      } else {
        assertThat(o.provenance().derivation()).as(o.id()).isNotBlank();
      }
      assertThat(open.deadweight(o)).as("no open source publishes deadweight").isEmpty();
    }
    assertThat(open.outcome("employment").orElseThrow().values().uniformValue()).isEqualByComparingTo("5980");
  }

  @Test
  @DisplayName("an unknown bundled id names the bundled banks")
  void unknownBundled() {
    assertThatThrownBy(() -> Banks.bundled("uk-wellby")).hasMessageContaining("there is no bundled bank 'uk-wellby'")
        .hasMessageContaining("did you mean 'uk-wellby-open'?");
  }
}
