package org.impactkit.model;

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
}
