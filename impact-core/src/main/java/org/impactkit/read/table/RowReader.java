package org.impactkit.read.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.RowRef;

/**
 * Reads typed fields from one row, collecting a problem per bad cell so a row reports all its
 * mistakes at once.
 */
public final class RowReader {
  /** The part of a number before a comma grouping thousands: {@code 10}, {@code £1}, {@code -2,500}. */
  private static final Pattern NUMBER_START = Pattern.compile("-?\\s*\\p{Sc}?\\s*\\d{1,3}(?:,\\d{3})*");
  /** The part after it: three digits, perhaps decimals. */
  private static final Pattern THOUSANDS_REST = Pattern.compile("\\d{3}(?:\\.\\d+)?");
  private final Columns columns;
  private final Row row;
  private final RowRef ref;
  /** Made on the first problem: most rows have none, and a reader is made for every row. */
  private List<Diagnostic> problems;
  /** Whether {@link #settle} has looked at the row as a whole. */
  private boolean settled;

  public RowReader(Columns columns, Row row) {
    this.columns = columns;
    this.row = row;
    this.ref = new RowRef(columns.source(), row.line());
  }

  /** {@return the row's cells as written, to compare whole rows} */
  public List<String> cells() {
    return Arrays.asList(row.cells().clone());
  }

  public RowRef ref() {
    return ref;
  }

  public List<Diagnostic> problems() {
    settle();
    return problems == null ? List.of() : problems;
  }

  public boolean ok() {
    settle();
    return problems == null;
  }

  /**
   * Refuses a CSV row with more values than the header has columns when none of its cells was found wrong
   * (a cell's problem says so already, see {@link #add}). A value split by a comma outside quotes moves every
   * later value one column along; when the split value is the row's last, nothing else shows it: a budget
   * written {@code 10,000} is read as 10, with {@code 000} past the header's end. A spreadsheet never saves
   * such a row, and which value was split cannot be known, so the row is refused rather than guessed at.
   */
  private void settle() {
    if (settled) {
      return;
    }
    settled = true;
    int values = valuesIn(row);
    if (problems == null && columns.delimitedText() && values > columns.width()) {
      int split = splitNumber();
      String field = split < 0 ? null : columns.fieldOfColumns().get(split);
      problems = new ArrayList<>(1);
      problems.add(Diagnostic.error(ref, field, "this row has " + values + " values for the header's "
          + columns.width() + " columns, so a value was split by a " + separator() + " outside quotes (each value"
          + " after it moves one column along) or a column has no name in the header: " + quoteAdvice(split)));
    }
  }

  /** The file's separator in words: {@code comma}, {@code semicolon} or {@code tab}. */
  private String separator() {
    return switch (columns.delimiter()) {
      case ';' -> "semicolon";
      case '\t' -> "tab";
      default -> "comma";
    };
  }

  /** How to write a value holding the separator, with the split number as the example where there is one. */
  private String quoteAdvice(int split) {
    String example = split >= 0 ? row.cells()[split] + "," + row.cells()[split + 1]
        : columns.delimiter() == ';' ? "Outreach; equipment boxes"
        : columns.delimiter() == ',' ? "Outreach, equipment boxes" : null;
    return "a value holding a " + separator() + " must be in double quotes"
        + (example == null ? "" : ", e.g. \"" + example + "\"");
  }

  /**
   * The first column whose value, with the next column's, reads as one number split at a comma grouping
   * thousands ({@code 10} and {@code 000}, {@code £1} and {@code 250.50}), or -1; only among the header's
   * columns, the next value possibly past them, and only where commas separate the cells.
   */
  private int splitNumber() {
    String[] cells = row.cells();
    int width = columns.width();
    if (columns.delimiter() != ',') {
      return -1;
    }
    for (int i = 0; i + 1 < cells.length && i < width; i++) {
      if (cells[i] != null && cells[i + 1] != null && NUMBER_START.matcher(cells[i]).matches()
          && THOUSANDS_REST.matcher(cells[i + 1]).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** The field's text, or {@code null} when blank or absent. */
  public String text(String field) {
    return columns.get(row, field);
  }

  /** The column's text, or {@code null} when blank or absent. */
  public String text(Columns.Column column) {
    return column.get(row);
  }

  /** The field's text; a problem when blank. */
  public String requiredText(String field, String what) {
    return requiredText(columns.column(field), what);
  }

  /** The column's text; a problem when blank. */
  public String requiredText(Columns.Column column, String what) {
    String v = column.get(row);
    if (v == null) {
      add(column.field(), what + " is missing");
    }
    return v;
  }

  /** {@return how the table's numbers are written, see {@link Table#notation()}} */
  public Cells.Notation notation() {
    return columns.notation();
  }

  public List<String> extras() {
    return columns.extras(row);
  }

  public BigDecimal money(String field, String symbol, boolean required) {
    String v = columns.get(row, field);
    if (v == null) {
      if (required) {
        add(field, "an amount of money is required here");
      }
      return null;
    }
    try {
      return Cells.money(v, symbol, columns.notation());
    } catch (Cells.CellException e) {
      add(field, e.getMessage());
      return null;
    }
  }

  public Long whole(String field, long min, long max, String what, boolean required) {
    return whole(columns.column(field), min, max, what, required);
  }

  public Long whole(Columns.Column column, long min, long max, String what, boolean required) {
    String v = column.get(row);
    if (v == null) {
      if (required) {
        add(column.field(), what + " is required here");
      }
      return null;
    }
    try {
      return Cells.whole(v, min, max, what);
    } catch (Cells.CellException e) {
      add(column.field(), e.getMessage());
      return null;
    }
  }

  public LocalDate date(String field) {
    return date(columns.column(field));
  }

  public LocalDate date(Columns.Column column) {
    String v = column.get(row);
    if (v == null) {
      return null;
    }
    try {
      return columns.date(v);
    } catch (Cells.CellException e) {
      add(column.field(), e.getMessage());
      return null;
    }
  }

  public Boolean yesNo(String field) {
    return yesNo(columns.column(field));
  }

  public Boolean yesNo(Columns.Column column) {
    String v = column.get(row);
    if (v == null) {
      return null;
    }
    try {
      return Cells.yesNo(v);
    } catch (Cells.CellException e) {
      add(column.field(), e.getMessage());
      return null;
    }
  }

  /**
   * Adds a problem, the row's first saying so when the row has more values than the header has
   * columns: then a value was split by the separator outside quotes, and every value after it has moved one
   * column along, which the problem alone would not make plain.
   */
  private void add(String field, String message) {
    if (problems == null) {
      problems = new ArrayList<>(2);
      int values = valuesIn(row);
      if (columns.delimitedText() && values > columns.width()) { // a sheet's cells are never split by a comma
        message += "; this row has " + values + " values for the header's " + columns.width() + " columns: "
            + quoteAdvice(splitNumber());
      }
    }
    problems.add(Diagnostic.error(ref, field, message));
  }

  /** The row's values up to its last non-blank one (a trailing empty cell is not a value). */
  private static int valuesIn(Row row) {
    String[] cells = row.cells();
    int n = cells.length;
    while (n > 0 && (cells[n - 1] == null || cells[n - 1].isBlank())) {
      n--;
    }
    return n;
  }

  public void problem(String field, String message) {
    add(field, message);
  }
}
