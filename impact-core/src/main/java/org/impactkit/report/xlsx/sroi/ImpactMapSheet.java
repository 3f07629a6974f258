package org.impactkit.report.xlsx.sroi;

import static org.impactkit.report.xlsx.internal.Heading.fixed;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.sroi.SroiResult;

/**
 * The Impact Map sheet: the map as given, with live formulas for each outcome's impact, its value in
 * each year, its total and present value (through the Summary's discount rate and convention) and its
 * share, and a total row.
 */
final class ImpactMapSheet extends MapSheet {
  static final String NAME = "Impact Map";

  /** What a column holds, which sets its style. */
  private enum Kind { TEXT, QUANTITY, MONEY, WHOLE, PERCENT, FORMULA }

  /** The map's fixed columns, in order; a column per year, total value, present value and share follow. */
  enum Column {
    STAKEHOLDER(fixed("Stakeholder", 22), Kind.TEXT, ImpactMapRow::stakeholder),
    OUTCOME(fixed("Outcome", 30), Kind.TEXT, ImpactMapRow::outcome),
    INDICATOR(fixed("Indicator", 26), Kind.TEXT, ImpactMapRow::indicator),
    QUANTITY(fixed("Quantity", 10), Kind.QUANTITY, ImpactMapRow::quantity),
    PROXY(fixed("Financial proxy", 14), Kind.MONEY, ImpactMapRow::proxyValue),
    PROXY_DESCRIPTION(fixed("Proxy description", 26), Kind.TEXT, ImpactMapRow::proxyDescription),
    SOURCE(fixed("Source", 26), Kind.TEXT, ImpactMapRow::source),
    DURATION(fixed("Duration (years)", 10), Kind.WHOLE, m -> BigDecimal.valueOf(m.duration())),
    START(fixed("Start (1 = during, 2 = year after)", 12), Kind.WHOLE, m -> BigDecimal.valueOf(m.start())),
    DEADWEIGHT(fixed("Deadweight", 12), Kind.PERCENT, ImpactMapRow::deadweight),
    DISPLACEMENT(fixed("Displacement", 14), Kind.PERCENT, ImpactMapRow::displacement),
    ATTRIBUTION(fixed("Attribution", 12), Kind.PERCENT, ImpactMapRow::attribution),
    DROP_OFF(fixed("Drop-off", 10), Kind.PERCENT, ImpactMapRow::dropOff),
    IMPACT(fixed("Impact (year 1 of the outcome)", 16), Kind.FORMULA, m -> null),
    PV_FACTOR(fixed("Present value of each £1 of impact", 14), Kind.FORMULA, m -> null);

    private final Heading heading;
    private final Kind kind;
    private final Function<ImpactMapRow, ?> value;

    Column(Heading heading, Kind kind, Function<ImpactMapRow, ?> value) {
      this.heading = heading;
      this.kind = kind;
      this.value = value;
    }

    int index() {
      return ordinal();
    }
  }

  /** The width of each year's, the total's, the present value's and the share's column. */
  private static final int FIGURE_WIDTH = 15;
  /** The header row is three lines tall, as the long headers wrap. */
  private static final int HEADER_LINES = 3;


  private ImpactMapSheet(XlsxKit kit, Sheet sheet, SroiResult r, MapLayout map, SummarySheet.LiveInputs inputs) {
    super(kit, sheet, r, map, inputs);
  }

  static void write(XlsxKit kit, Sheet sheet, SroiResult r, MapLayout map, SummarySheet.LiveInputs inputs) {
    new ImpactMapSheet(kit, sheet, r, map, inputs).write();
  }

  private void write() {
    for (Column c : Column.values()) {
      s.header(0, c.index(), c.heading.header());
    }
    for (int y = 1; y <= map.horizon(); y++) {
      s.header(0, map.yearColumn(y), "Value in year " + y);
    }
    s.lines(0, HEADER_LINES);
    s.header(0, map.totalValueColumn(), "Total value");
    s.header(0, map.presentValueColumn(), "Present value");
    s.header(0, map.shareColumn(), "Share of present value");
    for (Column c : Column.values()) {
      s.size(c.index(), c.heading);
    }
    for (int c = MapLayout.FIRST_YEAR_COLUMN; c <= map.shareColumn(); c++) {
      s.setWidth(c, FIGURE_WIDTH);
    }
    for (int i = 0; i < map.rows(); i++) {
      outcome(MapLayout.FIRST_ROW + i, r.map().rows().get(i));
    }
    int total = map.totalRow();
    s.textAs(total, 0, "Total", st.bold()); // bold as the figures beside it, as the calculate workbook's totals
    for (int c = Column.IMPACT.index(); c <= map.presentValueColumn(); c++) {
      if (c != Column.PV_FACTOR.index()) { // a factor per row, which adds up to nothing
        s.formula(total, c, Formulas.columnSum(c, MapLayout.FIRST_ROW, map.lastRow()), st.moneyTotal());
      }
    }
    s.sheet.createFreezePane(2, 1);
    s.sheet.setAutoFilter(new CellRangeAddress(0, map.lastRow(), 0, map.shareColumn()));
    s.print(0, 2);
  }

