package org.impactkit.read.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("§4.2 column rules: cell values")
class CellsTest {

  @ParameterizedTest(name = "money {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "1234.5|1234.5", "1,234.50|1234.50", "£1,234.50|1234.50", "-£1,234.50|-1234.50", "£-12|-12",
      " 12 |12", "1,000,000|1000000", "0|0", ".5|0.5"})
  @DisplayName("§4.2 money: 1234.5, 1,234.50, £1,234.50, negative with -")
  void money(String text, String expected) throws Exception {
    assertThat(Cells.money(text, "£")).isEqualByComparingTo(new BigDecimal(expected));
  }

  @Test
  @DisplayName("§4.2 money: 6.500 is refused as ambiguous (6,500 in much of Europe, 6.50 in the UK), saying both")
  void dotGroupedThousands() throws Exception {
    assertThatThrownBy(() -> Cells.money("£6.500", "£")).isInstanceOf(Cells.CellException.class)
        .hasMessage("'£6.500' could be 6,500 (a dot grouping thousands) or 6.5: write 6500 or 6.50 for the one you mean");
    assertThatThrownBy(() -> Cells.money("125.000", "£")).hasMessageContaining("write 125000 or 125.00");
    assertThatThrownBy(() -> Cells.money("6.505", "£")).hasMessage("'6.505' could be 6,505 (a dot grouping thousands)"
        + " or 6.505: write 6505, or the amount with two decimals for the one you mean");
    assertThat(Cells.money("123.456", "£", Cells.Notation.SHEET_NUMBER)).as("a sheet's number cell")
        .isEqualByComparingTo("123.456");
    assertThat(Cells.money("0.125", "£")).isEqualByComparingTo("0.125");
    assertThat(Cells.money("6.5", "£")).isEqualByComparingTo("6.5");
    assertThat(Cells.money("6.50", "£")).isEqualByComparingTo("6.5");
    assertThat(Cells.money("1,234.567", "£")).isEqualByComparingTo("1234.567");
    assertThat(Cells.money("6500.000", "£")).isEqualByComparingTo("6500");
  }

  @Test
  @DisplayName("§4.2 money: where cells are separated by semicolons, 6,500 may be 6.5 and is refused, "
      + "saying both; elsewhere a comma groups thousands")
  void commaGroupedWhereCommaMayBeDecimal() throws Exception {
    Cells.Notation semicolons = Cells.Notation.TYPED_DECIMAL_COMMA;
    assertThatThrownBy(() -> Cells.money("£6,500", "£", semicolons)).isInstanceOf(Cells.CellException.class)
        .hasMessage("'£6,500' could be 6500 (a comma grouping thousands) or 6.5 (a comma as the decimal point):"
            + " write 6500 or 6.50 for the one you mean");
    assertThatThrownBy(() -> Cells.money("-1,255", "£", semicolons)).as("a harm stays one").hasMessage("'-1,255'"
        + " could be -1255 (a comma grouping thousands) or -1.255 (a comma as the decimal point): write -1255, or the"
        + " amount with two decimals for the one you mean");
    assertThatThrownBy(() -> Cells.money("-£6.500", "£")).hasMessage("'-£6.500' could be -6,500 (a dot grouping"
        + " thousands) or -6.5: write -6500 or -6.50 for the one you mean");
    assertThatThrownBy(() -> Cells.money("6.500", "£", semicolons)).hasMessageContaining("a dot grouping thousands");
    assertThat(Cells.money("6,500", "£", Cells.Notation.TYPED)).isEqualByComparingTo("6500");
    assertThat(Cells.money("6,500", "£", Cells.Notation.SHEET_NUMBER)).isEqualByComparingTo("6500");
    assertThat(Cells.money("6,500.00", "£", semicolons)).isEqualByComparingTo("6500");
    assertThat(Cells.money("1,234,567", "£", semicolons)).isEqualByComparingTo("1234567");
    assertThatThrownBy(() -> Cells.money("0,500", "£", semicolons)).hasMessage("'0,500' could be 500 (a comma"
        + " grouping thousands) or 0.5 (a comma as the decimal point): write 500 or 0.50 for the one you mean");
  }

  @ParameterizedTest(name = "{0} → write {1}")
  @CsvSource(delimiter = '|', value = {"12,34|12.34", "£1.234,50|£1234.50", "6500,5|6500.5", "-5,00|-5.00"})
  @DisplayName("§4.2 money: a decimal comma is refused with the amount written with a dot")
  void decimalCommaHint(String text, String written) {
    assertThatThrownBy(() -> Cells.money(text, "£")).hasMessageEndingWith(
        ": impact reads a dot as the decimal point (write " + written + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,34", "1,2345", "$12", "£", "12£", "abc", "1.2.3", "--5", "-£-5", ""})
  @DisplayName("§4.2 money: anything else is refused, saying what was expected")
  void badMoney(String text) {
    assertThatThrownBy(() -> Cells.money(text, "£"))
        .isInstanceOf(Cells.CellException.class)
        .hasMessageContaining("expected an amount of money such as 1234.50, 1,234.50 or £1,234.50");
  }

  @Test
  @DisplayName("issue 21: money is below 10^12 with at most 12 decimal places, as figures in a bank are")
  void moneyBounds() throws Exception {
    assertThat(Cells.money("999,999,999,999.99", "£")).isEqualByComparingTo("999999999999.99");
    assertThat(Cells.money("-999999999999", "£")).isEqualByComparingTo("-999999999999");
    assertThat(Cells.money("0.000000000001", "£")).isEqualByComparingTo("1E-12");
    assertThat(Cells.money("12.5000000000000000", "£")).isEqualByComparingTo("12.5");
    for (String text : new String[] {"9".repeat(400), "1000000000000", "-£1,000,000,000,000", "0.0000000000001",
        "1." + "0".repeat(399) + "1"}) {
      assertThatThrownBy(() -> Cells.money(text, "£")).as(text.substring(0, Math.min(20, text.length())))
          .isInstanceOf(Cells.CellException.class)
          .hasMessageStartingWith("an amount of money must be below 1,000,000,000,000 with at most 12 decimal places,"
              + " found '")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(150));
    }
  }

  @Test
  @DisplayName("§4.2 money: only the bank currency's symbol is accepted")
  void otherCurrency() throws Exception {
    assertThat(Cells.money("€5", "€")).isEqualByComparingTo("5");
    assertThatThrownBy(() -> Cells.money("£5", "€")).isInstanceOf(Cells.CellException.class);
    // §6 an impact map in Australian dollars: the prefixed symbol, and no other dollar
    assertThat(Cells.money("A$1,234.50", "A$")).isEqualByComparingTo("1234.50");
    assertThat(Cells.money("-A$5", "A$")).isEqualByComparingTo("-5");
    assertThatThrownBy(() -> Cells.money("$5", "A$")).isInstanceOf(Cells.CellException.class);
    assertThatThrownBy(() -> Cells.money("NZ$5", "A$")).isInstanceOf(Cells.CellException.class);
    assertThat(Cells.money("CHF 12", "CHF")).isEqualByComparingTo("12");
  }

  @ParameterizedTest(name = "percent {0} = {1}")
  @CsvSource({"25,0.25", "25%,0.25", "0,0", "100%,1", "12.5 %,0.125", "0.5,0.005"})
  @DisplayName("§4.2 percentages: points 0–100 with optional %")
  void percent(String text, String fraction) throws Exception {
    assertThat(Cells.percent(text)).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest
  @ValueSource(strings = {"101", "-1", "150%", "half", "25%%"})
  @DisplayName("§4.2 percentages: out of range or not a number is an error")
  void badPercent(String text) {
    assertThatThrownBy(() -> Cells.percent(text)).isInstanceOf(Cells.CellException.class);
  }

  @Test
  @DisplayName("§4.2 dates: ISO 2021-04-30 and UK 30/04/2021")
  void dates() throws Exception {
    assertThat(Cells.date("2021-04-30")).isEqualTo(LocalDate.of(2021, 4, 30));
    assertThat(Cells.date("30/04/2021")).isEqualTo(LocalDate.of(2021, 4, 30));
    assertThat(Cells.date("1/4/2021")).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThatThrownBy(() -> Cells.date("31/02/2021")).hasMessageContaining("there is no such date");
    assertThatThrownBy(() -> Cells.date("04/30/2021")).hasMessageContaining("there is no such date");
    assertThatThrownBy(() -> Cells.date("April 2021")).hasMessageContaining("expected a date such as 2021-04-30");
  }

  @Test
  @DisplayName("§4.2 dates: a month-first date, a date with a time and an Excel day number each say what they look like")
  void dateHints() {
    assertThatThrownBy(() -> Cells.date("09/16/2020")).hasMessage("there is no such date as '09/16/2020': impact reads"
        + " dates day first (30/04/2021); this one looks month first, as US dates are, and so may the file's other"
        + " dates be (09/01/2021 would be read as 9 January): write them as 2021-04-30");
    assertThatThrownBy(() -> Cells.date("31/02/2021")).hasMessage("there is no such date as '31/02/2021'");
    assertThatThrownBy(() -> Cells.date("2020-09-16T00:00")).hasMessage("expected a date such as 2021-04-30 or"
        + " 30/04/2021, found '2020-09-16T00:00', a date with a time: write the date alone (2020-09-16)");
    assertThatThrownBy(() -> Cells.date("2020-09-16 09:30:00")).hasMessageEndingWith("write the date alone (2020-09-16)");
    assertThatThrownBy(() -> Cells.date("45444")).hasMessage("expected a date such as 2021-04-30 or 30/04/2021,"
        + " found '45444', which looks like a date as Excel stores it (2024-06-01): format the column as dates in"
        + " Excel, or write 2021-04-30");
    assertThatThrownBy(() -> Cells.date("2021")).hasMessage("expected a date such as 2021-04-30 or 30/04/2021, found"
        + " '2021'");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"yes,true", "Y,true", "TRUE,true", "1,true", "no,false", "n,false", "False,false", "0,false"})
  @DisplayName("§4.2 booleans: yes/no, y/n, true/false, 1/0 in any case")
  void booleans(String text, boolean expected) throws Exception {
    assertThat(Cells.yesNo(text)).isEqualTo(expected);
  }

  @Test
  @DisplayName("§4.2 booleans: other words are refused")
  void badBoolean() {
    assertThatThrownBy(() -> Cells.yesNo("maybe")).hasMessageContaining("expected yes or no");
  }

  @Test
  @DisplayName("§4.4 age: whole years 0–120")
  void wholeNumbers() throws Exception {
    assertThat(Cells.whole("42", 0, 120, "age")).isEqualTo(42);
    assertThat(Cells.whole("42.0", 0, 120, "age")).isEqualTo(42);
    assertThatThrownBy(() -> Cells.whole("121", 0, 120, "age")).hasMessage("age must be from 0 to 120, found 121");
    assertThatThrownBy(() -> Cells.whole("-1", 0, 120, "age")).hasMessageContaining("as a whole number");
    assertThatThrownBy(() -> Cells.whole("42.5", 0, 120, "age")).hasMessageContaining("as a whole number");
    // a count typed with its thousands grouped, as spreadsheets show it; a grouping that is not one is refused
    assertThat(Cells.whole("1,800", 0, 1_000_000, "the count")).isEqualTo(1800);
    assertThat(Cells.whole("1,234,567", 0, 10_000_000, "the count")).isEqualTo(1_234_567);
    assertThatThrownBy(() -> Cells.whole("1,80", 0, 1_000_000, "the count")).hasMessageContaining("as a whole number");
    assertThatThrownBy(() -> Cells.whole("18,00", 0, 1_000_000, "the count")).hasMessageContaining("as a whole number");
    assertThatThrownBy(() -> Cells.whole("1.800", 0, 1_000_000, "the count")).hasMessageContaining("as a whole number");
  }

  @Test
  @DisplayName("messages shorten huge values")
  void longValuesShortened() {
    String huge = "x".repeat(10_000);
    assertThatThrownBy(() -> Cells.money(huge, "£")).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }
}
