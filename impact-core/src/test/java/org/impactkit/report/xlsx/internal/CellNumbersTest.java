package org.impactkit.report.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CellNumbers: the one place a BigDecimal becomes a cell's double")
class CellNumbersTest {
  @Test
  @DisplayName("money is rounded half-up to the penny first, as the JSON shows it, also for halves a double cannot hold")
  void moneyRoundsHalfUpToThePenny() {
    // 2.675 as a double is 2.67499999…, so rounding after converting would give 2.67
    assertThat(CellNumbers.money(new BigDecimal("2.675"))).isEqualTo(2.68);
    assertThat(CellNumbers.money(new BigDecimal("1.005"))).isEqualTo(1.01);
    assertThat(CellNumbers.money(new BigDecimal("-1.005"))).isEqualTo(-1.01);
    assertThat(CellNumbers.money(new BigDecimal("1234.5649"))).isEqualTo(1234.56);
    assertThat(CellNumbers.money(new BigDecimal("770"))).isEqualTo(770.0);
  }

  @Test
  @DisplayName("a ratio is rounded half-up to four places")
  void ratioToFourPlaces() {
    assertThat(CellNumbers.ratio(new BigDecimal("4.123456"))).isEqualTo(4.1235);
    assertThat(CellNumbers.ratio(new BigDecimal("0.00005"))).isEqualTo(0.0001);
  }

  @Test
  @DisplayName("an exact figure keeps every digit a double can hold, so Excel's products give back the engine's")
  void exactIsNotRounded() {
    BigDecimal third = BigDecimal.ONE.divide(new BigDecimal("3"), java.math.MathContext.DECIMAL128);
    assertThat(CellNumbers.exact(third)).isEqualTo(1.0 / 3);
    assertThat(CellNumbers.exact(new BigDecimal("1234.5649"))).isEqualTo(1234.5649);
  }
}
