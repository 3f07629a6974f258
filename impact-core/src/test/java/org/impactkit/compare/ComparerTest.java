package org.impactkit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.impactkit.compare.Comparison.ItemLines;
import org.impactkit.compare.Comparison.Line;
import org.impactkit.compare.YearResult.Item;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.model.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Comparing two years (SPEC §8.3) on made-up figures and a made-up deflator. */
class ComparerTest {
  static final YearResult.Bank BANK = new YearResult.Bank("test-bank", "1.0", "GBP", 2019);
  /** An obviously invented deflator: prices rise by exactly a quarter from 2023 to 2024. */
  static final Deflator DEFLATOR = new Deflator("fake-indices", Map.of(2019, bd("80"), 2023, bd("100"), 2024, bd("125"),
      2025, bd("130")));

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static YearResult year(String file, int periodStart, YearResult.Bank bank, int priceYear, String social,
      String investment, long participants, List<Item> outcomes) {
    BigDecimal sv = bd(social);
    BigDecimal inv = bd(investment);
    return new YearResult(file, "Test programme", new Period(LocalDate.of(periodStart, 4, 1),
        LocalDate.of(periodStart + 1, 3, 31)), bank, priceYear, null,
        Map.of(Measure.SOCIAL_VALUE, sv, Measure.INVESTMENT, inv, Measure.NET_SOCIAL_VALUE, sv.subtract(inv),
            Measure.GROSS_VALUE, sv, Measure.RATIO, sv.divide(inv), Measure.PARTICIPANTS, BigDecimal.valueOf(participants),
            Measure.CLAIMS, BigDecimal.TEN),
        List.of(new Item("under-25", "Under 25", Map.of(Measure.SOCIAL_VALUE, sv, Measure.PARTICIPANTS,
            BigDecimal.valueOf(participants)))),
        outcomes, List.of());
  }

  static Item outcome(String id, String value) {
    return new Item(id, id + " name", Map.of(Measure.SOCIAL_VALUE, bd(value), Measure.CLAIMS, BigDecimal.ONE));
  }

  @Test
  @DisplayName("§8.3 both years side by side: the change and the change in percent, exactly")
  void changes() {
    YearResult a = year("a.json", 2023, BANK, 2019, "1000.00", "500.00", 40, List.of(outcome("x", "1000.00")));
    YearResult b = year("b.json", 2024, BANK, 2019, "1250.50", "500.00", 50, List.of(outcome("x", "1250.50")));
    Comparison c = Comparer.compare(a, b, null, false);
    Line social = c.total(Measure.SOCIAL_VALUE);
    assertThat(social.older()).isEqualByComparingTo("1000.00");
    assertThat(social.newer()).isEqualByComparingTo("1250.50");
    assertThat(social.change()).isEqualByComparingTo("250.50");
    assertThat(social.changeFraction()).isEqualByComparingTo("0.2505");
    assertThat(c.total(Measure.PARTICIPANTS).change()).isEqualByComparingTo("10");
    assertThat(c.total(Measure.RATIO).change()).isEqualByComparingTo("0.501");
    assertThat(c.restatement()).isNull();
    assertThat(c.bankChanged()).isFalse();
    assertThat(c.byAgeBand()).singleElement().satisfies(i -> assertThat(i.lines()).hasSize(2));
  }

  @Test
  @DisplayName("§8.3 different price years: the older year's money is restated by the GDP deflator; ratios and counts are not")
  void restates() {
    YearResult a = year("a.json", 2023, BANK, 2023, "1000.00", "400.00", 40, List.of());
    YearResult b = year("b.json", 2024, BANK, 2024, "1250.00", "500.00", 40, List.of());
    assertThat(Comparer.needsRestating(a, b)).isTrue();
    Comparison c = Comparer.compare(a, b, DEFLATOR, false);
    assertThat(c.restatement().factor()).isEqualByComparingTo("1.25");
    assertThat(c.restatement().indices()).isEqualTo("fake-indices");
    Line social = c.total(Measure.SOCIAL_VALUE);
    assertThat(social.olderAsReported()).isEqualByComparingTo("1000.00");
    assertThat(social.older()).isEqualByComparingTo("1250.00");
    assertThat(social.change()).isZero();
    assertThat(c.total(Measure.INVESTMENT).older()).isEqualByComparingTo("500.00");
    assertThat(c.total(Measure.RATIO).older()).isEqualByComparingTo("2.5");
    assertThat(c.total(Measure.PARTICIPANTS).older()).isEqualByComparingTo("40");
    assertThat(c.byAgeBand().get(0).lines().get(0).older()).isEqualByComparingTo("1250.00");
  }

  @Test
  @DisplayName("§8.3, §5.4 a report whose values are not in the prices of its period's end warns: its budgets are"
      + " that period's money, so its return and the restated investment mix two years' money")
  void pricesOtherThanThePeriods() {
    YearResult inPeriodPrices = year("a.json", 2023, BANK, 2024, "1000.00", "400.00", 40, List.of());
    YearResult bankPrices = year("b.json", 2024, BANK, 2019, "1250.00", "500.00", 40, List.of());
    YearResult alsoInPeriodPrices = year("c.json", 2024, BANK, 2025, "1250.00", "500.00", 40, List.of());
    assertThat(Comparer.compare(inPeriodPrices, alsoInPeriodPrices, DEFLATOR, false).warnings())
        .noneMatch(w -> w.contains("mix two years' money"));
    assertThat(Comparer.compare(inPeriodPrices, bankPrices, DEFLATOR, false).warnings()).containsExactly(
        "The 2024/25 report gives its values in 2019 prices but its budgets in the money of its period, which ends"
            + " in 2025: its return, and the changes in investment and return here, mix two years' money; calculate"
            + " each year with its price year set to the year its period ends before comparing them.");
  }

