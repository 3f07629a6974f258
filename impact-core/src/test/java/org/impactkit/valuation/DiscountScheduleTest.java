package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.impactkit.evaluation.DiscountSchedules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §5.6 stepped schedules. The expected figures are independent of the code: Green Book 2026 Table 8 as
 * printed, and vectors computed at 34 digits with Python's decimal module from the same bands (the
 * data17 notes), or closed forms built here from powers of the rates.
 */
@DisplayName("§5.6 discount schedules: stepped like Green Book 2026 Table 8, one function for both engines")
class DiscountScheduleTest {
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final Discounting GREEN_BOOK =
      new Discounting(DiscountSchedules.bundled("green-book"), Discounting.Convention.YEAR_ZERO);
  private static final Discounting HEALTH =
      new Discounting(DiscountSchedules.bundled("green-book-health"), Discounting.Convention.YEAR_ZERO);

  /** D(n) of discount year n: year n + 1 under year-zero. */
  private static BigDecimal d(Discounting discounting, int n) {
    return discounting.factor(n + 1);
  }

  private static void near(BigDecimal actual, String expected) {
    assertThat(actual.subtract(new BigDecimal(expected)).abs()).as(actual + " vs " + expected)
        .isLessThan(new BigDecimal("1E-30"));
  }

  @Test
  @DisplayName("Green Book 2026 Table 8: D(0..5) = 1.000, 0.9662, 0.9335, 0.9019, 0.8714, 0.8420")
  void table8() {
    List<String> printed = List.of("1.0000", "0.9662", "0.9335", "0.9019", "0.8714", "0.8420");
    for (int n = 0; n < printed.size(); n++) {
      assertThat(d(GREEN_BOOK, n).setScale(4, RoundingMode.HALF_UP)).as("year " + n)
          .isEqualByComparingTo(printed.get(n));
    }
  }

  @Test
  @DisplayName("the rate steps down after year 30: D(31) = D(30) / 1.030, D(76) = D(75) / 1.025")
  void stepsDown() {
    BigDecimal d30 = BigDecimal.ONE.divide(new BigDecimal("1.035").pow(30), MC);
    assertThat(d(GREEN_BOOK, 30)).isEqualByComparingTo(d30);
    assertThat(d(GREEN_BOOK, 31).subtract(d30.divide(new BigDecimal("1.03"), MC)).abs())
        .isLessThan(new BigDecimal("1E-32"));
    // the vectors divide step by step, the code once by the exact product: equal to 31 digits
    near(d(GREEN_BOOK, 31), "0.3459013695167976121083649561951750");
    near(d(GREEN_BOOK, 76), "0.09191587568457698034263394040031242");
    near(d(GREEN_BOOK, 126), "0.02687329707470096790047922906546279");
    near(d(GREEN_BOOK, 301), "0.001386700410261771032215980220232298");
  }

  @Test
  @DisplayName("a flat rate gives 1/(1 + r)^n for every year, beyond 30 too")
  void flat() {
    Discounting flat = new Discounting(new BigDecimal("0.035"), Discounting.Convention.YEAR_ZERO);
    assertThat(d(flat, 40)).isEqualTo(BigDecimal.ONE.divide(new BigDecimal("1.035").pow(40), MC));
    assertThat(d(flat, 40)).isLessThan(d(GREEN_BOOK, 40));
    assertThat(d(flat, 30)).isEqualTo(d(GREEN_BOOK, 30));
  }

  @Test
  @DisplayName("health schedule: three years are worth 1 + 1/1.015 + 1/1.015² of one")
  void health() {
    BigDecimal expected = BigDecimal.ONE.add(BigDecimal.ONE.divide(new BigDecimal("1.015"), MC))
        .add(BigDecimal.ONE.divide(new BigDecimal("1.015").pow(2), MC));
    assertThat(HEALTH.presentValueFactor(3, BigDecimal.ZERO).subtract(expected).abs())
        .isLessThan(new BigDecimal("1E-32"));
    assertThat(HEALTH.presentValueFactor(3, BigDecimal.ZERO)).isEqualByComparingTo("2.955883423523987478463442451891577");
    near(d(HEALTH, 31), "0.6316146015465382668687459809408616");
  }

  @Test
  @DisplayName("40 years of 1 a year: Σ D(0..39) = 22.16606792282630007283458794315302 (stepped), not the flat 22.1025")
  void fortyYears() {
    BigDecimal pv = GREEN_BOOK.presentValueFactor(40, BigDecimal.ZERO);
    assertThat(pv.subtract(new BigDecimal("22.16606792282630007283458794315302")).abs())
        .isLessThan(new BigDecimal("1E-28"));
    assertThat(new Discounting(new BigDecimal("0.035"), Discounting.Convention.YEAR_ZERO)
        .presentValueFactor(40, BigDecimal.ZERO).setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("22.1025");
  }

  @Test
  @DisplayName("scaling a schedule moves every band's rate by the same share, flat stays flat")
  void scaled() {
    DiscountSchedule up = GREEN_BOOK.schedule().scaled(new BigDecimal("1.1"), new BigDecimal("0.99"));
    assertThat(up.rate(0)).isEqualByComparingTo("0.0385");
    assertThat(up.rate(31)).isEqualByComparingTo("0.033");
    assertThat(up.bands()).hasSameSizeAs(GREEN_BOOK.schedule().bands());
    assertThat(DiscountSchedule.flat(new BigDecimal("0.9")).scaled(BigDecimal.TEN, new BigDecimal("0.99")).rate(5))
        .isEqualByComparingTo("0.99");
  }

  @Test
  @DisplayName("a schedule's bands run on from year 0 without gaps, the last open-ended")
  void bandsContiguous() {
    assertThatThrownBy(() -> new DiscountSchedule("x", List.of(new DiscountSchedule.Band(1, null, BigDecimal.ONE
        .movePointLeft(2))))).hasMessageContaining("year 0");
    assertThatThrownBy(() -> new DiscountSchedule("x", List.of(new DiscountSchedule.Band(0, 10, new BigDecimal("0.03")),
        new DiscountSchedule.Band(12, null, new BigDecimal("0.02"))))).hasMessageContaining("must start at year 11");
    assertThatThrownBy(() -> DiscountSchedules.bundled("green-bok")).hasMessageContaining("did you mean 'green-book'");
  }
}
