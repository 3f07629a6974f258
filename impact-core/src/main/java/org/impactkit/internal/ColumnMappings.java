package org.impactkit.internal;

/**
 * The evaluation.yaml line that maps a table's header to a spec column, as messages suggest it: one
 * writer, so every hint quotes a header the same way and a header holding a quote or a backslash still
 * pastes as valid YAML.
 */
public final class ColumnMappings {
  private ColumnMappings() {}

  /**
   * The mapping in YAML's flow style.
   *
   * @param kind the table, e.g. {@code participants}
   * @param field the spec column, e.g. {@code outcome}
   * @param header the header as the file writes it, e.g. {@code Outcome achieved}
   * @return e.g. {@code columns: {participants: {outcome: "Outcome achieved"}}}
   */
  public static String yaml(String kind, String field, String header) {
    return "columns: {" + kind + ": {" + field + ": \"" + header.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}";
  }
}
