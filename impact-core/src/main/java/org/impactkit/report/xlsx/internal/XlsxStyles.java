package org.impactkit.report.xlsx.internal;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.impactkit.internal.Currencies;

/**
 * The cell styles of one workbook, each created once (a workbook holds a limited number of styles, so
 * creating one per cell is a bug). Money uses the currency's symbol; counts hide small numbers as
 * {@code <N} through their number format, so formulas still see the real value.
 *
 * <p>There are two looks, one per workbook: the wellbeing {@link #report report} (Calibri, text at
 * the top of its cell) and the SROI {@link #impactMap impact map} (the workbook's default font, fewer
 * styles). Each creates its styles, fonts and number formats in a fixed order, as that order is what
 * the file holds; a style a look lacks fails loudly when asked for instead of leaving cells unstyled.
 */
public final class XlsxStyles {
  /** What a style is for; a look need not have every one. */
  private enum Role {
    TITLE, SUBTITLE, HEADING, HEADING_WRAPPED, HEADER, HEADER_RIGHT, TEXT, TEXT_RIGHT, TEXT_QUOTED, WRAP, WRAP_QUOTED, NOTE,
    NOTE_WRAPPED, BOLD,
    MONEY, MONEY_TOTAL, PER_POUND, PER_POUND_TOTAL, COUNT, COUNT_TOTAL, COUNT_TEXT, ROWS, ROWS_TOTAL,
    INTEGER, QUANTITY, PERCENT, PERCENT_TOTAL, PERCENT_INPUT, FACTOR, MONTHS,
    HEADLINE, HEADLINE_MONEY, HEADLINE_PER_POUND, HEADLINE_COUNT
  }

  /**
   * Space after every number, the width of a digit: a number aligned right in its cell then never
   * touches the text of the cell beside it (SPEC §8: numbers never touch text).
   */
  static final String PAD = "_0";

  private final String look;
  private final Map<Role, CellStyle> styles = new EnumMap<>(Role.class);

  private XlsxStyles(String look) {
    this.look = look;
  }

  /**
   * The wellbeing report's styles.
   *
   * @param wb the workbook the styles belong to
   * @param currency the ISO code of the bank's currency
   * @param suppressBelow counts from 1 to this less one are shown as {@code <N}; 0 shows all
   */
  public static XlsxStyles report(Workbook wb, String currency, int suppressBelow) {
    XlsxStyles s = new XlsxStyles("the report");
    String symbol = quotedSymbol(currency);
    String moneyFormat = moneyFormat(symbol);
    String countFormat = suppressBelow > 0
        ? "[=0]0" + PAD + ";[<" + suppressBelow + "]\"<" + suppressBelow + "\"" + PAD + ";#,##0" + PAD
        : "#,##0" + PAD;
    Font boldFont = calibri(wb);
    boldFont.setBold(true);
    Font titleFont = calibri(wb);
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);
    Font headingFont = calibri(wb);
    headingFont.setBold(true);
    headingFont.setFontHeightInPoints((short) 12);
    Font greyFont = calibri(wb);
    greyFont.setItalic(true);
    greyFont.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
    Font headlineFont = calibri(wb);
    headlineFont.setBold(true);
    headlineFont.setFontHeightInPoints((short) 13);

