package org.impactkit.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The investment in the activity (SPEC §6 inputs), by stakeholder.
 *
 * @param items what each stakeholder put in
 */
public record Investment(List<Item> items) {
  /**
   * Creates the record, checking its parts.
   *
   * @param items what each stakeholder put in
   */
  public Investment {
    items = List.copyOf(items);
  }

  /**
   * One stakeholder's input.
   *
   * @param stakeholder who invested, e.g. "Funder"
   * @param description what it was, or {@code null}
   * @param value its value (0 or more)
   * @param ref the row it was read from, or {@code null}
   */
  public record Item(String stakeholder, String description, BigDecimal value, RowRef ref) {
    /**
     * Creates the record, checking its parts.
     *
     * @param stakeholder who invested, e.g. "Funder"
     * @param description what it was, or {@code null}
     * @param value its value (0 or more)
     * @param ref the row it was read from, or {@code null}
     */
    public Item {
      Objects.requireNonNull(stakeholder, "stakeholder");
      Objects.requireNonNull(value, "value");
      if (value.signum() < 0) {
        throw new IllegalArgumentException("an input's value must not be negative, found " + value.toPlainString());
      }
    }
  }

  /**
   * A single total investment, rather than one by stakeholder.
   *
   * @param investment the total, 0 or more
   * @return the investment
   */
  public static Investment total(BigDecimal investment) {
    return new Investment(List.of(new Item("Investment", null, investment, null)));
  }

  /** {@return the total investment} */
  public BigDecimal total() {
    return items.stream().map(Item::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
