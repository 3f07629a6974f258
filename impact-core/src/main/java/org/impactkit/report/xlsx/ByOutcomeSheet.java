package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.CalculationRefs.where;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.bank.AgeBand;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.Tables;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.Totals;

/**
 * The By outcome sheet: each outcome's adjustments, claims, value and value per age band, summed from
 * the Calculation sheet, and a total row.
 */
final class ByOutcomeSheet {
  static final String NAME = "By outcome";

  /** The fixed columns, in order; one column per age band follows. */
  enum Column {
    OUTCOME("Outcome", 0),
    NAME("Name", 32),
    CATEGORY("Category", 18),
    DEADWEIGHT("Deadweight", 0),
    DISPLACEMENT("Displacement", 0),
    ATTRIBUTION("Attribution", 0),
    DURATION("Duration (years)", 0),
    DROP_OFF("Drop-off", 0),
    PV_FACTOR("PV factor", 0),
    CLAIMS("Claims", 0),
    GROSS_VALUE("Gross value", 0),
    SOCIAL_VALUE("Social value", 0);

    private final String header;
    /** The widest the column may grow, or 0 for the kit's default. */
    private final int cap;

    Column(String header, int cap) {
      this.header = header;
      this.cap = cap;
    }

    int index() {
      return ordinal();
    }
  }

  /** The narrowest an age band's column may be. */
  private static final int BAND_WIDTH = 11;

  /**
   * Where each outcome's figures are, for the Summary to refer to.
   *
   * @param firstRow the first outcome's row (0-based); outcomes follow in the result's order
   */
  record Rows(int firstRow) {
    /** The cell of column {@code c} of the {@code i}-th outcome (0-based): {@code 'By outcome'!J2}. */
    String cell(int i, Column c) {
      return Refs.sheet(NAME) + Refs.cell(firstRow + i, c.index());
    }
  }

  private ByOutcomeSheet() {}

  static Rows write(XlsxKit kit, Sheet sheet, CalculationResult r, CalculationRefs calc) {
    SheetWriter s = kit.writer(sheet);
    XlsxStyles st = kit.styles();
    ReportCells cells = new ReportCells(r, st);
    List<String> h = new ArrayList<>();
    for (Column c : Column.values()) {
      h.add(c.header);
    }
    for (AgeBand b : r.bank().ageBands()) {
      h.add(b.label() + " value");
    }
    List<String> headers = Tables.uniqueHeaders(h);
    int firstBand = Column.values().length;
    s.tableHeader(0, headers);
    int first = 1;
    int row = first;
    for (OutcomeFigures o : r.byOutcome()) {
      String key = o.outcome().id();
      s.text(row, Column.OUTCOME.index(), o.outcome().id());
      s.text(row, Column.NAME.index(), o.outcome().name(), st.wrap());
      s.text(row, Column.CATEGORY.index(), o.outcome().category());
      FactorCells.write(s, st, row, Column.DEADWEIGHT.index(), o.factors());
      var outcome = where(CalculationSheet.Column.OUTCOME, key);
      cells.countFormula(s, row, Column.CLAIMS.index(), calc.sumIfs(CalculationSheet.Column.CLAIMS, outcome),
          o.claims(), st.count());
      s.moneyFormula(row, Column.GROSS_VALUE.index(), calc.sumIfs(CalculationSheet.Column.GROSS_VALUE, outcome),
          o.grossValue(), st.money());
      s.moneyFormula(row, Column.SOCIAL_VALUE.index(), calc.sumIfs(CalculationSheet.Column.SOCIAL_VALUE, outcome),
          o.socialValue(), st.money());
      int c = firstBand;
      for (BandFigures b : o.byAgeBand()) {
        s.moneyFormula(row, c++, calc.sumIfs(CalculationSheet.Column.SOCIAL_VALUE, outcome,
            where(CalculationSheet.Column.AGE_BAND, b.band().id())), b.socialValue(), st.money());
      }
      row++;
    }
    int last = Math.max(row - 1, 1);
    int t = Math.max(row, 2);
    s.text(t, Column.OUTCOME.index(), "Total", st.bold());
    s.text(t, Column.NAME.index(), "All outcomes", st.bold());
    Totals tot = r.totals();
    cells.countFormula(s, t, Column.CLAIMS.index(), sum(Column.CLAIMS.index(), last), tot.claims(), st.countTotal());
    s.moneyFormula(t, Column.GROSS_VALUE.index(), sum(Column.GROSS_VALUE.index(), last), tot.grossValue(),
        st.moneyTotal());
    s.moneyFormula(t, Column.SOCIAL_VALUE.index(), sum(Column.SOCIAL_VALUE.index(), last), tot.socialValue(),
        st.moneyTotal());
    int c = firstBand;
    for (BandFigures b : r.byAgeBand()) {
      s.moneyFormula(t, c, sum(c, last), b.socialValue(), st.moneyTotal());
      c++;
    }
    for (Column col : Column.values()) {
      if (col.cap > 0) {
        s.cap(col.index(), col.cap);
      }
    }
    for (int col = firstBand; col < headers.size(); col++) {
      s.atLeast(col, BAND_WIDTH);
    }
    s.applyWidths(headers.size());
    s.sheet.createFreezePane(1, 1);
    Tables.add(s.xssf(), "tblByOutcome", 0, last, headers);
    s.print(0);
    s.fitRows(1, last, Column.NAME.index());
    return new Rows(first);
  }

  /** The sum of a column's outcome rows (1 to {@code last}). */
  private static String sum(int col, int last) {
    return Formulas.sum(Refs.column(col, 1, last));
  }
}
