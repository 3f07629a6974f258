package org.impactkit.model;

import java.util.List;

/**
 * An impact map (SPEC §6): one row per stakeholder outcome, in the order given.
 *
 * @param name what the map is about (for report titles), or {@code null}
 * @param rows the outcomes, at least one
 */
public record ImpactMap(String name, List<ImpactMapRow> rows) {
  /**
   * Creates the record, checking its parts.
   *
   * @param name what the map is about (for report titles), or {@code null}
   * @param rows the outcomes, at least one
   */
  public ImpactMap {
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("an impact map needs at least one outcome");
    }
  }

  /** {@return the number of calendar years the map's outcomes span (year 1 is the activity's year)} */
  public int horizon() {
    return rows.stream().mapToInt(ImpactMapRow::lastYear).max().orElse(1);
  }
}
