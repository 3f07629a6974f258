package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactkit.testing.Fixtures.activity;

import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.testing.Fixtures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.PartnerFigures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fake bank: employment london under-25 1000 (deadweight 20%), outside-london 25-49 1800; volunteering
 * 500 everywhere (10%); confidence 300 (no deadweight).
 */
@DisplayName("Totaller: values the counted cells and builds the totals and breakdowns")
class TotallerTest {
  private static final ValueBank BANK = Fixtures.fakeBank();
  private final Diagnostics diagnostics = new Diagnostics();
  private final Activities activities = new Activities(BANK);
  private final Claims claims;
  private final ValuationSettings settings = Settings.builder().build();

  TotallerTest() {
    activities.add(activity("a1", "1000", "london", "Refocus"));
    activities.add(activity("a2", "3000", "london"));
    claims = new Claims(2, BANK.outcomes().size(), BANK.regions().size(), BANK.ageBands().size());
  }

  private static int outcome(String id) {
    return BANK.outcomes().indexOf(BANK.outcome(id).orElseThrow());
  }

  private CalculationResult result() {
    Headcounts headcounts = new Headcounts(activities, BANK.ageBands().size());
    return new Totaller(BANK, settings, diagnostics, new UnitValues(BANK, settings), activities, claims, headcounts,
        7).result();
  }

  @Test
  @DisplayName("gross and social per cell, summed in total, by band, activity, outcome, region and partner")
  void totals() {
    claims.add(0, outcome("employment"), 0, 0, 2, true); // 2 × 1000, social 2 × 800
    claims.add(1, outcome("employment"), 1, 1, 1, false); // 1800, social 1440
    claims.add(1, outcome("volunteering"), 0, 0, 3, true); // 3 × 500, social 3 × 450
    CalculationResult r = result();
    assertThat(r.totals().claims()).isEqualTo(6);
    assertThat(r.totals().grossValue()).isEqualByComparingTo("5300");
    assertThat(r.totals().socialValue()).isEqualByComparingTo("4390");
    assertThat(r.totals().investment()).isEqualByComparingTo("4000");
    assertThat(r.totals().netSocialValue()).isEqualByComparingTo("390");
    assertThat(r.totals().ratio()).isEqualByComparingTo("1.0975");
    assertThat(r.totals().participants()).isEqualTo(7);
    assertThat(r.byAgeBand()).extracting(BandFigures::claims).containsExactly(5L, 1L, 0L, 0L);
    assertThat(r.byActivity().get(0).socialValue()).isEqualByComparingTo("1600");
    assertThat(r.byActivity().get(1).socialValue()).isEqualByComparingTo("2790");
    assertThat(r.byActivity().get(0).ratio()).isEqualByComparingTo("1.6");
    assertThat(r.byOutcome()).extracting(o -> o.outcome().id()).containsExactly("employment", "volunteering");
    // participants per band of an outcome are its claims from records
    assertThat(r.byOutcome().get(0).byAgeBand()).extracting(BandFigures::participants).containsExactly(2L, 0L, 0L, 0L);
    assertThat(r.byRegion()).extracting(g -> g.region().id() + "=" + g.claims())
        .containsExactly("london=5", "outside-london=1");
    assertThat(r.byPartner()).extracting(PartnerFigures::partner).containsExactly("Refocus", null);
    assertThat(r.byPartner().get(1).investment()).isEqualByComparingTo("3000");
    assertThat(r.byPartner().get(1).socialValue()).isEqualByComparingTo("2790");
    assertThat(r.calculation()).hasSize(3);
    assertThat(r.calculation().get(0).unitSocialValue()).isEqualByComparingTo("800");
  }

  @Test
  @DisplayName("an outcome valued without a deadweight in the bank is warned about")
  void missingDeadweight() {
    claims.add(0, outcome("confidence"), 0, 0, 1, true);
    CalculationResult r = result();
    assertThat(r.totals().socialValue()).isEqualByComparingTo("300");
    assertThat(r.byOutcome()).singleElement().satisfies(o -> assertThat(o.factors().deadweightMissing()).isTrue());
  }

  @Test
  @DisplayName("nothing claimed: zero totals, every band listed, no outcome or region lines")
  void empty() {
    CalculationResult r = result();
    assertThat(r.totals().socialValue()).isEqualByComparingTo("0");
    assertThat(r.byAgeBand()).hasSize(BANK.ageBands().size());
    assertThat(r.byOutcome()).isEmpty();
    assertThat(r.byRegion()).isEmpty();
    assertThat(r.calculation()).isEmpty();
  }
}
