package org.impactkit.report.xlsx.sroi;

import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.sroi.SroiResult;

/**
 * A sheet of the SROI workbook that works from the impact map while it is written: the result, the
 * workbook's styles, a writer for its own sheet, where the map's rows and columns are and the Summary's
 * live inputs its formulas read.
 */
abstract class MapSheet {
  /** The result the sheet shows. */
  final SroiResult r;
  /** The workbook's styles. */
  final XlsxStyles st;
  /** The writer of this sheet. */
  final SheetWriter s;
  /** Where the Impact Map sheet's rows and columns are. */
  final MapLayout map;
  /** The names of the Summary's input cells (discount rate, convention) that formulas read. */
  final SummarySheet.LiveInputs inputs;

  MapSheet(XlsxKit kit, Sheet sheet, SroiResult r, MapLayout map, SummarySheet.LiveInputs inputs) {
    this.r = r;
    this.st = kit.styles();
    this.s = kit.writer(sheet);
    this.map = map;
    this.inputs = inputs;
  }
}
