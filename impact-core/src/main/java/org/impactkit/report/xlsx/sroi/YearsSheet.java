package org.impactkit.report.xlsx.sroi;

import static org.impactkit.report.xlsx.internal.Heading.fixed;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.DiscountSchedule;

/** The Years sheet: value, discount factor and present value per calendar year, from the Impact Map. */
final class YearsSheet {
  static final String NAME = "Years";

  private enum Column {
    YEAR(fixed("Year", 10)), VALUE(fixed("Value", 18)), DISCOUNT_FACTOR(fixed("Discount factor", 18)),
    PRESENT_VALUE(fixed("Present value", 18));

    private final Heading heading;

    Column(Heading heading) {
      this.heading = heading;
    }

    int index() {
      return ordinal();
    }
  }

  /** Year 1's row (0-based); year y is on row y. */
  private static final int FIRST_ROW = 1;

  private YearsSheet() {}

  /** Year 1's value, absolute, for another sheet: {@code 'Years'!$B$2}. */
  static String yearOneValue() {
    return Refs.sheet(NAME) + Refs.absolute(FIRST_ROW, Column.VALUE.index());
  }

  static void write(XlsxKit kit, Sheet sheet, MapLayout map, SummarySheet.LiveInputs inputs,
      DiscountSchedule schedule) {
    SheetWriter s = kit.writer(sheet);
    XlsxStyles st = kit.styles();
    List<Heading> columns = Arrays.stream(Column.values()).map(c -> c.heading).toList();
    s.headers(0, Heading.headers(columns));
    s.size(columns);
    for (int y = 1; y <= map.horizon(); y++) {
      int row = FIRST_ROW + y - 1;
      s.number(row, Column.YEAR.index(), y, st.integer(), null);
      s.formula(row, Column.VALUE.index(), Formulas.sum(Refs.sheet(ImpactMapSheet.NAME)
          + Refs.column(map.yearColumn(y), MapLayout.FIRST_ROW, map.lastRow())), st.money());
      s.formula(row, Column.DISCOUNT_FACTOR.index(), "1/" + Formulas.discountDivisor(inputs.discountRate(),
          at(row, Column.YEAR) + "-1+" + inputs.yearOneDiscounted(), schedule, map.horizon()), st.factor());
      s.formula(row, Column.PRESENT_VALUE.index(), at(row, Column.VALUE) + "*" + at(row, Column.DISCOUNT_FACTOR),
          st.money());
    }
    int total = FIRST_ROW + map.horizon();
    s.textAs(total, 0, "Total", st.bold()); // bold as the figures beside it, as the calculate workbook's totals
    for (Column c : List.of(Column.VALUE, Column.PRESENT_VALUE)) {
      s.formula(total, c.index(), Formulas.columnSum(c.index(), FIRST_ROW, total - 1), st.moneyTotal());
    }
    s.sheet.createFreezePane(0, 1);
    s.print(0);
  }

  private static String at(int row, Column c) {
    return Refs.cell(row, c.index());
  }
}
