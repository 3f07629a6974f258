package org.impactkit.report.xlsx.sroi;

import org.impactkit.report.xlsx.internal.Refs;

/**
 * Where the Impact Map's cells are. Its rows and columns follow from the number of outcomes and the
 * horizon in years, known before any sheet is written, so the Summary (written first) can refer to the
 * map's totals.
 *
 * @param rows the number of outcome rows, from row 1 (0-based) on under the header
 * @param horizon the number of years with a value column
 */
record MapLayout(int rows, int horizon) {
  /** The first outcome's row (0-based). */
  static final int FIRST_ROW = 1;
  /** The column of year 1's value, after the map's fixed columns. */
  static final int FIRST_YEAR_COLUMN = ImpactMapSheet.Column.values().length;

  /** The totals' row (0-based). */
  int totalRow() {
    return FIRST_ROW + rows;
  }

  int lastRow() {
    return totalRow() - 1;
  }

  /** The column of year {@code year}'s value (1 for the first). */
  int yearColumn(int year) {
    return FIRST_YEAR_COLUMN + year - 1;
  }

  int totalValueColumn() {
    return yearColumn(horizon + 1);
  }

  int presentValueColumn() {
    return totalValueColumn() + 1;
  }

  int shareColumn() {
    return totalValueColumn() + 2;
  }

  /** The outcome rows of column {@code col}, absolute, for another sheet: {@code 'Impact Map'!$A$2:$A$9}. */
  String outcomes(int col) {
    return Refs.sheet(ImpactMapSheet.NAME) + Refs.absoluteColumn(col, FIRST_ROW, lastRow());
  }

  /** The total of column {@code col}, absolute, for another sheet: {@code 'Impact Map'!$Q$10}. */
  String total(int col) {
    return Refs.sheet(ImpactMapSheet.NAME) + Refs.absolute(totalRow(), col);
  }
}
