package org.impactkit.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An input table as read: its name for messages, which header each field came from, and the extra
 * (breakdown) columns it carries. Shared by every record read from it, so a record costs one reference.
 * Records built in code come from an {@linkplain #inMemory in-memory source} instead.
 */
public final class SourceFile {
  private final String name;
  private final String kind;
  private final Map<String, String> headerByField;
  private final List<String> extraColumns;
  private final List<Lookalike> lookalikes;
  private final boolean inMemory;

  /**
   * A table read from a file, of no particular kind, with no lookalike columns.
   *
   * @param name the file (and sheet) as the user would recognise it
   * @param headerByField canonical field name to the header exactly as written in the file
   * @param extraColumns headers of columns the spec does not name, kept as breakdown dimensions
   */
  public SourceFile(String name, Map<String, String> headerByField, List<String> extraColumns) {
    this(name, null, headerByField, extraColumns, List.of(), false);
  }

  /**
   * A table read from a file, with what reading its header found.
   *
   * @param name the file (and sheet) as the user would recognise it
   * @param kind the kind of table, as evaluation.yaml's {@code columns:} names it (e.g. {@code
   *     participants}), or {@code null}
   * @param headerByField canonical field name to the header exactly as written in the file
   * @param extraColumns headers of columns the spec does not name, kept as breakdown dimensions
   * @param lookalikes extra columns whose headers look like a spec column the file lacks
   */
  public SourceFile(String name, String kind, Map<String, String> headerByField, List<String> extraColumns,
      List<Lookalike> lookalikes) {
    this(name, kind, headerByField, extraColumns, lookalikes, false);
  }

  private SourceFile(String name, String kind, Map<String, String> headerByField, List<String> extraColumns,
      List<Lookalike> lookalikes, boolean inMemory) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.headerByField = Map.copyOf(headerByField);
    this.extraColumns = List.copyOf(extraColumns);
    this.lookalikes = List.copyOf(lookalikes);
    this.inMemory = inMemory;
  }

  /**
   * A source for records built in code rather than read from a file: messages name a field by its
   * spec name ({@code age}, {@code annual_budget}) and a record by its key or position.
   *
   * @param name what the records are, for messages, e.g. {@code participants} or {@code crm export}
   * @return the source
   */
  public static SourceFile inMemory(String name) {
    return inMemory(name, List.of());
  }

  /**
   * A source for records built in code that carry extra (breakdown) values.
   *
   * @param name what the records are, for messages
   * @param extraColumns the names of the extra values each record carries, in order
   * @return the source
   */
  public static SourceFile inMemory(String name, List<String> extraColumns) {
    return new SourceFile(name, null, Map.of(), extraColumns, List.of(), true);
  }

  /** @return the file (and sheet) as the user would recognise it, or the in-memory source's name */
  public String name() {
    return name;
  }

  /** @return whether the records come from code rather than a file */
  public boolean isInMemory() {
    return inMemory;
  }

  /**
   * Whether the file has a column for a field.
   *
   * @param field the spec's name of the field, e.g. {@code baseline}
   * @return whether a column holds it
   */
  public boolean has(String field) {
    return headerByField.containsKey(field);
  }

  /**
   * The header as written for a field.
   *
   * @param field the spec's name of the field
   * @return its header as the file writes it, or the field name itself when it has no column
   */
  public String header(String field) {
    return headerByField.getOrDefault(field, field);
  }

  /** @return the headers of the extra (breakdown) columns, in order */
  public List<String> extraColumns() {
    return extraColumns;
  }

  /** {@return the kind of table (e.g. {@code participants}), or {@code null} when unknown} */
  public String kind() {
    return kind;
  }

  /** {@return the extra columns whose headers look like a spec column the file lacks} */
  public List<Lookalike> lookalikes() {
    return lookalikes;
  }

  @Override
  public String toString() {
    return name;
  }
}
