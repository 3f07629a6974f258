package org.impactkit.report.xlsx.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.impactkit.read.table.Cells;

/**
 * The cell styles of a report workbook, each created once (a workbook holds a limited number of
 * styles, so creating one per cell is a bug). Money uses the bank's currency symbol; counts hide
 * small numbers as {@code <N} through their number format, so formulas still see the real value.
 */
public final class XlsxStyles {
  public final CellStyle title;
  public final CellStyle subtitle;
  public final CellStyle heading;
  public final CellStyle header;
  public final CellStyle text;
  public final CellStyle textQuoted;
  public final CellStyle wrap;
  public final CellStyle wrapQuoted;
  public final CellStyle note;
  public final CellStyle bold;
  public final CellStyle money;
  public final CellStyle moneyTotal;
  public final CellStyle perPound;
  public final CellStyle perPoundTotal;
  public final CellStyle count;
  public final CellStyle countTotal;
  public final CellStyle countText;
  public final CellStyle rows;
  public final CellStyle rowsTotal;
  public final CellStyle integer;
  public final CellStyle percent;
  public final CellStyle percentTotal;
  public final CellStyle factor;
  public final CellStyle headline;
  public final CellStyle headlineMoney;
  public final CellStyle headlinePerPound;
  public final CellStyle headlineCount;

  /**
   * @param wb the workbook the styles belong to
   * @param currency the ISO code of the bank's currency
   * @param suppressBelow counts from 1 to this less one are shown as {@code <N}; 0 shows all
   */
  public XlsxStyles(Workbook wb, String currency, int suppressBelow) {
    String symbol = "\"" + Cells.symbol(currency).replace("\"", "") + "\"";
    String moneyFormat = symbol + "#,##0.00;[Red]-" + symbol + "#,##0.00";
    String countFormat = suppressBelow > 0
        ? "[=0]0;[<" + suppressBelow + "]\"<" + suppressBelow + "\";#,##0" : "#,##0";
    Font boldFont = font(wb);
    boldFont.setBold(true);
    Font titleFont = font(wb);
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);
    Font headingFont = font(wb);
    headingFont.setBold(true);
    headingFont.setFontHeightInPoints((short) 12);
    Font greyFont = font(wb);
    greyFont.setItalic(true);
    greyFont.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
    Font headlineFont = font(wb);
    headlineFont.setBold(true);
    headlineFont.setFontHeightInPoints((short) 13);

    title = style(wb, null, titleFont);
    subtitle = style(wb, null, greyFont);
    heading = style(wb, null, headingFont);
    header = style(wb, null, boldFont);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.BOTTOM);
    text = style(wb, "@", null);
    textQuoted = style(wb, "@", null);
    textQuoted.setQuotePrefixed(true);
    wrap = style(wb, "@", null);
    wrap.setWrapText(true);
    wrapQuoted = style(wb, "@", null);
    wrapQuoted.setWrapText(true);
    wrapQuoted.setQuotePrefixed(true);
    note = style(wb, "@", greyFont);
    note.setIndention((short) 1);
    bold = style(wb, "@", boldFont);
    money = style(wb, moneyFormat, null);
    moneyTotal = total(style(wb, moneyFormat, boldFont));
    perPound = style(wb, symbol + "#,##0.00", null);
    perPoundTotal = total(style(wb, symbol + "#,##0.00", boldFont));
    count = style(wb, countFormat, null);
    countTotal = total(style(wb, countFormat, boldFont));
    rows = style(wb, "#,##0", null);
    rowsTotal = total(style(wb, "#,##0", boldFont));
    countText = style(wb, "@", null);
    countText.setAlignment(HorizontalAlignment.RIGHT);
    integer = style(wb, "0", null);
    percent = style(wb, "0.0%", null);
    percentTotal = total(style(wb, "0.0%", boldFont));
    factor = style(wb, "0.0000", null);
    headline = style(wb, "@", headlineFont);
    headlineMoney = style(wb, moneyFormat, headlineFont);
    headlinePerPound = style(wb, symbol + "#,##0.00", headlineFont);
    headlineCount = style(wb, countFormat, headlineFont);
    for (CellStyle s : new CellStyle[] {title, subtitle, heading, note, wrap, wrapQuoted}) {
      s.setVerticalAlignment(VerticalAlignment.TOP);
    }
  }

  /**
   * A font like the workbook's default: Calibri, and the Swiss (sans-serif) family, so viewers without
   * Calibri substitute the same sans-serif for bold and regular text.
   */
  private static Font font(Workbook wb) {
    Font f = wb.createFont();
    f.setFontName("Calibri");
    if (f instanceof XSSFFont x) {
      x.setFamily(FontFamily.SWISS);
      x.setScheme(FontScheme.MINOR);
    }
    return f;
  }

  private static CellStyle style(Workbook wb, String format, Font font) {
    CellStyle s = wb.createCellStyle();
    if (format != null) {
      s.setDataFormat(wb.createDataFormat().getFormat(format));
    }
    if (font != null) {
      s.setFont(font);
    }
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private static CellStyle total(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    return s;
  }
}
