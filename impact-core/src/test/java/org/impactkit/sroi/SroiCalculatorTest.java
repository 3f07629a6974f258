package org.impactkit.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.model.Parameter;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.TippingPoint;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.Discounting.Convention;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6 against hand calculations. The expected figures below were worked out by hand (and checked
 * with exact fractions), never copied from this code's output; each comment shows the arithmetic.
 */
class SroiCalculatorTest {
  static final Discounting YEAR_ZERO = new Discounting(new BigDecimal("0.035"), Convention.YEAR_ZERO);
  static final Discounting END_OF_YEAR = new Discounting(new BigDecimal("0.035"), Convention.END_OF_YEAR);

  static BigDecimal pct(String points) {
    return new BigDecimal(points).movePointLeft(2);
  }

  static ImpactMapRow row(String stakeholder, String outcome, int q, int proxy, int duration, int start, String dw,
      String disp, String attr, String drop) {
    return new ImpactMapRow(stakeholder, outcome, BigDecimal.valueOf(q), BigDecimal.valueOf(proxy), duration, start,
        pct(dw), pct(disp), pct(attr), pct(drop), null, null, null, null);
  }

  /**
   * Four outcomes: a three-year one with drop-off, one starting in year 2, a harm, and a one-year one
   * with displacement. Investment £15,000 in two inputs.
   */
  static final ImpactMap MAP = new ImpactMap("test", List.of(
      // impact 20 × 1000 × 0.8 × 0.75 = 12000; years 1–3: 12000, 10800, 9720
      row("Young people", "Took up regular sport", 20, 1000, 3, 1, "20", "0", "25", "10"),
      // impact 10 × 500 × 0.9 = 4500; years 2–3: 4500, 2250
      row("Volunteers", "Volunteered regularly", 10, 500, 2, 2, "10", "0", "0", "50"),
      // a harm: 30 × −100 = −3000 in year 1
      row("Local residents", "Noise from evening events", 30, -100, 1, 1, "0", "0", "0", "0"),
      // 2 × 2000 × 0.75 × 0.5 = 1500 in year 1
      row("young people", "Moved into work", 2, 2000, 1, 1, "25", "50", "0", "0")));

  static final Investment INPUTS = new Investment(List.of(
      new Investment.Item("Funder", "Grant", new BigDecimal("12000"), null),
      new Investment.Item("Volunteers", "Time", new BigDecimal("3000"), null)));

  static BigDecimal penny(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  @DisplayName("§6 drop-off: the SROI Guide's example, 100 falling by 10% a year gives 100, 90, 81")
  void guideDropOffExample() {
    ImpactMap map = new ImpactMap(null, List.of(row("People", "Outcome", 1, 100, 3, 1, "0", "0", "0", "10")));
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(map, Investment.total(new BigDecimal("100")));
    assertThat(r.outcomes().get(0).values()).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("100"), new BigDecimal("90"), new BigDecimal("81"));
    assertThat(r.value()).isEqualByComparingTo("271");
  }