  /** One outcome's row: its inputs as given, then the formulas. */
  private void outcome(int row, ImpactMapRow m) {
    for (Column c : Column.values()) {
      Object value = c.value.apply(m);
      switch (c.kind) {
        case TEXT -> s.text(row, c.index(), (String) value, st.wrap());
        case FORMULA -> { } // below, once the inputs are in
        default -> s.exact(row, c.index(), (BigDecimal) value, style(c.kind));
      }
    }
    int[] widths = Arrays.stream(Column.values()).filter(c -> c.kind == Kind.TEXT).mapToInt(c -> c.heading.width())
        .toArray();
    String[] texts = Arrays.stream(Column.values()).filter(c -> c.kind == Kind.TEXT).map(c -> (String) c.value.apply(m))
        .toArray(String[]::new);
    s.fitWrapped(row, widths, texts);
    s.formula(row, Column.IMPACT.index(), at(row, Column.QUANTITY) + "*" + at(row, Column.PROXY) + "*(1-"
        + at(row, Column.DEADWEIGHT) + ")*(1-" + at(row, Column.DISPLACEMENT) + ")*(1-" + at(row, Column.ATTRIBUTION)
        + ")", st.money());
    // Year y has the impact, less drop-off for each year since the start, if the outcome lasts to y.
    String start = Refs.fixedColumn(row, Column.START.index());
    String duration = Refs.fixedColumn(row, Column.DURATION.index());
    String impact = Refs.fixedColumn(row, Column.IMPACT.index());
    String dropOff = Refs.fixedColumn(row, Column.DROP_OFF.index());
    StringBuilder pv = new StringBuilder();
    for (int y = 1; y <= map.horizon(); y++) {
      s.formula(row, map.yearColumn(y), "IF(AND(" + y + ">=" + start + "," + y + "<=" + start + "+" + duration
          + "-1)," + impact + "*(1-" + dropOff + ")^(" + y + "-" + start + "),0)", st.money());
      pv.append(y == 1 ? "" : "+").append(Refs.cell(row, map.yearColumn(y))).append('/')
          .append(Formulas.discountDivisor(inputs.discountRate(), (y - 1) + "+" + inputs.yearOneDiscounted(),
              r.discounting().schedule(), map.horizon()));
    }
    s.formula(row, Column.PV_FACTOR.index(), pvFactor(map.horizon(), start, duration, dropOff, inputs.discountRate(),
        inputs.yearOneDiscounted()), st.factor());
    s.formula(row, map.totalValueColumn(),
        Formulas.sum(Refs.row(row, map.yearColumn(1), map.yearColumn(map.horizon()))), st.money());
    s.formula(row, map.presentValueColumn(), pv.toString(), st.money());
    s.formula(row, map.shareColumn(), Formulas.shareOfPositive(Refs.cell(row, map.presentValueColumn()),
        Refs.absolute(map.totalRow(), map.presentValueColumn())), st.percent());
  }

  /**
   * The present value of each £1 of an outcome's year-1 impact, as a formula over the horizon's years:
   * {@code Σ_y [start ≤ y < start + duration] (1 − dropOff)^(y − start) / (1 + rate)^(y − 1 + offset)}
   * (SPEC §6). The Sensitivity sheet uses it with a changed drop-off or rate.
   */
  static String pvFactor(int horizon, String start, String duration, String dropOff, String rate, String offset) {
    StringBuilder f = new StringBuilder();
    for (int y = 1; y <= horizon; y++) {
      f.append(y == 1 ? "" : "+").append("IF(AND(").append(y).append(">=").append(start).append(',').append(y)
          .append("<=").append(start).append('+').append(duration).append("-1),(1-").append(dropOff).append(")^(")
          .append(y).append('-').append(start).append(")/(1+").append(rate).append(")^(").append(y - 1).append('+')
          .append(offset).append("),0)");
    }
    return f.toString();
  }

  private static String at(int row, Column c) {
    return Refs.cell(row, c.index());
  }

  private CellStyle style(Kind kind) {
    return switch (kind) {
      case QUANTITY -> st.quantity();
      case MONEY -> st.money();
      case WHOLE -> st.integer();
      case PERCENT -> st.percent();
      case TEXT -> st.wrap();
      case FORMULA -> st.money();
    };
  }
}
