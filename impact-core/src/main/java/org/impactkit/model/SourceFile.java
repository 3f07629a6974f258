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
  private final Map<String, String> headerByField;
  private final List<String> extraColumns;

  /**
   * @param name the file (and sheet) as the user would recognise it
   * @param headerByField canonical field name to the header exactly as written in the file
   * @param extraColumns headers of columns the spec does not name, kept as breakdown dimensions
   */
  public SourceFile(String name, Map<String, String> headerByField, List<String> extraColumns) {
    this.name = Objects.requireNonNull(name, "name");
    this.headerByField = Map.copyOf(headerByField);
    this.extraColumns = List.copyOf(extraColumns);
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

  @Override
  public String toString() {
    return name;
  }
}
