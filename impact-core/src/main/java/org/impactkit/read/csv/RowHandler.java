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
  /** The row being built's cells, held in a young object: see {@link Current}. */
  private Current current = new Current();
  private int rowsOnCurrent;
  private int width = 16;
  /** Codes plain participant rows instead of building them, once {@link #code} is called; else {@code null}. */
  private RowCoder coder;
  /** Whether the row being built is still plain, so that {@link #coder} takes it. */
  private boolean coding;
  /** Whether the last row was coded, so its cell array can be filled again. */
  private boolean lastCoded;

  /** From the next row on, rows whose cells are all plain go to {@code coder}, not to the reader. */
  void code(RowCoder coder) {
    this.coder = coder;
  }

  /**
   * Holds the cells of the row being built. Each row's new array is stored into this small object rather
   * than into a field of the handler: the handler lives for the whole file, so it soon sits in the old
   * generation, and G1 then takes its slow write-barrier path (marking and queueing the handler's card)
   * for most rows' stores of a young array into it (4 to 7 % of the reader thread's time on a million
   * rows). A store into a young object takes no such path, so this one is replaced every {@link
   * #ROWS_PER_HOLDER} rows, long before a collection could age it into the old generation.
   */
  private static final class Current {
    String[] cells = new String[16];
  }

  private static final int ROWS_PER_HOLDER = 4096;

  @Override
  protected void handleBegin(long startingLineNumber) {
    if (++rowsOnCurrent == ROWS_PER_HOLDER) {
      current = new Current();
      rowsOnCurrent = 0;
    }
    // A new array per row (sized as the last row) rather than one reused: the row keeps it, and
    // filling a young array costs the garbage collector nothing. A coded row kept nothing of it.
    if (!lastCoded) {
      current.cells = new String[width];
    }
    lastCoded = false;
    coding = coder != null;
    if (coding) {
      coder.begin();
    }
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    String[] cells = current.cells;
    if (index == cells.length) {
      cells = Arrays.copyOf(cells, index * 2);
      current.cells = cells;
    }
    if (index >= CACHED_COLUMNS) {
      cells[index] = new String(buf, offset, length);
      coding = false; // no table of participants is so wide
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
    String value = values.text(buf, offset, length);
    cells[index] = value;
    if (coding) {
      coding = coder.cell(index, value, values);
    }
  }

  @Override
  protected void handleEmpty() {
    current.cells[0] = "";
    coding = false;
  }

  @Override
  protected Row buildRecord() {
    int n = getFieldCount();
    width = Math.max(n, 1); // the next row most likely has as many
    if (coding && n == coder.width()) {
      coder.emit(getStartingLineNumber());
      lastCoded = true;
      return null; // FastCSV reads on to the next row
    }
    String[] cells = current.cells;
    return new Row(getStartingLineNumber(), n == cells.length ? cells : Arrays.copyOf(cells, n));
  }
}
