package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§5.2, §5.6 the one discount and present-value function of both engines")
class DiscountingTest {
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal R = new BigDecimal("1.035");
  private static final Discounting YEAR_ZERO = new Discounting(new BigDecimal("0.035"), Discounting.Convention.YEAR_ZERO);
  private static final Discounting END = new Discounting(new BigDecimal("0.035"), Discounting.Convention.END_OF_YEAR);

  @Test
  @DisplayName("year-zero: the factors of years 1, 2, 3 are 1, 1/1.035, 1/1.035² (D(0) = 1, D(n) = D(n−1)/1.035)")
  void yearZeroFactors() {
    assertThat(YEAR_ZERO.factor(1)).isEqualTo(BigDecimal.ONE);
    assertThat(YEAR_ZERO.factor(2)).isEqualTo(BigDecimal.ONE.divide(R, MC));
    assertThat(YEAR_ZERO.factor(3)).isEqualTo(BigDecimal.ONE.divide(R.pow(2), MC));
    assertThat(YEAR_ZERO.factor(2).toPlainString()).startsWith("0.96618357487922705");
  }

  @Test
  @DisplayName("end-of-year: year 1 is discounted too, 1/1.035, then 1/1.035²")
  void endOfYearFactors() {
    assertThat(END.factor(1)).isEqualTo(BigDecimal.ONE.divide(R, MC));
    assertThat(END.factor(2)).isEqualTo(BigDecimal.ONE.divide(R.pow(2), MC));
    assertThat(END.factor(2)).isEqualTo(YEAR_ZERO.factor(3));
  }

  @Test
  @DisplayName("a value is discounted by dividing it once, at 34 digits; an undiscounted one is returned as it is")
  void discount() {
    BigDecimal v = new BigDecimal("1234.5678");
    assertThat(YEAR_ZERO.discount(v, 1)).isSameAs(v);
    assertThat(YEAR_ZERO.discount(v, 4)).isEqualTo(v.divide(R.pow(3), MC));
    assertThat(END.discount(v, 4)).isEqualTo(v.divide(R.pow(4), MC));
    // dividing once is not the same as multiplying by the rounded factor
    assertThat(YEAR_ZERO.discount(v, 4)).isNotEqualTo(v.multiply(YEAR_ZERO.factor(4)));
  }

  @Test
  @DisplayName("one year under year-zero: exactly 1, whatever the drop-off, so unitSocial = gross × (1 − deadweight)")
  void oneYear() {
    assertThat(YEAR_ZERO.presentValueFactor(1, BigDecimal.ZERO)).isEqualTo(BigDecimal.ONE);
    assertThat(YEAR_ZERO.presentValueFactor(1, new BigDecimal("0.4"))).isEqualTo(BigDecimal.ONE);
    assertThat(END.presentValueFactor(1, BigDecimal.ZERO)).isEqualTo(BigDecimal.ONE.divide(R, MC));
  }

  @Test
  @DisplayName("drop-off: Σ (1 − dropOff)^(t−1) × D(e(t)), term by term")
  void dropOff() {
    BigDecimal yearZero = BigDecimal.ONE.add(new BigDecimal("0.9").divide(R, MC))
        .add(new BigDecimal("0.81").divide(R.pow(2), MC));
    BigDecimal endOfYear = BigDecimal.ONE.divide(R, MC).add(new BigDecimal("0.9").divide(R.pow(2), MC))
        .add(new BigDecimal("0.81").divide(R.pow(3), MC));
    assertThat(YEAR_ZERO.presentValueFactor(3, new BigDecimal("0.1"))).isEqualTo(yearZero);
    assertThat(END.presentValueFactor(3, new BigDecimal("0.1"))).isEqualTo(endOfYear);
    // 100% drop-off leaves only the first year
    assertThat(YEAR_ZERO.presentValueFactor(5, BigDecimal.ONE)).isEqualByComparingTo("1");
    // no drop-off, no discounting: the years simply add up
    assertThat(new Discounting(BigDecimal.ZERO, Discounting.Convention.YEAR_ZERO)
        .presentValueFactor(4, BigDecimal.ZERO)).isEqualByComparingTo("4");
  }

  @Test
  @DisplayName("a later start (SROI start 2) shifts every year: one year later is one more discount year")
  void start() {
    BigDecimal fromYear2 = YEAR_ZERO.presentValueFactor(3, new BigDecimal("0.25"), 2);
    assertThat(fromYear2).isEqualTo(END.presentValueFactor(3, new BigDecimal("0.25")));
    assertThat(fromYear2).isEqualTo(new BigDecimal("1").divide(R, MC)
        .add(new BigDecimal("0.75").divide(R.pow(2), MC)).add(new BigDecimal("0.5625").divide(R.pow(3), MC)));
    assertThat(YEAR_ZERO.presentValueFactor(3, new BigDecimal("0.25"), 1))
        .isEqualTo(YEAR_ZERO.presentValueFactor(3, new BigDecimal("0.25")));
  }

  @Test
  @DisplayName("years are counted from 1")
  void yearsFromOne() {
    assertThatThrownBy(() -> YEAR_ZERO.factor(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 1");
  }
}
