package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.impactkit.bank.Uprating;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Simulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's Done-when points for {@code calculate}, on the Derby sample and on one-claim evaluations
 * of the open bank. Expected figures come from outside the code under test: the ONS YBGB values as
 * published (2019 = 90.3, 2022 = 100.0, 2024 = 111.2), HM Treasury's printed £ ranges, and the §5.4
 * formula evaluated here in doubles (to the penny).
 */
@DisplayName("§5.4–§5.6 price years, ranges, simulation and the health schedule on real evaluations")
class TreasuryValuationTest {
  private static final Path DERBY = Path.of("..", "samples", "derby-youth-alliance-2021-22");
  private static final MathContext MC = MathContext.DECIMAL128;

  @TempDir Path dir;

  private static CalculationResult derby(Consumer<SettingsBuilder> options) throws IOException {
    return Evaluation.prepare(EvaluationFiles.of(DERBY), options).calculate();
  }

  private static BigDecimal penny(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  @DisplayName("Derby by default: 2022 prices (the period's end), bank 2019, value = the 2019 run × 100.0/90.3")
  void derbyDefault() throws IOException {
    CalculationResult in2022 = derby(b -> {});
    CalculationResult in2019 = derby(b -> b.priceYear(2019));
    assertThat(in2022.priceYear().report()).isEqualTo(2022);
    assertThat(in2022.priceYear().bank()).isEqualTo(2019);
    assertThat(in2019.priceYear().report()).isEqualTo(2019);
    assertThat(in2019.priceYear().factors().get(Uprating.WELLBY)).isEqualTo(BigDecimal.ONE);
    BigDecimal ybgb = new BigDecimal("100.0").divide(new BigDecimal("90.3"), MC);
    assertThat(penny(in2022.totals().socialValue()))
        .isEqualTo(penny(in2019.totals().socialValue().multiply(ybgb)));
    assertThat(penny(in2022.totals().socialValue())).isNotEqualTo(penny(in2019.totals().socialValue()));
    // the bundled indices hold no real GDP per head: WELLBY uprating falls back to the deflator, and says so
    assertThat(in2022.priceYear().realIncomeMissing()).isTrue();
    assertThat(in2022.priceYear().factors().get(Uprating.WELLBY)).isEqualByComparingTo(ybgb);
    assertThat(in2022.checks()).filteredOn(c -> c.id() == CheckId.PRICE_YEAR).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CheckStatus.WARN);
      assertThat(c.message()).contains("real-income growth not included")
          .contains("price year not stated by the source of the values for Volunteered regularly, ");
    });
    // a later year than the period's raises the values, not the budgets: the return then mixes years, and says so
    assertThat(derby(b -> b.priceYear(2024)).checks()).filteredOn(c -> c.id() == CheckId.PRICE_YEAR).singleElement()
        .satisfies(c -> assertThat(c.message()).contains("values are in 2024 prices, later than 2022")
            .contains("the investment is the activities' budgets in the period's money"));
    assertThat(in2022.checks()).filteredOn(c -> c.id() == CheckId.PRICE_YEAR).singleElement()
        .satisfies(c -> assertThat(c.message()).doesNotContain("later than"));
    assertThat(in2022.priceYear().notStated()).contains("sport-participation", "arts-engagement")
        .doesNotContain("library-use", "youth-programme");
  }

  @Test
  @DisplayName("with real GDP per head in --indices: 2024 = the 2019 figure × D(2024)/D(2019) × (G(2024)/G(2019))^1.3")
  void realIncomeGrowth() throws IOException {
    Path indices = dir.resolve("indices.json");
    Files.writeString(indices, """
        {"schema": "impact/indices/v1", "id": "test-vintage", "release": "2099-01-01",
         "series": {"gdp-deflator": {"code": "YBGB", "values": {"2019": 90.3, "2022": 100.0, "2024": 111.2}},
                    "real-gdp-per-head": {"code": "IHXW", "values": {"2019": 32000, "2024": 33500}}}}
        """);
    CalculationResult in2019 = derby(b -> b.priceYear(2019));
    CalculationResult in2024 = derby(b -> b.priceYear(2024).indices(indices.toString()));
    double factor = 111.2 / 90.3 * Math.pow(33500.0 / 32000.0, 1.3);
    assertThat(in2024.totals().socialValue().doubleValue())
        .isCloseTo(in2019.totals().socialValue().doubleValue() * factor, org.assertj.core.data.Offset.offset(0.005));
    assertThat(in2024.priceYear().indices()).isEqualTo("test-vintage");
    assertThat(in2024.priceYear().realIncomeMissing()).isFalse();
    assertThat(in2024.priceYear().factors().get(Uprating.WELLBY).doubleValue()).isCloseTo(factor,
        org.assertj.core.data.Offset.offset(1e-12));
    // the open bank declares wellby for every outcome: only that method's factor (and none's, 1) is stated
    assertThat(in2024.priceYear().factors()).containsOnlyKeys(Uprating.WELLBY, Uprating.NONE);
  }

  @Test
  @DisplayName("a price year outside the indices is refused, naming the years they cover")
  void outsideTheIndices() {
    assertThatThrownBy(() -> derby(b -> b.priceYear(2030)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("price year 2030 is outside the GDP deflator of price indices ons-2025-06, which covers"
            + " 1948 to 2024");
  }

  @Test
  @DisplayName("a period ending after the indices: the latest year they cover, flagged as capped")
  void capped() throws IOException {
    CalculationResult r = derby(b -> b.period(org.impactkit.model.Period.ukFinancialYear("2025/26")));
    assertThat(r.priceYear().report()).isEqualTo(2024);
    assertThat(r.priceYear().capped()).isTrue();
  }

  private CalculationResult oneClaim(String outcome, String yaml, Consumer<SettingsBuilder> options)
      throws IOException {
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\nA1,1000,outside-london\n");
    Files.writeString(dir.resolve("participants.csv"), "participant_id,activity_id,outcome,age\nP1,A1," + outcome
        + ",30\n");
    Files.writeString(dir.resolve("evaluation.yaml"), yaml);
    return Evaluation.prepare(EvaluationFiles.of(dir), options).calculate();
  }

  @Test
  @DisplayName("ranges as HM Treasury prints them: employment £3,800 / £5,980 / £8,480, youth £4,000 / £5,200 / £6,400")
  void treasuryRanges() throws IOException {
    CalculationResult employment = oneClaim("employment", "deadweight: off\n", b -> b.priceYear(2019));
    assertThat(employment.range().low().socialValue()).isEqualByComparingTo("3800");
    assertThat(employment.range().central().socialValue()).isEqualByComparingTo("5980");
    assertThat(employment.range().high().socialValue()).isEqualByComparingTo("8480");
    assertThat(employment.range().low().ratio()).isEqualByComparingTo("3.8");
    assertThat(employment.range().high().netSocialValue()).isEqualByComparingTo("7480");
    CalculationResult youth = oneClaim("youth-programme", "deadweight: off\n", b -> b.priceYear(2019));
    assertThat(youth.range().low().socialValue()).isEqualByComparingTo("4000");
    assertThat(youth.range().central().socialValue()).isEqualByComparingTo("5200");
    assertThat(youth.range().high().socialValue()).isEqualByComparingTo("6400");
    // the range by band: the one claim is in 25-49
    assertThat(youth.range().byAgeBand().get(1).high()).isEqualByComparingTo("6400");
    assertThat(youth.range().byAgeBand().get(0).high()).isEqualByComparingTo("0");
    assertThat(oneClaim("youth-programme", "deadweight: off\n", b -> b.priceYear(2019).range(false)).range()).isNull();
  }

  @Test
  @DisplayName("an employment claim lasting 3 years is worth one year's × (1 + 1/1.015 + 1/1.015²): the health rate")
  void healthRateForWellbeing() throws IOException {
    CalculationResult oneYear = oneClaim("employment", "deadweight: off\n", b -> b.priceYear(2019));
    CalculationResult threeYears = oneClaim("employment", "deadweight: off\noutcomes: {employment: {duration: 3}}\n",
        b -> b.priceYear(2019));
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.ONE.divide(new BigDecimal("1.015"), MC))
        .add(BigDecimal.ONE.divide(new BigDecimal("1.015").pow(2), MC));
    assertThat(penny(threeYears.totals().socialValue()))
        .isEqualTo(penny(oneYear.totals().socialValue().multiply(factor)));
    assertThat(threeYears.byOutcome().get(0).factors().discounting().schedule().id()).isEqualTo("green-book-health");
    // a flat rate chosen for everything replaces the schedules
    CalculationResult flat = oneClaim("employment", "deadweight: off\noutcomes: {employment: {duration: 3}}\n"
        + "discounting: {rate: 3.5%}\n", b -> b.priceYear(2019));
    assertThat(flat.totals().socialValue()).isLessThan(threeYears.totals().socialValue());
  }

  @Test
  @DisplayName("--simulate 2000 --seed 7 twice: identical; P5 ≤ P50 ≤ P95 and P50 within the range")
  void simulation() throws IOException {
    Consumer<SettingsBuilder> options = b -> b.simulate(2000).seed(7L);
    Simulation first = derby(options).simulation();
    CalculationResult again = derby(options);
    assertThat(again.simulation()).isEqualTo(first);
    assertThat(first.runs()).isEqualTo(2000);
    assertThat(first.seed()).isEqualTo(7);
    assertThat(first.p5()).isLessThanOrEqualTo(first.p50());
    assertThat(first.p50()).isLessThanOrEqualTo(first.p95());
    assertThat(first.p5()).isLessThan(first.p95()); // the ranges make runs differ
    assertThat(first.p50()).isBetween(again.range().low().socialValue(), again.range().high().socialValue());
    assertThat(first.ratioP50()).isEqualByComparingTo(first.p50().divide(again.totals().investment(), MC));
    assertThat(first.shareBelowOne()).isEqualByComparingTo("0"); // even the low end returns 4:1
    assertThat(derby(b -> b.simulate(2000).seed(8L)).simulation()).isNotEqualTo(first);
  }

  @Test
  @DisplayName("spread: varying deadweight widens the simulated interval around the same centre")
  void spread() throws IOException {
    String yaml = "outcomes: {employment: {deadweight: 20%}}\n";
    Simulation narrow = oneClaim("employment", yaml, b -> b.priceYear(2019).simulate(4000)).simulation();
    Simulation wide = oneClaim("employment", yaml + "spread: {deadweight: 20%}\n",
        b -> b.priceYear(2019).simulate(4000)).simulation();
    assertThat(wide.p95().subtract(wide.p5())).isGreaterThan(narrow.p95().subtract(narrow.p5()));
    assertThat(narrow.p5()).isGreaterThanOrEqualTo(new BigDecimal("3040")); // 3,800 × 0.8
    assertThat(narrow.p95()).isLessThanOrEqualTo(new BigDecimal("6784")); // 8,480 × 0.8
  }

  @Test
  @DisplayName("spread: a spread written as a fraction (0.1 for 10 points) warns, as a share below 1% does")
  void spreadAsAFraction() throws IOException {
    String yaml = "outcomes: {employment: {deadweight: 20%}}\n";
    CalculationResult fraction = oneClaim("employment", yaml + "spread: {deadweight: 0.1}\n",
        b -> b.priceYear(2019).simulate(100));
    assertThat(fraction.diagnostics()).extracting(Diagnostic::message).contains("the simulation's spreads (spread:"
        + " in evaluation.yaml) give deadweight a spread of 0.1%, below 1%: shares are percent points (25 or 25% for"
        + " a quarter), so 0.1 is read as 0.1%; if 10% was meant, write 10%");
    CalculationResult points = oneClaim("employment", yaml + "spread: {deadweight: 10%}\n",
        b -> b.priceYear(2019).simulate(100));
    assertThat(points.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.contains("spread of"));
  }

  @Test
  @DisplayName("an imported bank that declares no uprating stays in its own prices unless a year is asked for")
  void importedBankKeepsItsYear() throws IOException {
    Files.writeString(dir.resolve("bank.json"), AdjustedCalculationTest.BANK);
    String yaml = "bank: bank.json\nregion: outside-london\nperiod: 2023/24\n";
    CalculationResult own = oneClaim("beta", yaml, b -> {});
    assertThat(own.priceYear().report()).isEqualTo(2020);
    assertThat(own.priceYear().uprated()).isFalse();
    assertThat(own.totals().grossValue()).isEqualByComparingTo("911");
    CalculationResult asked = oneClaim("beta", yaml + "priceYear: 2024\n", b -> {});
    // undeclared means deflator when another year is asked for: YBGB 2024 / 2020 = 111.2 / 94.8
    assertThat(penny(asked.totals().grossValue()))
        .isEqualTo(penny(new BigDecimal("911").multiply(new BigDecimal("111.2").divide(new BigDecimal("94.8"), MC))));
    assertThat(asked.priceYear().factors().get(Uprating.DEFLATOR))
        .isEqualByComparingTo(new BigDecimal("111.2").divide(new BigDecimal("94.8"), MC));
    assertThat(asked.priceYear().upratingDeclared()).isFalse();
  }

  @Test
  @DisplayName("a price year the indices lack, set in evaluation.yaml, is refused at its line")
  void yearAtItsLine() {
    assertThatThrownBy(() -> oneClaim("employment", "name: x\npriceYear: 1900\n", b -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("evaluation.yaml:2:priceYear: price year 1900 is outside");
  }
}