  @Test
  @DisplayName("§8.3 a change from a negative figure (a net loss) has no percentage: the change alone is shown")
  void noPercentFromANegativeBase() {
    YearResult loss = year("a.json", 2023, BANK, 2019, "400.00", "1600.00", 40, List.of());
    YearResult gain = year("b.json", 2024, BANK, 2019, "14000.00", "800.00", 40, List.of());
    Line net = Comparer.compare(loss, gain, null, false).total(Measure.NET_SOCIAL_VALUE);
    assertThat(net.older()).isEqualByComparingTo("-1200.00");
    assertThat(net.change()).isEqualByComparingTo("14400.00");
    assertThat(net.changeFraction()).isNull();
    assertThat(Comparer.compare(loss, gain, null, false).total(Measure.SOCIAL_VALUE).changeFraction())
        .isEqualByComparingTo("34");
  }

  @Test
  @DisplayName("§8.3 a report without a period is refused: it is no year, and order and overlap cannot be checked")
  void noPeriod() {
    YearResult dated = year("a.json", 2023, BANK, 2019, "1000.00", "500.00", 40, List.of());
    YearResult b = year("b.json", 2024, BANK, 2019, "1250.00", "500.00", 40, List.of());
    YearResult undated = new YearResult("all.json", b.name(), null, b.bank(), b.priceYear(), b.indices(), b.totals(),
        b.byAgeBand(), b.byOutcome(), b.byActivity());
    for (List<YearResult> pair : List.of(List.of(dated, undated), List.of(undated, dated))) {
      assertThatThrownBy(() -> Comparer.compare(pair.get(0), pair.get(1), null, false))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("all.json: it states no period, so it"
              + " counts every row whatever its date and is no year to compare");
    }
  }

  @Test
  @DisplayName("§8.3 different price years without price indices, or with indices not covering them: refused")
  void restatingNeedsIndices() {
    YearResult a = year("a.json", 2023, BANK, 2023, "1000.00", "400.00", 40, List.of());
    YearResult b = year("b.json", 2024, BANK, 2024, "1250.00", "500.00", 40, List.of());
    assertThatThrownBy(() -> Comparer.compare(a, b, null, false)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a.json: its figures are in 2023 prices and those of b.json in 2024 prices")
        .satisfies(e -> assertThat(((InvalidInputException) e).diagnostics().get(0).advice())
            .isEqualTo(Advice.GIVE_PRICE_INDICES));
    Deflator short_ = new Deflator("old-indices", Map.of(2019, bd("80"), 2023, bd("100")));
    assertThatThrownBy(() -> Comparer.compare(a, b, short_, false)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("has no value for 2024; it covers 2019 to 2023");
  }

  @Test
  @DisplayName("§8.3 different banks are refused unless allowed; then the comparison says so")
  void banks() {
    YearResult a = year("a.json", 2023, BANK, 2019, "1000.00", "500.00", 40, List.of());
    YearResult b = year("b.json", 2024, new YearResult.Bank("test-bank", "2.0", "GBP", 2019), 2019, "1100.00",
        "500.00", 40, List.of());
    assertThatThrownBy(() -> Comparer.compare(a, b, null, false)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("b.json: it was valued with the value bank test-bank 2.0 and a.json with test-bank 1.0")
        .satisfies(e -> assertThat(((InvalidInputException) e).diagnostics().get(0).advice())
            .isEqualTo(Advice.ALLOW_BANK_CHANGE));
    assertThat(Comparer.compare(a, b, null, true).bankChanged()).isTrue();
    YearResult euros = year("b.json", 2024, new YearResult.Bank("test-bank", "1.0", "EUR", 2019), 2019, "1.00",
        "1.00", 1, List.of());
    assertThatThrownBy(() -> Comparer.compare(a, euros, null, true)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("two currencies");
  }

  @Test
  @DisplayName("§8.3 an outcome in one year only is shown with nothing on the other side and no change")
  void itemsInOneYear() {
    YearResult a = year("a.json", 2023, BANK, 2019, "1000.00", "500.00", 40,
        List.of(outcome("gone", "300.00"), outcome("kept", "700.00")));
    YearResult b = year("b.json", 2024, BANK, 2019, "1000.00", "500.00", 40,
        List.of(outcome("kept", "800.00"), outcome("new", "200.00")));
    List<ItemLines> outcomes = Comparer.compare(a, b, null, false).byOutcome();
    assertThat(outcomes).extracting(ItemLines::id).containsExactly("kept", "new", "gone");
    ItemLines added = outcomes.get(1);
    assertThat(added.inOlder()).isFalse();
    assertThat(added.lines().get(0).older()).isNull();
    assertThat(added.lines().get(0).change()).isNull();
    ItemLines gone = outcomes.get(2);
    assertThat(gone.inNewer()).isFalse();
    assertThat(gone.lines().get(0).newer()).isNull();
    assertThat(outcomes.get(0).lines().get(0).change()).isEqualByComparingTo("100.00");
  }
}
