package org.impactkit.report.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.CalculationResult;

/**
 * A sheet of the wellbeing workbook while it is written: the result it shows, what the workbook's sheets
 * share (the kit and its styles) and a writer for its own sheet.
 */
abstract class ResultSheet {
  /** The result the sheet shows. */
  final CalculationResult r;
  /** What every sheet of the workbook shares: title, currency, defined names, printing. */
  final XlsxKit kit;
  /** The workbook's styles. */
  final XlsxStyles st;
  /** The writer of this sheet. */
  final SheetWriter s;

  ResultSheet(XlsxKit kit, Sheet sheet, CalculationResult r) {
    this.r = r;
    this.kit = kit;
    this.st = kit.styles();
    this.s = kit.writer(sheet);
  }
}
