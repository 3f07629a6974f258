package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.internal.Heading.fitted;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.valuation.Formats;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.CellNumbers;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.Tables;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.CalculationLine;
import org.impactkit.valuation.CalculationResult.Totals;

/**
 * The Calculation sheet: one row per activity × outcome × region × age band, whose social value is a
 * live formula over its claims, unit value and adjustments, and a total row. Every other sheet's
 * figures refer to it (through {@link CalculationRefs}). A line whose claims are suppressed shows them
 * as {@code <N}, as the other reports do, and its gross and social values as the engine's values, so
 * no formula reads the hidden count and every total stays exact.
 *
 * <p>Written in two steps, so the rows can stream on a thread of their own while the other sheets are
 * built: {@link #frame} (header, widths, table, print setup) and then {@link #rows}.
 */
final class CalculationSheet extends ResultSheet {
  static final String NAME = "Calculation";

  /** What a column holds, which sets how narrow it may be. */
  private enum Kind { ID, COUNT, MONEY, ADJUSTMENT, TEXT }

  /** The sheet's columns, in order. */
  enum Column {
    ACTIVITY(fitted("Activity", 16), Kind.ID),
    OUTCOME(fitted("Outcome", 30), Kind.ID),
    REGION(fitted("Region", 18), Kind.ID),
    AGE_BAND(fitted("Age band", 12), Kind.ID),
    CLAIMS(fitted("Claims"), Kind.COUNT),
    UNIT_VALUE(fitted("Unit value"), Kind.MONEY),
    DEADWEIGHT(FactorCells.DEADWEIGHT, Kind.ADJUSTMENT),
    DISPLACEMENT(FactorCells.DISPLACEMENT, Kind.ADJUSTMENT),
    ATTRIBUTION(FactorCells.ATTRIBUTION, Kind.ADJUSTMENT),
    DURATION(FactorCells.DURATION, Kind.ADJUSTMENT),
    DROP_OFF(FactorCells.DROP_OFF, Kind.ADJUSTMENT),
    PV_FACTOR(FactorCells.PV_FACTOR, Kind.ADJUSTMENT),
    UNIT_SOCIAL_VALUE(fitted("Unit social value"), Kind.MONEY),
    GROSS_VALUE(fitted("Gross value"), Kind.MONEY),
    SOCIAL_VALUE(fitted("Social value"), Kind.MONEY),
    /** Where the deadweight of the line came from, so no reader takes a 0% for a measured figure. */
    DEADWEIGHT_FROM(fitted("Deadweight from", 40), Kind.TEXT);

    private final Heading heading;
    private final Kind kind;

    Column(Heading heading, Kind kind) {
      this.heading = heading;
      this.kind = kind;
    }

    int index() {
      return ordinal();
    }

    static List<String> headers() {
      return Arrays.stream(values()).map(c -> c.heading.header()).toList();
    }
  }

  /** The narrowest an adjustment column may be, so {@code 100.0%} and {@code 0.9662} fit. */
  private static final int ADJUSTMENT_WIDTH = 7;

  private final CalculationRefs refs;

  CalculationSheet(XlsxKit kit, Sheet sheet, CalculationResult r, CalculationRefs refs) {
    super(kit, sheet, r);
    this.refs = refs;
  }

  /** The headers: unit values are the bank's uprated to the report's prices (SPEC §5.4), and say which. */
  private List<String> headers() {
    List<String> headers = new ArrayList<>(Column.headers());
    headers.set(Column.UNIT_VALUE.index(), Column.UNIT_VALUE.heading.header() + " (" + r.priceYear().report() + " prices)");
    return headers;
  }

  /** Header, widths, table and print setup, before the rows stream. */
  void frame() {
    s.tableHeader(0, headers());
    for (CalculationLine l : r.calculation()) {
      s.atLeast(Column.ACTIVITY.index(), l.activity().id().length());
      s.atLeast(Column.OUTCOME.index(), l.outcome().name().length());
      s.atLeast(Column.REGION.index(), l.region().label().length());
      s.atLeast(Column.AGE_BAND.index(), l.band().label().length());
      s.atLeast(Column.DEADWEIGHT_FROM.index(), ReportText.deadweightSource(l.factors()).length());
    }
    BigDecimal biggest = r.calculation().stream().map(CalculationLine::socialValue).reduce(BigDecimal.ONE,
        (a, b) -> a.abs().max(b.abs()));
    BigDecimal biggestGross = r.calculation().stream().map(CalculationLine::grossValue).reduce(BigDecimal.ONE,
        (a, b) -> a.abs().max(b.abs()));
    int moneyWidth = kit.moneyText(biggest.max(biggestGross)).length() + 1;
    for (Column c : Column.values()) {
      switch (c.kind) {
        case MONEY -> s.atLeast(c.index(), moneyWidth);
        case COUNT -> s.atLeast(c.index(), Formats.count(r.totals().claims()).length());
        case ADJUSTMENT -> s.atLeast(c.index(), ADJUSTMENT_WIDTH);
        case ID, TEXT -> { } // measured from the lines above
      }
      if (c.kind != Kind.ID) {
        s.numeric(c.index()); // the rows come later, on their own thread
      }
      s.size(c.index(), c.heading);
    }
    s.applyWidths(Column.values().length);
    s.sheet.createFreezePane(0, 1);
    Tables.add(s.xssf(), "tblCalculation", 0, refs.lastRow(), headers());
    s.print(0, 2);
  }