    CellStyle title = s.put(Role.TITLE, topAligned(wb, null, titleFont));
    CellStyle subtitle = s.put(Role.SUBTITLE, topAligned(wb, null, greyFont));
    CellStyle heading = s.put(Role.HEADING, topAligned(wb, null, headingFont));
    CellStyle header = s.put(Role.HEADER, topAligned(wb, null, boldFont));
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.BOTTOM);
    s.put(Role.HEADER_RIGHT, rightAligned(wb, header));
    s.put(Role.TEXT, topAligned(wb, "@", null));
    s.put(Role.TEXT_QUOTED, topAligned(wb, "@", null)).setQuotePrefixed(true);
    CellStyle wrap = s.put(Role.WRAP, topAligned(wb, "@", null));
    wrap.setWrapText(true);
    CellStyle wrapQuoted = s.put(Role.WRAP_QUOTED, topAligned(wb, "@", null));
    wrapQuoted.setWrapText(true);
    wrapQuoted.setQuotePrefixed(true);
    CellStyle note = s.put(Role.NOTE, topAligned(wb, "@", greyFont));
    note.setIndention((short) 2);
    CellStyle noteWrapped = s.put(Role.NOTE_WRAPPED, topAligned(wb, "@", greyFont));
    noteWrapped.setIndention((short) 2);
    noteWrapped.setWrapText(true);
    s.put(Role.BOLD, topAligned(wb, "@", boldFont));
    s.put(Role.MONEY, topAligned(wb, moneyFormat, null));
    s.put(Role.MONEY_TOTAL, total(topAligned(wb, moneyFormat, boldFont)));
    s.put(Role.PER_POUND, topAligned(wb, symbol + "#,##0.00" + PAD, null));
    s.put(Role.PER_POUND_TOTAL, total(topAligned(wb, symbol + "#,##0.00" + PAD, boldFont)));
    s.put(Role.COUNT, topAligned(wb, countFormat, null));
    s.put(Role.COUNT_TOTAL, total(topAligned(wb, countFormat, boldFont)));
    s.put(Role.ROWS, topAligned(wb, "#,##0" + PAD, null));
    s.put(Role.ROWS_TOTAL, total(topAligned(wb, "#,##0" + PAD, boldFont)));
    CellStyle countText = s.put(Role.COUNT_TEXT, topAligned(wb, "@", null));
    countText.setAlignment(HorizontalAlignment.RIGHT);
    countText.setIndention((short) 1); // as far from the cell's edge as the numbers' padding
    s.put(Role.INTEGER, topAligned(wb, "0" + PAD, null));
    s.put(Role.PERCENT, topAligned(wb, "0.0%" + PAD, null));
    s.put(Role.PERCENT_TOTAL, total(topAligned(wb, "0.0%" + PAD, boldFont)));
    s.put(Role.FACTOR, topAligned(wb, "0.0000" + PAD, null));
    s.put(Role.HEADLINE, topAligned(wb, "@", headlineFont));
    s.put(Role.HEADLINE_MONEY, topAligned(wb, moneyFormat, headlineFont));
    s.put(Role.HEADLINE_PER_POUND, topAligned(wb, symbol + "#,##0.00" + PAD, headlineFont));
    s.put(Role.HEADLINE_COUNT, topAligned(wb, countFormat, headlineFont));
    for (CellStyle c : new CellStyle[] {title, subtitle, heading, note, noteWrapped, wrap, wrapQuoted}) {
      c.setVerticalAlignment(VerticalAlignment.TOP);
    }
    return s.withNamedFont(wb);
  }

  /**
   * The SROI workbook's styles: the workbook's default font and alignment, a yellow fill for the
   * inputs a reader may change, ratios written as {@code £4.20 per £1}. Its quoted text does not wrap,
   * so {@link #wrapQuoted()} is {@link #textQuoted()} here.
   *
   * @param wb the workbook the styles belong to
   * @param currency the ISO code of the map's currency
   */
  public static XlsxStyles impactMap(Workbook wb, String currency) {
    XlsxStyles s = new XlsxStyles("the impact map");
    String symbol = quotedSymbol(currency);
    String perPound = "0.00\" per " + Currencies.symbol(currency).replace("\"", "") + "1\"" + PAD;
    DataFormat df = wb.createDataFormat();
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 16);
    Font medium = wb.createFont();
    medium.setBold(true);
    medium.setFontHeightInPoints((short) 12);
    s.put(Role.TITLE, wb.createCellStyle()).setFont(big);
    s.put(Role.HEADING, wb.createCellStyle()).setFont(medium);
    CellStyle headingWrapped = s.put(Role.HEADING_WRAPPED, wb.createCellStyle());
    headingWrapped.setFont(medium);
    headingWrapped.setWrapText(true);
    headingWrapped.setVerticalAlignment(VerticalAlignment.TOP);
    CellStyle header = s.put(Role.HEADER, wb.createCellStyle());
    header.setFont(bold);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    s.put(Role.HEADER_RIGHT, rightAligned(wb, header));
    s.put(Role.TEXT, wb.createCellStyle());
    CellStyle textQuoted = s.put(Role.TEXT_QUOTED, wb.createCellStyle());
    textQuoted.setQuotePrefixed(true);
    s.put(Role.WRAP_QUOTED, textQuoted);
    s.put(Role.WRAP, wb.createCellStyle()).setWrapText(true);
    CellStyle money = s.put(Role.MONEY, formatted(wb, df, moneyFormat(symbol)));
    // a formula that gives text instead ("none" for no tipping point) stands where the numbers do
    money.setAlignment(HorizontalAlignment.RIGHT);
    s.put(Role.MONEY_TOTAL, variant(wb, money)).setFont(bold);
    CellStyle percent = s.put(Role.PERCENT, formatted(wb, df, "0.00%" + PAD));
    percent.setAlignment(HorizontalAlignment.RIGHT);
    CellStyle percentInput = s.put(Role.PERCENT_INPUT, variant(wb, percent));
    percentInput.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    percentInput.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    CellStyle ratio = s.put(Role.PER_POUND, formatted(wb, df, symbol + perPound + ";[Red]-" + symbol + perPound));
    s.put(Role.HEADLINE_PER_POUND, variant(wb, ratio)).setFont(big);
    s.put(Role.QUANTITY, formatted(wb, df, "#,##0.##" + PAD));
    s.put(Role.INTEGER, formatted(wb, df, "0" + PAD));
    s.put(Role.FACTOR, formatted(wb, df, "0.000000" + PAD));
    s.put(Role.MONTHS, formatted(wb, df, "0.0\" months\"" + PAD));
    // the engine's own "none" (no drop-off tipping point) stands where the figures and the formulas'
    // "none" do, aligned as they are
    s.put(Role.TEXT_RIGHT, wb.createCellStyle()).setAlignment(HorizontalAlignment.RIGHT);
    // a check that did not pass, on the Checks sheet both workbooks share; last, so the others keep their places
    s.put(Role.BOLD, wb.createCellStyle()).setFont(bold);
    // Text at the top of its cell, as in the report: a row made tall for one wrapped cell would otherwise
    // print every other cell of it, its label and its figures, at the bottom, far from where it starts.
    // Headers stay at the bottom of theirs, on the line over the figures.
    s.styles.forEach((role, style) -> {
      if (role != Role.HEADER && role != Role.HEADER_RIGHT) {
        style.setVerticalAlignment(VerticalAlignment.TOP);
      }
    });
    return s.withNamedFont(wb);
  }

  /**
   * Gives every style still on the workbook's default font a Calibri font of its own. LibreOffice
   * does not read the default font of a workbook without a theme (as POI writes them) and prints such
   * cells in its own default, a size and a face other than the rest of the sheet.
   */
  private XlsxStyles withNamedFont(Workbook wb) {
    Font plain = null;
    for (CellStyle c : styles.values()) {
      if (c.getFontIndex() == 0) {
        plain = plain != null ? plain : calibri(wb);
        c.setFont(plain);
      }
    }
    return this;
  }

  /** The currency symbol as a number-format literal: {@code "£"}. */
  private static String quotedSymbol(String currency) {
    return "\"" + Currencies.symbol(currency).replace("\"", "") + "\"";
  }

  /** Two decimal places with thousands separators, negatives in red with a minus sign. */
  private static String moneyFormat(String quotedSymbol) {
    return quotedSymbol + "#,##0.00" + PAD + ";[Red]-" + quotedSymbol + "#,##0.00" + PAD;
  }

  /**
   * A right-aligned twin of a header style, for the columns of numbers, its text ending a digit's
   * width short of the cell's edge as the numbers below do (and so apart from the next header).
   */
  private static CellStyle rightAligned(Workbook wb, CellStyle header) {
    CellStyle s = variant(wb, header);
    s.setAlignment(HorizontalAlignment.RIGHT);
    s.setDataFormat(wb.createDataFormat().getFormat("@" + PAD));
    return s;
  }

  private CellStyle put(Role role, CellStyle style) {
    styles.put(role, style);
    return style;
  }

  private CellStyle get(Role role) {
    CellStyle style = styles.get(role);
    if (style == null) {
      throw new IllegalStateException(look + " has no " + role.name().toLowerCase(java.util.Locale.ROOT)
          + " style");
    }
    return style;
  }

  /**
   * A font like the report's default: Calibri, and the Swiss (sans-serif) family, so viewers without
   * Calibri substitute the same sans-serif for bold and regular text.
   */
  private static Font calibri(Workbook wb) {
    Font f = wb.createFont();
    f.setFontName("Calibri");
    if (f instanceof XSSFFont x) {
      x.setFamily(FontFamily.SWISS);
      x.setScheme(FontScheme.MINOR);
    }
    return f;
  }

  /** A report style: its number format and font, if any, and its text at the top of the cell. */
  private static CellStyle topAligned(Workbook wb, String format, Font font) {
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

  private static CellStyle formatted(Workbook wb, DataFormat df, String format) {
    CellStyle s = wb.createCellStyle();
    s.setDataFormat(df.getFormat(format));
    return s;
  }

  /** A new style starting as a copy of {@code base}, for the caller to change one thing. */
  private static CellStyle variant(Workbook wb, CellStyle base) {
    CellStyle s = wb.createCellStyle();
    s.cloneStyleFrom(base);
    return s;
  }

  /** A report's title (16 point bold). */
  public CellStyle title() {
    return get(Role.TITLE);
  }

  /** The line under the title (grey italic). */
  public CellStyle subtitle() {
    return get(Role.SUBTITLE);
  }

  /** A section heading (12 point bold). */
  public CellStyle heading() {
    return get(Role.HEADING);
  }

  /** A section heading that wraps, for one across merged cells. */
  public CellStyle headingWrapped() {
    return get(Role.HEADING_WRAPPED);
  }

  /** A table's column header: bold, grey, wrapped, underlined. */
  public CellStyle header() {
    return get(Role.HEADER);
  }

  /** The header of a column of numbers: as {@link #header()}, aligned right over its numbers. */
  public CellStyle headerRight() {
    return get(Role.HEADER_RIGHT);
  }

  /** Text. */
  public CellStyle text() {
    return get(Role.TEXT);
  }

  /** Text aligned right, over a column of figures (the impact map's look only). */
  public CellStyle textRight() {
    return get(Role.TEXT_RIGHT);
  }

  /** Text that looks like a formula, quote-prefixed so that editing it keeps it text. */
  public CellStyle textQuoted() {
    return get(Role.TEXT_QUOTED);
  }

  /** Text that wraps. */
  public CellStyle wrap() {
    return get(Role.WRAP);
  }

  /** The quote-prefixed twin of {@link #wrap()}. */
  public CellStyle wrapQuoted() {
    return get(Role.WRAP_QUOTED);
  }

  /** A note beside a figure (grey italic, indented). */
  public CellStyle note() {
    return get(Role.NOTE);
  }

  /** The twin of {@link #note()} that wraps, for a note across a table's width. */
  public CellStyle noteWrapped() {
    return get(Role.NOTE_WRAPPED);
  }

  /** Bold text, for the labels of totals. */
  public CellStyle bold() {
    return get(Role.BOLD);
  }

  /** Money in the currency's symbol, negatives red. */
  public CellStyle money() {
    return get(Role.MONEY);
  }

  /** Money in a total (bold). */
  public CellStyle moneyTotal() {
    return get(Role.MONEY_TOTAL);
  }

  /** A return per unit invested. */
  public CellStyle perPound() {
    return get(Role.PER_POUND);
  }

  /** A return per unit invested, in a total. */
  public CellStyle perPoundTotal() {
    return get(Role.PER_POUND_TOTAL);
  }

  /** A count of people (small counts shown as {@code <N} when suppressed). */
  public CellStyle count() {
    return get(Role.COUNT);
  }

  /** A count of people in a total. */
  public CellStyle countTotal() {
    return get(Role.COUNT_TOTAL);
  }

  /** A suppressed count written as text ({@code <5}), aligned as numbers are. */
  public CellStyle countText() {
    return get(Role.COUNT_TEXT);
  }

  /** A count of rows, never suppressed. */
  public CellStyle rows() {
    return get(Role.ROWS);
  }

  /** A count of rows in a total. */
  public CellStyle rowsTotal() {
    return get(Role.ROWS_TOTAL);
  }

  /** A whole number. */
  public CellStyle integer() {
    return get(Role.INTEGER);
  }

  /** A quantity, with decimals only where it has them. */
  public CellStyle quantity() {
    return get(Role.QUANTITY);
  }

  /** A percentage. */
  public CellStyle percent() {
    return get(Role.PERCENT);
  }

  /** A percentage in a total. */
  public CellStyle percentTotal() {
    return get(Role.PERCENT_TOTAL);
  }

  /** A percentage the reader may change (yellow), which formulas use. */
  public CellStyle percentInput() {
    return get(Role.PERCENT_INPUT);
  }

  /** A factor (present-value or discount factor, life-satisfaction change). */
  public CellStyle factor() {
    return get(Role.FACTOR);
  }

  /** A number of months. */
  public CellStyle months() {
    return get(Role.MONTHS);
  }

  /** Headline text (13 point bold). */
  public CellStyle headline() {
    return get(Role.HEADLINE);
  }

  /** A headline money figure. */
  public CellStyle headlineMoney() {
    return get(Role.HEADLINE_MONEY);
  }

  /** The headline return per unit invested. */
  public CellStyle headlinePerPound() {
    return get(Role.HEADLINE_PER_POUND);
  }

  /** A headline count of people. */
  public CellStyle headlineCount() {
    return get(Role.HEADLINE_COUNT);
  }
}
