package org.impactkit.report.xlsx.sroi;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the SROI workbook, each created once per workbook (a workbook holds at most 64,000
 * styles, so never one per cell). Kept local to this package until the report writers share theirs.
 */
final class Styles {
  static final String GBP = "\"£\"#,##0.00;[Red]-\"£\"#,##0.00";
  static final String PER_POUND = "\"£\"0.00\" per £1\";[Red]-\"£\"0.00\" per £1\"";

  final CellStyle title;
  final CellStyle subtitle;
  final CellStyle header;
  final CellStyle text;
  final CellStyle textQuoted;
  final CellStyle wrap;
  final CellStyle money;
  final CellStyle moneyBold;
  final CellStyle percent;
  final CellStyle percentInput;
  final CellStyle ratio;
  final CellStyle ratioBold;
  final CellStyle number;
  final CellStyle integer;
  final CellStyle factor;
  final CellStyle months;

  Styles(XSSFWorkbook wb) {
    var df = wb.createDataFormat();
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 16);
    Font medium = wb.createFont();
    medium.setBold(true);
    medium.setFontHeightInPoints((short) 12);
    title = wb.createCellStyle();
    title.setFont(big);
    subtitle = wb.createCellStyle();
    subtitle.setFont(medium);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    text = wb.createCellStyle();
    textQuoted = wb.createCellStyle();
    textQuoted.setQuotePrefixed(true);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    money = wb.createCellStyle();
    money.setDataFormat(df.getFormat(GBP));
    moneyBold = wb.createCellStyle();
    moneyBold.cloneStyleFrom(money);
    moneyBold.setFont(bold);
    percent = wb.createCellStyle();
    percent.setDataFormat(df.getFormat("0.00%"));
    percentInput = wb.createCellStyle();
    percentInput.cloneStyleFrom(percent);
    percentInput.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    percentInput.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    ratio = wb.createCellStyle();
    ratio.setDataFormat(df.getFormat(PER_POUND));
    ratioBold = wb.createCellStyle();
    ratioBold.cloneStyleFrom(ratio);
    ratioBold.setFont(big);
    number = wb.createCellStyle();
    number.setDataFormat(df.getFormat("#,##0.##"));
    integer = wb.createCellStyle();
    integer.setDataFormat(df.getFormat("0"));
    factor = wb.createCellStyle();
    factor.setDataFormat(df.getFormat("0.000000"));
    months = wb.createCellStyle();
    months.setDataFormat(df.getFormat("0.0\" months\""));
  }

  /**
   * Writes text from the inputs as a text cell; one that Excel could take for a formula ({@code =},
   * {@code +}, {@code -}, {@code @}, tab, CR) is also quote-prefixed, so it stays text when edited.
   */
  Cell text(Row row, int col, String value) {
    Cell c = row.createCell(col);
    if (value == null) {
      return c;
    }
    c.setCellValue(value);
    boolean risky = !value.isEmpty() && "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0;
    c.setCellStyle(risky ? textQuoted : text);
    return c;
  }

  /** Landscape, fit to one page wide, title and page numbers, the first rows repeated. */
  static void print(Sheet sheet, String heading, int headerRows) {
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.getHeader().setCenter(heading);
    sheet.getFooter().setCenter("Page &P of &N");
    if (headerRows > 0) {
      sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, headerRows - 1, -1, -1));
    }
  }
}
