package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.impactkit.model.Parameter;
import org.impactkit.valuation.Simulation;
import org.impactkit.valuation.internal.SplitMix64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§5.5 the Monte Carlo: SplitMix64, triangular draws, nearest-rank percentiles")
class MonteCarloTest {
  @Test
  @DisplayName("SplitMix64 is the JDK's SplittableRandom sequence, and its published first value for seed 0")
  void splitMix() {
    SplitMix64 ours = new SplitMix64(42);
    SplittableRandom jdk = new SplittableRandom(42);
    for (int i = 0; i < 1000; i++) {
      assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
    }
    assertThat(new SplitMix64(0).nextLong()).isEqualTo(0xe220a8397b1dcdafL);
    SplitMix64 unit = new SplitMix64(7);
    for (int i = 0; i < 1000; i++) {
      assertThat(unit.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
    }
  }

  @Test
  @DisplayName("nearest rank: the p-th of N sorted values is value ⌈p × N / 100⌉")
  void nearestRank() {
    double[] v = new double[2000];
    for (int i = 0; i < v.length; i++) {
      v[i] = i + 1;
    }
    assertThat(MonteCarlo.nearestRank(v, 5)).isEqualTo(100);
    assertThat(MonteCarlo.nearestRank(v, 50)).isEqualTo(1000);
    assertThat(MonteCarlo.nearestRank(v, 95)).isEqualTo(1900);
    assertThat(MonteCarlo.nearestRank(new double[] {3}, 5)).isEqualTo(3);
    assertThat(MonteCarlo.nearestRank(new double[] {1, 2, 3}, 50)).isEqualTo(2);
  }

  @Test
  @DisplayName("triangular: the ends at u = 0 and u → 1, the mode at its CDF value, one point when low = high")
  void triangular() {
    assertThat(MonteCarlo.triangular(10, 13, 16, 0)).isEqualTo(10);
    assertThat(MonteCarlo.triangular(10, 13, 16, 0.5)).isEqualTo(13);
    assertThat(MonteCarlo.triangular(10, 13, 16, 0.9999999)).isCloseTo(16, org.assertj.core.data.Offset.offset(0.01));
    assertThat(MonteCarlo.triangular(5, 5, 5, 0.3)).isEqualTo(5);
  }

  private static MonteCarlo.Outcome outcome(double low, double central, double high) {
    return new MonteCarlo.Outcome(low, central, high, new double[] {0.2, 0, 0, 0}, new double[] {1});
  }

  @Test
  @DisplayName("the sample's median is near the triangular mean, within the range, and the ratio follows it")
  void statistics() {
    Simulation s = MonteCarlo.run(List.of(outcome(3800, 5980, 8480)), Map.of(), new BigDecimal("4000"), 20000, 1);
    // (low + mode + high) / 3 × (1 − 20%) = 4,928.0; the median of this triangle is close to it
    assertThat(s.p50().doubleValue()).isBetween(4700.0, 5000.0);
    assertThat(s.p5().doubleValue()).isGreaterThan(3800 * 0.8);
    assertThat(s.p95().doubleValue()).isLessThan(8480 * 0.8);
    assertThat(s.ratioP50()).isEqualByComparingTo(s.p50().divide(new BigDecimal("4000"), java.math.MathContext.DECIMAL128));
    assertThat(s.shareBelowOne().doubleValue()).isBetween(0.05, 0.5);
    Simulation noInvestment = MonteCarlo.run(List.of(outcome(1, 2, 3)), Map.of(), BigDecimal.ZERO, 10, 1);
    assertThat(noInvestment.ratioP50()).isNull();
    assertThat(noInvestment.shareBelowOne()).isNull();
  }

  @Test
  @DisplayName("a spread is clamped to 0–100%: deadweight 20% ± 50% never goes below 0 or the value above its high")
  void spreadClamped() {
    Simulation s = MonteCarlo.run(List.of(outcome(100, 100, 100)), Map.of(Parameter.DEADWEIGHT, new BigDecimal("0.5")),
        new BigDecimal("1"), 5000, 3);
    assertThat(s.p95().doubleValue()).isLessThanOrEqualTo(100.0);
    assertThat(s.p5().doubleValue()).isGreaterThanOrEqualTo(30.0); // 1 − 70%
  }
}
