package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calculate} with per-outcome adjustments in {@code evaluation.yaml} (SPEC §4.6, §5.2), checked
 * against hand figures and a separate implementation of the §5.2 formula written here from the spec.
 * Bank values are fake.
 */
class AdjustedCalculationTest {
  static final String BANK = """
      {"schema": "impact/bank/v1", "id": "test-bank", "name": "Test", "version": "1", "currency": "GBP",
       "priceYear": 2020, "licence": "test", "attribution": "test",
       "regions": [{"id": "london", "label": "London"}, {"id": "outside-london", "label": "Outside London"}],
       "deadweightCategories": {"social": 0.1},
       "outcomes": [
         {"id": "alpha", "name": "Alpha outcome", "category": "Test", "requiresSurvey": false, "deadweight": 0.2,
          "values": {"london": {"under-25": 1000, "25-49": 2000, "50-plus": 1500, "unknown": 1700},
                     "outside-london": {"under-25": 900, "25-49": 1800, "50-plus": 1300, "unknown": 1500}}},
         {"id": "beta", "name": "Beta outcome", "category": "Test", "requiresSurvey": false,
          "deadweightCategory": "social", "value": 911},
         {"id": "gamma", "name": "Gamma outcome", "category": "Test", "requiresSurvey": false, "value": 500}
       ]}
      """;

  @TempDir Path dir;

  CalculationResult run(String yaml) throws IOException {
    Files.writeString(dir.resolve("bank.json"), BANK);
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\nA1,10000,outside-london\n");
    Files.writeString(dir.resolve("counts.csv"), """
        activity_id,outcome,age_band,count
        A1,alpha,under-25,3
        A1,alpha,25-49,2
        A1,beta,unknown,4
        A1,gamma,50-plus,5
        """);
    Files.writeString(dir.resolve("evaluation.yaml"), "bank: bank.json\nregion: outside-london\n" + yaml);
    return Evaluation.prepare(dir).calculate();
  }

  static BigDecimal social(CalculationResult r, String outcome) {
    return r.byOutcome().stream().filter(o -> o.outcome().id().equals(outcome)).map(OutcomeFigures::socialValue)
        .findFirst().orElseThrow();
  }

