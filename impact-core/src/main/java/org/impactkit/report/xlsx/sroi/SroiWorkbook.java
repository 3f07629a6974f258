package org.impactkit.report.xlsx.sroi;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.sroi.ImpactMapRow;
import org.impactkit.sroi.Inputs;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.sroi.SroiResult.Case;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.StakeholderFigures;
import org.impactkit.sroi.SroiResult.TippingPoint;
import org.impactkit.valuation.Discounting;

/**
 * Writes an {@link SroiResult} as a workbook a funder can read and an assessor can check (SPEC §7, §8):
 * <ul>
 *   <li><b>Summary</b>: the ratio as "£X per £1", present value, investment, NPV, net ratio, payback, the
 *       discount rate and convention (as input cells every formula uses), the inputs, method and warnings;
 *   <li><b>Impact Map</b>: the map with live formulas for impact, each year's value and the present value;
 *   <li><b>Years</b>: value, discount factor and present value per calendar year;
 *   <li><b>Stakeholders</b>: present value and share by stakeholder, with a chart;
 *   <li><b>Sensitivity</b>: the tipping points, the one-at-a-time scenario table and a chart of the ratio
 *       range per assumption.
 * </ul>
 * Every formula also carries its computed value (POI evaluates them before writing), so readers that do
 * not recalculate see the figures; Excel recalculates on opening.
 */
public final class SroiWorkbook {
  static final String SUMMARY = "Summary";
  static final String MAP = "Impact Map";
  static final String YEARS = "Years";
  static final String STAKEHOLDERS = "Stakeholders";
  static final String SENSITIVITY = "Sensitivity";

  // Summary cells (0-based rows) that other sheets and the tests refer to
  static final int ROW_RATIO = 3;
  static final int ROW_PV = 4;
  static final int ROW_INVESTMENT = 5;
  static final int ROW_NPV = 6;
  static final int ROW_NET_RATIO = 7;
  static final int ROW_PAYBACK = 8;
  static final int ROW_VALUE = 9;
  static final int ROW_RATE = 11;
  static final int ROW_OFFSET = 12;
  static final int ROW_CONVENTION = 13;

  // Impact Map columns
  static final int C_STAKEHOLDER = 0;
  static final int C_OUTCOME = 1;
  static final int C_INDICATOR = 2;
  static final int C_QUANTITY = 3;
  static final int C_PROXY = 4;
  static final int C_PROXY_DESCRIPTION = 5;
  static final int C_SOURCE = 6;
  static final int C_DURATION = 7;
  static final int C_START = 8;
  static final int C_DEADWEIGHT = 9;
  static final int C_DISPLACEMENT = 10;
  static final int C_ATTRIBUTION = 11;
  static final int C_DROP_OFF = 12;
  static final int C_IMPACT = 13;
  static final int C_YEAR1 = 14;

  private final SroiResult r;
  private final XSSFWorkbook wb;
  private final Styles s;
  private final int n;
  private final int horizon;
  private final String title;

  private SroiWorkbook(SroiResult r, XSSFWorkbook wb) {
    this.r = r;
    this.wb = wb;
    this.s = new Styles(wb);
    this.n = r.map().rows().size();
    this.horizon = r.years().size();
    this.title = (r.map().name() == null ? "Impact map" : r.map().name()) + ": social return on investment";
  }

