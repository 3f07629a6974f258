package org.impactkit.read.table;

import java.util.List;

/**
 * A column the spec names: its canonical name, the other headers accepted for it, and whether it
 * must be present.
 *
 * @param name canonical name, e.g. {@code participant_id}
 * @param aliases other accepted headers, e.g. {@code person_id}
 * @param required whether a file without it is an error
 */
public record Field(String name, List<String> aliases, boolean required) {
  public static Field required(String name, String... aliases) {
    return new Field(name, List.of(aliases), true);
  }

  public static Field optional(String name, String... aliases) {
    return new Field(name, List.of(aliases), false);
  }
}
