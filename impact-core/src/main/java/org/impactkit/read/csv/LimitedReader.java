package org.impactkit.read.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;

/**
 * Passes characters through to the CSV parser while following the CSV structure just closely
 * enough to measure fields and records, and fails as soon as one passes a {@link CsvLimits} limit.
 * The parser never sees the rest, so an oversized field is refused without being held in memory.
 *
 * <p>Follows RFC 4180 as Commons CSV reads it, so that the files read and refused stay the same
 * whichever parser is behind it: a quote opens a quoted field only at the start of a field,
 * {@code ""} inside quotes is one quote, line breaks inside quotes belong to the field, white space
 * after a closing quote is dropped, any other text there is refused ({@link QuoteException}), and so
 * is a quoted field still open at the end of the file.
 */
final class LimitedReader extends Reader {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;
  /** After a closing quote and white space: only more white space, a delimiter or a line break may follow. */
  private static final int AFTER_QUOTE = 4;

  private static final int KEEP = 0;
  private static final int DROP = 1;
  private static final int REFUSE = 2;

  /**
   * Where characters come from: the file's bytes themselves while they are ASCII (each byte is its
   * character in any encoding we read), then from the first other byte on a decoder.
   */
  private final InputStream bytesIn;
  private final byte[] bytes = new byte[1 << 16];
  private final Decoding decoding;
  private Reader decoded;
  private final char delimiter;
  private final CsvLimits limits;

  private int state = FIELD_START;
  private long line = 1;
  private boolean afterCr;
  private long recordStartLine = 1;
  private long fieldChars;
  private long recordChars;
  private int fields = 1;
  /** A quoting problem found in the last chunk, thrown once the parser has taken what came before it. */
  private QuoteException pending;

  /** Decodes the rest of a file from its first byte that is not ASCII text. */
  @FunctionalInterface
  interface Decoding {
    /**
     * A reader of {@code rest}, in the file's encoding.
     *
     * @throws IOException when the file is not text in an encoding we read (then a {@link
     *     TextEncoding.NotTextException})
     */
    Reader of(InputStream rest) throws IOException;
  }

  /**
   * @param in the file's bytes, after any byte-order mark
   * @param decoding how to read on from the first byte that is not ASCII text: ASCII is read straight
   *     from the bytes, each widened in the same pass that measures it (a decoder is one more pass over
   *     every character; on a million rows that was a tenth of the reading thread's time)
   */
  LimitedReader(InputStream in, char delimiter, CsvLimits limits, Decoding decoding) {
    this.bytesIn = in;
    this.decoding = decoding;
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

  /** The quoting is broken: text after a closing quote, or a quote never closed. */
  static final class QuoteException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;

    QuoteException(String message, long line) {
      super(message, null);
      this.line = line;
    }

    /** The line where the record starts. */
    long line() {
      return line;
    }
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    while (true) {
      boolean ascii = decoded == null;
      int n = ascii ? bytesIn.read(bytes, 0, Math.min(len, bytes.length)) : decoded.read(buf, off, len);
      if (n < 0) {
        if (state == QUOTED) {
          throw new QuoteException("a quoted field is never closed (a \" is missing)", recordStartLine);
        }
        return n;
      }
      int kept = (ascii ? scanAscii(n, buf, off) : scan(buf, off, off + n)) - off;
      if (kept > 0 || n == 0) {
        return kept;
      }
      if (pending != null) {
        throw pending;
      }
      // everything read was white space after a closing quote, or the rest goes to the decoder: read on
    }
  }

  /** Measures {@code buf[off, end)}, dropping what the parser must not see; returns the end of what is kept. */
  private int scan(char[] buf, int off, int end) throws LimitException {
    int w = off;
    int i = off;
    while (i < end) {
      // Runs of ordinary characters are measured in one go; only quotes, delimiters and line breaks
      // (and the rare control character or space, and whatever follows a closing quote) take the
      // step-by-step path.
      int start = i;
      if (state == QUOTED) {
        while (i < end && buf[i] != '"' && buf[i] != '\n' && buf[i] != '\r') {
          i++;
        }
      } else if (state == FIELD_START || state == UNQUOTED) {
        while (i < end && buf[i] > '"' && buf[i] != delimiter) {
          i++;
        }
      }
      if (i > start) {
        measureRun(i - start);
        if (w != start) {
          System.arraycopy(buf, start, buf, w, i - start);
        }
        w += i - start;
      }
      if (i < end) {
        w = stepInto(buf[i++], buf, w);
        if (pending != null) {
          return w;
        }
      }
    }
    return w;
  }

