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
import org.impactkit.report.internal.Formats;
import org.impactkit.report.xlsx.internal.BarChart;
import org.impactkit.report.xlsx.internal.CellNumbers;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.sroi.SroiResult.Case;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.TippingPoint;

/**
 * The Sensitivity sheet: the tipping points, the one-at-a-time scenario table (widest ratio range
 * first) and a chart of the ratio range per assumption.
 */
final class SensitivitySheet {
  static final String NAME = "Sensitivity";

  /** How many of the widest scenario ranges the chart shows. */
  static final int CHART_SCENARIOS = 15;

  private static final int[] WIDTHS = {24, 34, 16, 14, 14, 14, 14, 14, 14, 14, 50};
  private static final List<String> TIPPING_HEADERS = List.of("Stakeholder", "Outcome", "Assumption", "Now",
      "Break-even", "Change needed", "Note");

  /** The scenario table's columns; one column per change ("Ratio at −25%"…) follows {@link #NOW}. */
  private static final int ASSUMPTION = 0;
  private static final int ROW = 1;
  private static final int NOW = 2;
  private static final int FIRST_CASE = 3;
  private static final int LOWEST = FIRST_CASE + SroiCalculator.SCENARIO_CHANGES.size();
  private static final int HIGHEST = LOWEST + 1;
  private static final int RANGE = LOWEST + 2;
  private static final int LABEL = LOWEST + 3;

  private final SroiResult r;
  private final XlsxStyles st;
  private final SheetWriter s;

  private SensitivitySheet(XlsxKit kit, Sheet sheet, SroiResult r) {
    this.r = r;
    this.st = kit.styles();
    this.s = kit.writer(sheet);
  }

  static void write(XlsxKit kit, Sheet sheet, SroiResult r) {
    new SensitivitySheet(kit, sheet, r).write();
  }

  private void write() {
    for (int c = 0; c < WIDTHS.length; c++) {
      s.setWidth(c, WIDTHS[c]);
    }
    int row = tippingPoints();
    row++;
    row = scenarios(row);
    s.print(-1);
  }

  /** The tipping points, from the top; returns the row after them. */
  private int tippingPoints() {
    String unit = Formats.unit(r.map().currency());
    s.textAs(0, 0, "Tipping points: the value of one assumption at which the ratio is exactly " + unit + " per "
        + unit + ", all else unchanged", st.heading());
    s.headers(1, TIPPING_HEADERS);
    int row = 2;
    for (TippingPoint t : r.tippingPoints()) {
      s.textOrEmpty(row, 0, t.row().stakeholder());
      s.textOrEmpty(row, 1, t.row().outcome());
      s.textOrEmpty(row, 2, t.parameter().label());
      CellStyle style = t.parameter().isPercentage() ? st.percent() : st.money();
      s.exact(row, 3, t.current(), style);
      if (t.exists()) {
        s.exact(row, 4, t.breakEven(), style);
        s.exact(row, 5, t.breakEven().subtract(t.current()), style);
      } else {
        s.textOrEmpty(row, 4, "none");
      }
      s.textOrEmpty(row, 6, t.note());
      row++;
    }
    return row;
  }

  /** The scenarios from {@code row} on, widest ratio range first, and their chart; returns the row after. */
  private int scenarios(int row) {
    s.textAs(row++, 0, "Scenarios: each assumption changed by −25%, −10%, +10% and +25% of itself, one at"
        + " a time (shares kept within 0–100%), widest ratio range first", st.heading());
    List<String> headers = new ArrayList<>(List.of("Assumption", "Stakeholder: outcome", "Now"));
    for (BigDecimal ch : SroiCalculator.SCENARIO_CHANGES) {
      headers.add("Ratio at " + (ch.signum() > 0 ? "+" : "−") + ch.abs().movePointRight(2).stripTrailingZeros()
          .toPlainString() + "%");
    }
    headers.addAll(List.of("Lowest ratio", "Highest ratio", "Range", "Label (for the chart)"));
    s.headers(row++, headers);
    List<Scenario> sorted = r.scenarios().stream()
        .sorted(Comparator.comparing((Scenario sc) -> sc.maxRatio().subtract(sc.minRatio())).reversed())
        .toList();
    int first = row;
    for (Scenario sc : sorted) {
      s.textOrEmpty(row, ASSUMPTION, sc.label());
      s.textOrEmpty(row, ROW, sc.row() == null ? "(every outcome)" : sc.row().label());
      s.exact(row, NOW, sc.base(), baseStyle(sc));
      for (int i = 0; i < sc.cases().size(); i++) {
        Case c = sc.cases().get(i);
        s.exact(row, FIRST_CASE + i, c.ratio(), st.perPound());
      }
      s.exact(row, LOWEST, sc.minRatio(), st.perPound());
      s.exact(row, HIGHEST, sc.maxRatio(), st.perPound());
      s.formula(row, RANGE, Refs.cell(row, HIGHEST) + "-" + Refs.cell(row, LOWEST), st.perPound());
      s.textOrEmpty(row, LABEL, sc.label() + " — " + (sc.row() == null ? "all outcomes" : sc.row().label()));
      row++;
    }
    int last = row - 1;
    if (last >= first) {
      s.textAs(row + 1, 0, "Ratio range over all scenarios", st.header());
      s.formula(row + 1, LOWEST, "MIN(" + Refs.column(LOWEST, first, last) + ")", st.perPound());
      s.formula(row + 1, HIGHEST, "MAX(" + Refs.column(HIGHEST, first, last) + ")", st.perPound());
      int shown = Math.min(last, first + CHART_SCENARIOS - 1);
      int count = shown - first + 1;
      XSSFSheet sheet = s.xssf();
      BarChart.on(sheet, "Ratio range per assumption, widest " + count + " ("
          + Currencies.symbol(r.map().currency()) + " per " + Formats.unit(r.map().currency()) + ")", 0, row + 3, 8,
              row + 5 + 2 * count)
          .direction(BarDirection.BAR)
          .valueMinimum(axisMinimum(sorted))
          .series("Lowest ratio", labels(sheet, first, shown), ratios(sheet, first, shown, LOWEST),
              XDDFColor.from(PresetColor.STEEL_BLUE))
          .series("Highest ratio", labels(sheet, first, shown), ratios(sheet, first, shown, HIGHEST),
              XDDFColor.from(PresetColor.DARK_ORANGE))
          .draw();
    }
    return row;
  }

  private CellStyle baseStyle(Scenario sc) {
    if (sc.parameter().equals("proxyValue")) {
      return st.money();
    }
    return sc.parameter().equals("quantity") ? st.quantity() : st.percent();
  }

  private static XDDFDataSource<String> labels(XSSFSheet sheet, int first, int last) {
    return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, LABEL, LABEL));
  }

  private static XDDFNumericalDataSource<Double> ratios(XSSFSheet sheet, int first, int last, int col) {
    return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, col, col));
  }

  /**
   * Where the ratio axis starts: a little below the lowest ratio (in steps of 0.1), so the ranges are
   * visible; never below 0, and 0 when a ratio is negative.
   */
  private static Double axisMinimum(List<Scenario> scenarios) {
    double min = scenarios.stream().mapToDouble(sc -> CellNumbers.exact(sc.minRatio())).min().orElse(0);
    return min <= 0 ? null : Math.floor(min * 0.9 * 10) / 10;
  }
}
