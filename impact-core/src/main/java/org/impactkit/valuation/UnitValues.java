package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.model.Adjustments;

/**
 * Values one claim (SPEC §5.2): {@code unitSocial = gross × (1 − deadweight) × (1 − displacement) ×
 * (1 − attribution) × pvFactor}. Exact {@link BigDecimal} arithmetic; divisions at {@link
 * MathContext#DECIMAL128}. The formula applies to every outcome: under the default year-zero convention
 * an outcome without adjustments has a factor of exactly 1, so its figure is the Excel calculator's
 * {@code gross × (1 − deadweight)}; under end-of-year even its single year is discounted, as §5.2's
 * {@code e(t) = t} says (and as §6 does for impact maps).
 */
public final class UnitValues {
  private final ValueBank bank;
  private final ValuationSettings settings;
  private final PriceYears prices;
  private final Map<String, OutcomeFactors> factorsByOutcome = new HashMap<>();

  /**
   * @throws IllegalArgumentException when the report's price year needs an index year the indices lack
   */
  public UnitValues(ValueBank bank, ValuationSettings settings) {
    this(bank, settings, PriceYears.of(bank, settings));
  }

  UnitValues(ValueBank bank, ValuationSettings settings, PriceYears prices) {
    this.bank = bank;
    this.settings = settings;
    this.prices = prices;
  }

  /** The report's price year and its factors. */
  PriceYears prices() {
    return prices;
  }

  /**
   * The gross annual value for an outcome in a region and band, in the report's prices, before any
   * adjustment: the bank's value × the outcome's uprating factor (exactly the bank's value when the
   * report is in the bank's prices).
   */
  public BigDecimal gross(Outcome outcome, Region region, AgeBand band) {
    BigDecimal v = outcome.values().value(region.id(), band.id());
    if (v == null) {
      throw new IllegalStateException("bank " + bank.id() + " has no value for " + outcome.id() + "/" + region.id()
          + "/" + band.id());
    }
    return uprate(outcome, v);
  }

  /** The low end of the value's range in the report's prices (SPEC §5.5), the central value when it has none. */
  public BigDecimal low(Outcome outcome, Region region, AgeBand band) {
    return outcome.low() == null ? gross(outcome, region, band) : uprate(outcome, outcome.low());
  }

  /** The high end of the value's range in the report's prices, the central value when it has none. */
  public BigDecimal high(Outcome outcome, Region region, AgeBand band) {
    return outcome.high() == null ? gross(outcome, region, band) : uprate(outcome, outcome.high());
  }

  private BigDecimal uprate(Outcome outcome, BigDecimal value) {
    BigDecimal f = prices.factor(outcome);
    return f.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(f);
  }

  /** The unit social value of one claim. */
  public BigDecimal unitSocial(Outcome outcome, Region region, AgeBand band) {
    return gross(outcome, region, band).multiply(factors(outcome).multiplier());
  }

  /** The factors for an outcome, computed once. */
  public OutcomeFactors factors(Outcome outcome) {
    return factorsByOutcome.computeIfAbsent(outcome.id(), id -> computeOutcomeFactors(outcome));
  }

  private OutcomeFactors computeOutcomeFactors(Outcome outcome) {
    Adjustments adj = settings.adjustments(outcome.id());
    BigDecimal deadweight;
    OutcomeFactors.DeadweightSource source;
    if (!settings.deadweight()) {
      deadweight = BigDecimal.ZERO;
      source = OutcomeFactors.DeadweightSource.SWITCHED_OFF;
    } else if (adj.deadweight() != null) {
      deadweight = adj.deadweight();
      source = OutcomeFactors.DeadweightSource.SETTINGS;
    } else {
      deadweight = bank.deadweight(outcome).orElse(null);
      source = OutcomeFactors.DeadweightSource.BANK;
      if (deadweight == null) {
        deadweight = BigDecimal.ZERO;
        source = OutcomeFactors.DeadweightSource.NONE;
      }
    }
    Discounting discounting = settings.discounting(bank.uprating(outcome));
    BigDecimal pv = discounting.presentValueFactor(adj.duration(), adj.dropOff());
    BigDecimal multiplier = BigDecimal.ONE.subtract(deadweight)
        .multiply(BigDecimal.ONE.subtract(adj.displacement()))
        .multiply(BigDecimal.ONE.subtract(adj.attribution()))
        .multiply(pv);
    return new OutcomeFactors(deadweight, source, adj, pv, multiplier, discounting, prices.factor(outcome));
  }
}
