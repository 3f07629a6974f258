package org.impactkit.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.Activity;

/**
 * Every figure of a wellbeing valuation (SPEC §5.3, §7.1), unrounded. Lists are in a stable order:
 * bands in bank order, activities in input order, outcomes in bank order.
 *
 * <p><b>Money</b> is exact {@link BigDecimal} in the scale {@link Rounding#exact} gives (at least two
 * decimal places, more only when the amount needs them), so equal amounts are {@code equals}. The
 * {@code rounded…} accessors give each figure as every report prints it (money half-up to the penny,
 * ratios to 4 places: {@link Rounding}); round only to print. A <b>ratio</b> is {@code null} when
 * there was nothing invested to divide by; its {@code roundedRatio()} is then empty.
 *
 * <p>Immutable, and so safe to share between threads.
 *
 * @param settings the settings the figures were computed with
 * @param bank the value bank used
 * @param totals the headline figures
 * @param byAgeBand every band of the bank, ending with {@code unknown}
 * @param byActivity every activity, with its own budget, ratio and bands
 * @param byOutcome every outcome claimed at least once
 * @param byRegion every region of the bank with at least one claim
 * @param byPartner every partner (activities without one under {@code null})
 * @param calculation one line per activity × outcome × region × band with claims
 * @param headcounts distinct participants by band, activity, partner and each extra column
 * @param crossTabs distinct participants by each combination of the columns of each configured cross-tab
 * @param notClaimed rows that did not become claims, by reason (every reason, possibly 0)
 * @param diagnostics warnings, and the invalid rows left out when the settings skip them
 * @param priceYear the prices the figures are in and how they were uprated (SPEC §5.4)
 * @param range low, central and high figures (SPEC §5.5), or {@code null} when not asked for
 * @param simulation the Monte Carlo's percentiles (SPEC §5.5), or {@code null} when not asked for
 * @param checks the assurance checks of SPEC §10, every one, in a fixed order; a failed one means the
 *     figures are very probably wrong and no report should be written
 */
