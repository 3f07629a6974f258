package org.impactkit.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.impactkit.bank.AgeBand;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.Tables;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.BandFigures;

/**
 * The columns the By activity and By outcome tables end with: one per age band of the bank, each the
 * social value of the row's claims in that band, after the table's fixed columns.
 */
final class BandColumns {
  /** The narrowest a band's column may be. */
  private static final int WIDTH = 11;

  private final int first;
  private final List<String> headers;

  /** Follows the fixed columns headed {@code fixedHeaders}. */
  BandColumns(List<String> fixedHeaders, CalculationResult r) {
    this.first = fixedHeaders.size();
    List<String> all = new ArrayList<>(fixedHeaders);
    for (AgeBand b : r.bank().ageBands()) {
      all.add(b.label() + " value");
    }
    // a band's label may repeat a fixed column's header
    this.headers = Tables.uniqueHeaders(all);
  }

  /** Every header of the table, fixed columns first. */
  List<String> headers() {
    return headers;
  }

  /** The column of the {@code i}-th band (0-based, in the bank's order). */
  int column(int i) {
    return first + i;
  }

  /** The total row's band cells: each column summed over the table's rows 1 to {@code last}. */
  void totals(SheetWriter s, XlsxStyles st, int row, int last, List<BandFigures> totals) {
    for (int i = 0; i < totals.size(); i++) {
      s.moneyFormula(row, column(i), Formulas.columnSum(column(i), 1, last), totals.get(i).socialValue(),
          st.moneyTotal());
    }
  }

  /**
   * Finishes the table once its fixed columns are sized: band columns wide enough for their figures,
   * widths applied, the header row and first column frozen, and the rows 0 to {@code last} an Excel table.
   */
  void finish(SheetWriter s, String tableName, int last) {
    for (int col = first; col < headers.size(); col++) {
      s.atLeast(col, WIDTH);
    }
    s.applyWidths(headers.size());
    s.sheet.createFreezePane(1, 1);
    Tables.add(s.xssf(), tableName, 0, last, headers);
  }
}
