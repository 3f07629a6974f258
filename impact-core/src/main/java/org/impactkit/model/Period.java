package org.impactkit.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impactkit.internal.Texts;

/**
 * An evaluation period, both ends inclusive.
 *
 * @param start first day
 * @param end last day, not before start
 */
public record Period(LocalDate start, LocalDate end) {
  private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

  /**
   * Creates the record, checking its parts.
   *
   * @param start first day
   * @param end last day, not before start
   */
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the period ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /**
   * A UK financial year written as {@code 2021/22}, {@code 2021-22} or {@code 2021/2022}: 1 April to
   * 31 March.
   *
   * @param text the year
   * @return the period
   * @throws IllegalArgumentException when the text is not such a year
   */
  public static Period ukFinancialYear(String text) {
    Matcher m = FINANCIAL_YEAR.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a UK financial year such as 2021/22, found " + Texts.quote(text));
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    int expected = m.group(2).length() == 2 ? (first + 1) % 100 : first + 1;
    if (second != expected) {
      throw new IllegalArgumentException(
          "a financial year runs over two consecutive years, such as 2021/22; found " + Texts.quote(text));
    }
    return new Period(LocalDate.of(first, 4, 1), LocalDate.of(first + 1, 3, 31));
  }

  /**
   * The period as people name it: {@code 2024/25} for a UK financial year, {@code 2024} for a calendar
   * year, else {@code 2021-07-01 to 2021-12-31}.
   *
   * @return the label
   */
  public String label() {
    if (start.getMonthValue() == 4 && start.getDayOfMonth() == 1 && end.equals(start.plusYears(1).minusDays(1))) {
      return start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
    }
    if (start.getDayOfYear() == 1 && end.equals(start.plusYears(1).minusDays(1))) {
      return Integer.toString(start.getYear());
    }
    return start + " to " + end;
  }

  /** {@return the number of days in the period, both ends counted} */
  public long days() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }

  /**
   * Whether a date falls in the period.
   *
   * @param date the date
   * @return whether it does, both ends counting as inside
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
