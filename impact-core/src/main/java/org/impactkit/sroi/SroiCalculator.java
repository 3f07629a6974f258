package org.impactkit.sroi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.PercentPoints;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.model.Parameter;
import org.impactkit.sroi.SroiResult.Case;
import org.impactkit.sroi.SroiResult.OutcomeFigures;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.StakeholderFigures;
import org.impactkit.sroi.SroiResult.TippingPoint;
import org.impactkit.sroi.SroiResult.YearFigures;
import org.impactkit.valuation.Discounting;

/**
 * Calculates the SROI of an impact map (SPEC §6):
 *
 * <pre>
 * impact        = quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution)
 * value(year k) = impact × (1 − dropOff)^(k−1), k = 1..duration, in calendar year k + start − 1
 * presentValue  = Σ_years value_y × D(e(y)),  e(y) = y − 1 (year-zero) or y (end-of-year)
 * ratio = presentValue / investment;  paybackMonths = investment / (year-1 value / 12)
 * </pre>
 *
 * <p>Exact {@link BigDecimal} arithmetic; divisions at {@link MathContext#DECIMAL128}. Also finds tipping
 * points (linear parameters solved exactly, drop-off by bisection to {@link #DROP_OFF_TOLERANCE}), a
 * one-at-a-time scenario table, the warnings of {@link #warnings} and the checks of {@link SroiChecks}.
 */
public final class SroiCalculator {
  /** Drop-off tipping points are found by bisection to within this (as a fraction: 10⁻¹⁰ percentage points). */
  public static final BigDecimal DROP_OFF_TOLERANCE = new BigDecimal("1E-12");

  /** The relative changes of the scenario table: −25%, −10%, +10%, +25%. */
  public static final List<BigDecimal> SCENARIO_CHANGES =
      List.of(new BigDecimal("-0.25"), new BigDecimal("-0.10"), new BigDecimal("0.10"), new BigDecimal("0.25"));

  /** An outcome carrying more than this share of the present value is warned about. */
  public static final BigDecimal DOMINANT_SHARE = new BigDecimal("0.5");

  /** Deadweight, displacement or attribution above this is warned about as unusually high. */
  public static final BigDecimal HIGH_ADJUSTMENT = new BigDecimal("0.75");

  /** Durations above this many years are warned about. */
  public static final int LONG_DURATION = 5;

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private final Discounting discounting;

  /**
   * A calculator discounting as given (a run of {@code impact sroi} gives the stepped {@code green-book}
   * schedule).
   *
   * @param discounting the schedule and convention
   */
  public SroiCalculator(Discounting discounting) {
    this.discounting = Objects.requireNonNull(discounting, "discounting");
  }

  /**
   * Calculates with a flat 3.5%, year zero undiscounted (the Green Book's rate for years 0 to 30).
   *
   * @param map the impact map
   * @param inputs the investment
   * @return every figure of the SROI
   */
  public static SroiResult calculate(ImpactMap map, Investment inputs) {
    return new SroiCalculator(Discounting.GREEN_BOOK_FLAT).calculateFor(map, inputs);
  }

  /**
   * Calculates every figure of the result.
   *
   * @param map the impact map
   * @param inputs the investment
   * @return every figure of the SROI
   */
  public SroiResult calculateFor(ImpactMap map, Investment inputs) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(inputs, "inputs");
    BigDecimal investment = inputs.total();
    int horizon = map.horizon();
    BigDecimal[] yearValues = zeros(horizon);
    List<BigDecimal> impacts = new ArrayList<>();
    List<BigDecimal[]> rowValues = new ArrayList<>();
    List<BigDecimal> rowPvs = new ArrayList<>();
    for (ImpactMapRow row : map.rows()) {
      BigDecimal impact = impact(row);
      BigDecimal[] values = values(row, impact, horizon);
      for (int y = 0; y < horizon; y++) {
        yearValues[y] = yearValues[y].add(values[y]);
      }
      impacts.add(impact);
      rowValues.add(values);
      rowPvs.add(presentValue(row));
    }
    List<YearFigures> years = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    BigDecimal pv = BigDecimal.ZERO;
    for (int y = 1; y <= horizon; y++) {
      BigDecimal v = yearValues[y - 1];
      BigDecimal p = discounting.discount(v, y);
      years.add(new YearFigures(y, v, discounting.factor(y), p));
      value = value.add(v);
      pv = pv.add(p);
    }
    BigDecimal npv = pv.subtract(investment);
    BigDecimal ratio = investment.signum() == 0 ? null : pv.divide(investment, MC);
    BigDecimal netRatio = investment.signum() == 0 ? null : npv.divide(investment, MC);
    BigDecimal year1 = yearValues[0];
    BigDecimal payback = year1.signum() <= 0 ? null : investment.multiply(TWELVE).divide(year1, MC);

