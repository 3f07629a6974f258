package org.impactkit.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.internal.Texts;
import org.impactkit.model.Activity;
import org.impactkit.model.Parameter;
import org.impactkit.model.Period;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.CalculationLine;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.PartnerFigures;
import org.impactkit.valuation.CalculationResult.RegionFigures;
import org.impactkit.valuation.CalculationResult.Totals;
import org.impactkit.valuation.ValueRange.BandRange;
import org.impactkit.valuation.ValueRange.Bound;

/**
 * Values the counted cells (SPEC §5.2) and builds the totals and every breakdown of the result (§5.3).
 * Used once, after conflicts are resolved.
 */
final class Totaller {
  private final ValueBank bank;
  private final ValuationSettings settings;
  private final Diagnostics diagnostics;
  private final UnitValues unitValues;
  private final Activities activities;
  private final Claims claims;
  private final Headcounts headcounts;
  private final long participants;
  private final int bands;
  private final List<String> partners;

  /** What valuing the claims builds up: the calculation's lines, and money in total and by each breakdown. */
  private final List<CalculationLine> lines = new ArrayList<>();
  private final Money total = new Money();
  private final Money[] byBand;
  private final Money[] byActivity;
  private final Money[][] byActivityBand;
  private final Money[] byOutcome;
  private final Money[][] byOutcomeBand;
  private final Money[] byRegion;
  /** By partner number; the last is the activities that name none. */
  private final Money[] byPartner;

  /**
   * @param participants distinct participants in record-level input
   */
  Totaller(ValueBank bank, ValuationSettings settings, Diagnostics diagnostics, UnitValues unitValues,
      Activities activities, Claims claims, Headcounts headcounts, long participants) {
    this.bank = bank;
    this.settings = settings;
    this.diagnostics = diagnostics;
    this.unitValues = unitValues;
    this.activities = activities;
    this.claims = claims;
    this.headcounts = headcounts;
    this.participants = participants;
    this.bands = bank.ageBands().size();
    this.partners = activities.partners();
    int outcomes = bank.outcomes().size();
    byBand = Money.array(bands);
    byActivity = Money.array(activities.size());
    byActivityBand = new Money[activities.size()][];
    for (int a = 0; a < activities.size(); a++) {
      byActivityBand[a] = Money.array(bands);
    }
    byOutcome = Money.array(outcomes);
    byOutcomeBand = new Money[outcomes][];
    for (int o = 0; o < outcomes; o++) {
      byOutcomeBand[o] = Money.array(bands);
    }
    byRegion = Money.array(bank.regions().size());
    byPartner = Money.array(partners.size() + 1);
  }