  @Test
  @DisplayName("§6 values per calendar year: start 2 moves an outcome a year later; harms subtract")
  void valuesPerYear() {
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(MAP, INPUTS);
    // year 1: 12000 − 3000 + 1500; year 2: 10800 + 4500; year 3: 9720 + 2250
    assertThat(r.years()).extracting(SroiResult.YearFigures::value).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("10500"), new BigDecimal("15300"), new BigDecimal("11970"));
    assertThat(r.value()).isEqualByComparingTo("37770");
    assertThat(r.outcomes().get(1).values()).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.ZERO, new BigDecimal("4500"), new BigDecimal("2250"));
    assertThat(r.outcomes()).extracting(SroiResult.OutcomeFigures::impact).usingElementComparator(
        BigDecimal::compareTo).containsExactly(new BigDecimal("12000"), new BigDecimal("4500"),
            new BigDecimal("-3000"), new BigDecimal("1500"));
  }

  @Test
  @DisplayName("§6 year-zero convention: year 1 undiscounted, to the penny")
  void yearZero() {
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(MAP, INPUTS);
    // 10500 + 15300 / 1.035 + 11970 / 1.035² = 10500 + 14782.6087 + 11174.1231 = 36456.73
    assertThat(penny(r.presentValue())).isEqualByComparingTo("36456.73");
    assertThat(penny(r.netPresentValue())).isEqualByComparingTo("21456.73");
    // 36456.7317790 / 15000
    assertThat(r.ratio().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("2.4304");
    assertThat(r.netRatio().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("1.4304");
    // 15000 / (10500 / 12) = 17.142857…
    assertThat(r.paybackMonths().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("17.1429");
    // per outcome: 12000 + 10800/1.035 + 9720/1.035² = 31508.51; 4500/1.035 + 2250/1.035² = 6448.23
    assertThat(r.outcomes()).extracting(o -> penny(o.presentValue())).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("31508.51"), new BigDecimal("6448.23"), new BigDecimal("-3000.00"),
            new BigDecimal("1500.00"));
    assertThat(r.years()).extracting(y -> penny(y.presentValue())).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("10500.00"), new BigDecimal("14782.61"), new BigDecimal("11174.12"));
  }

  @Test
  @DisplayName("§6 end-of-year convention: every year discounted, year 1 by 1.035")
  void endOfYear() {
    SroiResult r = new SroiCalculator(END_OF_YEAR).calculateFor(MAP, INPUTS);
    // 10500/1.035 + 15300/1.035² + 11970/1.035³ = 10144.93 + 14282.71 + 10796.26 = 35223.90
    assertThat(penny(r.presentValue())).isEqualByComparingTo("35223.90");
    assertThat(penny(r.netPresentValue())).isEqualByComparingTo("20223.90");
    assertThat(r.ratio().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("2.3483");
    // payback uses the undiscounted year-1 total, so it is the same under both conventions
    assertThat(r.paybackMonths().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("17.1429");
    assertThat(r.outcomes()).extracting(o -> penny(o.presentValue())).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("30443.00"), new BigDecimal("6230.17"), new BigDecimal("-2898.55"),
            new BigDecimal("1449.28"));
  }

  @Test
  @DisplayName("§6 by stakeholder: grouped ignoring case, shares of present value, a harm's share negative")
  void stakeholders() {
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(MAP, INPUTS);
    assertThat(r.byStakeholder()).extracting(SroiResult.StakeholderFigures::stakeholder)
        .containsExactly("Young people", "Volunteers", "Local residents");
    // young people: 31508.51 + 1500 = 33008.51; share 33008.5066 / 36456.7318 = 0.9054
    assertThat(penny(r.byStakeholder().get(0).presentValue())).isEqualByComparingTo("33008.51");
    assertThat(r.byStakeholder().get(0).outcomes()).isEqualTo(2);
    assertThat(r.byStakeholder().get(0).share().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.9054");
    // residents: −3000 / 36456.7318 = −0.0823
    assertThat(r.byStakeholder().get(2).share().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("-0.0823");
  }

  @Test
  @DisplayName("§6 payback is absent when the year-1 total is not above 0")
  void noPayback() {
    ImpactMap later = new ImpactMap(null, List.of(row("P", "O", 1, 100, 1, 2, "0", "0", "0", "0")));
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(later, Investment.total(new BigDecimal("50")));
    assertThat(r.paybackMonths()).isNull();
    assertThat(r.presentValue()).isEqualByComparingTo(new BigDecimal("100").divide(new BigDecimal("1.035"),
        java.math.MathContext.DECIMAL128));
  }

  @Test
  @DisplayName("§6 no investment: no ratio, no tipping points, no scenarios")
  void noInvestment() {
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(MAP, new Investment(List.of()));
    assertThat(r.ratio()).isNull();
    assertThat(r.netRatio()).isNull();
    assertThat(r.tippingPoints()).allMatch(t -> !t.exists());
    assertThat(r.scenarios()).isEmpty();
  }

  static TippingPoint point(SroiResult r, int row, Parameter p) {
    return r.tippingPoints().stream().filter(t -> t.row() == r.map().rows().get(row) && t.parameter() == p)
        .findFirst().orElseThrow();
  }

  @Test
  @DisplayName("§6 tipping points that exist: solved exactly (hand-derived x = 1 − (I − others) / a)")
  void tippingPointsThatExist() {
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(MAP, INPUTS);
    // others = 36456.7318 − 31508.5066 = 4948.2252; a(attribution) = 20 × 1000 × 0.8 × F,
    // F = 1 + 0.9/1.035 + 0.81/1.035² = 1.6125949; x = 1 − (15000 − 4948.2252) / 25800.6828 = 0.760737
    assertThat(point(r, 0, Parameter.ATTRIBUTION).breakEven().doubleValue()).isCloseTo(0.760736641069, within(1e-11));
    assertThat(point(r, 0, Parameter.DEADWEIGHT).breakEven().doubleValue()).isCloseTo(0.744785750473, within(1e-11));
    assertThat(point(r, 0, Parameter.DISPLACEMENT).breakEven().doubleValue())
        .isCloseTo(0.680982188092, within(1e-11));
    // proxy: (15000 − 4948.2252) / (20 × 0.8 × 0.75 × F) = 319.0178
    assertThat(point(r, 0, Parameter.PROXY_VALUE).breakEven().doubleValue()).isCloseTo(319.0178119084, within(1e-9));
    // a harm can be worse: the residents' proxy at which the ratio falls to 1 is −815.22 per person
    assertThat(point(r, 2, Parameter.PROXY_VALUE).breakEven().doubleValue()).isCloseTo(-815.2243926346, within(1e-9));
    assertThat(point(r, 0, Parameter.ATTRIBUTION).current()).isEqualByComparingTo("0.25");
  }

  @Test
  @DisplayName("§6 tipping points that do not exist: outside 0–100%, or a proxy that would change sign")
  void tippingPointsThatDoNotExist() {
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(MAP, INPUTS);
    // volunteering: x = 3.09 > 100% → none; even 100% deadweight keeps the ratio above 1
    TippingPoint dw = point(r, 1, Parameter.DEADWEIGHT);
    assertThat(dw.exists()).isFalse();
    assertThat(dw.note()).contains("above 1");
    // the harm's deadweight: x = −7.15 < 0 → none
    assertThat(point(r, 2, Parameter.DEADWEIGHT).exists()).isFalse();
    // work: the proxy would have to be −26608.98, a harm, to bring the ratio to 1 → none
    TippingPoint proxy = point(r, 3, Parameter.PROXY_VALUE);
    assertThat(proxy.exists()).isFalse();
    assertThat(proxy.note()).contains("0 or more");
    // sport: even 100% drop-off leaves year 1's 12000 and the ratio above 1
    assertThat(point(r, 0, Parameter.DROP_OFF).exists()).isFalse();
    // one-year outcome: drop-off has no effect
    assertThat(point(r, 2, Parameter.DROP_OFF).note()).contains("one year");
  }

  @Test
  @DisplayName("§6 drop-off tipping point by bisection matches the quadratic's root")
  void dropOffByBisection() {
    // PV(d) = 10000 × (1 + u/1.035 + u²/1.035²), u = 1 − d; PV = 20000 ⇒ u²/1.071225 + u/1.035 − 1 = 0,
    // u = 0.63966517…, d = 0.360334821643858832…
    ImpactMap map = new ImpactMap(null, List.of(row("P", "O", 1, 10000, 3, 1, "0", "0", "0", "10")));
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(map, Investment.total(new BigDecimal("20000")));
    TippingPoint t = point(r, 0, Parameter.DROP_OFF);
    assertThat(t.breakEven().subtract(new BigDecimal("0.3603348216438588321")).abs())
        .isLessThanOrEqualTo(SroiCalculator.DROP_OFF_TOLERANCE);
  }

  @Test
  @DisplayName("§6 scenario table: ±10% and ±25% of each assumption, one at a time, with the ratio range")
  void scenarios() {
    ImpactMap map = new ImpactMap(null, List.of(row("P", "O", 10, 100, 1, 1, "20", "0", "0", "0")));
    // base: 10 × 100 × 0.8 = 800; investment 400 → ratio 2
    SroiResult r = new SroiCalculator(YEAR_ZERO).calculateFor(map, Investment.total(new BigDecimal("400")));
    Scenario proxy = r.scenarios().stream().filter(s -> s.parameter().equals("proxyValue")).findFirst().orElseThrow();
    // proxy × 0.75, 0.9, 1.1, 1.25 → ratios 1.5, 1.8, 2.2, 2.5
    assertThat(proxy.cases()).extracting(SroiResult.Case::ratio).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1.5"), new BigDecimal("1.8"), new BigDecimal("2.2"), new BigDecimal("2.5"));
    assertThat(proxy.minRatio()).isEqualByComparingTo("1.5");
    assertThat(proxy.maxRatio()).isEqualByComparingTo("2.5");
    Scenario dw = r.scenarios().stream().filter(s -> s.parameter().equals("deadweight")).findFirst().orElseThrow();
    // deadweight 15%, 18%, 22%, 25% → 1000 × 0.85 / 400 = 2.125, 2.05, 1.95, 1.875
    assertThat(dw.cases()).extracting(SroiResult.Case::value).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.15"), new BigDecimal("0.18"), new BigDecimal("0.22"),
            new BigDecimal("0.25"));
    assertThat(dw.cases()).extracting(SroiResult.Case::ratio).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("2.125"), new BigDecimal("2.05"), new BigDecimal("1.95"),
            new BigDecimal("1.875"));
    // one-year outcome: no drop-off row; the discount rate has a row (no effect on a year-1-only map)
    assertThat(r.scenarios()).extracting(Scenario::parameter).doesNotContain("dropOff").contains("discountRate");
  }

  @Test
  @DisplayName("§6 warnings: no adjustments, long duration, high percentages, no drop-off, one dominant outcome")
  void warnings() {
    ImpactMap bare = new ImpactMap(null, List.of(row("P", "A", 1, 100, 1, 1, "0", "0", "0", "0"),
        row("P", "B", 1, 100, 1, 1, "0", "0", "0", "0")));
    assertThat(SroiCalculator.calculate(bare, Investment.total(BigDecimal.TEN)).warnings())
        .anyMatch(d -> d.message().startsWith("no outcome has any deadweight"));
    ImpactMap risky = new ImpactMap(null, List.of(row("P", "Long", 1, 1000, 7, 1, "80", "0", "0", "0"),
        row("P", "Small", 1, 10, 1, 1, "10", "0", "0", "0")));
    List<String> messages = SroiCalculator.calculate(risky, Investment.total(BigDecimal.TEN)).warnings().stream()
        .map(d -> d.message()).toList();
    assertThat(messages).anyMatch(m -> m.contains("lasts 7 years, more than 5"));
    assertThat(messages).anyMatch(m -> m.contains("deadweight of 80%, above 75%"));
    assertThat(messages).anyMatch(m -> m.contains("no drop-off"));
    ImpactMap gone = new ImpactMap(null, List.of(row("P", "Gone", 1, 100, 3, 1, "10", "0", "0", "100")));
    assertThat(SroiCalculator.calculate(gone, Investment.total(BigDecimal.TEN)).warnings())
        .anyMatch(d -> d.message().contains("100% drop-off"));
    assertThat(messages).anyMatch(m -> m.contains("'P: Long' carries") && m.contains("more than half"));
    assertThat(messages).noneMatch(m -> m.contains("'P: Small' carries"));
    // one benefit without adjustments is questioned; a harm taken in full is not
    ImpactMap mixed = new ImpactMap(null, List.of(row("P", "Adjusted", 1, 100, 1, 1, "10", "0", "0", "0"),
        row("P", "Bare", 1, 100, 1, 1, "0", "0", "0", "0"), row("N", "Harm", 1, -10, 1, 1, "0", "0", "0", "0")));
    List<String> mixedMessages = SroiCalculator.calculate(mixed, Investment.total(BigDecimal.TEN)).warnings().stream()
        .map(d -> d.message()).toList();
    assertThat(mixedMessages).anyMatch(m -> m.startsWith("'P: Bare' has no deadweight"))
        .noneMatch(m -> m.startsWith("'N: Harm' has no deadweight"));
  }

  @Test
  @DisplayName("§6 warnings: a share below 1% is questioned as a fraction written for percent points (0.25 for 25%)")
  void tinyShares() {
    ImpactMap fractions = new ImpactMap(null, List.of(row("P", "A", 1, 100, 2, 1, "0.25", "0", "0.2", "0.5"),
        row("P", "B", 1, 100, 2, 1, "25", "0", "1", "50")));
    List<String> messages = SroiCalculator.calculate(fractions, Investment.total(BigDecimal.TEN)).warnings().stream()
        .map(d -> d.message()).toList();
    assertThat(messages).contains("'P: A' has deadweight of 0.25%, below 1%: shares are percent points (25 or 25% for"
        + " a quarter), so 0.25 is read as 0.25%; if 25% was meant, write 25%")
        .anyMatch(m -> m.startsWith("'P: A' has attribution of 0.2%")).anyMatch(m -> m.startsWith("'P: A' has drop-off of 0.5%"))
        .noneMatch(m -> m.startsWith("'P: B' has"));
  }

  @Test
  @DisplayName("§6 warnings: an outcome carrying more than the whole present value (270 of 70: harms beside it) says so")
  void moreThanAll() {
    ImpactMap harms = new ImpactMap(null, List.of(row("P", "Good", 1, 300, 1, 1, "10", "0", "0", "0"),
        row("N", "Harm", 1, -200, 1, 1, "0", "0", "0", "0")));
    assertThat(SroiCalculator.calculate(harms, Investment.total(BigDecimal.TEN)).warnings())
        .anyMatch(d -> d.message().startsWith("'P: Good' carries 385.7% of the present value, more than all of it, as"
            + " other outcomes take value away"));
  }

  /**
   * Four one-year rows without adjustments (year-zero, so present value = quantity × proxy): 600, 300, 200 and a
   * harm of −50, present value 1,050.
   */
  static final ImpactMap FOUR = new ImpactMap(null, List.of(row("A", "Small", 1, 200, 1, 1, "0", "0", "0", "0"),
      row("B", "Large", 1, 600, 1, 1, "0", "0", "0", "0"), row("C", "Harm", 1, -50, 1, 1, "0", "0", "0", "0"),
      row("D", "Middle", 1, 300, 1, 1, "0", "0", "0", "0")));

  @Test
  @DisplayName("§10 high-ratio: above 10 to 1 it warns, naming the three largest rows by present value")
  void highRatio() {
    // 1050 / 100 = 10.5
    SroiResult high = SroiCalculator.calculate(FOUR, Investment.total(new BigDecimal("100")));
    assertThat(high.checks()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo(CheckId.HIGH_RATIO);
      assertThat(c.status()).isEqualTo(CheckStatus.WARN);
      assertThat(c.message()).isEqualTo("the return is £10.50 for every £1 invested, above 10 to 1, which published"
          + " reports rarely reach; the largest contributions: 'B: Large' £600.00, 'D: Middle' £300.00,"
          + " 'A: Small' £200.00");
      assertThat(c.count()).isEqualTo(3);
    });
    assertThat(high.checksNotPassing()).hasSize(1);
    // with only two rows adding value, the harm and a row of quantity 0 are not named among "the largest"
    ImpactMap two = new ImpactMap(null, List.of(row("B", "Large", 1, 600, 1, 1, "0", "0", "0", "0"),
        row("C", "Harm", 1, -50, 1, 1, "0", "0", "0", "0"), row("E", "None", 0, 900, 1, 1, "0", "0", "0", "0"),
        row("D", "Middle", 1, 300, 1, 1, "0", "0", "0", "0")));
    assertThat(SroiCalculator.calculate(two, Investment.total(new BigDecimal("50"))).checks()).singleElement()
        .satisfies(c -> assertThat(c.message()).endsWith("the largest contributions: 'B: Large' £600.00,"
            + " 'D: Middle' £300.00"));
  }

  @Test
  @DisplayName("§10 high-ratio: exactly 10 to 1 passes, and so does a map with nothing invested")
  void highRatioPasses() {
    SroiResult ten = SroiCalculator.calculate(FOUR, Investment.total(new BigDecimal("105")));
    assertThat(ten.checks()).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CheckStatus.PASS);
      assertThat(c.message()).isEqualTo("the return is £10.00 for every £1 invested");
    });
    assertThat(ten.checksNotPassing()).isEmpty();
    assertThat(SroiCalculator.calculate(FOUR, Investment.total(BigDecimal.ZERO)).checks()).singleElement()
        .satisfies(c -> assertThat(c.message()).isEqualTo("no investment, so no return is stated"));
  }

  @Test
  @DisplayName("§6, §10 high-ratio in the map's currency: A$ figures, for every A$1")
  void highRatioCurrency() {
    ImpactMap aud = new ImpactMap(null, FOUR.rows(), "AUD");
    assertThat(SroiCalculator.calculate(aud, Investment.total(new BigDecimal("50"))).checks().get(0).message())
        .startsWith("the return is A$21.00 for every A$1 invested, above 10 to 1")
        .contains("'B: Large' A$600.00");
  }

  @Test
  @DisplayName("§6 rows validate: start 1 or 2, duration 1–100, percentages 0–100%, quantity ≥ 0")
  void validation() {
    assertThatThrownBy(() -> row("P", "O", 1, 1, 1, 3, "0", "0", "0", "0")).hasMessageContaining("start");
    assertThatThrownBy(() -> row("P", "O", 1, 1, 0, 1, "0", "0", "0", "0")).hasMessageContaining("duration");
    assertThatThrownBy(() -> row("P", "O", 1, 1, 1, 1, "101", "0", "0", "0")).hasMessageContaining("deadweight");
    assertThatThrownBy(() -> row("P", "O", -1, 1, 1, 1, "0", "0", "0", "0")).hasMessageContaining("quantity");
  }
}
