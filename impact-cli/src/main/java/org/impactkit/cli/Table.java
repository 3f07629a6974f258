package org.impactkit.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows of text as an aligned table; the first row is the header. */
final class Table {
  private Table() {}

  /**
   * @param rows header first
   * @param out where to print
   * @param firstRightAligned columns from this index on are right-aligned (figures)
   */
  static void print(List<String[]> rows, PrintWriter out, int firstRightAligned) {
    int cols = rows.get(0).length;
    int[] widths = new int[cols];
    for (String[] row : rows) {
      for (int c = 0; c < cols; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder sb = new StringBuilder("  ");
      for (int c = 0; c < cols; c++) {
        String pad = " ".repeat(widths[c] - row[c].length());
        sb.append(c >= firstRightAligned ? pad + row[c] : row[c] + pad);
        sb.append("   ");
      }
      out.println(sb.toString().stripTrailing());
    }
  }
}
