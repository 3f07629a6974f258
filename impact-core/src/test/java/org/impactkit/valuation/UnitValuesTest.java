package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§5.2 present-value factor")
class UnitValuesTest {
  private static final Discounting YEAR_ZERO = new Discounting(new BigDecimal("0.035"), Discounting.Convention.YEAR_ZERO);
  private static final Discounting END = new Discounting(new BigDecimal("0.035"), Discounting.Convention.END_OF_YEAR);

  @Test
  @DisplayName("one year, year-zero convention: exactly 1, so unitSocial = gross × (1 − deadweight)")
  void oneYear() {
    assertThat(UnitValues.pvFactor(1, BigDecimal.ZERO, YEAR_ZERO)).isEqualByComparingTo("1");
  }

  @Test
  @DisplayName("Σ (1 − dropOff)^(t−1) / (1 + rate)^e(t), e(t) = t − 1 (year-zero) or t (end-of-year)")
  void threeYears() {
    BigDecimal r = new BigDecimal("1.035");
    MathContext mc = MathContext.DECIMAL128;
    BigDecimal yearZero = BigDecimal.ONE.add(new BigDecimal("0.9").divide(r, mc))
        .add(new BigDecimal("0.81").divide(r.pow(2), mc));
    BigDecimal endOfYear = BigDecimal.ONE.divide(r, mc).add(new BigDecimal("0.9").divide(r.pow(2), mc))
        .add(new BigDecimal("0.81").divide(r.pow(3), mc));
    assertThat(UnitValues.pvFactor(3, new BigDecimal("0.1"), YEAR_ZERO)).isCloseTo(yearZero,
        org.assertj.core.data.Offset.offset(new BigDecimal("1e-30")));
    assertThat(UnitValues.pvFactor(3, new BigDecimal("0.1"), END)).isCloseTo(endOfYear,
        org.assertj.core.data.Offset.offset(new BigDecimal("1e-30")));
  }
}
