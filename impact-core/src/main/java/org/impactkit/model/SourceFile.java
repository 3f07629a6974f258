package org.impactkit.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An input table as read: its name for messages, which header each field came from, and the extra
 * (breakdown) columns it carries. Shared by every record read from it, so a record costs one reference.
 */
public final class SourceFile {
  private final String name;
  private final String kind;
  private final Map<String, String> headerByField;
  private final List<String> extraColumns;
  private final List<Lookalike> lookalikes;

  /**
   * @param name the file (and sheet) as the user would recognise it
   * @param headerByField canonical field name to the header exactly as written in the file
   * @param extraColumns headers of columns the spec does not name, kept as breakdown dimensions
   */
  public SourceFile(String name, Map<String, String> headerByField, List<String> extraColumns) {
    this(name, null, headerByField, extraColumns, List.of());
  }

  /**
   * @param name the file (and sheet) as the user would recognise it
   * @param kind the kind of table, as evaluation.yaml's {@code columns:} names it (e.g. {@code
   *     participants}), or {@code null}
   * @param headerByField canonical field name to the header exactly as written in the file
   * @param extraColumns headers of columns the spec does not name, kept as breakdown dimensions
   * @param lookalikes extra columns whose headers look like a spec column the file lacks
   */
  public SourceFile(String name, String kind, Map<String, String> headerByField, List<String> extraColumns,
      List<Lookalike> lookalikes) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.headerByField = Map.copyOf(headerByField);
    this.extraColumns = List.copyOf(extraColumns);
    this.lookalikes = List.copyOf(lookalikes);
  }

  /** A source for records built in code rather than read from a file. */
  public static SourceFile inMemory(String name) {
    return new SourceFile(name, Map.of(), List.of());
  }

  public String name() {
    return name;
  }

  /** Whether the file has a column for the canonical field. */
  public boolean has(String field) {
    return headerByField.containsKey(field);
  }

  /** The header as written for a canonical field, or the field name itself when it has no column. */
  public String header(String field) {
    return headerByField.getOrDefault(field, field);
  }

  public List<String> extraColumns() {
    return extraColumns;
  }

  /** The kind of table (e.g. {@code participants}), or {@code null} when unknown. */
  public String kind() {
    return kind;
  }

  /** Extra columns whose headers look like a spec column the file lacks. */
  public List<Lookalike> lookalikes() {
    return lookalikes;
  }

  @Override
  public String toString() {
    return name;
  }
}
