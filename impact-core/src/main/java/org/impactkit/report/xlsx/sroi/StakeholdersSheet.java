package org.impactkit.report.xlsx.sroi;

import static org.impactkit.report.xlsx.internal.Heading.fixed;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.impactkit.report.xlsx.internal.BarChart;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.sroi.SroiResult.StakeholderFigures;

/** The Stakeholders sheet: present value and share by stakeholder, from the Impact Map, with a chart. */
final class StakeholdersSheet {
  static final String NAME = "Stakeholders";

  private enum Column {
    STAKEHOLDER(fixed("Stakeholder", 30)), OUTCOMES(fixed("Outcomes", 18)), VALUE(fixed("Value (all years)", 18)),
    PRESENT_VALUE(fixed("Present value", 18)), SHARE(fixed("Share of present value", 18));

    private final Heading heading;

    Column(Heading heading) {
      this.heading = heading;
    }

    int index() {
      return ordinal();
    }
  }

  private StakeholdersSheet() {}

  static void write(XlsxKit kit, Sheet sheet, List<StakeholderFigures> stakeholders, MapLayout map) {
    SheetWriter s = kit.writer(sheet);
    XlsxStyles st = kit.styles();
    List<Heading> columns = Arrays.stream(Column.values()).map(c -> c.heading).toList();
    s.headers(0, Heading.headers(columns));
    s.size(columns);
    String names = map.outcomes(ImpactMapSheet.Column.STAKEHOLDER.index());
    String values = map.outcomes(map.totalValueColumn());
    String presentValues = map.outcomes(map.presentValueColumn());
    for (int i = 0; i < stakeholders.size(); i++) {
      int row = i + 1;
      String name = Refs.cell(row, Column.STAKEHOLDER.index());
      s.textOrEmpty(row, Column.STAKEHOLDER.index(), stakeholders.get(i).stakeholder());
      // SUMIF and COUNTIF match ignoring case, as the calculation groups stakeholders
      s.formula(row, Column.OUTCOMES.index(), "COUNTIF(" + names + "," + name + ")", st.integer());
      s.formula(row, Column.VALUE.index(), "SUMIF(" + names + "," + name + "," + values + ")", st.money());
      s.formula(row, Column.PRESENT_VALUE.index(), "SUMIF(" + names + "," + name + "," + presentValues + ")",
          st.money());
      s.formula(row, Column.SHARE.index(), Formulas.shareOfPositive(Refs.cell(row, Column.PRESENT_VALUE.index()),
          SummarySheet.presentValue()), st.percent());
    }
    s.sheet.createFreezePane(0, 1);
    if (!stakeholders.isEmpty()) {
      int last = stakeholders.size();
      // below the table, within its columns, so the sheet prints one page wide at full size
      s.keepTogether(last + 2, last + 22);
      BarChart.on(s.xssf(), "Present value by stakeholder", 0, last + 2, Column.values().length, last + 22)
          .direction(BarDirection.COL)
          .series("Present value",
              XDDFDataSourcesFactory.fromStringCellRange(s.xssf(), column(Column.STAKEHOLDER, last)),
              XDDFDataSourcesFactory.fromNumericCellRange(s.xssf(), column(Column.PRESENT_VALUE, last)),
              XDDFColor.from(PresetColor.STEEL_BLUE))
          .draw();
    }
    s.print(0);
  }

  private static CellRangeAddress column(Column c, int last) {
    return new CellRangeAddress(1, last, c.index(), c.index());
  }
}
