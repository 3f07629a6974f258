package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.Impact;
import org.impactkit.report.json.CalculationJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one scale of exact amounts, and rounded figures that agree with the reports (issue 19, point 8). */
class RoundingTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"593845.000, 593845.00", "31548.00, 31548.00", "6327.0, 6327.00", "6327, 6327.00", "0.125, 0.125",
      "1E+3, 1000.00", "-5.50, -5.50", "0, 0.00", "1234.567800, 1234.5678"})
  @DisplayName("an exact amount keeps its value, with the fewest places that hold it and at least two")
  void exact(String given, String expected) {
    BigDecimal exact = Rounding.exact(new BigDecimal(given));
    assertThat(exact).isEqualByComparingTo(given);
    assertThat(exact.toPlainString()).isEqualTo(expected);
  }

  @Test
  @DisplayName("the same amount written three ways is equals() once in the exact scale")
  void equalAmountsAreEqual() {
    assertThat(Rounding.exact(new BigDecimal("6327.0"))).isEqualTo(Rounding.exact(new BigDecimal("6327.000")))
        .isEqualTo(new BigDecimal("6327.00"));
  }

  @Test
  @DisplayName("a result's totals come in that scale whatever the values' scales were")
  void totalsInOneScale() {
    var t = new CalculationResult.Totals(new BigDecimal("30000"), new BigDecimal("593845.000"),
        new BigDecimal("6327.0"), new BigDecimal("-23673.0"), null, 3, 2);
    assertThat(t.investment()).isEqualTo(new BigDecimal("30000.00"));
    assertThat(t.grossValue()).isEqualTo(new BigDecimal("593845.00"));
    assertThat(t.socialValue()).isEqualTo(new BigDecimal("6327.00"));
    assertThat(t.roundedRatio()).isEmpty();
  }

  @Test
  @DisplayName("rounded figures: money half-up to the penny, ratios to 4 places")
  void rounded() {
    var t = new CalculationResult.Totals(new BigDecimal("3"), new BigDecimal("10.005"), new BigDecimal("10.005"),
        new BigDecimal("7.005"), CalculationResult.ratio(new BigDecimal("10.005"), new BigDecimal("3")), 1, 1);
    assertThat(t.roundedSocialValue()).isEqualTo(new BigDecimal("10.01"));
    assertThat(t.roundedNetSocialValue()).isEqualTo(new BigDecimal("7.01"));
    assertThat(t.roundedRatio()).contains(new BigDecimal("3.3350"));
  }

  @Test
  @DisplayName("the rounded accessors give exactly the figures of the JSON report, for a whole sample")
  void roundedAgreesWithJson() throws IOException {
    CalculationResult r = Impact.calculate(Path.of("..", "samples", "derby-youth-alliance-2021-22"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CalculationJson.write(r, out);
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    JsonNode totals = json.get("totals");
    assertThat(totals.get("socialValue").decimalValue()).isEqualByComparingTo(r.totals().roundedSocialValue());
    assertThat(totals.get("netSocialValue").decimalValue()).isEqualByComparingTo(r.totals().roundedNetSocialValue());
    assertThat(totals.get("investment").decimalValue()).isEqualByComparingTo(r.totals().roundedInvestment());
    assertThat(totals.get("ratio").decimalValue()).isEqualByComparingTo(r.totals().roundedRatio().orElseThrow());
    for (int i = 0; i < r.byActivity().size(); i++) {
      assertThat(json.get("byActivity").get(i).get("socialValue").decimalValue())
          .isEqualByComparingTo(r.byActivity().get(i).roundedSocialValue());
    }
    for (int i = 0; i < r.byAgeBand().size(); i++) {
      assertThat(json.get("byAgeBand").get(i).get("socialValue").decimalValue())
          .isEqualByComparingTo(r.byAgeBand().get(i).roundedSocialValue());
    }
  }
}
