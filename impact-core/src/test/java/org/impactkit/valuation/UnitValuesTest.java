package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Adjustments;
import org.impactkit.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fake bank: volunteering 500 a claim, deadweight 10%; confidence 300, no deadweight. */
@DisplayName("§5.2 valuing a claim: factors and the present-value factor")
class UnitValuesTest {
  private static final ValueBank BANK = Fixtures.fakeBank();
  private static final Discounting YEAR_ZERO = new Discounting(new BigDecimal("0.035"), Discounting.Convention.YEAR_ZERO);
  private static final Discounting END = new Discounting(new BigDecimal("0.035"), Discounting.Convention.END_OF_YEAR);

  private static Outcome outcome(String id) {
    return BANK.outcome(id).orElseThrow();
  }

  @Test
  @DisplayName("one year, year-zero convention: exactly 1, so unitSocial = gross × (1 − deadweight)")
  void oneYear() {
    OutcomeFactors f = new UnitValues(BANK, Settings.builder().build()).factors(outcome("volunteering"));
    assertThat(f.pvFactor()).isEqualByComparingTo("1");
    assertThat(f.multiplier()).isEqualByComparingTo("0.9");
    assertThat(new UnitValues(BANK, Settings.builder().build())
        .unitSocial(outcome("volunteering"), BANK.regions().get(0), BANK.ageBands().get(0)))
        .isEqualByComparingTo("450");
  }

  @Test
  @DisplayName("Σ (1 − dropOff)^(t−1) / (1 + rate)^e(t), e(t) = t − 1 (year-zero) or t (end-of-year), from Discounting")
  void threeYears() {
    BigDecimal r = new BigDecimal("1.035");
    MathContext mc = MathContext.DECIMAL128;
    BigDecimal yearZero = BigDecimal.ONE.add(new BigDecimal("0.9").divide(r, mc))
        .add(new BigDecimal("0.81").divide(r.pow(2), mc));
    BigDecimal endOfYear = BigDecimal.ONE.divide(r, mc).add(new BigDecimal("0.9").divide(r.pow(2), mc))
        .add(new BigDecimal("0.81").divide(r.pow(3), mc));
    Adjustments threeYears = new Adjustments(null, null, new BigDecimal("0.5"), 3, new BigDecimal("0.1"));
    for (Discounting d : new Discounting[] {YEAR_ZERO, END}) {
      OutcomeFactors f = new UnitValues(BANK, Settings.builder().discounting(d)
          .adjustments("confidence", threeYears).build()).factors(outcome("confidence"));
      BigDecimal expected = d == YEAR_ZERO ? yearZero : endOfYear;
      assertThat(f.pvFactor()).isEqualTo(expected);
      assertThat(f.pvFactor()).isEqualTo(d.presentValueFactor(3, new BigDecimal("0.1")));
      // no deadweight in the bank for confidence: 0% applied and said so; attribution halves it
      assertThat(f.deadweightMissing()).isTrue();
      assertThat(f.multiplier()).isEqualByComparingTo(expected.multiply(new BigDecimal("0.5")));
    }
  }
}
