package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.internal.Heading.fitted;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.report.internal.HeadcountNotes;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.Totals;

/**
 * The By activity sheet: each activity's budget, participants, claims, value, return and value per age
 * band, summed from the Calculation sheet, and a total row.
 */
final class ByActivitySheet {
  static final String NAME = "By activity";
  /** The columns that say which activity a row is: they repeat on each page of a column group. */
  private static final int KEYS = 2;

  /** The fixed columns, in order; one column per age band follows. */
  enum Column {
    ACTIVITY(fitted("Activity")),
    NAME(fitted("Name", 32)),
    PARTNER(fitted("Partner", 22)),
    BUDGET(fitted("Budget")),
    PARTICIPANTS(fitted("Participants")),
    CLAIMS(fitted("Claims")),
    GROSS_VALUE(fitted("Gross value")),
    SOCIAL_VALUE(fitted("Social value")),
    RETURN(fitted("Return per %s").atLeast(10)),
    NET_SOCIAL_VALUE(fitted("Net social value").atLeast(12));

    /** Its header's {@code %s} stands for the unit of currency. */
    private final Heading heading;

    Column(Heading heading) {
      this.heading = heading;
    }

    int index() {
      return ordinal();
    }
  }

  private ByActivitySheet() {}

  /**
   * Writes the sheet.
   *
   * @return the absolute range of the activities' budgets, whose sum is the investment
   */
  static String write(XlsxKit kit, Sheet sheet, CalculationResult r, CalculationRefs calc) {
    SheetWriter s = kit.writer(sheet);
    XlsxStyles st = kit.styles();
    ReportCells cells = new ReportCells(r, st, calc);
    BandColumns bands = new BandColumns(Arrays.stream(Column.values())
        .map(c -> String.format(c.heading.header(), ReportText.unit(r))).toList(), r);
    s.tableHeader(0, bands.headers());
    int row = 1;
    for (ActivityFigures a : r.byActivity()) {
      String key = a.activity().id();
      s.text(row, Column.ACTIVITY.index(), a.activity().id());
      s.text(row, Column.NAME.index(), a.activity().name(), st.wrap());
      s.text(row, Column.PARTNER.index(), a.activity().partner(), st.wrap());
      s.money(row, Column.BUDGET.index(), a.activity().budget(), st.money());
      cells.count(s, row, Column.PARTICIPANTS.index(), a.participants(), st.count());
      String claims = calc.activitySum(CalculationSheet.Column.CLAIMS, key, null);
      if (claims == null) {
        cells.count(s, row, Column.CLAIMS.index(), a.claims(), st.count());
      } else {
        cells.countFormula(s, row, Column.CLAIMS.index(), claims, a.claims(), st.count());
      }
      sumOfLines(s, st, row, Column.GROSS_VALUE.index(),
          calc.activitySum(CalculationSheet.Column.GROSS_VALUE, key, null), a.grossValue());
      sumOfLines(s, st, row, Column.SOCIAL_VALUE.index(),
          calc.activitySum(CalculationSheet.Column.SOCIAL_VALUE, key, null), a.socialValue());
      returnAndNet(s, cells, row, a.ratio(), a.socialValue().subtract(a.activity().budget()), st.perPound(),
          st.money());
      List<BandFigures> byBand = a.byAgeBand();
      for (int i = 0; i < byBand.size(); i++) {
        sumOfLines(s, st, row, bands.column(i), calc.activitySum(CalculationSheet.Column.SOCIAL_VALUE, key,
            byBand.get(i).band().label()), byBand.get(i).socialValue());
      }
      row++;
    }
    int last = Math.max(row - 1, 1);
    int t = Math.max(row, 2);
    Totals tot = r.totals();
    s.text(t, Column.ACTIVITY.index(), "Total", st.bold());
    s.text(t, Column.NAME.index(), "All activities", st.bold());
    s.moneyFormula(t, Column.BUDGET.index(), total(Column.BUDGET, last), tot.investment(), st.moneyTotal());
    cells.count(s, t, Column.PARTICIPANTS.index(), tot.participants(), st.countTotal());
    cells.countFormula(s, t, Column.CLAIMS.index(), total(Column.CLAIMS, last), tot.claims(), st.countTotal());
    s.moneyFormula(t, Column.GROSS_VALUE.index(), total(Column.GROSS_VALUE, last), tot.grossValue(),
        st.moneyTotal());
    s.moneyFormula(t, Column.SOCIAL_VALUE.index(), total(Column.SOCIAL_VALUE, last), tot.socialValue(),
        st.moneyTotal());
    returnAndNet(s, cells, t, tot.ratio(), tot.netSocialValue(), st.perPoundTotal(), st.moneyTotal());
    bands.totals(s, st, t, last, r.byAgeBand());
    for (Column col : Column.values()) {
      s.size(col.index(), col.heading);
    }
    bands.finish(s, "tblByActivity", last);
    String note = HeadcountNotes.activities(r);
    if (note != null) {
      s.noteAcross(t + 2, note, KEYS);
    }
    s.print(0, KEYS);
    s.fitRows(1, last, Column.NAME.index(), Column.PARTNER.index());
    return s.absoluteColumn(Column.BUDGET.index(), 1, last);
  }

  /** A sum over the activity's Calculation lines, or the value alone when it has none. */
  private static void sumOfLines(SheetWriter s, XlsxStyles st, int row, int col, String formula, BigDecimal value) {
    if (formula == null) {
      s.money(row, col, value, st.money());
    } else {
      s.moneyFormula(row, col, formula, value, st.money());
    }
  }

  /** The return (social value per unit of budget) and the net social value (social value less budget). */
  private static void returnAndNet(SheetWriter s, ReportCells cells, int row, BigDecimal ratio, BigDecimal net,
      CellStyle ratioStyle, CellStyle moneyStyle) {
    String social = Refs.cell(row, Column.SOCIAL_VALUE.index());
    String budget = Refs.cell(row, Column.BUDGET.index());
    cells.ratio(s, row, Column.RETURN.index(), social, budget, ratio, ratioStyle);
    s.moneyFormula(row, Column.NET_SOCIAL_VALUE.index(), social + "-" + budget, net, moneyStyle);
  }

  /** The sum of a column's activity rows (1 to {@code last}). */
  private static String total(Column c, int last) {
    return Formulas.columnSum(c.index(), 1, last);
  }
}
