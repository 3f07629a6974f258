package org.impactkit.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.impactkit.model.Parameter;
import org.impactkit.valuation.internal.SplitMix64;

/**
 * The Monte Carlo of SPEC §5.5, on the aggregated claims (one entry per outcome claimed), never the
 * records. Each run draws, per outcome, its gross value from a triangular distribution over its range
 * (low, central, high; outcomes without a range keep their central value) and each adjustment named in
 * the spread uniformly within ± the spread around its set value, clamped to 0–100%; then values the
 * outcome as the engine does: gross × (1 − deadweight)(1 − displacement)(1 − attribution) × the
 * present-value factor of its duration and drop-off.
 *
 * <p>Same seed, same figures on any machine: the random numbers come from {@link SplitMix64}, drawn in a
 * fixed order (outcomes in bank order; per outcome its value, then deadweight, displacement,
 * attribution, drop-off), and the arithmetic is IEEE double arithmetic, which Java performs exactly
 * alike everywhere (strict since Java 17), using only +, −, ×, ÷ and the correctly rounded square root.
 * Doubles (16 significant digits) are used for speed: the figures are percentiles of a sample, printed to
 * the penny. Percentiles are by nearest rank: the p-th of N sorted runs is run {@code ⌈p/100 × N⌉}.
 */
final class MonteCarlo {
  /** The adjustments a spread may name, in the order they are drawn. */
  static final List<Parameter> SPREAD = Parameter.SHARES;

  private MonteCarlo() {}

  /**
   * One outcome's claims, aggregated.
   *
   * @param low gross value of its claims at the low end of its range
   * @param central gross value at its central value
   * @param high gross value at the high end
   * @param adjustments deadweight, displacement, attribution, drop-off, in the order of {@link #SPREAD}
   * @param discountFactors {@code D(e(t))} for t = 1..duration
   */
  record Outcome(double low, double central, double high, double[] adjustments, double[] discountFactors) {
    boolean hasRange() {
      return low != central || high != central;
    }
  }

  /** Builds one outcome's entry from its figures. */
  static Outcome outcome(BigDecimal low, BigDecimal central, BigDecimal high, OutcomeFactors f) {
    double[] adjustments = {f.deadweight().doubleValue(), f.adjustments().displacement().doubleValue(),
        f.adjustments().attribution().doubleValue(), f.adjustments().dropOff().doubleValue()};
    double[] d = new double[f.adjustments().duration()];
    for (int t = 1; t <= d.length; t++) {
      d[t - 1] = f.discounting().factor(t).doubleValue();
    }
    return new Outcome(low.doubleValue(), central.doubleValue(), high.doubleValue(), adjustments, d);
  }

  /**
   * Runs the simulation.
   *
   * @param outcomes the claimed outcomes in bank order
   * @param spread ± spread of each adjustment, as fractions; absent ones are not varied
   * @param investment the investment, for the ratio
   */
  static Simulation run(List<Outcome> outcomes, Map<Parameter, BigDecimal> spread, BigDecimal investment, int runs,
      long seed) {
    double[] spreads = new double[SPREAD.size()];
    for (int i = 0; i < spreads.length; i++) {
      BigDecimal s = spread.get(SPREAD.get(i));
      spreads[i] = s == null ? 0 : s.doubleValue();
    }
    Prepared[] prepared = outcomes.stream().map(o -> new Prepared(o, spreads)).toArray(Prepared[]::new);
    SplitMix64 random = new SplitMix64(seed);
    double[] values = new double[runs];
    for (int run = 0; run < runs; run++) {
      double total = 0;
      for (Prepared o : prepared) {
        total += o.draw(random, spreads);
      }
      values[run] = total;
    }
    Arrays.sort(values);
    BigDecimal p5 = new BigDecimal(nearestRank(values, 5));
    BigDecimal p50 = new BigDecimal(nearestRank(values, 50));
    BigDecimal p95 = new BigDecimal(nearestRank(values, 95));
    if (investment.signum() == 0) {
      return new Simulation(runs, seed, p5, p50, p95, null, null, null, null);
    }
    double invested = investment.doubleValue();
    long below = Arrays.stream(values).filter(v -> v < invested).count();
    MathContext mc = MathContext.DECIMAL128;
    return new Simulation(runs, seed, p5, p50, p95, p5.divide(investment, mc), p50.divide(investment, mc),
        p95.divide(investment, mc), BigDecimal.valueOf(below).divide(BigDecimal.valueOf(runs), mc));
  }

  /**
   * One outcome ready to draw: the triangle's constants and the product of every factor that no spread
   * varies, worked out once rather than in each run.
   */
  private static final class Prepared {
    private final Outcome o;
    private final boolean ranged;
    private final double split;
    private final double lowSide;
    private final double highSide;
    /** The (1 − adjustment) factors not varied, and the present-value factor when drop-off is not. */
    private final double fixed;
    private final boolean dropOffVaries;

    Prepared(Outcome o, double[] spreads) {
      this.o = o;
      double width = o.high() - o.low();
      this.ranged = o.hasRange() && width > 0;
      this.split = ranged ? (o.central() - o.low()) / width : 0;
      this.lowSide = width * (o.central() - o.low());
      this.highSide = width * (o.high() - o.central());
      double f = 1;
      for (int i = 0; i < 3; i++) {
        if (spreads[i] == 0) {
          f *= 1 - o.adjustments()[i];
        }
      }
      this.dropOffVaries = spreads[3] > 0;
      this.fixed = dropOffVaries ? f : f * presentValueFactor(o.discountFactors(), o.adjustments()[3]);
    }

    /** One run's social value of the outcome; draws in the order value, deadweight, displacement, attribution, drop-off. */
    double draw(SplitMix64 random, double[] spreads) {
      double v;
      if (ranged) {
        double u = random.nextDouble();
        v = u < split ? o.low() + Math.sqrt(u * lowSide) : o.high() - Math.sqrt((1 - u) * highSide);
      } else {
        v = o.central();
      }
      v *= fixed;
      for (int i = 0; i < 3; i++) {
        if (spreads[i] > 0) {
          v *= 1 - clamp(o.adjustments()[i] + (2 * random.nextDouble() - 1) * spreads[i]);
        }
      }
      if (dropOffVaries) {
        v *= presentValueFactor(o.discountFactors(), clamp(o.adjustments()[3] + (2 * random.nextDouble() - 1)
            * spreads[3]));
      }
      return v;
    }
  }

  /** {@code Σ (1 − dropOff)^(t−1) × D(e(t))}, as {@link Discounting#presentValueFactor} computes it exactly. */
  private static double presentValueFactor(double[] discountFactors, double dropOff) {
    double sum = 0;
    double kept = 1;
    for (double d : discountFactors) {
      sum += kept * d;
      kept *= 1 - dropOff;
    }
    return sum;
  }

  /** The inverse of the triangular distribution's CDF at {@code u} in [0, 1). */
  static double triangular(double low, double mode, double high, double u) {
    double width = high - low;
    if (width <= 0) {
      return mode;
    }
    double split = (mode - low) / width;
    return u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
  }

  private static double clamp(double x) {
    return x < 0 ? 0 : Math.min(x, 1);
  }

  /** The p-th percentile of sorted values by nearest rank: value number ⌈p/100 × N⌉ (from 1). */
  static double nearestRank(double[] sorted, int p) {
    long rank = ((long) p * sorted.length + 99) / 100; // ⌈p × N / 100⌉ in whole numbers, no rounding
    return sorted[(int) Math.max(rank, 1) - 1];
  }
}
