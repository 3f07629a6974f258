package org.impactkit.report.xlsx.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.impactkit.internal.Currencies;
import org.impactkit.valuation.Formats;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Parameter;
import org.impactkit.report.xlsx.internal.BarChart;
import org.impactkit.report.xlsx.internal.CellNumbers;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.TippingPoint;

/**
 * The Sensitivity sheet (SPEC §6, §8): the tipping points, the one-at-a-time scenario table (widest
 * ratio range first) and a chart of the ratio range per assumption.
 *
 * <p>It is live: every tipping point and scenario ratio is a formula over the Impact Map's cells (its
 * quantities, proxies, adjustments, present-value factors and totals) and the Summary's investment and
 * discount rate, so changing a deadweight in Excel moves them. The formulas solve the same equations as
 * {@link SroiCalculator}: present value is linear in each of quantity, proxy, deadweight, displacement
 * and attribution, so their tipping points and scenarios are exact; drop-off and the discount rate enter
 * through the present-value factor, written out over the years. Only a drop-off tipping point, which the
 * engine finds by bisection, stays the engine's figure (and says so).
 */
final class SensitivitySheet extends MapSheet {
  static final String NAME = "Sensitivity";

  /** How many of the widest scenario ranges the chart shows. */
  static final int CHART_SCENARIOS = 15;

  /** Column A names the outcome and assumption; the figures follow in columns of one width. */
  private static final int LABEL_WIDTH = 44;
  private static final int FIGURE_WIDTH = 13;
  /** The tipping table's note spans the columns from here to the last. */
  private static final int NOTE = 5;
  private static final int LAST = 8;

  private static final List<String> TIPPING_HEADERS = List.of("Outcome", "Assumption", "Now", "Break-even",
      "Change needed", "Note");

  /** The scenario table's columns; one column per change ("Ratio at −25%"…) follows {@link #NOW}. */
  private static final int NOW = 1;
  private static final int FIRST_CASE = 2;
  private static final int LOWEST = FIRST_CASE + SroiCalculator.SCENARIO_CHANGES.size();
  private static final int HIGHEST = LOWEST + 1;
  private static final int RANGE = LOWEST + 2;

  private final String investment = SummarySheet.investment();
  private final String ratio = SummarySheet.ratio();
  private final String total;

  private SensitivitySheet(XlsxKit kit, Sheet sheet, SroiResult r, MapLayout map, SummarySheet.LiveInputs inputs) {
    super(kit, sheet, r, map, inputs);
    this.total = map.total(map.presentValueColumn());
  }

  static void write(XlsxKit kit, Sheet sheet, SroiResult r, MapLayout map, SummarySheet.LiveInputs inputs) {
    new SensitivitySheet(kit, sheet, r, map, inputs).write();
  }

  private void write() {
    s.setWidth(0, LABEL_WIDTH);
    for (int c = 1; c <= LAST; c++) {
      s.setWidth(c, FIGURE_WIDTH);
    }
    int row = tippingPoints();
    row++;
    // the scenario table's header on every page it runs onto (printed only from its own page on)
    s.print(scenarios(row));
  }

