package org.impactkit.diagnostic;

import java.util.Comparator;
import java.util.Objects;
import org.impactkit.internal.Texts;
import org.impactkit.model.RowRef;

/**
 * One problem or remark about the inputs, located by file, line and column (header name).
 *
 * @param severity error or warning
 * @param file the file as the user named it, or {@code null} when the remark is about the whole run
 * @param line the 1-based line in the file, or 0 when not about one line
 * @param column the header name as written in the file, or {@code null}
 * @param message a sentence saying what is wrong and what was expected, in the data's terms
 * @param advice what a front end may add in its own terms (e.g. an option to use), or {@code null}
 */
public record Diagnostic(Severity severity, String file, long line, String column, String message, Advice advice) {

  /** Orders diagnostics by file, then line, then column, as a person reads them. */
  public static final Comparator<Diagnostic> READING_ORDER =
      Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file())
          .thenComparingLong(Diagnostic::line)
          .thenComparing(d -> d.column() == null ? "" : d.column())
          .thenComparing(Diagnostic::message);

  /** Headers longer than this are shortened in diagnostics, so a hostile header cannot flood a message. */
  public static final int MAX_COLUMN_CHARS = 80;

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    // File names and messages quote inputs; whatever they hold reaches terminals and reports inert.
    file = Texts.inert(file);
    message = Texts.inert(message);
    if (column != null) {
      column = Texts.shorten(column, MAX_COLUMN_CHARS);
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /** A diagnostic without advice. */
  public Diagnostic(Severity severity, String file, long line, String column, String message) {
    this(severity, file, line, column, message, null);
  }

  /** This diagnostic with advice a front end words in its own terms. */
  public Diagnostic withAdvice(Advice advice) {
    return new Diagnostic(severity, file, line, column, message, advice);
  }

  public static Diagnostic error(String file, long line, String column, String message) {
    return new Diagnostic(Severity.ERROR, file, line, column, message);
  }

  public static Diagnostic warning(String file, long line, String column, String message) {
    return new Diagnostic(Severity.WARNING, file, line, column, message);
  }

  /**
   * An error about one row, located at the column of a spec field (its header as the file writes it).
   *
   * @param field the spec field, e.g. {@code outcome}, or {@code null} for the row as a whole
   */
  public static Diagnostic error(RowRef row, String field, String message) {
    return error(row.file().name(), row.line(), field == null ? null : row.file().header(field), message);
  }

  /** A warning about one row, located at the column of a spec field. */
  public static Diagnostic warning(RowRef row, String field, String message) {
    return warning(row.file().name(), row.line(), field == null ? null : row.file().header(field), message);
  }

  /** A remark about the whole run, not tied to a file. */
  public static Diagnostic warning(String message) {
    return new Diagnostic(Severity.WARNING, null, 0, null, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Renders as {@code file:line:column: message}, leaving out the parts that are unknown. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
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

  @Override
  public String toString() {
    return render();
  }
}
