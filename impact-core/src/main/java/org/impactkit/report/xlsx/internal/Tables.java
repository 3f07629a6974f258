package org.impactkit.report.xlsx.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/** Excel tables: a filter on every column and banded rows, so a reader can sort and filter a sheet. */
public final class Tables {
  private Tables() {}

  /**
   * Makes rows {@code headerRow} to {@code lastRow} from column A an Excel table named {@code name}. The
   * header names are set here, as the table cannot read them from streamed (SXSSF) rows.
   */
  public static XSSFTable add(XSSFSheet sheet, String name, int headerRow, int lastRow, List<String> headers) {
    int last = Math.max(lastRow, headerRow + 1);
    AreaReference area = new AreaReference(new CellReference(headerRow, 0),
        new CellReference(last, headers.size() - 1), sheet.getWorkbook().getSpreadsheetVersion());
    XSSFTable t = sheet.createTable(area);
    t.setName(name);
    t.setDisplayName(name);
    for (int i = 0; i < headers.size(); i++) {
      t.getColumns().get(i).setName(headers.get(i));
    }
    var ct = t.getCTTable();
    if (!ct.isSetAutoFilter()) {
      ct.addNewAutoFilter();
    }
    ct.getAutoFilter().setRef(area.formatAsString());
    var info = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
    info.setName("TableStyleLight1");
    info.setShowRowStripes(true);
    info.setShowColumnStripes(false);
    return t;
  }

  /**
   * Header names made unique ignoring case, as a table's columns must be (an age band's label may
   * repeat a fixed column's): a repeated one gets {@code (2)}, {@code (3)}…
   */
  public static List<String> uniqueHeaders(List<String> headers) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String h : headers) {
      String name = h;
      int n = 2;
      while (!seen.add(name.toLowerCase(Locale.ROOT))) {
        name = h + " (" + n++ + ")";
      }
      out.add(name);
    }
    return out;
  }
}