  /**
   * {@link #scan} for the bytes {@code bytes[0, n)}, written to {@code buf} from {@code off} as it
   * goes; at the first byte that is not ASCII text (or is NUL) the rest goes to the decoder.
   */
  private int scanAscii(int n, char[] buf, int off) throws IOException {
    byte[] src = bytes;
    int w = off;
    int i = 0;
    while (i < n) {
      int start = i;
      if (state == QUOTED) {
        byte b;
        while (i < n && (b = src[i]) != '"' && b != '\n' && b != '\r' && b > 0) {
          buf[w++] = (char) b;
          i++;
        }
      } else if (state == FIELD_START || state == UNQUOTED) {
        byte b;
        while (i < n && (b = src[i]) > '"' && b != delimiter) { // stops at NUL and non-ASCII bytes too
          buf[w++] = (char) b;
          i++;
        }
      }
      if (i > start) {
        measureRun(i - start);
      }
      if (i < n) {
        if (src[i] <= 0) {
          decoded = decoding.of(new SequenceInputStream(new ByteArrayInputStream(src, i, n - i), bytesIn));
          return w;
        }
        w = stepInto((char) src[i++], buf, w);
        if (pending != null) {
          return w;
        }
      }
    }
    return w;
  }

  /** Counts a run of ordinary characters into the field and record. */
  private void measureRun(int length) throws LimitException {
    if (state != QUOTED) {
      state = UNQUOTED;
    }
    afterCr = false;
    fieldChars += length;
    recordChars += length;
    if (fieldChars > limits.maxFieldChars()) {
      throw passed(CsvLimits.Kind.FIELD);
    }
    if (recordChars > limits.maxRecordChars()) {
      throw passed(CsvLimits.Kind.RECORD);
    }
  }

  /**
   * Takes one character the step-by-step way, writing it to {@code buf[w]} unless it is dropped; returns
   * the next place to write. A refusal is left in {@link #pending} for the caller to stop at.
   */
  private int stepInto(char c, char[] buf, int w) throws LimitException {
    int action = step(c);
    if (action == KEEP) {
      buf[w] = c;
      return w + 1;
    }
    if (action == REFUSE) {
      pending = new QuoteException("text follows a closing quote; inside a quoted field write a quote as \"\"",
          recordStartLine);
    }
    return w;
  }

  private LimitException passed(CsvLimits.Kind kind) {
    int limit = kind == CsvLimits.Kind.FIELD ? limits.maxFieldChars() : limits.maxRecordChars();
    return new LimitException(kind, recordStartLine, fields - 1, limit);
  }

  private int step(char c) throws LimitException {
    boolean lineBreak = c == '\n' || c == '\r';
    if (lineBreak && !(c == '\n' && afterCr)) {
      line++;
    }
    afterCr = c == '\r';
    if (lineBreak && state != QUOTED) {
      endRecord();
      return KEEP;
    }
    if (c == delimiter && state != QUOTED) {
      state = FIELD_START;
      fieldChars = 0;
      recordChars++;
      if (++fields > limits.maxFields()) {
        throw new LimitException(CsvLimits.Kind.FIELDS, recordStartLine, fields - 1, limits.maxFields());
      }
      return KEEP;
    }
    int action = KEEP;
    switch (state) {
      case FIELD_START -> state = c == '"' ? QUOTED : UNQUOTED;
      case QUOTED -> state = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
      case QUOTE_IN_QUOTED, AFTER_QUOTE -> {
        if (c == '"' && state == QUOTE_IN_QUOTED) {
          state = QUOTED; // "" inside quotes
        } else if (Character.isWhitespace(c)) {
          state = AFTER_QUOTE; // Commons CSV skips white space between a closing quote and the delimiter
          action = DROP;
        } else {
          return REFUSE;
        }
      }
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
    return action;
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
    if (decoded != null) {
      decoded.close();
    }
    bytesIn.close();
  }
}