  /** A heading across the sheet's width, wrapped, so no part of it is cut off in print. */
  private void heading(int row, String text) {
    s.textAs(row, 0, text, st.headingWrapped());
    s.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, LAST));
    s.lines(row, SheetWriter.linesFor(text, LABEL_WIDTH + LAST * FIGURE_WIDTH, 12, true), 12);
  }

  // ---------------------------------------------------------------- Impact Map cells

  private int mapRow(ImpactMapRow row) {
    List<ImpactMapRow> rows = r.map().rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == row) {
        return MapLayout.FIRST_ROW + i;
      }
    }
    throw new IllegalArgumentException("not a row of the impact map: " + row.label());
  }

  /** An Impact Map cell of one outcome, absolute: {@code 'Impact Map'!$J$2}. */
  private static String cell(int mapRow, ImpactMapSheet.Column c) {
    return Refs.sheet(ImpactMapSheet.NAME) + Refs.absolute(mapRow, c.index());
  }

  private String presentValue(int mapRow) {
    return Refs.sheet(ImpactMapSheet.NAME) + Refs.absolute(mapRow, map.presentValueColumn());
  }

  private static ImpactMapSheet.Column column(Parameter p) {
    return switch (p) {
      case QUANTITY -> ImpactMapSheet.Column.QUANTITY;
      case PROXY_VALUE -> ImpactMapSheet.Column.PROXY;
      case DEADWEIGHT -> ImpactMapSheet.Column.DEADWEIGHT;
      case DISPLACEMENT -> ImpactMapSheet.Column.DISPLACEMENT;
      case ATTRIBUTION -> ImpactMapSheet.Column.ATTRIBUTION;
      case DROP_OFF -> ImpactMapSheet.Column.DROP_OFF;
    };
  }

  /**
   * The outcome's present value with one of its assumptions replaced by {@code value} (a formula), the
   * others as they stand on the Impact Map: quantity × proxy × Π(1 − adjustment) × present-value factor.
   */
  private String presentValueWith(int m, Parameter p, String value) {
    StringBuilder f = new StringBuilder();
    for (Parameter q : List.of(Parameter.QUANTITY, Parameter.PROXY_VALUE)) {
      f.append(f.length() == 0 ? "" : "*").append(q == p ? "(" + value + ")" : cell(m, column(q)));
    }
    for (Parameter q : List.of(Parameter.DEADWEIGHT, Parameter.DISPLACEMENT, Parameter.ATTRIBUTION)) {
      f.append("*(1-").append(q == p ? "(" + value + ")" : cell(m, column(q))).append(')');
    }
    String factor = p == Parameter.DROP_OFF
        ? "(" + ImpactMapSheet.pvFactor(map.horizon(), cell(m, ImpactMapSheet.Column.START),
            cell(m, ImpactMapSheet.Column.DURATION), "(" + value + ")", inputs.discountRate(),
            inputs.yearOneDiscounted()) + ")"
        : cell(m, ImpactMapSheet.Column.PV_FACTOR);
    return f.append('*').append(factor).toString();
  }

  /** The outcome's present value with {@code p} left out: the slope of its present value in {@code p}. */
  private String slope(int m, Parameter p) {
    StringBuilder f = new StringBuilder(cell(m, ImpactMapSheet.Column.QUANTITY));
    if (p != Parameter.PROXY_VALUE) {
      f.append('*').append(cell(m, ImpactMapSheet.Column.PROXY));
    }
    for (Parameter q : List.of(Parameter.DEADWEIGHT, Parameter.DISPLACEMENT, Parameter.ATTRIBUTION)) {
      if (q != p) {
        f.append("*(1-").append(cell(m, column(q))).append(')');
      }
    }
    return f.append('*').append(cell(m, ImpactMapSheet.Column.PV_FACTOR)).toString();
  }

  // ---------------------------------------------------------------- tipping points

  /** The tipping points, from the top; returns the row after them. */
  private int tippingPoints() {
    String unit = Formats.unit(r.map().currency());
    heading(0, "Tipping points: the value of one assumption of one outcome at which the return is exactly " + unit
        + " per " + unit + ", all else unchanged. They recalculate when the Impact Map or the investment changes.");
    s.headers(1, TIPPING_HEADERS);
    s.lines(1, 2); // the fixed widths wrap "Change needed" onto a second line
    s.sheet.addMergedRegion(new CellRangeAddress(1, 1, NOTE, LAST));
    int row = 2;
    for (TippingPoint t : r.tippingPoints()) {
      int m = mapRow(t.row());
      String now = cell(m, column(t.parameter()));
      CellStyle style = t.parameter().isPercentage() ? st.percent() : st.money();
      s.text(row, 0, t.row().label(), st.wrap());
      s.textAs(row, 1, t.parameter().label(), st.text());
      s.formula(row, 2, now, style);
      String breakEven = Refs.cell(row, 3);
      String note;
      if (t.parameter() == Parameter.DROP_OFF) {
        // found by bisection in the engine; no closed formula to recalculate
        if (t.exists()) {
          s.exact(row, 3, t.breakEven(), style);
        } else {
          s.textAs(row, 3, "none", st.textRight());
        }
        note = "Found by the tool, not recalculated here: " + t.note();
        s.textAs(row, NOTE, note, st.wrap());
      } else {
        s.formula(row, 3, breakEven(m, t.parameter(), now), style);
        note = t.parameter() == Parameter.PROXY_VALUE
            ? "no proxy of the same sign gives a return of " + unit() + " per " + unit()
            : "no value from 0% to 100% gives a return of " + unit() + " per " + unit();
        s.formulaText(row, NOTE, "IF(ISNUMBER(" + breakEven + "),\"\",\"" + note + "\")", "", st.wrap());
      }
      s.formula(row, 4, "IF(ISNUMBER(" + breakEven + ")," + breakEven + "-" + Refs.cell(row, 2) + ",\"\")", style);
      s.sheet.addMergedRegion(new CellRangeAddress(row, row, NOTE, LAST));
      s.fitWrapped(row, new int[] {LABEL_WIDTH, (LAST - NOTE + 1) * FIGURE_WIDTH}, t.row().label(), note);
      row++;
    }
    return row;
  }

  /**
   * The value of {@code p} at which the total present value equals the investment, or "none" outside
   * the valid range: the outcome must bring {@code needed = investment − (total − its present value)}.
   */
  private String breakEven(int m, Parameter p, String now) {
    String needed = "(" + investment + "-(" + total + "-" + presentValue(m) + "))";
    String a = slope(m, p);
    if (p == Parameter.PROXY_VALUE) {
      // pv = a × proxy; a benefit stays a benefit, a harm a harm
      String x = needed + "/(" + a + ")";
      return "IF(OR(" + investment + "=0,(" + a + ")=0),\"none\",IF(AND(" + now + "<>0," + x + "<>0,SIGN(" + x
          + ")<>SIGN(" + now + ")),\"none\"," + x + "))";
    }
    // pv = a × (1 − x)
    String x = "(1-" + needed + "/(" + a + "))";
    return "IF(OR(" + investment + "=0,(" + a + ")=0),\"none\",IF(AND(" + x + ">=0," + x + "<=1)," + x
        + ",\"none\"))";
  }

  // ---------------------------------------------------------------- scenarios

  /**
   * The scenarios' chart from {@code row} on, then the scenarios, widest ratio range first. The chart
   * comes first so that the table's header, repeated on each page the table runs onto, is not printed
   * over the chart as well.
   *
   * @return the table's header row
   */
  private int scenarios(int row) {
    List<Scenario> sorted = r.scenarios().stream()
        .sorted(Comparator.comparing((Scenario sc) -> sc.maxRatio().subtract(sc.minRatio())).reversed())
        .toList();
    int charted = Math.min(sorted.size(), CHART_SCENARIOS);
    int chartTop = row;
    if (charted > 0) {
      row += chartRows(charted) + 1;
    }
    // the heading and the table's header start a page with the first rows, never end one by themselves
    s.keepTogether(row, row + 4);
    heading(row++, "Scenarios: each assumption changed by −25%, −10%, +10% and +25% of itself, one at a time"
        + " (shares kept within 0–100%), and the return that results; widest range first.");
    List<String> headers = new ArrayList<>(List.of("Assumption: outcome", "Now"));
    for (BigDecimal ch : SroiCalculator.SCENARIO_CHANGES) {
      // broken by hand: on one line "Return at −25%" fills its column, and the padding after it, wrapped
      // onto a line of its own, lifts it above the other headers
      headers.add("Return at\n" + (ch.signum() > 0 ? "+" : "−") + ch.abs().movePointRight(2).stripTrailingZeros()
          .toPlainString() + "%");
    }
    headers.addAll(List.of("Lowest return", "Highest return", "Range"));
    int header = row;
    s.lines(row, 2);
    s.headers(row++, headers);
    int first = row;
    for (Scenario sc : sorted) {
      String label = sc.label() + ": " + (sc.row() == null ? "every outcome" : sc.row().label());
      s.text(row, 0, label, st.wrap());
      s.fitWrapped(row, new int[] {LABEL_WIDTH}, label);
      if (sc.row() == null) {
        s.formula(row, NOW, inputs.discountRate(), st.percent());
      } else {
        Parameter p = parameter(sc.parameter());
        s.formula(row, NOW, cell(mapRow(sc.row()), column(p)), baseStyle(p));
      }
      StringBuilder cases = new StringBuilder(ratio);
      for (int i = 0; i < SroiCalculator.SCENARIO_CHANGES.size(); i++) {
        BigDecimal change = SroiCalculator.SCENARIO_CHANGES.get(i);
        s.formula(row, FIRST_CASE + i, caseRatio(sc, Refs.cell(row, NOW), change), st.perPound());
        cases.append(',').append(Refs.cell(row, FIRST_CASE + i));
      }
      s.formula(row, LOWEST, "MIN(" + cases + ")", st.perPound());
      s.formula(row, HIGHEST, "MAX(" + cases + ")", st.perPound());
      s.formula(row, RANGE, Refs.cell(row, HIGHEST) + "-" + Refs.cell(row, LOWEST), st.perPound());
      row++;
    }
    int last = row - 1;
    if (last >= first) {
      s.textAs(row + 1, 0, "Return range over all scenarios", st.header());
      s.formula(row + 1, LOWEST, "MIN(" + Refs.column(LOWEST, first, last) + ")", st.perPound());
      s.formula(row + 1, HIGHEST, "MAX(" + Refs.column(HIGHEST, first, last) + ")", st.perPound());
    }
    if (charted > 0) {
      // drawn once the rows it shows are written: a chart caches its cells' values as it is drawn
      chart(chartTop, first, first + charted - 1, sorted);
    }
    return header;
  }

  /**
   * The return with the scenario's assumption at {@code now × (1 + change)} (a share capped at 100%, the
   * discount rate at 99%, as the engine does), all else as on the Impact Map.
   */
  private String caseRatio(Scenario sc, String now, BigDecimal change) {
    String factor = "(1+" + change.toPlainString() + ")";
    if (sc.row() == null) {
      String rate = "MIN(0.99," + now + "*" + factor + ")";
      StringBuilder pv = new StringBuilder();
      for (ImpactMapRow row : r.map().rows()) {
        int m = mapRow(row);
        pv.append(pv.length() == 0 ? "" : "+").append(cell(m, ImpactMapSheet.Column.IMPACT)).append("*(")
            .append(ImpactMapSheet.pvFactor(map.horizon(), cell(m, ImpactMapSheet.Column.START),
                cell(m, ImpactMapSheet.Column.DURATION), cell(m, ImpactMapSheet.Column.DROP_OFF), rate,
                inputs.yearOneDiscounted()))
            .append(')');
      }
      return "(" + (pv.length() == 0 ? "0" : pv) + ")/" + investment;
    }
    Parameter p = parameter(sc.parameter());
    int m = mapRow(sc.row());
    String value = p.isPercentage() ? "MIN(1," + now + "*" + factor + ")" : now + "*" + factor;
    return "(" + total + "-" + presentValue(m) + "+" + presentValueWith(m, p, value) + ")/" + investment;
  }

  private static Parameter parameter(String id) {
    for (Parameter p : Parameter.values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no assumption " + id);
  }

  private CellStyle baseStyle(Parameter p) {
    return switch (p) {
      case PROXY_VALUE -> st.money();
      case QUANTITY -> st.quantity();
      default -> st.percent();
    };
  }

  /** One unit of the map's currency as people write it, e.g. {@code £1}. */
  private String unit() {
    return Formats.unit(r.map().currency());
  }

  /** How many rows the chart of {@code count} scenarios takes: two a bar pair, and two for its title. */
  private static int chartRows(int count) {
    return 2 + 2 * count;
  }

  /** A bar chart of the lowest and highest return of the widest scenarios, above their table. */
  private void chart(int top, int first, int shown, List<Scenario> sorted) {
    int count = shown - first + 1;
    int rows = chartRows(count);
    XSSFSheet sheet = s.xssf();
    s.keepTogether(top, top + rows);
    BarChart.on(sheet, "Return range per assumption, widest " + count + " (" + Currencies.symbol(r.map().currency())
            + " per " + Formats.unit(r.map().currency()) + ")", 0, top, LAST + 1,
            top + rows)
        .direction(BarDirection.BAR)
        .valueMinimum(axisMinimum(sorted))
        .valueFormat(axisFormat(sorted))
        .series("Lowest return", labels(sheet, first, shown), ratios(sheet, first, shown, LOWEST),
            XDDFColor.from(PresetColor.STEEL_BLUE))
        .series("Highest return", labels(sheet, first, shown), ratios(sheet, first, shown, HIGHEST),
            XDDFColor.from(PresetColor.DARK_ORANGE))
        .draw();
  }

  private static XDDFDataSource<String> labels(XSSFSheet sheet, int first, int last) {
    return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
  }

  private static XDDFNumericalDataSource<Double> ratios(XSSFSheet sheet, int first, int last, int col) {
    return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, col, col));
  }

  /**
   * The return axis's labels: bare figures, as the chart's title gives the unit ({@code £ per £1}), and whole
   * ones from a return of 10 on, so that {@code 70, 75, 80} fit where {@code £70.00 per £1} crowded.
   */
  private static String axisFormat(List<Scenario> scenarios) {
    double max = scenarios.stream().mapToDouble(sc -> CellNumbers.exact(sc.maxRatio())).max().orElse(0);
    return max >= 10 ? "#,##0" : "#,##0.00";
  }

  /**
   * Where the return axis starts: a little below the lowest return, so the ranges are visible, at a round
   * figure for its size (70 for a lowest return of 79, 1.5 for 2.2), so the axis's labels read 70, 75, 80
   * rather than 70.90, 75.90; never below 0, and 0 when a return is negative.
   */
  private static Double axisMinimum(List<Scenario> scenarios) {
    double min = scenarios.stream().mapToDouble(sc -> CellNumbers.exact(sc.minRatio())).min().orElse(0);
    if (min <= 0) {
      return null;
    }
    double below = min * 0.9;
    double step = Math.pow(10, Math.floor(Math.log10(below))) / 2; // half the figure's leading digit
    return Math.floor(below / step) * step;
  }
}
