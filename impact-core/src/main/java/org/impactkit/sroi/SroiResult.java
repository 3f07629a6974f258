package org.impactkit.sroi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.model.Parameter;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.Rounding;

/**
 * The SROI of an impact map (SPEC §6). Every figure is exact; round only to print, with {@link
 * Rounding} as the reports do. Amounts of money are in the scale of {@link Rounding#exact} (at least
 * two decimal places), so equal amounts are {@code equals}. Immutable, and so safe to share between
 * threads.
 *
 * @param map the impact map
 * @param inputs the investment
 * @param discounting the rate and convention used
 * @param investment the total investment
 * @param value the undiscounted value over all years
 * @param presentValue the discounted value over all years
 * @param netPresentValue present value less investment
 * @param ratio present value per unit invested, or {@code null} when nothing was invested
 * @param netRatio net present value per unit invested, or {@code null} when nothing was invested
 * @param paybackMonths months of year-1 value that repay the investment, or {@code null} when year 1's
 *     value is not above 0
 * @param years value and present value per calendar year, year 1 first
 * @param outcomes figures per impact-map row, in map order
 * @param byStakeholder figures per stakeholder, in order of first appearance
 * @param tippingPoints per outcome and parameter, the value that brings the ratio to 1
 * @param scenarios one-at-a-time changes to each assumption and the ratio they give
 * @param warnings what a careful assessor would question
 * @param checks the assurance checks (SPEC §10) an impact map can be judged by, passed or not
 */
