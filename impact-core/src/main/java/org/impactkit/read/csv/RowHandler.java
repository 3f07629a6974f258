package org.impactkit.read.csv;

import java.util.Arrays;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import org.impactkit.read.table.Row;

/**
 * Builds {@link Row}s straight from FastCSV's buffer, giving each column's repeated values one shared
 * {@code String} ({@link ColumnValues}): a million rows of a few hundred activities, outcomes, dates and
 * wards then allocate no text for those cells, and the engine's lookups of them find the hash already
 * worked out.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {
  /** Columns given a cache (about 8 KB each): a table wider than this is no evaluation file's shape. */
  private static final int CACHED_COLUMNS = 64;
  private ColumnValues[] columns = new ColumnValues[0];
  private String[] cells = new String[16];
  private int width = 16;

  @Override
  protected void handleBegin(long startingLineNumber) {
    // A new array per row (sized as the last row) rather than one reused: the row keeps it, and
    // filling a young array costs the garbage collector nothing.
    cells = new String[width];
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    if (index == cells.length) {
      cells = Arrays.copyOf(cells, index * 2);
    }
    if (index >= CACHED_COLUMNS) {
      cells[index] = new String(buf, offset, length);
      return;
    }
    if (index >= columns.length) {
      columns = Arrays.copyOf(columns, Math.min(CACHED_COLUMNS, Math.max(index + 1, columns.length * 2)));
    }
    ColumnValues values = columns[index];
    if (values == null) {
      values = new ColumnValues();
      columns[index] = values;
    }
    cells[index] = values.text(buf, offset, length);
  }

  @Override
  protected void handleEmpty() {
    cells[0] = "";
  }

  @Override
  protected Row buildRecord() {
    int n = getFieldCount();
    width = Math.max(n, 1); // the next row most likely has as many
    return new Row(getStartingLineNumber(), n == cells.length ? cells : Arrays.copyOf(cells, n));
  }
}
