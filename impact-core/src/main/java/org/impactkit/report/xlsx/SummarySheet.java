package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.CalculationRefs.where;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.impactkit.report.internal.HeadcountNotes;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.BarChart;
import org.impactkit.report.xlsx.internal.CellNumbers;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.Totals;

/**
 * The Summary sheet, the page a funder reads: title, headline figures, tables and charts of value by
 * age band and by outcome, and the method in plain words on a page of its own.
 */
final class SummarySheet extends ResultSheet {
  static final String NAME = "Summary";

  /** The columns of the age band table. */
  private enum BandColumn {
    AGE_BAND("Age band"), PARTICIPANTS("Participants"), CLAIMS("Claims"), GROSS_VALUE("Gross value"),
    SOCIAL_VALUE("Social value"), SHARE("Share of value");

    private final String header;

    BandColumn(String header) {
      this.header = header;
    }
  }

  /** The columns of the outcome table. */
  private enum OutcomeColumn {
    OUTCOME("Outcome"), CLAIMS("Claims"), GROSS_VALUE("Gross value"), SOCIAL_VALUE("Social value"),
    SHARE("Share of value");

    private final String header;

    OutcomeColumn(String header) {
      this.header = header;
    }
  }

  /** How many columns the summary uses (A:F), which its paragraphs span. */
  private static final int COLUMNS = 6;
  private static final int CHART_ROWS = 16;
  private static final XDDFColor BAR_BLUE = XDDFColor.from(new byte[] {(byte) 0x2E, (byte) 0x6D, (byte) 0xA4});

  private final ReportCells cells;

  private SummarySheet(XlsxKit kit, Sheet sheet, CalculationResult r, CalculationRefs calc) {
    super(kit, sheet, r);
    this.cells = new ReportCells(r, st, calc);
  }

  /**
   * Writes the sheet.
   *
   * @param calc where the Calculation lines are
   * @param budgets the By activity sheet's budgets
   * @param outcomes where the By outcome sheet's rows are
   */
  static void write(XlsxKit kit, Sheet sheet, CalculationResult r, CalculationRefs calc, String budgets,
      ByOutcomeSheet.Rows outcomes) {
    new SummarySheet(kit, sheet, r, calc).write(calc, budgets, outcomes);
  }