  /** Writes the workbook. The stream is left open. */
  public static void write(SroiResult result, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      SroiWorkbook book = new SroiWorkbook(result, wb);
      book.build();
      var core = wb.getProperties().getCoreProperties();
      core.setTitle(book.title);
      core.setCreator("impact");
      core.setDescription("Social return on investment from an impact map");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.setForceFormulaRecalculation(true);
      wb.write(out);
    }
  }

  private void build() {
    XSSFSheet summary = wb.createSheet(SUMMARY);
    XSSFSheet map = wb.createSheet(MAP);
    XSSFSheet years = wb.createSheet(YEARS);
    XSSFSheet stakeholders = wb.createSheet(STAKEHOLDERS);
    XSSFSheet sensitivity = wb.createSheet(SENSITIVITY);
    name("DiscountRate", SUMMARY, ROW_RATE, 1);
    name("YearOneDiscounted", SUMMARY, ROW_OFFSET, 1);
    summary(summary);
    map(map);
    years(years);
    stakeholders(stakeholders);
    sensitivity(sensitivity);
  }

  private void name(String name, String sheet, int row, int col) {
    XSSFName nm = wb.createName();
    nm.setNameName(name);
    nm.setRefersToFormula("'" + sheet + "'!" + new CellReference(row, col, true, true).formatAsString());
  }

  // ---- Summary

  private void summary(XSSFSheet sh) {
    sh.setColumnWidth(0, 40 * 256);
    sh.setColumnWidth(1, 44 * 256);
    sh.setColumnWidth(2, 18 * 256);
    s.text(sh.createRow(0), 0, title).setCellStyle(s.title);
    s.text(sh.createRow(1), 0, "Social Return on Investment (SROI) from an impact map, with sensitivity analysis")
        .setCellStyle(s.subtitle);
    int inputsHeader = 16;
    int firstInput = inputsHeader + 1;
    int lastInput = firstInput + Math.max(r.inputs().items().size(), 1) - 1;
    int totalInput = lastInput + 1;
    String pvCell = "'" + MAP + "'!" + abs(n + 1, pvCol());
    String inv = abs(ROW_INVESTMENT, 1);
    label(sh, ROW_RATIO, "Return: present value per £1 invested");
    formula(sh.getRow(ROW_RATIO), 1, "IF(" + inv + "=0,\"\"," + abs(ROW_PV, 1) + "/" + inv + ")", s.ratioBold);
    label(sh, ROW_PV, "Present value of the outcomes");
    formula(sh.getRow(ROW_PV), 1, pvCell, s.moneyBold);
    label(sh, ROW_INVESTMENT, "Investment (inputs)");
    formula(sh.getRow(ROW_INVESTMENT), 1, abs(totalInput, 2), s.money);
    label(sh, ROW_NPV, "Net present value (present value − investment)");
    formula(sh.getRow(ROW_NPV), 1, abs(ROW_PV, 1) + "-" + inv, s.money);
    label(sh, ROW_NET_RATIO, "Net return per £1 invested");
    formula(sh.getRow(ROW_NET_RATIO), 1, "IF(" + inv + "=0,\"\"," + abs(ROW_NPV, 1) + "/" + inv + ")", s.ratio);
    label(sh, ROW_PAYBACK, "Payback: months of year-1 value that repay the investment");
    String y1 = "'" + YEARS + "'!$B$2";
    formula(sh.getRow(ROW_PAYBACK), 1, "IF(" + y1 + "<=0,\"none\"," + inv + "/(" + y1 + "/12))", s.months);
    label(sh, ROW_VALUE, "Value before discounting, all years");
    formula(sh.getRow(ROW_VALUE), 1, "'" + MAP + "'!" + abs(n + 1, totalValueCol()), s.money);
    label(sh, ROW_RATE, "Discount rate (change it: every figure follows)");
    Cell rate = sh.getRow(ROW_RATE).createCell(1);
    rate.setCellValue(r.discounting().rate().doubleValue());
    rate.setCellStyle(s.percentInput);
    label(sh, ROW_OFFSET, "Year 1 discounted? 0 = no (year-zero), 1 = yes (end-of-year)");
    Cell offset = sh.getRow(ROW_OFFSET).createCell(1);
    offset.setCellValue(r.discounting().convention() == Discounting.Convention.END_OF_YEAR ? 1 : 0);
    offset.setCellStyle(s.integer);
    label(sh, ROW_CONVENTION, "Discounting convention");
    s.text(sh.getRow(ROW_CONVENTION), 1, r.discounting().convention() == Discounting.Convention.YEAR_ZERO
        ? "year-zero: year 1 is not discounted, year t by (1 + rate)^(t − 1)"
        : "end-of-year: every year is discounted, year t by (1 + rate)^t").setCellStyle(s.wrap);

    s.text(sh.createRow(inputsHeader - 1), 0, "Inputs").setCellStyle(s.subtitle);
    header(sh.createRow(inputsHeader), "Stakeholder", "Description", "Value");
    List<Inputs.Item> items = r.inputs().items();
    for (int i = 0; i < items.size(); i++) {
      Row row = sh.createRow(firstInput + i);
      s.text(row, 0, items.get(i).stakeholder()).setCellStyle(s.wrap);
      s.text(row, 1, items.get(i).description()).setCellStyle(s.wrap);
      money(row, 2, items.get(i).value());
      fitHeight(row, new int[] {40, 44}, items.get(i).stakeholder(), items.get(i).description());
    }
    if (items.isEmpty()) {
      s.text(sh.createRow(firstInput), 0, "(no inputs)");
    }
    Row total = sh.createRow(totalInput);
    s.text(total, 0, "Total investment").setCellStyle(s.header);
    formula(total, 2, "SUM(" + abs(firstInput, 2) + ":" + abs(lastInput, 2) + ")", s.moneyBold);

    int row = totalInput + 2;
    s.text(sh.createRow(row++), 0, "Method").setCellStyle(s.subtitle);
    for (String line : List.of(
        "Impact = quantity × financial proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution).",
        "Each outcome lasts its duration; after its first year it falls by its drop-off each year. Start 2 means"
            + " it begins the year after the activity.",
        "Present value = each year's value ÷ (1 + discount rate)^e, e = year − 1 (year-zero) or year (end-of-year);"
            + " 3.5% is the HM Treasury Green Book rate.",
        "Ratio = present value ÷ investment. Payback = investment ÷ (year-1 value ÷ 12), before discounting.",
        "Tipping point: the value of one assumption of one outcome at which the ratio is exactly £1 per £1,"
            + " all else unchanged (drop-off found by bisection, to within 10^-12).",
        "Negative proxies are harms: they reduce the value in every step.")) {
      s.text(sh.createRow(row++), 0, line);
    }
    if (!r.warnings().isEmpty()) {
      row++;
      s.text(sh.createRow(row++), 0, "What an assessor would question").setCellStyle(s.subtitle);
      for (Diagnostic d : r.warnings()) {
        s.text(sh.createRow(row++), 0, d.render());
      }
    }
    Styles.print(sh, title, 0);
  }

  private void label(XSSFSheet sh, int row, String text) {
    Row r0 = sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row);
    s.text(r0, 0, text);
  }

  // ---- Impact Map

  private int totalValueCol() {
    return C_YEAR1 + horizon;
  }

  private int pvCol() {
    return C_YEAR1 + horizon + 1;
  }

  private int shareCol() {
    return C_YEAR1 + horizon + 2;
  }

  private void map(XSSFSheet sh) {
    Row head = sh.createRow(0);
    String[] fixed = {"Stakeholder", "Outcome", "Indicator", "Quantity", "Financial proxy", "Proxy description",
        "Source", "Duration (years)", "Start (1 = during, 2 = year after)", "Deadweight", "Displacement",
        "Attribution", "Drop-off", "Impact (year 1 of the outcome)"};
    for (int c = 0; c < fixed.length; c++) {
      header(head, c, fixed[c]);
    }
    for (int y = 1; y <= horizon; y++) {
      header(head, C_YEAR1 + y - 1, "Value in year " + y);
    }
    head.setHeightInPoints(3 * 13f);
    header(head, totalValueCol(), "Total value");
    header(head, pvCol(), "Present value");
    header(head, shareCol(), "Share of present value");
    int[] widths = {22, 30, 26, 10, 14, 26, 26, 10, 12, 12, 14, 12, 10, 16};
    for (int c = 0; c < widths.length; c++) {
      sh.setColumnWidth(c, widths[c] * 256);
    }
    for (int c = C_YEAR1; c <= shareCol(); c++) {
      sh.setColumnWidth(c, 15 * 256);
    }
    for (int i = 0; i < n; i++) {
      ImpactMapRow m = r.map().rows().get(i);
      Row row = sh.createRow(i + 1);
      int x = i + 2; // the Excel row number
      s.text(row, C_STAKEHOLDER, m.stakeholder());
      s.text(row, C_OUTCOME, m.outcome());
      s.text(row, C_INDICATOR, m.indicator());
      number(row, C_QUANTITY, m.quantity(), s.number);
      money(row, C_PROXY, m.proxyValue());
      s.text(row, C_PROXY_DESCRIPTION, m.proxyDescription());
      s.text(row, C_SOURCE, m.source());
      number(row, C_DURATION, BigDecimal.valueOf(m.duration()), s.integer);
      number(row, C_START, BigDecimal.valueOf(m.start()), s.integer);
      number(row, C_DEADWEIGHT, m.deadweight(), s.percent);
      number(row, C_DISPLACEMENT, m.displacement(), s.percent);
      number(row, C_ATTRIBUTION, m.attribution(), s.percent);
      number(row, C_DROP_OFF, m.dropOff(), s.percent);
      for (int c : new int[] {C_STAKEHOLDER, C_OUTCOME, C_INDICATOR, C_PROXY_DESCRIPTION, C_SOURCE}) {
        if (row.getCell(c).getStringCellValue() != null && !row.getCell(c).getCellStyle().getQuotePrefixed()) {
          row.getCell(c).setCellStyle(s.wrap);
        }
      }
      fitHeight(row, new int[] {22, 30, 26, 26, 26}, m.stakeholder(), m.outcome(), m.indicator(),
          m.proxyDescription(), m.source());
      formula(row, C_IMPACT, ref(C_QUANTITY, x) + "*" + ref(C_PROXY, x) + "*(1-" + ref(C_DEADWEIGHT, x) + ")*(1-"
          + ref(C_DISPLACEMENT, x) + ")*(1-" + ref(C_ATTRIBUTION, x) + ")", s.money);
      String start = "$" + col(C_START) + x;
      String duration = "$" + col(C_DURATION) + x;
      StringBuilder pv = new StringBuilder();
      for (int y = 1; y <= horizon; y++) {
        formula(row, C_YEAR1 + y - 1, "IF(AND(" + y + ">=" + start + "," + y + "<=" + start + "+" + duration + "-1),$"
            + col(C_IMPACT) + x + "*(1-$" + col(C_DROP_OFF) + x + ")^(" + y + "-" + start + "),0)", s.money);
        pv.append(y == 1 ? "" : "+").append(ref(C_YEAR1 + y - 1, x)).append("/(1+DiscountRate)^(").append(y - 1)
            .append("+YearOneDiscounted)");
      }
      formula(row, totalValueCol(), "SUM(" + ref(C_YEAR1, x) + ":" + ref(C_YEAR1 + horizon - 1, x) + ")", s.money);
      formula(row, pvCol(), pv.toString(), s.money);
      String total = abs(n + 1, pvCol());
      formula(row, shareCol(), "IF(" + total + "<=0,\"\"," + ref(pvCol(), x) + "/" + total + ")", s.percent);
    }
    Row total = sh.createRow(n + 1);
    s.text(total, 0, "Total").setCellStyle(s.header);
    for (int c = C_IMPACT; c <= pvCol(); c++) {
      formula(total, c, "SUM(" + ref(c, 2) + ":" + ref(c, n + 1) + ")", s.moneyBold);
    }
    sh.createFreezePane(2, 1);
    sh.setAutoFilter(new CellRangeAddress(0, n, 0, shareCol()));
    Styles.print(sh, title, 1);
  }

  // ---- Years

  private void years(XSSFSheet sh) {
    header(sh.createRow(0), "Year", "Value", "Discount factor", "Present value");
    sh.setColumnWidth(0, 10 * 256);
    for (int c = 1; c < 4; c++) {
      sh.setColumnWidth(c, 18 * 256);
    }
    for (int y = 1; y <= horizon; y++) {
      Row row = sh.createRow(y);
      int x = y + 1;
      number(row, 0, BigDecimal.valueOf(y), s.integer);
      String c = col(C_YEAR1 + y - 1);
      formula(row, 1, "SUM('" + MAP + "'!" + c + "2:" + c + (n + 1) + ")", s.money);
      formula(row, 2, "1/(1+DiscountRate)^(A" + x + "-1+YearOneDiscounted)", s.factor);
      formula(row, 3, "B" + x + "*C" + x, s.money);
    }
    Row total = sh.createRow(horizon + 1);
    s.text(total, 0, "Total").setCellStyle(s.header);
    formula(total, 1, "SUM(B2:B" + (horizon + 1) + ")", s.moneyBold);
    formula(total, 3, "SUM(D2:D" + (horizon + 1) + ")", s.moneyBold);
    sh.createFreezePane(0, 1);
    Styles.print(sh, title, 1);
  }

  // ---- Stakeholders

  private void stakeholders(XSSFSheet sh) {
    header(sh.createRow(0), "Stakeholder", "Outcomes", "Value (all years)", "Present value", "Share of present value");
    sh.setColumnWidth(0, 30 * 256);
    for (int c = 1; c < 5; c++) {
      sh.setColumnWidth(c, 18 * 256);
    }
    String names = "'" + MAP + "'!$A$2:$A$" + (n + 1);
    String values = "'" + MAP + "'!$" + col(totalValueCol()) + "$2:$" + col(totalValueCol()) + "$" + (n + 1);
    String pvs = "'" + MAP + "'!$" + col(pvCol()) + "$2:$" + col(pvCol()) + "$" + (n + 1);
    List<StakeholderFigures> list = r.byStakeholder();
    for (int i = 0; i < list.size(); i++) {
      Row row = sh.createRow(i + 1);
      int x = i + 2;
      s.text(row, 0, list.get(i).stakeholder());
      // SUMIF and COUNTIF match ignoring case, as the calculation groups stakeholders
      formula(row, 1, "COUNTIF(" + names + ",A" + x + ")", s.integer);
      formula(row, 2, "SUMIF(" + names + ",A" + x + "," + values + ")", s.money);
      formula(row, 3, "SUMIF(" + names + ",A" + x + "," + pvs + ")", s.money);
      String total = "'" + SUMMARY + "'!" + abs(ROW_PV, 1);
      formula(row, 4, "IF(" + total + "<=0,\"\",D" + x + "/" + total + ")", s.percent);
    }
    sh.createFreezePane(0, 1);
    Styles.print(sh, title, 1);
    bars(sh, "Present value by stakeholder", BarDirection.COL, 1, list.size(), 0, new int[] {3},
        new String[] {"Present value"}, 6, 1, 16, 20);
  }

  // ---- Sensitivity

  /** How many of the widest scenario ranges the sensitivity chart shows. */
  static final int CHART_SCENARIOS = 15;

  private void sensitivity(XSSFSheet sh) {
    int[] widths = {24, 34, 16, 14, 14, 14, 14, 14, 14, 14, 50};
    for (int c = 0; c < widths.length; c++) {
      sh.setColumnWidth(c, widths[c] * 256);
    }
    s.text(sh.createRow(0), 0, "Tipping points: the value of one assumption at which the ratio is exactly £1 per £1,"
        + " all else unchanged").setCellStyle(s.subtitle);
    header(sh.createRow(1), "Stakeholder", "Outcome", "Assumption", "Now", "Break-even", "Change needed", "Note");
    int row = 2;
    for (TippingPoint t : r.tippingPoints()) {
      Row x = sh.createRow(row++);
      s.text(x, 0, t.row().stakeholder());
      s.text(x, 1, t.row().outcome());
      s.text(x, 2, t.parameter().label());
      CellStyle style = t.parameter().isPercentage() ? s.percent : s.money;
      number(x, 3, t.current(), style);
      if (t.exists()) {
        number(x, 4, t.breakEven(), style);
        number(x, 5, t.breakEven().subtract(t.current()), style);
      } else {
        s.text(x, 4, "none");
      }
      s.text(x, 6, t.note());
    }
    row++;
    s.text(sh.createRow(row++), 0, "Scenarios: each assumption changed by −25%, −10%, +10% and +25% of itself, one at"
        + " a time (shares kept within 0–100%), widest ratio range first").setCellStyle(s.subtitle);
    int headRow = row;
    Row head = sh.createRow(row++);
    header(head, 0, "Assumption");
    header(head, 1, "Stakeholder: outcome");
    header(head, 2, "Now");
    for (int i = 0; i < SroiCalculator.SCENARIO_CHANGES.size(); i++) {
      BigDecimal ch = SroiCalculator.SCENARIO_CHANGES.get(i);
      header(head, 3 + i, "Ratio at " + (ch.signum() > 0 ? "+" : "−") + ch.abs().movePointRight(2).stripTrailingZeros()
          .toPlainString() + "%");
    }
    header(head, 7, "Lowest ratio");
    header(head, 8, "Highest ratio");
    header(head, 9, "Range");
    header(head, 10, "Label (for the chart)");
    List<Scenario> sorted = r.scenarios().stream()
        .sorted(java.util.Comparator.comparing((Scenario sc) -> sc.maxRatio().subtract(sc.minRatio())).reversed())
        .toList();
    int first = row;
    for (Scenario sc : sorted) {
      Row x = sh.createRow(row++);
      int excel = row;
      s.text(x, 0, sc.label());
      s.text(x, 1, sc.row() == null ? "(every outcome)" : sc.row().label());
      boolean money = sc.parameter().equals("proxyValue");
      boolean plain = sc.parameter().equals("quantity");
      number(x, 2, sc.base(), money ? s.money : plain ? s.number : s.percent);
      for (int i = 0; i < sc.cases().size(); i++) {
        Case c = sc.cases().get(i);
        number(x, 3 + i, c.ratio(), s.ratio);
      }
      number(x, 7, sc.minRatio(), s.ratio);
      number(x, 8, sc.maxRatio(), s.ratio);
      formula(x, 9, "I" + excel + "-H" + excel, s.ratio);
      s.text(x, 10, sc.label() + " — " + (sc.row() == null ? "all outcomes" : sc.row().label()));
    }
    int last = row - 1;
    if (last >= first) {
      Row range = sh.createRow(row + 1);
      s.text(range, 0, "Ratio range over all scenarios").setCellStyle(s.header);
      formula(range, 7, "MIN(H" + (first + 1) + ":H" + (last + 1) + ")", s.ratio);
      formula(range, 8, "MAX(I" + (first + 1) + ":I" + (last + 1) + ")", s.ratio);
      int shown = Math.min(last, first + CHART_SCENARIOS - 1);
      bars(sh, "Ratio range per assumption, widest " + (shown - first + 1) + " (£ per £1)", BarDirection.BAR, first,
          shown, 10, new int[] {7, 8}, new String[] {"Lowest ratio", "Highest ratio"}, axisMinimum(sorted), 0, row + 3,
          8, row + 5 + 2 * (shown - first + 1));
    }
    Styles.print(sh, title, 0);
  }

  /**
   * Where the ratio axis starts: a little below the lowest ratio (in steps of 0.1), so the ranges are
   * visible; never below 0, and 0 when a ratio is negative.
   */
  private static Double axisMinimum(List<Scenario> scenarios) {
    double min = scenarios.stream().mapToDouble(sc -> sc.minRatio().doubleValue()).min().orElse(0);
    return min <= 0 ? null : Math.floor(min * 0.9 * 10) / 10;
  }

  /** A bar chart of columns {@code series} against the labels in column {@code labels}, rows first–last. */
  private static void bars(XSSFSheet sh, String chartTitle, BarDirection direction, int first, int last, int labels,
      int[] series, String[] names, int col1, int row1, int col2, int row2) {
    bars(sh, chartTitle, direction, first, last, labels, series, names, null, col1, row1, col2, row2);
  }

  /** As above, with the value axis starting at {@code axisMinimum} (or at Excel's choice when {@code null}). */
  private static void bars(XSSFSheet sh, String chartTitle, BarDirection direction, int first, int last, int labels,
      int[] series, String[] names, Double axisMinimum, int col1, int row1, int col2, int row2) {
    if (last < first) {
      return;
    }
    XSSFDrawing drawing = sh.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(chartTitle);
    chart.setTitleOverlay(false);
    if (series.length > 1) {
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    if (axisMinimum != null) {
      values.setMinimum(axisMinimum);
    }
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(direction);
    data.setVaryColors(false);
    var cats = XDDFDataSourcesFactory.fromStringCellRange(sh, new CellRangeAddress(first, last, labels, labels));
    PresetColor[] colours = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN};
    for (int i = 0; i < series.length; i++) {
      var nums = XDDFDataSourcesFactory.fromNumericCellRange(sh,
          new CellRangeAddress(first, last, series[i], series[i]));
      XDDFChartData.Series sr = data.addSeries(cats, nums);
      sr.setTitle(names[i], null);
      XDDFShapeProperties shape = new XDDFShapeProperties();
      // LibreOffice draws bars without a fill as nothing at all, so every series gets one
      shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colours[i % colours.length])));
      sr.setShapeProperties(shape);
    }
    chart.plot(data);
  }

  // ---- cells

  /**
   * Sets a row's height for wrapped text: the most lines any of the texts needs in its column (width in
   * characters), at most five. Neither Excel nor POI sizes rows for wrapped text by itself.
   */
  private static void fitHeight(Row row, int[] widths, String... texts) {
    int lines = 1;
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        lines = Math.max(lines, (int) Math.ceil(texts[i].length() / (double) Math.max(1, widths[i] - 2)));
      }
    }
    row.setHeightInPoints(Math.min(lines, 5) * 13f);
  }

  private void header(Row row, String... names) {
    for (int c = 0; c < names.length; c++) {
      header(row, c, names[c]);
    }
  }

  private void header(Row row, int c, String name) {
    Cell cell = row.createCell(c);
    cell.setCellValue(name);
    cell.setCellStyle(s.header);
  }

  private void formula(Row row, int c, String formula, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellFormula(formula);
    cell.setCellStyle(style);
  }

  private void money(Row row, int c, BigDecimal v) {
    number(row, c, v, s.money);
  }

  private static void number(Row row, int c, BigDecimal v, CellStyle style) {
    Cell cell = row.createCell(c);
    if (v != null) {
      // Excel holds doubles; the exact figure stays in the JSON output
      cell.setCellValue(v.doubleValue());
    }
    cell.setCellStyle(style);
  }

  private static String col(int c) {
    return CellReference.convertNumToColString(c);
  }

  /** A relative reference such as {@code D5} (row is the Excel row number). */
  private static String ref(int c, int excelRow) {
    return col(c) + excelRow;
  }

  /** An absolute reference such as {@code $B$6} for a 0-based row. */
  private static String abs(int row, int c) {
    return new CellReference(row, c, true, true).formatAsString();
  }
}
