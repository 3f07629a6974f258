package org.impactkit.read.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.RowRef;

/**
 * Reads typed fields from one row, collecting a problem per bad cell so a row reports all its
 * mistakes at once.
 */
public final class RowReader {
  private final Columns columns;
  private final Row row;
  private final RowRef ref;
  /** Made on the first problem: most rows have none, and a reader is made for every row. */
  private List<Diagnostic> problems;

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
    return problems == null ? List.of() : problems;
  }

  public boolean ok() {
    return problems == null;
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
   * columns: then a value was split by a comma outside quotes, and every value after it has moved one
   * column along, which the problem alone would not make plain.
   */
  private void add(String field, String message) {
    if (problems == null) {
      problems = new ArrayList<>(2);
      int values = valuesIn(row);
      if (columns.delimitedText() && values > columns.width()) { // a sheet's cells are never split by a comma
        message += "; this row has " + values + " values for the header's " + columns.width() + " columns: a"
            + " value holding a comma must be in double quotes, e.g. \"Outreach, equipment boxes\"";
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
