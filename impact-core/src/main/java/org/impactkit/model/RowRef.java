package org.impactkit.model;

import java.util.Objects;

/**
 * Where a record came from, so every message can point at it: a file and its 1-based line, or, for a
 * record built in code, its source and a key of the caller's own (a database id, say) and/or its
 * position.
 *
 * @param file the file the record was read from, or the {@linkplain SourceFile#inMemory source} of
 *     records built in code
 * @param line the 1-based line (for XLSX, the row number); for records built in code, their position
 *     among their source's records when known; 0 when not known
 * @param key the caller's own key for a record built in code, such as a database id, or {@code null}
 */
public record RowRef(SourceFile file, long line, String key) {
  /**
   * Checks the parts: a source is required, a line is never negative.
   *
   * @param file the file the record was read from, or the {@linkplain SourceFile#inMemory source} of records
   *     built in code
   * @param line the 1-based line (for XLSX, the row number); for records built in code, their position among
   *     their source's records when known; 0 when not known
   * @param key the caller's own key for a record built in code, such as a database id, or {@code null}
   */
  public RowRef {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or more, found " + line);
    }
  }

  /**
   * A line of a file.
   *
   * @param file the file
   * @param line the 1-based line
   */
  public RowRef(SourceFile file, long line) {
    this(file, line, null);
  }

  /**
   * A record built in code, known by the caller's key.
   *
   * @param source the source, e.g. {@code SourceFile.inMemory("participants")}
   * @param key the caller's key, such as a database id, or {@code null}
   * @return the reference
   */
  public static RowRef keyed(SourceFile source, String key) {
    return new RowRef(source, 0, key);
  }

  /**
   * This reference at a position, for a record built in code that has none yet.
   *
   * @param position the 1-based position among its source's records
   * @return this reference with that line, or this reference when it already has one
   */
  public RowRef at(long position) {
    return line > 0 ? this : new RowRef(file, position, key);
  }

  /**
   * The record's place within its file or source in words, for messages about another record: {@code
   * line 12}, {@code record 'A-17'} (built in code with a key) or {@code record 3} (built in code, by
   * position).
   *
   * @return the words, or {@code null} when neither a line nor a key is known
   */
  public String where() {
    if (key != null) {
      return "record '" + key + "'";
    }
    if (line == 0) {
      return null;
    }
    return (file.isInMemory() ? "record " : "line ") + line;
  }
}