  private void write(CalculationRefs calc, String budgets, ByOutcomeSheet.Rows outcomes) {
    int row = 0;
    s.loose(row++, 0, kit.title(), st.title());
    s.lines(0, 2);
    String sub = ReportText.subtitle(r);
    if (!sub.isEmpty()) {
      s.loose(row++, 0, sub, st.subtitle());
    }
    int headlineRow = row++;
    row++;

    s.loose(row++, 0, "Headline figures", st.heading());
    Totals t = r.totals();
    int socialRow = row;
    String social = Refs.cell(socialRow, 1);
    s.text(row, 0, "Social value", st.bold());
    s.moneyFormula(row, 1, Formulas.sum(calc.column(CalculationSheet.Column.SOCIAL_VALUE)), t.socialValue(),
        st.headlineMoney());
    s.loose(row++, 2, ReportText.socialValueNote(r), st.note());
    String investment = Refs.cell(row, 1);
    s.text(row, 0, "Investment", st.bold());
    s.moneyFormula(row, 1, Formulas.sum(budgets), t.investment(), st.headlineMoney());
    s.loose(row++, 2, "the activities' budgets for the period", st.note());
    s.text(row, 0, "Return", st.bold());
    cells.ratio(s, row, 1, social, investment, t.ratio(), st.headlinePerPound());
    s.loose(row++, 2, t.ratio() == null ? "no return ratio: nothing was invested"
        : "of social value for every " + ReportText.unit(r) + " invested", st.note());
    s.text(row, 0, "Net social value", st.bold());
    s.moneyFormula(row, 1, social + "-" + investment, t.netSocialValue(), st.headlineMoney());
    s.loose(row++, 2, "social value less investment", st.note());
    s.text(row, 0, "Participants", st.bold());
    cells.count(s, row, 1, t.participants(), st.headlineCount());
    s.loose(row++, 2, "different people in the participant records", st.note());
    s.text(row, 0, "Claims", st.bold());
    cells.countFormula(s, row, 1, Formulas.sum(calc.column(CalculationSheet.Column.CLAIMS)), t.claims(),
        st.headlineCount());
    s.loose(row++, 2, "outcomes valued: one per person per outcome achieved", st.note());
    String checks = ReportText.checksSummary(r);
    if (checks != null) {
      s.loose(row++, 0, checks, st.bold());
    }
    s.loose(headlineRow, 0, ReportText.headline(r), st.wrap());
    row++;

    // By age band
    int bandHeading = row;
    s.loose(row++, 0, "Social value by age band", st.heading());
    s.tableHeader(row++, headers(BandColumn.values(), c -> c.header));
    int bandFirst = row;
    int bandLast = bandFirst + r.byAgeBand().size() - 1;
    String bandTotal = Refs.fixedRow(bandLast + 1, BandColumn.SOCIAL_VALUE.ordinal());
    for (BandFigures b : r.byAgeBand()) {
      var band = where(CalculationSheet.Column.AGE_BAND, b.band().label());
      s.text(row, BandColumn.AGE_BAND.ordinal(), b.band().label());
      cells.count(s, row, BandColumn.PARTICIPANTS.ordinal(), b.participants(), st.count());
      cells.countFormula(s, row, BandColumn.CLAIMS.ordinal(), calc.sumIfs(CalculationSheet.Column.CLAIMS, band),
          b.claims(), st.count());
      s.moneyFormula(row, BandColumn.GROSS_VALUE.ordinal(), calc.sumIfs(CalculationSheet.Column.GROSS_VALUE, band),
          b.grossValue(), st.money());
      s.moneyFormula(row, BandColumn.SOCIAL_VALUE.ordinal(),
          calc.sumIfs(CalculationSheet.Column.SOCIAL_VALUE, band), b.socialValue(), st.money());
      share(row, BandColumn.SHARE.ordinal(), Refs.cell(row, BandColumn.SOCIAL_VALUE.ordinal()), bandTotal,
          b.socialValue(), st.percent());
      row++;
    }
    s.text(row, BandColumn.AGE_BAND.ordinal(), "Total", st.bold());
    cells.count(s, row, BandColumn.PARTICIPANTS.ordinal(), t.participants(), st.countTotal());
    cells.countFormula(s, row, BandColumn.CLAIMS.ordinal(), bandSum(BandColumn.CLAIMS, bandFirst, bandLast),
        t.claims(), st.countTotal());
    s.moneyFormula(row, BandColumn.GROSS_VALUE.ordinal(), bandSum(BandColumn.GROSS_VALUE, bandFirst, bandLast),
        t.grossValue(), st.moneyTotal());
    s.moneyFormula(row, BandColumn.SOCIAL_VALUE.ordinal(), bandSum(BandColumn.SOCIAL_VALUE, bandFirst, bandLast),
        t.socialValue(), st.moneyTotal());
    share(row, BandColumn.SHARE.ordinal(), Refs.cell(row, BandColumn.SOCIAL_VALUE.ordinal()), bandTotal,
        t.socialValue(), st.percentTotal());
    String bandNote = HeadcountNotes.bands(r);
    if (bandNote != null) {
      s.loose(++row, 0, bandNote, st.note());
    }
    s.keepTogether(bandHeading, row);
    row += 2;

    // By outcome, from the By outcome sheet
    int outcomeHeading = row;
    s.loose(row++, 0, "Social value by outcome", st.heading());
    s.tableHeader(row++, headers(OutcomeColumn.values(), c -> c.header));
    int outFirst = row;
    String socialTotal = Refs.fixedRow(socialRow, 1);
    List<OutcomeFigures> byOutcome = r.byOutcome();
    for (int i = 0; i < byOutcome.size(); i++) {
      OutcomeFigures o = byOutcome.get(i);
      s.text(row, OutcomeColumn.OUTCOME.ordinal(), o.outcome().name(), st.wrap());
      cells.countFormula(s, row, OutcomeColumn.CLAIMS.ordinal(), outcomes.cell(i, ByOutcomeSheet.Column.CLAIMS),
          o.claims(), st.count());
      s.moneyFormula(row, OutcomeColumn.GROSS_VALUE.ordinal(), outcomes.cell(i, ByOutcomeSheet.Column.GROSS_VALUE),
          o.grossValue(), st.money());
      s.moneyFormula(row, OutcomeColumn.SOCIAL_VALUE.ordinal(),
          outcomes.cell(i, ByOutcomeSheet.Column.SOCIAL_VALUE), o.socialValue(), st.money());
      share(row, OutcomeColumn.SHARE.ordinal(), Refs.cell(row, OutcomeColumn.SOCIAL_VALUE.ordinal()), socialTotal,
          o.socialValue(), st.percent());
      row++;
    }
    int outLast = row - 1;
    if (byOutcome.isEmpty()) {
      s.loose(row++, 0, "No outcome was claimed.", st.subtitle());
    }
    s.keepTogether(outcomeHeading, row - 1);
    row++;

    s.cap(0, 42);
    s.atLeast(0, 18);
    for (int c = 1; c < COLUMNS; c++) {
      s.atLeast(c, 12);
    }
    s.applyWidths(COLUMNS);
    s.fitRows(outFirst, outLast, OutcomeColumn.OUTCOME.ordinal());
    int fullWidth = s.widthOf(COLUMNS);
    // Wrapped paragraphs across A:F; row heights estimated, as merged cells are never auto-fitted.
    s.sheet.addMergedRegion(new CellRangeAddress(headlineRow, headlineRow, 0, COLUMNS - 1));
    s.lines(headlineRow, SheetWriter.linesFor(ReportText.headline(r), fullWidth) + 1);

    int bandChartTop = row;
    barChart(bandChartTop, CHART_ROWS, "Social value by age band",
        r.byAgeBand().stream().map(b -> b.band().label()).toArray(String[]::new),
        r.byAgeBand().stream().map(BandFigures::socialValue).toList(),
        s.absoluteColumn(BandColumn.AGE_BAND.ordinal(), bandFirst, bandLast),
        s.absoluteColumn(BandColumn.SOCIAL_VALUE.ordinal(), bandFirst, bandLast))
        .draw();
    s.keepTogether(bandChartTop, bandChartTop + CHART_ROWS);
    row += CHART_ROWS + 1;
    if (!byOutcome.isEmpty()) {
      int outcomeRows = Math.max(CHART_ROWS, 4 + 2 * byOutcome.size());
      barChart(row, outcomeRows, "Social value by outcome",
          byOutcome.stream().map(o -> o.outcome().name()).toArray(String[]::new),
          byOutcome.stream().map(OutcomeFigures::socialValue).toList(),
          s.absoluteColumn(OutcomeColumn.OUTCOME.ordinal(), outFirst, outLast),
          s.absoluteColumn(OutcomeColumn.SOCIAL_VALUE.ordinal(), outFirst, outLast))
          .horizontalTopDown()
          .draw();
      s.keepTogether(row, row + outcomeRows);
      row += outcomeRows + 1;
    }

    // Method, on a page of its own
    s.sheet.setRowBreak(row - 1);
    s.loose(row++, 0, "Method", st.heading());
    for (String para : ReportText.method(r)) {
      s.loose(row, 0, para, st.wrap());
      s.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, COLUMNS - 1));
      s.lines(row, SheetWriter.linesFor(para, fullWidth));
      row++;
    }
    s.sheet.setDisplayGridlines(false);
    s.sheet.setPrintGridlines(false);
    s.print(-1);
    s.sheet.createFreezePane(0, 0);
  }

  private static <C> List<String> headers(C[] columns, Function<C, String> header) {
    return Arrays.stream(columns).map(header).toList();
  }

  private static String bandSum(BandColumn c, int first, int last) {
    return Formulas.columnSum(c.ordinal(), first, last);
  }

  /** A value's share of a total, as a live formula with its cached value. */
  private void share(int row, int col, String part, String whole, BigDecimal value, CellStyle style) {
    BigDecimal total = r.totals().socialValue();
    BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO : CalculationResult.ratio(value, total);
    s.formula(row, col, Formulas.share(part, whole), CellNumbers.ratio(share), style, "100.0%");
  }

  /**
   * A bar chart of social values below the tables, across A:F. The labels and values are given (and
   * cached in the chart, for viewers that do not read the cells), and the ranges say where they are on
   * the sheet, whose streamed cells the chart cannot read.
   */
  private BarChart barChart(int top, int rows, String title, String[] labels, List<BigDecimal> values,
      String labelRange, String valueRange) {
    Double[] cached = values.stream().map(CellNumbers::money).toArray(Double[]::new);
    return BarChart.on(s.xssf(), title, 0, top, COLUMNS, top + rows)
        .valueFormat(kit.wholeMoneyFormat())
        .gapWidth(60)
        .series("Social value", XDDFDataSourcesFactory.fromArray(labels, labelRange),
            XDDFDataSourcesFactory.fromArray(cached, valueRange), BAR_BLUE);
  }
}
