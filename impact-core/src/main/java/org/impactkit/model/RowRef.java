package org.impactkit.model;

import org.impactkit.diagnostic.Diagnostic;
import java.util.Objects;

/**
 * Where a record came from: its file and 1-based line, so every message can point at it.
 *
 * @param file the file the record was read from
 * @param line the 1-based line (for XLSX, the row number)
 */
public record RowRef(SourceFile file, long line) {
  public RowRef {
    Objects.requireNonNull(file, "file");
  }

  /** An error located at the column for a canonical field of this row. */
  public Diagnostic error(String field, String message) {
    return Diagnostic.error(file.name(), line, field == null ? null : file.header(field), message);
  }

  /** A warning located at the column for a canonical field of this row. */
  public Diagnostic warning(String field, String message) {
    return Diagnostic.warning(file.name(), line, field == null ? null : file.header(field), message);
  }
}
