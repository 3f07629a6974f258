package org.impactkit.model;

import java.util.Objects;

/**
 * A column whose header looks like a spec column the table lacks (SPEC §4.2): {@code Outcome achieved}
 * in a participants file without an {@code outcome} column. Its values were not read as that column,
 * so the figures may be missing what it holds; check {@code unmapped-column} (SPEC §10) fails.
 *
 * @param header the header as written
 * @param field the spec column it looks like, e.g. {@code outcome}
 */
public record Lookalike(String header, String field) {
  /**
   * Creates the record, checking its parts.
   *
   * @param header the header as written
   * @param field the spec column it looks like, e.g. {@code outcome}
   */
  public Lookalike {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(field, "field");
  }
}
