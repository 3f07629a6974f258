package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Figures as printed: money, counts and percentages")
class FormatsTest {
  @Test
  @DisplayName("money: the currency's symbol, pence rounded half-up, commas between thousands")
  void money() {
    assertThat(Formats.money(new BigDecimal("1234567.895"), "GBP")).isEqualTo("£1,234,567.90");
    assertThat(Formats.money(new BigDecimal("-5"), "GBP")).isEqualTo("-£5.00");
    assertThat(Formats.money(new BigDecimal("-0.004"), "GBP")).isEqualTo("£0.00");
    assertThat(Formats.money(new BigDecimal("999.999"), "GBP")).isEqualTo("£1,000.00");
    assertThat(Formats.money(new BigDecimal("100"), "GBP")).isEqualTo("£100.00");
    assertThat(Formats.money(new BigDecimal("1E+7"), "GBP")).isEqualTo("£10,000,000.00");
  }

  @Test
  @DisplayName("counts and percentages")
  void countsAndPercentages() {
    assertThat(Formats.count(0)).isEqualTo("0");
    assertThat(Formats.count(999)).isEqualTo("999");
    assertThat(Formats.count(1000)).isEqualTo("1,000");
    assertThat(Formats.count(-1234567)).isEqualTo("-1,234,567");
    assertThat(Formats.count(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    assertThat(Formats.percent(new BigDecimal("0.235"))).isEqualTo("23.5%");
    assertThat(Formats.percent(new BigDecimal("1"))).isEqualTo("100%");
    assertThat(Formats.percent(new BigDecimal("0.123456"))).isEqualTo("12.35%");
    assertThat(Formats.percent(BigDecimal.ZERO)).isEqualTo("0%");
    assertThat(Formats.percent(new BigDecimal("12.5"))).isEqualTo("1250%");
  }

  @Test
  @DisplayName("the same text as DecimalFormat's patterns for random figures")
  void sameAsDecimalFormat() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      BigDecimal v = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(6));
      BigDecimal rounded = v.setScale(2, RoundingMode.HALF_UP);
      String expected = (rounded.signum() < 0 ? "-" : "") + "£" + pattern("#,##0.00").format(rounded.abs());
      assertThat(Formats.money(v, "GBP")).as("%s", v).isEqualTo(expected);
      long n = random.nextLong() >> random.nextInt(63);
      assertThat(Formats.count(n)).isEqualTo(pattern("#,##0").format(n));
      BigDecimal f = v.abs().movePointLeft(8);
      assertThat(Formats.percent(f)).as("%s", f).isEqualTo(pattern("0.##").format(f.movePointRight(2)) + "%");
    }
  }

  private static DecimalFormat pattern(String p) {
    DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.UK));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }
}
