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
 * java.math.MathContext#DECIMAL128}. The formula applies to every outcome: under the default year-zero convention
 * an outcome without adjustments has a factor of exactly 1, so its figure is the Excel calculator's
 * {@code gross × (1 − deadweight)}; under end-of-year even its single year is discounted, as §5.2's
 * {@code e(t) = t} says (and as §6 does for impact maps).
 */
final class UnitValues {
  private final ValueBank bank;
  private final ValuationSettings settings;
  private final Map<String, OutcomeFactors> factorsByOutcome = new HashMap<>();

  UnitValues(ValueBank bank, ValuationSettings settings) {
    this.bank = bank;
    this.settings = settings;
  }

  /** The gross annual value for an outcome in a region and band, before any adjustment. */
  BigDecimal gross(Outcome outcome, Region region, AgeBand band) {
    BigDecimal v = outcome.values().value(region.id(), band.id());
    if (v == null) {
      throw new IllegalStateException("bank " + bank.id() + " has no value for " + outcome.id() + "/" + region.id()
          + "/" + band.id());
    }
    return v;
  }

  /** The unit social value of one claim. */
  BigDecimal unitSocial(Outcome outcome, Region region, AgeBand band) {
    return gross(outcome, region, band).multiply(factors(outcome).multiplier());
  }

  /** The factors for an outcome, computed once. */
  OutcomeFactors factors(Outcome outcome) {
    return factorsByOutcome.computeIfAbsent(outcome.id(), id -> computeOutcomeFactors(outcome));
  }

  private OutcomeFactors computeOutcomeFactors(Outcome outcome) {
    Adjustments adj = settings.adjustments(outcome.id());
    BigDecimal deadweight;
    boolean missing = false;
    if (!settings.deadweight()) {
      deadweight = BigDecimal.ZERO;
    } else if (adj.deadweight() != null) {
      deadweight = adj.deadweight();
    } else {
      deadweight = bank.deadweight(outcome).orElse(null);
      if (deadweight == null) {
        deadweight = BigDecimal.ZERO;
        missing = true;
      }
    }
    BigDecimal pv = settings.discounting().presentValueFactor(adj.duration(), adj.dropOff());
    BigDecimal multiplier = BigDecimal.ONE.subtract(deadweight)
        .multiply(BigDecimal.ONE.subtract(adj.displacement()))
        .multiply(BigDecimal.ONE.subtract(adj.attribution()))
        .multiply(pv);
    return new OutcomeFactors(deadweight, missing, adj, pv, multiplier);
  }
}
