package org.impactkit.report.xlsx.internal;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.diagnostic.Check;

/**
 * The Checks sheet (SPEC §8, §10): every assurance check with its status and what it found, so a funder
 * sees what was looked at, not only what went wrong. The calculation's workbook and the impact map's write it.
 */
public final class ChecksSheet {
  /** The sheet's name. */
  public static final String NAME = "Checks";

  enum Column {
    CHECK("Check", 0), STATUS("Result", 0), FINDING("What was found", 90);

    private final String header;
    /** The widest the column may grow, or 0 for the kit's default. */
    private final int cap;

    Column(String header, int cap) {
      this.header = header;
      this.cap = cap;
    }

    static List<String> headers() {
      return Arrays.stream(values()).map(c -> c.header).toList();
    }
  }

  private ChecksSheet() {}

  /**
   * Writes every check, in order, with its status and message.
   *
   * @param kit the workbook's kit
   * @param sheet the sheet to fill
   * @param checks every check of the result, passed or not
   */
  public static void write(XlsxKit kit, Sheet sheet, List<Check> checks) {
    SheetWriter s = kit.writer(sheet);
    s.tableHeader(0, Column.headers());
    int row = 1;
    for (Check c : checks) {
      s.text(row, Column.CHECK.ordinal(), c.id().title(), kit.styles().wrap());
      if (c.notPassing()) {
        s.text(row, Column.STATUS.ordinal(), c.status().label(), kit.styles().bold());
      } else {
        s.text(row, Column.STATUS.ordinal(), c.status().label());
      }
      s.text(row, Column.FINDING.ordinal(), c.message(), kit.styles().wrap());
      row++;
    }
    int last = Math.max(row - 1, 1);
    for (Column c : Column.values()) {
      s.cap(c.ordinal(), c.cap);
    }
    s.atLeast(Column.CHECK.ordinal(), 24);
    s.applyWidths(Column.values().length);
    s.sheet.createFreezePane(0, 1);
    Tables.add(s.xssf(), "tblChecks", 0, last, Column.headers());
    s.print(0);
    s.fitRows(1, last, Column.FINDING.ordinal());
  }
}
