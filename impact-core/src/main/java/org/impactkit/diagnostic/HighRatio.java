package org.impactkit.diagnostic;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code high-ratio} check of SPEC §10, one rule and one wording for both engines: a return above 10 to 1,
 * or a range whose high end is, is rare in published reports (an open review of 383 put their median at 4.44 to
 * 1), so the reader is told which contributions carry it. {@code impact calculate} judges its social value, with
 * its outcomes as the contributions; {@code impact sroi} its present value, with the impact map's rows.
 */
public final class HighRatio {
  /** A return above this many units of value per unit invested warns. */
  public static final BigDecimal THRESHOLD = BigDecimal.TEN;

  /** How many of the largest contributions a warning names. */
  public static final int NAMED = 3;

  private HighRatio() {}

  /**
   * One part of the value the ratio divides: an outcome, or a row of an impact map.
   *
   * @param name how the message names it, e.g. {@code volunteering} or {@code 'Young people: Took up sport'}
   * @param value what it adds to the value (negative for a harm)
   */
  public record Contribution(String name, BigDecimal value) {
    /**
     * Creates the record, checking its parts.
     *
     * @param name how the message names it
     * @param value what it adds to the value (negative for a harm)
     */
    public Contribution {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The check: a warning when {@code ratio} is above 10 to 1 ({@link #THRESHOLD}), or {@code high} is, naming
   * the {@value #NAMED} largest contributions; a pass otherwise, or when nothing was invested.
   *
   * @param ratio the central return per unit invested, or {@code null} when nothing was invested
   * @param high the return at the high end of the range (SPEC §5.5), or {@code null} when there is no range
   * @param contributions every part of the value, in a fixed order (ties keep it)
   * @param money how an amount reads, e.g. {@code £1,234.56}
   * @return the check
   */
  public static Check check(BigDecimal ratio, BigDecimal high, List<Contribution> contributions,
      Function<BigDecimal, String> money) {
    if (ratio == null) {
      return Check.pass(CheckId.HIGH_RATIO, "no investment, so no return is stated");
    }
    String stated = "the return is " + money.apply(ratio) + " for every " + money.apply(BigDecimal.ONE)
        .replace(".00", "") + " invested";
    boolean centralHigh = ratio.compareTo(THRESHOLD) > 0;
    boolean rangeHigh = high != null && high.compareTo(THRESHOLD) > 0;
    if (!centralHigh && !rangeHigh) {
      return Check.pass(CheckId.HIGH_RATIO, stated);
    }
    // what carries a high return is what adds to it: a row of quantity 0 or a harm is no contribution to name
    List<Contribution> largest = contributions.stream().filter(c -> c.value().signum() > 0)
        .sorted(Comparator.comparing(Contribution::value).reversed()).limit(NAMED).toList();
    String top = largest.stream().map(c -> c.name() + " " + money.apply(c.value())).collect(Collectors.joining(", "));
    return Check.warn(CheckId.HIGH_RATIO, stated + (centralHigh ? ", above 10 to 1, which"
        : ", and " + money.apply(high) + " at the high end of its range, above 10 to 1, which")
        + " published reports rarely reach; the largest contributions: " + top, largest.size());
  }
}
