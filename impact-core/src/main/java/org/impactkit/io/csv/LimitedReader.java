package org.impactkit.io.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through to the CSV parser while following the CSV structure just closely
 * enough to measure fields and records, and fails as soon as one passes a {@link CsvLimits} limit.
 * The parser never sees the rest, so an oversized field is refused without being held in memory.
 *
 * <p>Follows RFC 4180 as Commons CSV reads it: a quote opens a quoted field only at the start of a
 * field, {@code ""} inside quotes is one quote, and line breaks inside quotes belong to the field.
 */
final class LimitedReader extends Reader {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final Reader in;
  private final char delimiter;
  private final CsvLimits limits;

  private int state = FIELD_START;
  private long line = 1;
  private boolean afterCr;
  private long recordStartLine = 1;
  private long fieldChars;
  private long recordChars;
  private int fields = 1;

  LimitedReader(Reader in, char delimiter, CsvLimits limits) {
    this.in = in;
    this.delimiter = delimiter;
    this.limits = limits;
  }

  /** A limit was passed. */
  static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;

    private final CsvLimits.Kind kind;
    private final long line;
    private final int field;
    private final int limit;

    LimitException(CsvLimits.Kind kind, long line, int field, int limit) {
      super(kind + " limit " + limit + " passed in the record starting on line " + line, null);
      this.kind = kind;
      this.line = line;
      this.field = field;
      this.limit = limit;
    }

    CsvLimits.Kind kind() {
      return kind;
    }

    /** The line where the record starts. */
    long line() {
      return line;
    }

    /** The 0-based field index where the limit was passed. */
    int field() {
      return field;
    }

    int limit() {
      return limit;
    }
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    int end = off + n;
    int i = off;
    while (i < end) {
      // Runs of ordinary characters are measured in one go; only quotes, delimiters and line breaks
      // (and the rare control character or space before '"') take the step-by-step path.
      int start = i;
      if (state == QUOTED) {
        while (i < end && buf[i] != '"' && buf[i] != '\n' && buf[i] != '\r') {
          i++;
        }
      } else {
        while (i < end && buf[i] > '"' && buf[i] != delimiter) {
          i++;
        }
      }
      if (i > start) {
        if (state != QUOTED) {
          state = UNQUOTED;
        }
        afterCr = false;
        fieldChars += i - start;
        recordChars += i - start;
        if (fieldChars > limits.maxFieldChars()) {
          throw passed(CsvLimits.Kind.FIELD);
        }
        if (recordChars > limits.maxRecordChars()) {
          throw passed(CsvLimits.Kind.RECORD);
        }
      }
      if (i < end) {
        step(buf[i++]);
      }
    }
    return n;
  }

  private LimitException passed(CsvLimits.Kind kind) {
    int limit = kind == CsvLimits.Kind.FIELD ? limits.maxFieldChars() : limits.maxRecordChars();
    return new LimitException(kind, recordStartLine, fields - 1, limit);
  }

  private void step(char c) throws LimitException {
    boolean lineBreak = c == '\n' || c == '\r';
    if (lineBreak && !(c == '\n' && afterCr)) {
      line++;
    }
    afterCr = c == '\r';
    if (lineBreak && state != QUOTED) {
      endRecord();
      return;
    }
    if (c == delimiter && state != QUOTED) {
      state = FIELD_START;
      fieldChars = 0;
      recordChars++;
      if (++fields > limits.maxFields()) {
        throw new LimitException(CsvLimits.Kind.FIELDS, recordStartLine, fields - 1, limits.maxFields());
      }
      return;
    }
    switch (state) {
      case FIELD_START -> state = c == '"' ? QUOTED : UNQUOTED;
      case QUOTED -> state = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
      case QUOTE_IN_QUOTED -> state = c == '"' ? QUOTED : UNQUOTED;
      default -> {
        // an unquoted field goes on
      }
    }
    if (++fieldChars > limits.maxFieldChars()) {
      throw passed(CsvLimits.Kind.FIELD);
    }
    if (++recordChars > limits.maxRecordChars()) {
      throw passed(CsvLimits.Kind.RECORD);
    }
  }

  private void endRecord() {
    state = FIELD_START;
    fieldChars = 0;
    recordChars = 0;
    fields = 1;
    recordStartLine = line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
