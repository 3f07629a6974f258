package org.impactkit.diagnostic;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.impactkit.internal.Texts;
import org.impactkit.model.RowRef;

/**
 * One problem or remark about the inputs, located by file, line and column (header name), or, for a
 * record built in code, by its source, key and field. Serializable, so it survives being sent
 * between processes inside an {@link InvalidInputException}.
 *
 * @param severity error or warning
 * @param file the file as the user named it, or the source of records built in code, or {@code null}
 *     when the remark is about the whole run
 * @param line the 1-based line in the file (for records built in code, their position when known), or
 *     0 when not about one line
 * @param key the caller's own key of a record built in code (a database id, say), or {@code null}
 * @param column the header name as written in the file (a field's spec name for records built in
 *     code), or {@code null}
 * @param message a sentence saying what is wrong and what was expected, in the data's terms
 * @param advice what a front end may add in its own terms (e.g. an option to use), or {@code null}
 * @serial exclude
 */
public record Diagnostic(Severity severity, String file, long line, String key, String column, String message,
    Advice advice) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Orders diagnostics by file, then line, key and column, as a person reads them. */
  public static final Comparator<Diagnostic> READING_ORDER =
      Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file())
          .thenComparingLong(Diagnostic::line)
          .thenComparing(d -> d.key() == null ? "" : d.key())
          .thenComparing(d -> d.column() == null ? "" : d.column())
          .thenComparing(Diagnostic::message);

  /** Headers longer than this are shortened in diagnostics, so a hostile header cannot flood a message. */
  public static final int MAX_COLUMN_CHARS = 80;

  /**
   * Checks the parts and makes every text inert (SPEC §9): they reach terminals and reports.
   *
   * @param severity error or warning
   * @param file the file as the user named it, or the source of records built in code, or {@code null} when
   *     the remark is about the whole run
   * @param line the 1-based line in the file (for records built in code, their position when known), or 0
   *     when not about one line
   * @param key the caller's own key of a record built in code (a database id, say), or {@code null}
   * @param column the header name as written in the file (a field's spec name for records built in code), or
   *     {@code null}
   * @param message a sentence saying what is wrong and what was expected, in the data's terms
   * @param advice what a front end may add in its own terms (e.g. an option to use), or {@code null}
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    // File names and messages quote inputs; whatever they hold reaches terminals and reports inert.
    file = Texts.inert(file);
    key = key == null ? null : Texts.shorten(key, MAX_COLUMN_CHARS);
    message = Texts.inert(message);
    if (column != null) {
      column = Texts.shorten(column, MAX_COLUMN_CHARS);
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /**
   * A diagnostic about a file, without advice.
   *
   * @param severity error or warning
   * @param file the file, or {@code null}
   * @param line the 1-based line, or 0
   * @param column the header as written, or {@code null}
   * @param message what is wrong, in the data's terms
   */
  public Diagnostic(Severity severity, String file, long line, String column, String message) {
    this(severity, file, line, null, column, message, null);
  }

  /**
   * This diagnostic with advice a front end words in its own terms.
   *
   * @param advice the advice
   * @return a copy carrying it
   */
  public Diagnostic withAdvice(Advice advice) {
    return new Diagnostic(severity, file, line, key, column, message, advice);
  }

  /**
   * This diagnostic about a record known by a key of the caller's own.
   *
   * @param key the record's key
   * @return a copy carrying it
   */
  public Diagnostic withKey(String key) {
    return new Diagnostic(severity, file, line, key, column, message, advice);
  }

  /**
   * A value from the inputs quoted for a message, as every diagnostic quotes one: in single quotes,
   * shortened so a huge field never floods a terminal or a page, and with characters that could break
   * the line or reorder what is shown (control, separator, bidirectional) shown as {@code ?}.
   *
   * @param value the value, or {@code null}
   * @return the value quoted
   */
  public static String quote(String value) {
    return Texts.quote(value);
  }

  /**
   * A value from the inputs made safe for a one-line message without quotes: at most {@code max}
   * characters (then {@code …}), unsafe characters shown as {@code ?}, as {@link #quote} does.
   *
   * @param value the value, or {@code null} for the empty string
   * @param max the most characters shown
   * @return the value made safe
   */
  public static String shorten(String value, int max) {
    return Texts.shorten(value, max);
  }

  /**
   * An error about a file, a line of it, or one of its cells.
   *
   * @param file the file, or {@code null} for the whole run
   * @param line the 1-based line, or 0
   * @param column the header as written, or {@code null}
   * @param message what is wrong, in the data's terms
   * @return the error
   */
  public static Diagnostic error(String file, long line, String column, String message) {
    return new Diagnostic(Severity.ERROR, file, line, column, message);
  }

  /**
   * A warning about a file, a line of it, or one of its cells.
   *
   * @param file the file, or {@code null} for the whole run
   * @param line the 1-based line, or 0
   * @param column the header as written, or {@code null}
   * @param message what a careful assessor should know, in the data's terms
   * @return the warning
   */
  public static Diagnostic warning(String file, long line, String column, String message) {
    return new Diagnostic(Severity.WARNING, file, line, column, message);
  }

  /**
   * An error about one row, located at the column of a spec field (its header as the file writes it).
   *
   * @param row the row or record, whose key (if any) the error carries
   * @param field the spec field, e.g. {@code outcome}, or {@code null} for the row as a whole
   * @param message what is wrong, in the data's terms
   * @return the error
   */
  public static Diagnostic error(RowRef row, String field, String message) {
    return at(Severity.ERROR, row, field, message);
  }

  /**
   * A warning about one row, located at the column of a spec field.
   *
   * @param row the row or record, whose key (if any) the warning carries
   * @param field the spec field, or {@code null} for the row as a whole
   * @param message what a careful assessor should know, in the data's terms
   * @return the warning
   */
  public static Diagnostic warning(RowRef row, String field, String message) {
    return at(Severity.WARNING, row, field, message);
  }

  private static Diagnostic at(Severity severity, RowRef row, String field, String message) {
    return new Diagnostic(severity, row.file().name(), row.line(), row.key(),
        field == null ? null : row.file().header(field), message, null);
  }

  /**
   * A remark about the whole run, not tied to a file.
   *
   * @param message what a careful assessor should know
   * @return the warning
   */
  public static Diagnostic warning(String message) {
    return new Diagnostic(Severity.WARNING, null, 0, null, message);
  }

  /** @return whether this is an error (the run stops) rather than a warning */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Renders as {@code file:line:column: message}, leaving out the parts that are unknown; a record
   * built in code with a key shows as {@code source[key]:field: message}.
   *
   * @return the text
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (key != null) {
        sb.append('[').append(key).append(']');
      } else if (line > 0) {
        sb.append(':').append(line);
      }
      if (column != null) {
        sb.append(':').append(column);
      }
      sb.append(": ");
    }
    if (severity == Severity.WARNING) {
      sb.append("warning: ");
    }
    return sb.append(message).toString();
  }

  /** @return {@link #render()} */
  @Override
  public String toString() {
    return render();
  }
}