public record SroiResult(
    ImpactMap map,
    Investment inputs,
    Discounting discounting,
    BigDecimal investment,
    BigDecimal value,
    BigDecimal presentValue,
    BigDecimal netPresentValue,
    BigDecimal ratio,
    BigDecimal netRatio,
    BigDecimal paybackMonths,
    List<YearFigures> years,
    List<OutcomeFigures> outcomes,
    List<StakeholderFigures> byStakeholder,
    List<TippingPoint> tippingPoints,
    List<Scenario> scenarios,
    List<Diagnostic> warnings,
    List<Check> checks) {

  /**
   * Puts the amounts in the scale of {@link Rounding#exact} and copies the lists.
   *
   * @param map the impact map
   * @param inputs the investment
   * @param discounting the rate and convention used
   * @param investment the total investment
   * @param value the undiscounted value over all years
   * @param presentValue the discounted value over all years
   * @param netPresentValue present value less investment
   * @param ratio present value per unit invested, or {@code null} when nothing was invested
   * @param netRatio net present value per unit invested, or {@code null} when nothing was invested
   * @param paybackMonths months of year-1 value that repay the investment, or {@code null} when year 1's
   *     value is not above 0
   * @param years value and present value per calendar year, year 1 first
   * @param outcomes figures per impact-map row, in map order
   * @param byStakeholder figures per stakeholder, in order of first appearance
   * @param tippingPoints per outcome and parameter, the value that brings the ratio to 1
   * @param scenarios one-at-a-time changes to each assumption and the ratio they give
   * @param warnings what a careful assessor would question
   * @param checks the assurance checks (SPEC §10) an impact map can be judged by, passed or not
   */
  public SroiResult {
    investment = Rounding.exact(investment);
    value = Rounding.exact(value);
    presentValue = Rounding.exact(presentValue);
    netPresentValue = Rounding.exact(netPresentValue);
    years = List.copyOf(years);
    outcomes = List.copyOf(outcomes);
    byStakeholder = List.copyOf(byStakeholder);
    tippingPoints = List.copyOf(tippingPoints);
    scenarios = List.copyOf(scenarios);
    warnings = List.copyOf(warnings);
    checks = List.copyOf(checks);
  }

  /** {@return the checks that warned or failed, in order} */
  public List<Check> checksNotPassing() {
    return checks.stream().filter(Check::notPassing).toList();
  }

  /**
   * One calendar year.
   *
   * @param year 1 for the activity's year, 2 for the next…
   * @param value the undiscounted value of every outcome in that year
   * @param discountFactor {@code 1 / (1 + rate)^e(year)}
   * @param presentValue the value discounted to today
   */
  public record YearFigures(int year, BigDecimal value, BigDecimal discountFactor, BigDecimal presentValue) {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param year 1 for the activity's year, 2 for the next…
     * @param value the undiscounted value of every outcome in that year
     * @param discountFactor {@code 1 / (1 + rate)^e(year)}
     * @param presentValue the value discounted to today
     */
    public YearFigures {
      value = Rounding.exact(value);
      presentValue = Rounding.exact(presentValue);
    }
  }

  /**
   * One row of the impact map.
   *
   * @param row the row
   * @param impact its value in its first year, after deadweight, displacement and attribution
   * @param values its undiscounted value in each calendar year of the map's horizon (0 outside its years)
   * @param value the sum of {@code values}
   * @param presentValue its discounted value
   * @param share its share of the total present value, or {@code null} when that total is not above 0
   */
  public record OutcomeFigures(ImpactMapRow row, BigDecimal impact, List<BigDecimal> values, BigDecimal value,
      BigDecimal presentValue, BigDecimal share) {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param row the row
     * @param impact its value in its first year, after deadweight, displacement and attribution
     * @param values its undiscounted value in each calendar year of the map's horizon (0 outside its years)
     * @param value the sum of {@code values}
     * @param presentValue its discounted value
     * @param share its share of the total present value, or {@code null} when that total is not above 0
     */
    public OutcomeFigures {
      impact = Rounding.exact(impact);
      values = values.stream().map(Rounding::exact).toList();
      value = Rounding.exact(value);
      presentValue = Rounding.exact(presentValue);
    }
  }

  /**
   * One stakeholder's outcomes together.
   *
   * @param stakeholder the stakeholder as first written
   * @param outcomes how many rows of the map are theirs
   * @param value undiscounted value
   * @param presentValue discounted value (negative when harms outweigh benefits)
   * @param share share of the total present value, or {@code null} when that total is not above 0
   */
  public record StakeholderFigures(String stakeholder, int outcomes, BigDecimal value, BigDecimal presentValue,
      BigDecimal share) {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param stakeholder the stakeholder as first written
     * @param outcomes how many rows of the map are theirs
     * @param value undiscounted value
     * @param presentValue discounted value (negative when harms outweigh benefits)
     * @param share share of the total present value, or {@code null} when that total is not above 0
     */
    public StakeholderFigures {
      value = Rounding.exact(value);
      presentValue = Rounding.exact(presentValue);
    }
  }

  /**
   * The value of one parameter of one outcome at which the ratio is exactly 1, all else unchanged.
   *
   * @param row the outcome
   * @param parameter the parameter varied
   * @param current its value in the map
   * @param breakEven the value that gives a ratio of 1, or {@code null} when none lies in the valid range
   * @param note why there is none, or how it was found; never {@code null}
   */
  public record TippingPoint(ImpactMapRow row, Parameter parameter, BigDecimal current, BigDecimal breakEven,
      String note) {
    /** {@return whether a break-even value exists in the valid range} */
    public boolean exists() {
      return breakEven != null;
    }

    /**
     * How far the parameter must move to reach break-even.
     *
     * @return percentage points (as a fraction) for shares, the relative change for the proxy; {@code null}
     *     when there is no tipping point
     */
    public BigDecimal distance() {
      if (breakEven == null) {
        return null;
      }
      BigDecimal d = breakEven.subtract(current).abs();
      if (parameter.isPercentage() || current.signum() == 0) {
        return d;
      }
      return d.divide(current.abs(), MathContext.DECIMAL128);
    }
  }

  /**
   * One assumption changed by fixed relative steps, one at a time.
   *
   * @param row the outcome, or {@code null} for the discount rate
   * @param parameter the parameter id (a {@link Parameter#id()} or {@code discountRate})
   * @param label the parameter for people
   * @param base its value in the map
   * @param cases each change and the ratio it gives
   * @param minRatio the lowest ratio of the base and the cases
   * @param maxRatio the highest ratio of the base and the cases
   */
  public record Scenario(ImpactMapRow row, String parameter, String label, BigDecimal base, List<Case> cases,
      BigDecimal minRatio, BigDecimal maxRatio) {
    /**
     * Creates the record, checking its parts.
     *
     * @param row the outcome, or {@code null} for the discount rate
     * @param parameter the parameter id (a {@link Parameter#id()} or {@code discountRate})
     * @param label the parameter for people
     * @param base its value in the map
     * @param cases each change and the ratio it gives
     * @param minRatio the lowest ratio of the base and the cases
     * @param maxRatio the highest ratio of the base and the cases
     */
    public Scenario {
      cases = List.copyOf(cases);
    }
  }

  /**
   * One changed value.
   *
   * @param change the relative change, e.g. {@code -0.25}
   * @param value the parameter's value after the change (kept within 0–100% for shares)
   * @param capped whether the change was cut short by the 0–100% limits
   * @param ratio the ratio with that value
   */
  public record Case(BigDecimal change, BigDecimal value, boolean capped, BigDecimal ratio) {}
}
