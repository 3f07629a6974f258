package org.impactkit.read.table;

/**
 * One data row of a table.
 *
 * @param line the 1-based line (CSV) or row number (XLSX) where the row starts
 * @param cells the cells as text, as a person reading the file would see them
 */
public record Row(long line, String[] cells) {
  /** The cell at {@code index}, or {@code null} when the row is shorter. */
  public String cell(int index) {
    return index >= 0 && index < cells.length ? cells[index] : null;
  }

  /** Whether every cell is blank. */
  public boolean isBlank() {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
