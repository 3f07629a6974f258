package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.CalculationRefs.where;
import static org.impactkit.report.xlsx.internal.Heading.fitted;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
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
    NAME(fitted("Outcome", 32)),
    OUTCOME(fitted("Code")),
    CATEGORY(fitted("Category", 18)),
    DEADWEIGHT(FactorCells.DEADWEIGHT),
    DISPLACEMENT(FactorCells.DISPLACEMENT),
    ATTRIBUTION(FactorCells.ATTRIBUTION),
    DURATION(FactorCells.DURATION),
    DROP_OFF(FactorCells.DROP_OFF),
    PV_FACTOR(FactorCells.PV_FACTOR),
    CLAIMS(fitted("Claims")),
    GROSS_VALUE(fitted("Gross value")),
    SOCIAL_VALUE(fitted("Social value"));

    private final Heading heading;

    Column(Heading heading) {
      this.heading = heading;
    }

    int index() {
      return ordinal();
    }
  }

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
    ReportCells cells = new ReportCells(r, st, calc);
    BandColumns bands = new BandColumns(Arrays.stream(Column.values()).map(c -> c.heading.header()).toList(), r);
    s.tableHeader(0, bands.headers());
    int first = 1;
    int row = first;
    for (OutcomeFigures o : r.byOutcome()) {
      String key = o.outcome().name(); // as the Calculation sheet names it
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
      List<BandFigures> byBand = o.byAgeBand();
      for (int i = 0; i < byBand.size(); i++) {
        s.moneyFormula(row, bands.column(i), calc.sumIfs(CalculationSheet.Column.SOCIAL_VALUE, outcome,
            where(CalculationSheet.Column.AGE_BAND, byBand.get(i).band().label())), byBand.get(i).socialValue(),
            st.money());
      }
      row++;
    }
    int last = Math.max(row - 1, 1);
    int t = Math.max(row, 2);
    s.text(t, Column.NAME.index(), "Total: all outcomes", st.bold());
    Totals tot = r.totals();
    cells.countFormula(s, t, Column.CLAIMS.index(), Formulas.columnSum(Column.CLAIMS.index(), first, last),
        tot.claims(), st.countTotal());
    s.moneyFormula(t, Column.GROSS_VALUE.index(), Formulas.columnSum(Column.GROSS_VALUE.index(), first, last),
        tot.grossValue(), st.moneyTotal());
    s.moneyFormula(t, Column.SOCIAL_VALUE.index(), Formulas.columnSum(Column.SOCIAL_VALUE.index(), first, last),
        tot.socialValue(), st.moneyTotal());
    bands.totals(s, st, t, last, r.byAgeBand());
    for (Column c : Column.values()) {
      s.size(c.index(), c.heading);
    }
    bands.finish(s, "tblByOutcome", last);
    s.print(0, 1);
    s.fitRows(first, last, Column.NAME.index());
    return new Rows(first);
  }
}
