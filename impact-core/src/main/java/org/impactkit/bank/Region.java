package org.impactkit.bank;

import java.util.List;
import java.util.Objects;

/**
 * A region of a value bank.
 *
 * @param id stable id, e.g. {@code london}
 * @param label display label
 * @param aliases other names users write for it
 */
public record Region(String id, String label, List<String> aliases) {
  /** The region a bank has when it declares none. */
  public static final Region UK = new Region("uk", "UK", List.of("United Kingdom"));

  /**
   * Creates the record, checking its parts.
   *
   * @param id stable id, e.g. {@code london}
   * @param label display label
   * @param aliases other names users write for it
   */
  public Region {
    Objects.requireNonNull(id, "id");
    label = label == null || label.isBlank() ? id : label;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
