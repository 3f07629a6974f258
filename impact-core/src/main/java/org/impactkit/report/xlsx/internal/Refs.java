package org.impactkit.report.xlsx.internal;

import org.apache.poi.ss.util.CellReference;

/**
 * Cell and range addresses for formulas, built from 0-based row and column positions with POI's
 * {@link CellReference}, so no sheet types a column letter. A range always names both ends
 * ({@code E2:E2} for one cell), which is what Excel's functions and the workbooks' formulas expect.
 */
public final class Refs {
  private Refs() {}

  /** A relative address: {@code B7}. */
  public static String cell(int row, int col) {
    return new CellReference(row, col, false, false).formatAsString();
  }

  /** An absolute address: {@code $B$7}. */
  public static String absolute(int row, int col) {
    return new CellReference(row, col, true, true).formatAsString();
  }

  /** The row fixed, the column free: {@code E$15} (a total that formulas down a column divide by). */
  public static String fixedRow(int row, int col) {
    return new CellReference(row, col, true, false).formatAsString();
  }

  /** The column fixed, the row free: {@code $I2} (a row's own input, in formulas across the row). */
  public static String fixedColumn(int row, int col) {
    return new CellReference(row, col, false, true).formatAsString();
  }

  /** Rows {@code firstRow} to {@code lastRow} of one column, relative: {@code B2:B9}. */
  public static String column(int col, int firstRow, int lastRow) {
    return cell(firstRow, col) + ":" + cell(lastRow, col);
  }

  /** Rows {@code firstRow} to {@code lastRow} of one column, absolute: {@code $B$2:$B$9}. */
  public static String absoluteColumn(int col, int firstRow, int lastRow) {
    return absolute(firstRow, col) + ":" + absolute(lastRow, col);
  }

  /** Columns {@code firstCol} to {@code lastCol} of one row, relative: {@code O2:R2}. */
  public static String row(int row, int firstCol, int lastCol) {
    return cell(row, firstCol) + ":" + cell(row, lastCol);
  }

  /**
   * The prefix naming a sheet in a formula: {@code 'By activity'!}. Always quoted (quotes inside
   * doubled), as Excel accepts for every name and as the workbooks have always written it.
   */
  public static String sheet(String name) {
    return "'" + name.replace("'", "''") + "'!";
  }
}