  CalculationResult result() {
    claims.forEachCell(this::value);
    BigDecimal investment = activities.all().stream().map(Activity::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    Totals totals = new Totals(investment, total.gross, total.social, total.social.subtract(investment),
        CalculationResult.ratio(total.social, investment), participants, total.claims);
    List<BandFigures> totalByBand = new ArrayList<>();
    for (int b = 0; b < bands; b++) {
      totalByBand.add(bandFigures(b, headcounts.inBand(b), byBand[b]));
    }
    PriceYear priceYear = priceYear();
    List<OutcomeFigures> outcomes = outcomeFigures();
    Simulation simulation = settings.simulationRuns() == null ? null : simulation(investment);
    List<ActivityFigures> byActivityFigures = activityFigures();
    if (investment.signum() > 0) {
      unfunded(byActivityFigures);
      budgetsOverYears();
    }
    return new CalculationResult(settings, bank, totals, totalByBand, byActivityFigures, outcomes,
        regionFigures(), partnerFigures(), lines, headcounts.list(bank.ageBands(), settings.breakdowns(), diagnostics),
        headcounts.crossTabs(bank.ageBands(), participants, diagnostics), claims.notClaimedCounts(),
        diagnostics.sorted(), priceYear, settings.range() ? range(investment) : null, simulation, List.of());
  }

  /** The report's prices, naming the outcomes claimed whose source states no price year. */
  private PriceYear priceYear() {
    List<String> notStated = new ArrayList<>();
    for (int o = 0; o < byOutcome.length; o++) {
      Outcome outcome = bank.outcomes().get(o);
      if (byOutcome[o].claims > 0 && !outcome.priceYearStated()) {
        notStated.add(outcome.id());
      }
    }
    return unitValues.prices().summary(notStated); // what a reader must know of it: the price-year check
  }

  private ValueRange range(BigDecimal investment) {
    List<BandRange> perBand = new ArrayList<>();
    for (int b = 0; b < bands; b++) {
      perBand.add(new BandRange(bank.ageBands().get(b), byBand[b].lowSocial, byBand[b].social, byBand[b].highSocial));
    }
    return new ValueRange(bound(total.lowSocial, investment), bound(total.social, investment),
        bound(total.highSocial, investment), perBand);
  }

  private static Bound bound(BigDecimal social, BigDecimal investment) {
    return new Bound(social, social.subtract(investment), CalculationResult.ratio(social, investment));
  }

  private Simulation simulation(BigDecimal investment) {
    List<MonteCarlo.Outcome> outcomes = new ArrayList<>();
    for (int o = 0; o < byOutcome.length; o++) {
      Money m = byOutcome[o];
      if (m.claims > 0) {
        outcomes.add(MonteCarlo.outcome(m.lowGross, m.gross, m.highGross,
            unitValues.factors(bank.outcomes().get(o))));
      }
    }
    Map<Parameter, BigDecimal> spread = settings.spread();
    if (!settings.deadweight()) {
      Map<Parameter, BigDecimal> without = new EnumMap<>(Parameter.class);
      without.putAll(spread);
      without.remove(Parameter.DEADWEIGHT); // none applied: a comparison group already took it out
      spread = without;
    }
    return MonteCarlo.run(outcomes, spread, investment, settings.simulationRuns(), settings.simulationSeed());
  }

  private void value(int a, int o, int r, int b, long n) {
    Outcome outcome = bank.outcomes().get(o);
    Region region = bank.regions().get(r);
    AgeBand band = bank.ageBands().get(b);
    OutcomeFactors factors = unitValues.factors(outcome);
    BigDecimal unit = unitValues.gross(outcome, region, band);
    BigDecimal unitSocial = unit.multiply(factors.multiplier());
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal gross = unit.multiply(count);
    BigDecimal social = unitSocial.multiply(count);
    lines.add(new CalculationLine(activities.get(a), outcome, region, band, n, unit, factors, unitSocial, gross,
        social));
    BigDecimal lowGross = outcome.hasRange() ? unitValues.low(outcome, region, band).multiply(count) : gross;
    BigDecimal highGross = outcome.hasRange() ? unitValues.high(outcome, region, band).multiply(count) : gross;
    int partner = activities.partner(a);
    for (Money m : new Money[] {total, byBand[b], byActivity[a], byActivityBand[a][b], byOutcome[o],
        byOutcomeBand[o][b], byRegion[r], byPartner[partner < 0 ? partners.size() : partner]}) {
      m.add(n, gross, social);
      m.addRange(lowGross, highGross, lowGross.multiply(factors.multiplier()), highGross.multiply(factors.multiplier()));
    }
  }

  private BandFigures bandFigures(int b, long people, Money m) {
    return new BandFigures(bank.ageBands().get(b), people, m.claims, m.gross, m.social);
  }

  private List<ActivityFigures> activityFigures() {
    List<ActivityFigures> list = new ArrayList<>();
    for (int a = 0; a < activities.size(); a++) {
      Activity activity = activities.get(a);
      Money m = byActivity[a];
      List<BandFigures> perBand = new ArrayList<>();
      for (int b = 0; b < bands; b++) {
        perBand.add(bandFigures(b, headcounts.inActivityBand(a, b), byActivityBand[a][b]));
      }
      list.add(new ActivityFigures(activity, headcounts.inActivity(a), m.claims, m.gross, m.social,
          CalculationResult.ratio(m.social, activity.budget()), perBand));
    }
    return list;
  }

  /**
   * Warns of each activity whose claims are valued against a budget of 0: its value then raises the ratio
   * with no investment beside it, which is right only when it truly cost nothing (staff time and in-kind
   * help have a value, and belong in the investment).
   */
  private void unfunded(List<ActivityFigures> figures) {
    for (ActivityFigures a : figures) {
      BigDecimal budget = a.activity().budget();
      if (budget != null && budget.signum() == 0 && a.socialValue().signum() > 0) {
        String claims = Formats.count(a.claims()) + (a.claims() == 1 ? " claim" : " claims");
        diagnostics.add(Diagnostic.warning(a.activity().ref(), "annual_budget", "activity "
            + Texts.quote(a.activity().id()) + " has " + claims + " worth "
            + Formats.money(a.socialValue(), bank.info().currency()) + " but a budget of 0, so that value"
            + " counts against no investment and raises the ratio: give what it cost (staff time, and in-kind help at"
            + " its value), or leave 0 if it truly cost nothing"));
      }
    }
  }

  /**
   * Warns when the period runs over about two years or more (21 months): budgets are read as the money
   * invested over the whole period, but the column is called {@code annual_budget}, and a year's budget given
   * for a three-year period makes the ratio three times too high.
   */
  private void budgetsOverYears() {
    Period period = settings.period();
    if (period == null || activities.all().isEmpty()) {
      return;
    }
    double yearsLong = ChronoUnit.DAYS.between(period.start(), period.end().plusDays(1)) / 365.25;
    if (yearsLong < 1.75) { // a year and some months' slack: a grant's first year often runs long
      return;
    }
    // to a tenth: 3.5 years (Oct 2008 to Mar 2012), 1.8 for 21 months, 3 for three whole years
    String years = BigDecimal.valueOf(yearsLong).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
    // of the evaluation, not of a file: the same whichever form (CSV, workbook) the activities came in
    diagnostics.add(Diagnostic.warning((String) null, 0, null, "the period (" + period.start() + " to " + period.end()
        + ") is about " + years + " years long, and each activity's budget is read as the money invested over the"
        + " whole period: if the budgets are for one year, give each activity's total for the period, or the ratio"
        + " is about " + years + " times too high"));
  }

  private List<OutcomeFigures> outcomeFigures() {
    List<OutcomeFigures> list = new ArrayList<>();
    for (int o = 0; o < byOutcome.length; o++) {
      Money m = byOutcome[o];
      if (m.claims == 0) {
        continue;
      }
      List<BandFigures> perBand = new ArrayList<>();
      for (int b = 0; b < bands; b++) {
        perBand.add(bandFigures(b, claims.fromRecords(o, b), byOutcomeBand[o][b]));
      }
      Outcome outcome = bank.outcomes().get(o);
      list.add(new OutcomeFigures(outcome, unitValues.factors(outcome), m.claims, m.gross, m.social, perBand));
    }
    return list;
  }

  private List<RegionFigures> regionFigures() {
    List<RegionFigures> list = new ArrayList<>();
    for (int r = 0; r < byRegion.length; r++) {
      if (byRegion[r].claims > 0) {
        list.add(new RegionFigures(bank.regions().get(r), byRegion[r].claims, byRegion[r].gross, byRegion[r].social));
      }
    }
    return list;
  }

  private List<PartnerFigures> partnerFigures() {
    List<PartnerFigures> list = new ArrayList<>();
    if (partners.isEmpty()) {
      return list;
    }
    for (int i = 0; i <= partners.size(); i++) {
      String partner = i < partners.size() ? partners.get(i) : null;
      BigDecimal investment = BigDecimal.ZERO;
      boolean any = false;
      for (int a = 0; a < activities.size(); a++) {
        int ap = activities.partner(a);
        if (ap == i || (ap < 0 && i == partners.size())) {
          investment = investment.add(activities.get(a).budget());
          any = true;
        }
      }
      if (!any) {
        continue;
      }
      long people = partner == null ? 0 : headcounts.ofPartner(partner);
      Money m = byPartner[i];
      list.add(new PartnerFigures(partner, investment, people, m.claims, m.gross, m.social));
    }
    return list;
  }

  /** Claims and money accumulated for one breakdown cell. */
  private static final class Money {
    long claims;
    BigDecimal gross = BigDecimal.ZERO;
    BigDecimal social = BigDecimal.ZERO;

    static Money[] array(int n) {
      Money[] a = new Money[n];
      for (int i = 0; i < n; i++) {
        a[i] = new Money();
      }
      return a;
    }

    BigDecimal lowGross = BigDecimal.ZERO;
    BigDecimal highGross = BigDecimal.ZERO;
    BigDecimal lowSocial = BigDecimal.ZERO;
    BigDecimal highSocial = BigDecimal.ZERO;

    void add(long n, BigDecimal g, BigDecimal s) {
      claims += n;
      gross = gross.add(g);
      social = social.add(s);
    }

    /** Adds the same claims' values at the low and high ends of their ranges (SPEC §5.5). */
    void addRange(BigDecimal lowG, BigDecimal highG, BigDecimal lowS, BigDecimal highS) {
      lowGross = lowGross.add(lowG);
      highGross = highGross.add(highG);
      lowSocial = lowSocial.add(lowS);
      highSocial = highSocial.add(highS);
    }
  }
}
