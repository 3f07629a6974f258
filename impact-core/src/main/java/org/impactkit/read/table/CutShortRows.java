package org.impactkit.read.table;

import java.util.ArrayList;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.Texts;

/**
 * CSV rows of a hand-made table (an impact map, a value table) with fewer values than the header, refused
 * when a column they lack holds a value in another row: there a lost attribution or conflict would change
 * a figure unseen. A row that lacks only columns no row fills is read with them blank, as Excel leaves
 * the trailing delimiters off rows whose last cells are all empty. Participant exports only warn
 * ({@code RecordReaders}).
 */
public final class CutShortRows {
  private final Table table;
  private final boolean delimited;
  private final boolean[] filled;
  private final List<Row> cut = new ArrayList<>();

  /** Follows the rows of {@code table}, whose header is read. */
  public CutShortRows(Table table) {
    this.table = table;
    this.delimited = table.isDelimitedText();
    this.filled = new boolean[delimited ? table.header().size() : 0];
  }

  /** A row as read. */
  public void see(Row row) {
    if (!delimited) {
      return;
    }
    String[] cells = row.cells();
    for (int i = 0; i < Math.min(cells.length, filled.length); i++) {
      filled[i] |= cells[i] != null && !cells[i].isBlank();
    }
    if (cells.length < filled.length) {
      cut.add(row);
    }
  }

  /** One error for each row cut short of a column another row fills, once every row is seen. */
  public List<Diagnostic> problems() {
    List<Diagnostic> problems = new ArrayList<>();
    for (Row row : cut) {
      for (int i = row.cells().length; i < filled.length; i++) {
        if (filled[i]) {
          String column = table.header().get(i);
          problems.add(Diagnostic.error(table.name(), row.line(), column, "this row has " + row.cells().length
              + " values for the header's " + filled.length + " columns, so its " + Texts.quote(column) + " would be"
              + " read as blank, though other rows give one: give the row a value, or an empty one, for every"
              + " column"));
          break;
        }
      }
    }
    return problems;
  }
}