  static BigDecimal penny(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * SPEC §5.2 written out directly: gross × Π(1 − adjustment) × Σ_t (1 − dropOff)^(t−1) / (1 + rate)^e(t).
   */
  static BigDecimal spec52(String gross, String dw, String disp, String attr, int duration, String drop,
      boolean endOfYear) {
    BigDecimal pv = BigDecimal.ZERO;
    for (int t = 1; t <= duration; t++) {
      int e = endOfYear ? t : t - 1;
      BigDecimal num = BigDecimal.ONE.subtract(new BigDecimal(drop)).pow(t - 1);
      pv = pv.add(num.divide(new BigDecimal("1.035").pow(e), MathContext.DECIMAL128));
    }
    return new BigDecimal(gross).multiply(BigDecimal.ONE.subtract(new BigDecimal(dw)))
        .multiply(BigDecimal.ONE.subtract(new BigDecimal(disp))).multiply(BigDecimal.ONE.subtract(new BigDecimal(attr)))
        .multiply(pv);
  }

  static final String ADJUSTMENTS = """
      outcomes:
        alpha: {duration: 3, dropOff: 20%, attribution: 25%, displacement: 10%}
        Beta Outcome: {deadweight: 30%}
      """;

  @Test
  @DisplayName("§5.2 year-zero: duration 3 with drop-off, attribution, displacement; deadweight override by name")
  void yearZero() throws IOException {
    CalculationResult r = run(ADJUSTMENTS + "discounting: {rate: 3.5%, convention: year-zero}\n");
    // alpha: 0.8 × 0.9 × 0.75 = 0.54; pvFactor 1 + 0.8/1.035 + 0.64/1.035² = 2.3703937;
    // 3 × 900 × 0.54 × 2.3703937 + 2 × 1800 × 0.54 × 2.3703937 = 3456.03 + 4608.05 = 8064.08
    assertThat(penny(social(r, "alpha"))).isEqualByComparingTo("8064.08");
    assertThat(social(r, "alpha")).isEqualByComparingTo(
        spec52("900", "0.2", "0.1", "0.25", 3, "0.2", false).multiply(BigDecimal.valueOf(3))
            .add(spec52("1800", "0.2", "0.1", "0.25", 3, "0.2", false).multiply(BigDecimal.valueOf(2))));
    // beta: 911 × (1 − 0.30) × 4 = 2550.8, the bank's 10% overridden
    assertThat(social(r, "beta")).isEqualByComparingTo("2550.8");
    // gamma: no deadweight in the bank (0%, warned), no adjustments: 500 × 5
    assertThat(social(r, "gamma")).isEqualByComparingTo("2500");
    assertThat(r.checks()).anyMatch(c -> c.id() == CheckId.DEADWEIGHT && c.message().contains("gamma"));
  }

  @Test
  @DisplayName("§5.2 end-of-year: e(t) = t for every outcome, so year 1 is discounted for all of them")
  void endOfYear() throws IOException {
    CalculationResult r = run(ADJUSTMENTS + "discounting: {rate: 3.5%, convention: end-of-year}\n");
    // alpha: pvFactor 1/1.035 + 0.8/1.035² + 0.64/1.035³ = 2.2902355; 5 claims: 7791.38
    assertThat(penny(social(r, "alpha"))).isEqualByComparingTo("7791.38");
    assertThat(penny(social(r, "alpha"))).isEqualByComparingTo(penny(
        spec52("900", "0.2", "0.1", "0.25", 3, "0.2", true).multiply(BigDecimal.valueOf(3))
            .add(spec52("1800", "0.2", "0.1", "0.25", 3, "0.2", true).multiply(BigDecimal.valueOf(2)))));
    // a deadweight override only, and no adjustment at all: one year, discounted once (to 30 digits)
    BigDecimal tiny = new BigDecimal("1E-25");
    assertThat(social(r, "beta").subtract(new BigDecimal("2550.8").divide(new BigDecimal("1.035"),
        MathContext.DECIMAL128)).abs()).isLessThan(tiny);
    assertThat(social(r, "gamma").subtract(new BigDecimal("2500").divide(new BigDecimal("1.035"),
        MathContext.DECIMAL128)).abs()).isLessThan(tiny);
  }

  @Test
  @DisplayName("§5.2 attribution alone for one year under end-of-year is discounted once, as the formula says")
  void oneYearAdjustedEndOfYear() throws IOException {
    CalculationResult r = run("outcomes:\n  gamma: {attribution: 50%}\ndiscounting: {convention: end-of-year}\n");
    // 5 × 500 × 0.5 / 1.035 = 1207.7294686 (equal to 30 significant digits: both divide at DECIMAL128)
    assertThat(social(r, "gamma").subtract(new BigDecimal("1250").divide(new BigDecimal("1.035"),
        MathContext.DECIMAL128)).abs()).isLessThan(new BigDecimal("1E-25"));
  }

  @Test
  @DisplayName("§5.2 none configured: exactly gross × (1 − deadweight), the Excel calculator's figure")
  void noneConfigured() throws IOException {
    for (String convention : new String[] {"", "discounting: {rate: 3.5%, convention: year-zero}\n"}) {
      CalculationResult r = run(convention);
      // alpha: (3 × 900 + 2 × 1800) × 0.8 = 5040; beta: 4 × 911 × 0.9 = 3279.6; gamma: 2500
      assertThat(social(r, "alpha")).as(convention).isEqualByComparingTo("5040");
      assertThat(social(r, "beta")).as(convention).isEqualByComparingTo("3279.6");
      assertThat(social(r, "gamma")).as(convention).isEqualByComparingTo("2500");
      assertThat(r.totals().socialValue()).as(convention).isEqualByComparingTo("10819.6");
    }
  }

  @Test
  @DisplayName("§4.6 an outcome named twice under outcomes: (id and name) is an error, not a silent overwrite")
  void outcomeNamedTwice() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> run("outcomes:\n  beta: {deadweight: 30%}\n  Beta Outcome: {deadweight: 20%}\n"))
        .isInstanceOf(org.impactkit.diagnostic.InvalidInputException.class)
        .hasMessageContaining("beta");
  }

  @Test
  @DisplayName("§5.4: a bank in another currency than the UK's is not uprated by the bundled UK deflator: refused,"
      + " saying its own price indices are needed; in its own price year it runs")
  void otherCurrencyNeedsItsOwnIndices() throws IOException {
    String euros = BANK.replace("\"currency\": \"GBP\"", "\"currency\": \"EUR\"");
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\nA1,10000,outside-london\n");
    Files.writeString(dir.resolve("counts.csv"), "activity_id,outcome,age_band,count\nA1,gamma,50-plus,5\n");
    Files.writeString(dir.resolve("bank.json"), euros);
    Files.writeString(dir.resolve("evaluation.yaml"), "bank: bank.json\nregion: outside-london\npriceYear: 2024\n");
    assertThatThrownBy(() -> Evaluation.prepare(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("values in EUR are to be brought to 2024 prices, which needs that currency's price"
            + " indices; the bundled ones are the UK's GDP deflator");
    Files.writeString(dir.resolve("evaluation.yaml"), "bank: bank.json\nregion: outside-london\npriceYear: 2020\n");
    assertThat(Evaluation.prepare(dir).calculate().priceYear().report()).isEqualTo(2020);
  }

  @Test
  @DisplayName("§5.4, §8: an outcome the bank gives in a price year of its own is brought to the report's prices,"
      + " and the method says so rather than that no value was uprated")
  void outcomeInItsOwnPriceYear() throws IOException {
    String ownYear = BANK.replace("{\"id\": \"gamma\", \"name\": \"Gamma outcome\", \"category\": \"Test\",",
        "{\"id\": \"gamma\", \"name\": \"Gamma outcome\", \"category\": \"Test\", \"priceYear\": 2024,");
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\nA1,10000,outside-london\n");
    Files.writeString(dir.resolve("counts.csv"), "activity_id,outcome,age_band,count\nA1,gamma,50-plus,5\n"
        + "A1,beta,unknown,1\n");
    Files.writeString(dir.resolve("bank.json"), ownYear);
    Files.writeString(dir.resolve("evaluation.yaml"), "bank: bank.json\nregion: outside-london\n");
    CalculationResult r = Evaluation.prepare(dir).calculate();
    BigDecimal factor = r.byOutcome().stream().filter(o -> o.outcome().id().equals("gamma")).findFirst()
        .orElseThrow().factors().uprating();
    assertThat(factor).as("2024 prices brought back to the bank's 2020").isLessThan(BigDecimal.ONE);
    assertThat(org.impactkit.report.internal.ReportText.priceYear(r)).startsWith("Price year: figures are in 2020"
        + " prices, the bank's own price year, so its other values were not uprated. Values the bank gives in a"
        + " price year of their own were brought to 2020 prices from it: Gamma outcome (in 2024 prices, × ")
        .doesNotContain("no value was uprated");
  }
}