  /** The lines and the total row; safe on a thread of its own (see {@link WorkbookWriter}). */
  void rows() {
    int row = refs.firstRow();
    int outcomeChars = s.width(Column.OUTCOME.index());
    for (CalculationLine l : r.calculation()) {
      s.text(row, Column.ACTIVITY.index(), l.activity().id());
      // Words, not ids (SPEC §8); the other sheets' SUMIFS match these same words.
      s.text(row, Column.OUTCOME.index(), l.outcome().name(), st.wrap());
      s.text(row, Column.REGION.index(), l.region().label());
      s.text(row, Column.AGE_BAND.index(), l.band().label());
      int lines = SheetWriter.linesFor(l.outcome().name(), outcomeChars);
      if (lines > 1) {
        s.lines(row, lines); // a streamed row is sized as it is written
      }
      s.number(row, Column.UNIT_VALUE.index(), CellNumbers.exact(l.unitValue()), st.money(), null);
      FactorCells.write(s, st, row, Column.DEADWEIGHT.index(), l.factors());
      s.text(row, Column.DEADWEIGHT_FROM.index(), ReportText.deadweightSource(l.factors()));
      String claims = at(row, Column.CLAIMS);
      String unitValue = at(row, Column.UNIT_VALUE);
      String adjust = "*(1-" + at(row, Column.DEADWEIGHT) + ")*(1-" + at(row, Column.DISPLACEMENT) + ")*(1-"
          + at(row, Column.ATTRIBUTION) + ")*" + at(row, Column.PV_FACTOR);
      cachedMoney(row, Column.UNIT_SOCIAL_VALUE, unitValue + adjust, l.unitSocialValue(), st.money());
      if (ReportText.suppressed(r, l.claims())) {
        // Shown as <N, as the other reports show this line: the values are the engine's, so the totals
        // (and every sheet's sums of them) stay exact without a formula reading the hidden claims.
        s.textAs(row, Column.CLAIMS.index(), ReportText.count(r, l.claims()), st.countText());
        s.number(row, Column.GROSS_VALUE.index(), CellNumbers.exact(l.grossValue()), st.money(), null);
        s.number(row, Column.SOCIAL_VALUE.index(), CellNumbers.exact(l.socialValue()), st.money(), null);
      } else {
        s.number(row, Column.CLAIMS.index(), l.claims(), st.count(), null);
        cachedMoney(row, Column.GROSS_VALUE, claims + "*" + unitValue, l.grossValue(), st.money());
        cachedMoney(row, Column.SOCIAL_VALUE, claims + "*" + unitValue + adjust, l.socialValue(), st.money());
      }
      row++;
    }
    int t = refs.lastRow() + 1;
    Totals tot = r.totals();
    s.text(t, Column.ACTIVITY.index(), "Total", st.bold());
    new ReportCells(r, st, refs).countFormula(s, t, Column.CLAIMS.index(), total(Column.CLAIMS), tot.claims(),
        st.countTotal());
    cachedMoney(t, Column.GROSS_VALUE, total(Column.GROSS_VALUE), tot.grossValue(), st.moneyTotal());
    cachedMoney(t, Column.SOCIAL_VALUE, total(Column.SOCIAL_VALUE), tot.socialValue(), st.moneyTotal());
  }

  private static String at(int row, Column c) {
    return Refs.cell(row, c.index());
  }

  private String total(Column c) {
    return Formulas.columnSum(c.index(), refs.firstRow(), refs.lastRow());
  }

  /** A money formula with its cached value; not measured, as {@link #frame} has set the widths. */
  private void cachedMoney(int row, Column c, String formula, BigDecimal value, CellStyle style) {
    s.formula(row, c.index(), formula, CellNumbers.money(value), style, null);
  }
}
