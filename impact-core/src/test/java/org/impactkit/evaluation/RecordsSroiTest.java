package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SROI of an evaluation folder of records: the impact map is built from the calculation (fake bank values). */
class RecordsSroiTest {
  static final String BANK = """
      {"schema": "impact/bank/v1", "id": "test-bank", "name": "Test", "version": "1", "currency": "GBP",
       "priceYear": 2020, "licence": "test", "attribution": "test",
       "outcomes": [
         {"id": "alpha", "name": "Alpha outcome", "category": "Test", "requiresSurvey": false, "deadweight": 0.2,
          "value": 1000},
         {"id": "beta", "name": "Beta outcome", "category": "Test", "requiresSurvey": false, "deadweight": 0.1,
          "value": 500}
       ]}
      """;

  @TempDir Path dir;

  @Test
  @DisplayName("§6 from records: one row per outcome × age band; year-zero present value equals calculate's value")
  void fromRecords() throws IOException {
    Files.writeString(dir.resolve("bank.json"), BANK);
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,partner\nA1,3000,Partner A\n"
        + "A2,1000,\n");
    Files.writeString(dir.resolve("counts.csv"), """
        activity_id,outcome,age_band,count
        A1,alpha,under-25,3
        A1,alpha,25-49,2
        A2,beta,unknown,4
        """);
    Files.writeString(dir.resolve("evaluation.yaml"), "name: Records\nbank: bank.json\n"
        + "outcomes:\n  alpha: {duration: 2, dropOff: 50%, attribution: 10%}\n");
    SroiResult r = SroiEvaluations.calculate(new SroiEvaluations.Request(dir, null, null), options -> {});
    CalculationResult c = Evaluation.prepare(dir).calculate();
    // alpha: 1000 × 0.8 × 0.9 = 720 a claim in year 1, 360 in year 2 → 5 × (720 + 360 / 1.035) = 5339.13;
    // beta: 4 × 500 × 0.9 = 1800
    assertThat(r.presentValue().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("7139.13");
    assertThat(r.presentValue().subtract(c.totals().socialValue()).abs()).isLessThan(new BigDecimal("1E-20"));
    assertThat(r.map().rows()).hasSize(3);
    assertThat(r.map().rows().get(0).stakeholder()).isEqualTo("Participants (Under 25)");
    assertThat(r.map().rows().get(0).quantity()).isEqualByComparingTo("3");
    assertThat(r.map().rows().get(0).proxyValue()).isEqualByComparingTo("1000");
    assertThat(r.map().rows().get(0).attribution()).isEqualByComparingTo("0.1");
    assertThat(r.investment()).isEqualByComparingTo("4000");
    assertThat(r.inputs().items()).extracting(i -> i.stakeholder()).containsExactly("Partner A", "Funder");
    assertThat(r.map().name()).isEqualTo("Records");
    // year 1: 5 × 720 + 1800 = 5400; payback 4000 / (5400 / 12) = 8.888… months
    assertThat(r.years().get(0).value()).isEqualByComparingTo("5400");
    assertThat(r.tippingPoints()).isNotEmpty();
  }
}