    List<OutcomeFigures> outcomes = new ArrayList<>();
    // stakeholders are grouped ignoring case and surrounding spaces, named as first written
    Map<String, StakeholderFigures> stakeholders = new LinkedHashMap<>();
    for (int i = 0; i < map.rows().size(); i++) {
      ImpactMapRow row = map.rows().get(i);
      BigDecimal rowValue = sum(rowValues.get(i));
      BigDecimal rowPv = rowPvs.get(i);
      outcomes.add(new OutcomeFigures(row, impacts.get(i), List.of(rowValues.get(i)), rowValue, rowPv,
          share(rowPv, pv)));
      stakeholders.merge(row.stakeholder().strip().toLowerCase(Locale.ROOT),
          new StakeholderFigures(row.stakeholder(), 1, rowValue, rowPv, null),
          (a, b) -> new StakeholderFigures(a.stakeholder(), a.outcomes() + 1, a.value().add(b.value()),
              a.presentValue().add(b.presentValue()), null));
    }
    List<StakeholderFigures> byStakeholder = new ArrayList<>();
    for (StakeholderFigures s : stakeholders.values()) {
      byStakeholder.add(new StakeholderFigures(s.stakeholder(), s.outcomes(), s.value(), s.presentValue(),
          share(s.presentValue(), pv)));
    }
    List<TippingPoint> tipping = tippingPoints(map, rowPvs, investment);
    List<Scenario> scenarios = scenarios(map, rowPvs, investment, ratio);
    List<Diagnostic> warnings = warnings(map, outcomes, pv);
    return new SroiResult(map, inputs, discounting, investment, value, pv, npv, ratio, netRatio, payback, years,
        outcomes, byStakeholder, tipping, scenarios, warnings, SroiChecks.of(map.currency(), ratio, outcomes));
  }

  /**
   * An outcome's value in its first year: quantity × proxy × (1 − deadweight)(1 − displacement)(1 −
   * attribution).
   *
   * @param row the outcome
   * @return its first-year value
   */
  public static BigDecimal impact(ImpactMapRow row) {
    return row.quantity().multiply(row.proxyValue()).multiply(retained(row, null));
  }

  /** The product of (1 − x) over deadweight, displacement and attribution, leaving out {@code except}. */
  private static BigDecimal retained(ImpactMapRow row, Parameter except) {
    BigDecimal f = BigDecimal.ONE;
    if (except != Parameter.DEADWEIGHT) {
      f = f.multiply(BigDecimal.ONE.subtract(row.deadweight()));
    }
    if (except != Parameter.DISPLACEMENT) {
      f = f.multiply(BigDecimal.ONE.subtract(row.displacement()));
    }
    if (except != Parameter.ATTRIBUTION) {
      f = f.multiply(BigDecimal.ONE.subtract(row.attribution()));
    }
    return f;
  }

  private static BigDecimal[] values(ImpactMapRow row, BigDecimal impact, int horizon) {
    BigDecimal[] values = zeros(horizon);
    BigDecimal kept = BigDecimal.ONE.subtract(row.dropOff());
    for (int k = 1; k <= row.duration(); k++) {
      values[k + row.start() - 2] = impact.multiply(kept.pow(k - 1));
    }
    return values;
  }

  /**
   * An outcome's present value: its impact times its {@link #presentValueFactor}.
   *
   * @param row the outcome
   * @return its present value
   */
  public BigDecimal presentValue(ImpactMapRow row) {
    return impact(row).multiply(presentValueFactor(row));
  }

  /**
   * {@code Σ_{k=1..duration} (1 − dropOff)^(k−1) × D(e(k + start − 1))}: present value per unit
   * of first-year impact ({@link Discounting#presentValueFactor(int, BigDecimal, int)}).
   *
   * @param row the outcome
   * @return the factor
   */
  public BigDecimal presentValueFactor(ImpactMapRow row) {
    return discounting.presentValueFactor(row.duration(), row.dropOff(), row.start());
  }

  // ---- tipping points

  private List<TippingPoint> tippingPoints(ImpactMap map, List<BigDecimal> rowPvs, BigDecimal investment) {
    List<TippingPoint> points = new ArrayList<>();
    BigDecimal total = rowPvs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < map.rows().size(); i++) {
      ImpactMapRow row = map.rows().get(i);
      BigDecimal others = total.subtract(rowPvs.get(i));
      for (Parameter p : List.of(Parameter.DEADWEIGHT, Parameter.DISPLACEMENT, Parameter.ATTRIBUTION,
          Parameter.DROP_OFF, Parameter.PROXY_VALUE)) {
        points.add(investment.signum() == 0
            ? new TippingPoint(row, p, row.get(p), null, "nothing was invested, so there is no ratio to bring to 1")
            : tippingPoint(row, p, others, investment));
      }
    }
    return points;
  }

  private TippingPoint tippingPoint(ImpactMapRow row, Parameter p, BigDecimal others, BigDecimal investment) {
    BigDecimal needed = investment.subtract(others); // the present value this outcome must have for ratio 1
    BigDecimal current = row.get(p);
    switch (p) {
      case DEADWEIGHT, DISPLACEMENT, ATTRIBUTION -> {
        // pv(x) = a × (1 − x), linear in x
        BigDecimal a = row.quantity().multiply(row.proxyValue()).multiply(retained(row, p))
            .multiply(presentValueFactor(row));
        if (a.signum() == 0) {
          return none(row, p, "this outcome has no value to adjust (quantity or proxy is 0, or another "
              + "adjustment is 100%)");
        }
        BigDecimal x = BigDecimal.ONE.subtract(needed.divide(a, MC));
        if (x.signum() < 0 || x.compareTo(BigDecimal.ONE) > 0) {
          return none(row, p, outside(others.add(a), investment, "0%–100%"));
        }
        return new TippingPoint(row, p, current, x, "solved exactly");
      }
      case PROXY_VALUE -> {
        // pv(proxy) = b × proxy; the valid range keeps the proxy's sign (a benefit stays a benefit)
        BigDecimal b = row.quantity().multiply(retained(row, null)).multiply(presentValueFactor(row));
        if (b.signum() == 0) {
          return none(row, p, "the proxy has no effect (quantity is 0 or an adjustment is 100%)");
        }
        BigDecimal proxy = needed.divide(b, MC);
        if (current.signum() != 0 && proxy.signum() != 0 && proxy.signum() != current.signum()) {
          return none(row, p, current.signum() > 0
              ? "the ratio stays " + (others.compareTo(investment) > 0 ? "above" : "below")
                  + " 1 for any proxy of 0 or more"
              : "the ratio stays " + (others.compareTo(investment) > 0 ? "above" : "below")
                  + " 1 for any harm (proxy of 0 or less)");
        }
        return new TippingPoint(row, p, current, proxy, "solved exactly");
      }
      case DROP_OFF -> {
        return dropOffTippingPoint(row, others, investment);
      }
      default -> throw new IllegalArgumentException("no tipping point for " + p);
    }
  }

  private TippingPoint dropOffTippingPoint(ImpactMapRow row, BigDecimal others, BigDecimal investment) {
    Parameter p = Parameter.DROP_OFF;
    if (row.duration() == 1) {
      return none(row, p, "the outcome lasts one year, so drop-off has no effect");
    }
    BigDecimal at0 = gap(row, BigDecimal.ZERO, others, investment);
    BigDecimal at1 = gap(row, BigDecimal.ONE, others, investment);
    if (at0.signum() == 0) {
      return new TippingPoint(row, p, row.dropOff(), BigDecimal.ZERO, "exact at 0%");
    }
    if (at1.signum() == 0) {
      return new TippingPoint(row, p, row.dropOff(), BigDecimal.ONE, "exact at 100%");
    }
    if (at0.signum() == at1.signum()) {
      return none(row, p, outside(at0.add(investment), investment, "0%–100% drop-off"));
    }
    BigDecimal lo = BigDecimal.ZERO;
    BigDecimal hi = BigDecimal.ONE;
    int loSign = at0.signum();
    while (hi.subtract(lo).compareTo(DROP_OFF_TOLERANCE) > 0) {
      BigDecimal mid = lo.add(hi).divide(TWO, MC);
      int s = gap(row, mid, others, investment).signum();
      if (s == 0) {
        return new TippingPoint(row, p, row.dropOff(), mid, "exact");
      }
      if (s == loSign) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return new TippingPoint(row, p, row.dropOff(), lo.add(hi).divide(TWO, MC),
        "by bisection, to within " + DROP_OFF_TOLERANCE.toPlainString());
  }

  /** Total present value with this row's drop-off set to {@code d}, less the investment. */
  private BigDecimal gap(ImpactMapRow row, BigDecimal d, BigDecimal others, BigDecimal investment) {
    return others.add(presentValue(row.with(Parameter.DROP_OFF, d))).subtract(investment);
  }

  /**
   * Why no value in the range gives ratio 1. Both ends of the range lie on one side of 1, so the total
   * present value at either end says which.
   */
  private static String outside(BigDecimal pvAtOneEnd, BigDecimal investment, String range) {
    boolean above = pvAtOneEnd.compareTo(investment) > 0;
    return "the ratio stays " + (above ? "above" : "below") + " 1 across " + range;
  }

  private static TippingPoint none(ImpactMapRow row, Parameter p, String why) {
    return new TippingPoint(row, p, row.get(p), null, why);
  }

  // ---- scenarios

  private List<Scenario> scenarios(ImpactMap map, List<BigDecimal> rowPvs, BigDecimal investment,
      BigDecimal baseRatio) {
    List<Scenario> scenarios = new ArrayList<>();
    if (investment.signum() == 0) {
      return scenarios;
    }
    BigDecimal total = rowPvs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < map.rows().size(); i++) {
      ImpactMapRow row = map.rows().get(i);
      BigDecimal others = total.subtract(rowPvs.get(i));
      for (Parameter p : Parameter.values()) {
        if (p == Parameter.DROP_OFF && row.duration() == 1) {
          continue; // no effect on a one-year outcome
        }
        BigDecimal base = row.get(p);
        List<Case> cases = new ArrayList<>();
        for (BigDecimal change : SCENARIO_CHANGES) {
          BigDecimal v = base.multiply(BigDecimal.ONE.add(change));
          boolean capped = false;
          if (p.isPercentage() && v.compareTo(BigDecimal.ONE) > 0) {
            v = BigDecimal.ONE;
            capped = true;
          }
          BigDecimal pv = others.add(presentValue(row.with(p, v)));
          cases.add(new Case(change, v, capped, pv.divide(investment, MC)));
        }
        scenarios.add(scenario(row, p.id(), p.label(), base, cases, baseRatio));
      }
    }
    List<Case> rateCases = new ArrayList<>();
    BigDecimal cap = new BigDecimal("0.99");
    for (BigDecimal change : SCENARIO_CHANGES) {
      // a stepped schedule moves as a whole: every band's rate changes by the same share
      Discounting changed = discounting.scaled(BigDecimal.ONE.add(change), cap);
      BigDecimal rate = changed.rate();
      boolean capped = discounting.rate().multiply(BigDecimal.ONE.add(change)).compareTo(cap) > 0;
      SroiCalculator other = new SroiCalculator(changed);
      BigDecimal pv = BigDecimal.ZERO;
      for (ImpactMapRow row : map.rows()) {
        pv = pv.add(other.presentValue(row));
      }
      rateCases.add(new Case(change, rate, capped, pv.divide(investment, MC)));
    }
    scenarios.add(scenario(null, "discountRate", "Discount rate", discounting.rate(), rateCases, baseRatio));
    return scenarios;
  }

  private static Scenario scenario(ImpactMapRow row, String id, String label, BigDecimal base, List<Case> cases,
      BigDecimal baseRatio) {
    BigDecimal min = baseRatio;
    BigDecimal max = baseRatio;
    for (Case c : cases) {
      min = min.min(c.ratio());
      max = max.max(c.ratio());
    }
    return new Scenario(row, id, label, base, cases, min, max);
  }

  // ---- warnings

  /**
   * What a careful assessor would question, with the thresholds stated in each message: no deadweight,
   * displacement or attribution anywhere (or on a benefit); a duration over {@value #LONG_DURATION}
   * years; deadweight, displacement or attribution above 75%; no drop-off, or 100% drop-off, on an outcome
   * lasting more than a year; one outcome carrying more than half the present value.
   */
  private static List<Diagnostic> warnings(ImpactMap map, List<OutcomeFigures> outcomes, BigDecimal pv) {
    List<Diagnostic> w = new ArrayList<>();
    boolean none = map.rows().stream().allMatch(ImpactMapRow::unadjusted);
    if (none) {
      w.add(Diagnostic.warning(file(map.rows().get(0)), 0, null, "no outcome has any deadweight, displacement or "
          + "attribution: the SROI method expects each to be considered, or the claim overstates the change due "
          + "to the activity"));
    }
    for (OutcomeFigures o : outcomes) {
      ImpactMapRow r = o.row();
      // a harm taken at its full size is cautious, not an over-claim, so only benefits are questioned
      if (!none && r.unadjusted() && r.proxyValue().signum() > 0) {
        w.add(warning(r, "deadweight", "'" + r.label() + "' has no deadweight, displacement or attribution; "
            + "is all of this change due to the activity?"));
      }
      if (r.duration() > LONG_DURATION) {
        w.add(warning(r, "duration", "'" + r.label() + "' lasts " + r.duration() + " years, more than "
            + LONG_DURATION + "; long durations need evidence that the change persists"));
      }
      for (Parameter p : List.of(Parameter.DEADWEIGHT, Parameter.DISPLACEMENT, Parameter.ATTRIBUTION)) {
        if (r.get(p).compareTo(HIGH_ADJUSTMENT) > 0) {
          w.add(warning(r, field(p), "'" + r.label() + "' has " + p.label().toLowerCase(Locale.ROOT) + " of "
              + percent(r.get(p)) + ", above 75%; check whether the outcome should be claimed at all"));
        }
      }
      for (Parameter p : Parameter.SHARES) {
        String tiny = PercentPoints.tinyShare("'" + r.label() + "' has", p.label().toLowerCase(Locale.ROOT), r.get(p));
        if (tiny != null) {
          w.add(warning(r, field(p), tiny));
        }
      }
      if (r.duration() > 1 && r.dropOff().compareTo(BigDecimal.ONE) == 0) {
        w.add(warning(r, "drop_off", "'" + r.label() + "' lasts " + r.duration() + " years with 100% drop-off, so "
            + "nothing is left after its first year; is the duration meant to be 1?"));
      }
      if (r.duration() > 1 && r.dropOff().signum() == 0) {
        w.add(warning(r, "drop_off", "'" + r.label() + "' lasts " + r.duration() + " years with no drop-off; "
            + "outcomes usually fade over time"));
      }
      if (pv.signum() > 0 && o.share() != null && o.share().compareTo(DOMINANT_SHARE) > 0 && outcomes.size() > 1) {
        // Above 100% when other outcomes are harms that take value away: "more than half" would undersell it.
        w.add(warning(r, null, "'" + r.label() + "' carries " + percent(o.share()) + " of the present value, "
            + (o.share().compareTo(BigDecimal.ONE) > 0 ? "more than all of it, as other outcomes take value away"
                : "more than half") + ": the ratio rests mostly on this one outcome's assumptions"));
      }
    }
    return w;
  }

  private static String field(Parameter p) {
    return switch (p) {
      case DROP_OFF -> "drop_off";
      case PROXY_VALUE -> "proxy_value";
      default -> p.id();
    };
  }

  private static Diagnostic warning(ImpactMapRow row, String field, String message) {
    if (row.ref() == null) {
      return Diagnostic.warning(null, 0, null, message);
    }
    return Diagnostic.warning(row.ref(), field, message);
  }

  private static String file(ImpactMapRow row) {
    return row.ref() == null ? null : row.ref().file().name();
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString() + "%";
  }

  private static BigDecimal share(BigDecimal part, BigDecimal total) {
    return total.signum() <= 0 ? null : part.divide(total, MC);
  }

  private static BigDecimal sum(BigDecimal[] values) {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      s = s.add(v);
    }
    return s;
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] a = new BigDecimal[n];
    Arrays.fill(a, BigDecimal.ZERO);
    return a;
  }
}