public record CalculationResult(
    ValuationSettings settings,
    ValueBank bank,
    Totals totals,
    List<BandFigures> byAgeBand,
    List<ActivityFigures> byActivity,
    List<OutcomeFigures> byOutcome,
    List<RegionFigures> byRegion,
    List<PartnerFigures> byPartner,
    List<CalculationLine> calculation,
    List<Headcount> headcounts,
    List<CrossTab> crossTabs,
    List<NotClaimedCount> notClaimed,
    List<Diagnostic> diagnostics,
    PriceYear priceYear,
    ValueRange range,
    Simulation simulation,
    List<Check> checks) {

  /**
   * Creates the record, checking its parts.
   *
   * @param settings the settings the figures were computed with
   * @param bank the value bank used
   * @param totals the headline figures
   * @param byAgeBand every band of the bank, ending with {@code unknown}
   * @param byActivity every activity, with its own budget, ratio and bands
   * @param byOutcome every outcome claimed at least once
   * @param byRegion every region of the bank with at least one claim
   * @param byPartner every partner (activities without one under {@code null})
   * @param calculation one line per activity × outcome × region × band with claims
   * @param headcounts distinct participants by band, activity, partner and each extra column
   * @param crossTabs distinct participants by each combination of the columns of each configured cross-tab
   * @param notClaimed rows that did not become claims, by reason (every reason, possibly 0)
   * @param diagnostics warnings, and the invalid rows left out when the settings skip them
   * @param priceYear the prices the figures are in and how they were uprated (SPEC §5.4)
   * @param range low, central and high figures (SPEC §5.5), or {@code null} when not asked for
   * @param simulation the Monte Carlo's percentiles (SPEC §5.5), or {@code null} when not asked for
   * @param checks the assurance checks of SPEC §10, every one, in a fixed order; a failed one means the
   *     figures are very probably wrong and no report should be written
   */
  public CalculationResult {
    byAgeBand = List.copyOf(byAgeBand);
    byActivity = List.copyOf(byActivity);
    byOutcome = List.copyOf(byOutcome);
    byRegion = List.copyOf(byRegion);
    byPartner = List.copyOf(byPartner);
    calculation = List.copyOf(calculation);
    headcounts = List.copyOf(headcounts);
    crossTabs = List.copyOf(crossTabs);
    notClaimed = List.copyOf(notClaimed);
    diagnostics = List.copyOf(diagnostics);
    checks = List.copyOf(checks);
  }

  /**
   * This result with the assurance checks run on it.
   *
   * @param checks the assurance checks of SPEC §10, every one, in a fixed order
   * @return a copy of this result with those checks, every figure the same
   */
  public CalculationResult withChecks(List<Check> checks) {
    return new CalculationResult(settings, bank, totals, byAgeBand, byActivity, byOutcome, byRegion, byPartner,
        calculation, headcounts, crossTabs, notClaimed, diagnostics, priceYear, range, simulation, checks);
  }

  /**
   * This result with other diagnostics: the same ones worded for another reader, e.g. naming files as a
   * web page's user uploaded them rather than by the folder the server keeps them in.
   *
   * @param diagnostics the diagnostics, in order
   * @return the result with them in place of its own
   */
  public CalculationResult withDiagnostics(List<Diagnostic> diagnostics) {
    return new CalculationResult(settings, bank, totals, byAgeBand, byActivity, byOutcome, byRegion, byPartner,
        calculation, headcounts, crossTabs, notClaimed, diagnostics, priceYear, range, simulation, checks);
  }

  /** {@return the checks that did not pass (warned or failed), in order} */
  public List<Check> checksNotPassing() {
    return checks.stream().filter(Check::notPassing).toList();
  }

  /** {@return whether any check failed: the figures are very probably wrong} */
  public boolean anyCheckFailed() {
    return checks.stream().anyMatch(c -> c.status() == CheckStatus.FAIL);
  }

  /** Figures with a gross and a social value: exact, and as every report prints them. */
  public interface Valued {
    /** @return the gross value (before deadweight and adjustments), exact */
    BigDecimal grossValue();

    /** @return the social value, exact */
    BigDecimal socialValue();

    /** @return the gross value to the penny, as reports print it */
    default BigDecimal roundedGrossValue() {
      return Rounding.money(grossValue());
    }

    /** @return the social value to the penny, as reports print it */
    default BigDecimal roundedSocialValue() {
      return Rounding.money(socialValue());
    }
  }

  /**
   * A return ratio, unrounded.
   *
   * @param value the social value
   * @param investment the money invested
   * @return {@code value / investment} at 34 significant digits, or {@code null} when investment is 0
   */
  public static BigDecimal ratio(BigDecimal value, BigDecimal investment) {
    return investment.signum() == 0 ? null : value.divide(investment, MathContext.DECIMAL128);
  }

  /**
   * The headline figures.
   *
   * @param investment sum of activity budgets
   * @param grossValue sum of gross values over claims
   * @param socialValue sum of unit social values over claims
   * @param netSocialValue social value less investment
   * @param ratio social value per £1 invested, or {@code null} when investment is 0
   * @param participants distinct participant ids in record-level input
   * @param claims claims valued
   */
  public record Totals(BigDecimal investment, BigDecimal grossValue, BigDecimal socialValue, BigDecimal netSocialValue,
      BigDecimal ratio, long participants, long claims) implements Valued {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param investment sum of activity budgets
     * @param grossValue sum of gross values over claims
     * @param socialValue sum of unit social values over claims
     * @param netSocialValue social value less investment
     * @param ratio social value per £1 invested, or {@code null} when investment is 0
     * @param participants distinct participant ids in record-level input
     * @param claims claims valued
     */
    public Totals {
      investment = Rounding.exact(investment);
      grossValue = Rounding.exact(grossValue);
      socialValue = Rounding.exact(socialValue);
      netSocialValue = Rounding.exact(netSocialValue);
    }

    /** @return the investment to the penny, as reports print it */
    public BigDecimal roundedInvestment() {
      return Rounding.money(investment);
    }

    /** @return the net social value to the penny, as reports print it */
    public BigDecimal roundedNetSocialValue() {
      return Rounding.money(netSocialValue);
    }

    /** @return the ratio to 4 places, as reports print it; empty when nothing was invested */
    public Optional<BigDecimal> roundedRatio() {
      return Optional.ofNullable(Rounding.ratio(ratio));
    }
  }

  /**
   * Figures for one age band.
   *
   * @param band the band
   * @param participants distinct participants with a row in this band
   * @param claims claims valued in this band
   * @param grossValue gross value of those claims
   * @param socialValue social value of those claims
   */
  public record BandFigures(AgeBand band, long participants, long claims, BigDecimal grossValue, BigDecimal socialValue)
      implements Valued {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param band the band
     * @param participants distinct participants with a row in this band
     * @param claims claims valued in this band
     * @param grossValue gross value of those claims
     * @param socialValue social value of those claims
     */
    public BandFigures {
      grossValue = Rounding.exact(grossValue);
      socialValue = Rounding.exact(socialValue);
    }
  }

  /**
   * Figures for one activity.
   *
   * @param activity the activity (budget, partner, region as given)
   * @param participants distinct participants in it
   * @param claims claims valued
   * @param grossValue gross value
   * @param socialValue social value
   * @param ratio social value per £1 of its budget, or {@code null} when its budget is 0
   * @param byAgeBand every band of the bank
   */
  public record ActivityFigures(Activity activity, long participants, long claims, BigDecimal grossValue,
      BigDecimal socialValue, BigDecimal ratio, List<BandFigures> byAgeBand) implements Valued {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param activity the activity (budget, partner, region as given)
     * @param participants distinct participants in it
     * @param claims claims valued
     * @param grossValue gross value
     * @param socialValue social value
     * @param ratio social value per £1 of its budget, or {@code null} when its budget is 0
     * @param byAgeBand every band of the bank
     */
    public ActivityFigures {
      grossValue = Rounding.exact(grossValue);
      socialValue = Rounding.exact(socialValue);
      byAgeBand = List.copyOf(byAgeBand);
    }

    /** @return the ratio to 4 places, as reports print it; empty when the budget is 0 */
    public Optional<BigDecimal> roundedRatio() {
      return Optional.ofNullable(Rounding.ratio(ratio));
    }
  }

  /**
   * Figures for one outcome.
   *
   * @param outcome the bank outcome
   * @param factors the deadweight and adjustments applied
   * @param claims claims valued
   * @param grossValue gross value
   * @param socialValue social value
   * @param byAgeBand every band of the bank (participants there are the people claiming it)
   */
  public record OutcomeFigures(
      Outcome outcome,
      OutcomeFactors factors,
      long claims,
      BigDecimal grossValue,
      BigDecimal socialValue,
      List<BandFigures> byAgeBand) implements Valued {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param outcome the bank outcome
     * @param factors the deadweight and adjustments applied
     * @param claims claims valued
     * @param grossValue gross value
     * @param socialValue social value
     * @param byAgeBand every band of the bank (participants there are the people claiming it)
     */
    public OutcomeFigures {
      grossValue = Rounding.exact(grossValue);
      socialValue = Rounding.exact(socialValue);
      byAgeBand = List.copyOf(byAgeBand);
    }
  }

  /**
   * Figures for one region.
   *
   * @param region the region
   * @param claims claims valued
   * @param grossValue gross value
   * @param socialValue social value
   */
  public record RegionFigures(Region region, long claims, BigDecimal grossValue, BigDecimal socialValue)
      implements Valued {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param region the region
     * @param claims claims valued
     * @param grossValue gross value
     * @param socialValue social value
     */
    public RegionFigures {
      grossValue = Rounding.exact(grossValue);
      socialValue = Rounding.exact(socialValue);
    }
  }

  /**
   * Figures for one delivering organisation.
   *
   * @param partner the partner, or {@code null} for activities that name none
   * @param investment budgets of its activities
   * @param participants distinct participants in its activities
   * @param claims claims valued
   * @param grossValue gross value
   * @param socialValue social value
   */
  public record PartnerFigures(
      String partner, BigDecimal investment, long participants, long claims, BigDecimal grossValue, BigDecimal socialValue)
      implements Valued {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param partner the partner, or {@code null} for activities that name none
     * @param investment budgets of its activities
     * @param participants distinct participants in its activities
     * @param claims claims valued
     * @param grossValue gross value
     * @param socialValue social value
     */
    public PartnerFigures {
      investment = Rounding.exact(investment);
      grossValue = Rounding.exact(grossValue);
      socialValue = Rounding.exact(socialValue);
    }
  }

  /**
   * One line of the calculation, as an Excel calculator would have it.
   *
   * @param activity the activity
   * @param outcome the outcome
   * @param region the region
   * @param band the age band
   * @param claims claims in this cell
   * @param unitValue the bank's gross value per claim
   * @param factors deadweight and adjustments applied
   * @param unitSocialValue social value per claim
   * @param grossValue {@code claims × unitValue}
   * @param socialValue {@code claims × unitSocialValue}
   */
  public record CalculationLine(Activity activity, Outcome outcome, Region region, AgeBand band, long claims,
      BigDecimal unitValue, OutcomeFactors factors, BigDecimal unitSocialValue, BigDecimal grossValue,
      BigDecimal socialValue) implements Valued {
    /**
     * Puts the amounts in the scale of {@link Rounding#exact}.
     *
     * @param activity the activity
     * @param outcome the outcome
     * @param region the region
     * @param band the age band
     * @param claims claims in this cell
     * @param unitValue the bank's gross value per claim
     * @param factors deadweight and adjustments applied
     * @param unitSocialValue social value per claim
     * @param grossValue {@code claims × unitValue}
     * @param socialValue {@code claims × unitSocialValue}
     */
    public CalculationLine {
      unitValue = Rounding.exact(unitValue);
      unitSocialValue = Rounding.exact(unitSocialValue);
      grossValue = Rounding.exact(grossValue);
      socialValue = Rounding.exact(socialValue);
    }
  }

  /**
   * Distinct participants with one value of one dimension.
   *
   * @param dimension {@code age band}, {@code activity}, {@code partner}, or an extra column's header
   * @param value the band id, activity id, partner, or the column's value ({@code (blank)} when empty)
   * @param label a display label (band label, activity name), same as value otherwise
   * @param participants distinct participants
   */
  public record Headcount(String dimension, String value, String label, long participants) {}

  /**
   * Distinct participants for each combination of values of two or more columns (SPEC §8), as published
   * programme reports count them (boys and girls per strand). Every count is of different people: a
   * total counts a person once, so it is less than the sum of its cells when a person has rows in two
   * of them (two strands, say).
   *
   * @param dimensions the columns, as their headers are written; the last one runs across
   * @param cells every combination with at least one participant, ordered by its values
   * @param rowTotals participants per combination of all but the last column
   * @param columnTotals participants per value of the last column
   * @param total participants in all
   */
  public record CrossTab(List<String> dimensions, List<CrossTabCell> cells, List<CrossTabCell> rowTotals,
      List<CrossTabCell> columnTotals, long total) {
    /**
     * Creates the record, copying its lists.
     *
     * @param dimensions the columns, as their headers are written; the last one runs across
     * @param cells every combination with at least one participant, ordered by its values
     * @param rowTotals participants per combination of all but the last column
     * @param columnTotals participants per value of the last column
     * @param total participants in all
     */
    public CrossTab {
      dimensions = List.copyOf(dimensions);
      cells = List.copyOf(cells);
      rowTotals = List.copyOf(rowTotals);
      columnTotals = List.copyOf(columnTotals);
    }
  }

  /**
   * Distinct participants with one combination of values.
   *
   * @param values one value per column counted ({@code (blank)} when empty), in the cross-tab's order
   * @param participants distinct participants
   */
  public record CrossTabCell(List<String> values, long participants) {
    /**
     * Creates the record, copying its values.
     *
     * @param values one value per column counted ({@code (blank)} when empty), in the cross-tab's order
     * @param participants distinct participants
     */
    public CrossTabCell {
      values = List.copyOf(values);
    }
  }

  /**
   * Rows that did not become claims, for one reason.
   *
   * @param reason why
   * @param count how many rows
   */
  public record NotClaimedCount(NotClaimedReason reason, long count) {}
}
