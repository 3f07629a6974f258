package org.impactkit.read.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;

/**
 * What every file format's {@link Table} does alike, so that CSV files and workbook sheets cannot come
 * to differ in it: the name, the header taken from the first row, and skipping blank rows. A format
 * reads rows as they are ({@link #nextRow}) and hands the first to {@link #header(Row)} while it is
 * being constructed.
 */
public abstract class AbstractTable implements Table {
  private final String name;
  // Set once, by the subclass's constructor: the first row can only be read once its reader exists.
  private List<String> header = List.of();
  private long headerLine = 1;

  protected AbstractTable(String name) {
    this.name = name;
  }

  /**
   * Takes the header from the table's first row, a blank cell as {@code ""}; {@code null} (no row at
   * all) leaves the header empty.
   */
  protected final void header(Row first) {
    if (first != null) {
      List<String> cells = new ArrayList<>();
      for (String c : first.cells()) {
        cells.add(c == null ? "" : c);
      }
      header = List.copyOf(cells);
      headerLine = first.line();
    }
  }

  /**
   * Closes a table that has no header row and refuses it, naming what is empty ({@code "file"},
   * {@code "sheet"}); a table with a header passes.
   *
   * @throws InvalidInputException when the header is empty
   */
  protected final void requireHeader(String what) throws IOException {
    if (header.isEmpty()) {
      close();
      throw new InvalidInputException(Diagnostic.error(name, 0, null,
          "the " + what + " is empty; expected a header row"));
    }
  }

  /** The next row as read, blank or not, or {@code null} at the end. */
  protected abstract Row nextRow() throws IOException;

  @Override
  public final Row next() throws IOException {
    Row row;
    do {
      row = nextRow();
    } while (row != null && row.isBlank());
    return row;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> header() {
    return header;
  }

  @Override
  public final long headerLine() {
    return headerLine;
  }
}
