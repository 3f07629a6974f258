package org.impactkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.impactkit.read.table.Cells;

/**
 * Values written as input files may write them, read by the same rules as the cells of a file (SPEC
 * §4.2): for a front end's options, or an analyst's own text. Each method throws {@link
 * IllegalArgumentException} with a message saying what was expected.
 */
public final class Values {
  private Values() {}

  /**
   * A date as input files may write it: ISO {@code 2021-04-30} or UK {@code 30/04/2021}.
   *
   * @param text the date
   * @return the date
   * @throws IllegalArgumentException when it is not a date, with a message saying what was expected
   */
  public static LocalDate date(String text) {
    try {
      return Cells.date(text);
    } catch (Cells.CellException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * An amount of money as input files may write it: {@code 30000}, {@code 30,000.00} or {@code
   * £30,000}.
   *
   * @param text the amount
   * @return the amount
   * @throws IllegalArgumentException when it is not an amount, with a message saying what was expected
   */
  public static BigDecimal amount(String text) {
    try {
      return Cells.money(text, "£");
    } catch (Cells.CellException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * A percentage as input files may write it, {@code 3.5} or {@code 3.5%}, as a fraction ({@code
   * 0.035}).
   *
   * @param text the percentage, from 0 to 100
   * @return the fraction
   * @throws IllegalArgumentException when it is not a percentage, with a message saying what was expected
   */
  public static BigDecimal percentage(String text) {
    try {
      return Cells.percent(text);
    } catch (Cells.CellException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
