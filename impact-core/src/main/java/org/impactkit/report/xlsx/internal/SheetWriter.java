package org.impactkit.report.xlsx.internal;

import org.impactkit.report.internal.ReportText;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells into one sheet (XSSF or streaming SXSSF) and remembers how wide each column's content
 * is, so column widths come from the content without {@code autoSizeColumn} (slow, and it needs AWT
 * fonts). Text always becomes a text cell; text a spreadsheet could take for a formula also gets a
 * quote-prefixed style.
 */
public final class SheetWriter {
  private static final int MAX_COLUMNS = 64;

  public final Sheet sheet;
  private final XlsxStyles styles;
  private final int[] chars = new int[MAX_COLUMNS];
  private final int[] caps = new int[MAX_COLUMNS];
  /** Header cells written so far (row, column, text), so their rows can be made tall enough. */
  private final java.util.List<Object[]> headerCells = new java.util.ArrayList<>();

  public SheetWriter(Sheet sheet, XlsxStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
    Arrays.fill(caps, 60);
  }

  /**
   * The sheet as XSSF, for what only XSSF has (tables, drawings): the sheet itself, or the one a
   * streaming sheet writes into.
   */
  public XSSFSheet xssf() {
    if (sheet instanceof SXSSFSheet) {
      return ((SXSSFWorkbook) sheet.getWorkbook()).getXSSFWorkbook().getSheet(sheet.getSheetName());
    }
    return (XSSFSheet) sheet;
  }

  public String name() {
    return sheet.getSheetName();
  }

  /** The sheet name ready for a formula: {@code 'By activity'!}. */
  public String ref() {
    return "'" + sheet.getSheetName().replace("'", "''") + "'!";
  }

  /** An absolute reference to a range in one column of this sheet, for formulas on other sheets. */
  public String column(int col, int firstRow, int lastRow) {
    String c = CellReference.convertNumToColString(col);
    return ref() + "$" + c + "$" + (firstRow + 1) + ":$" + c + "$" + (lastRow + 1);
  }

  /** A cell address ({@code B7}) on this sheet. */
  public static String cell(int row, int col) {
    return CellReference.convertNumToColString(col) + (row + 1);
  }

  public Row row(int r) {
    Row row = sheet.getRow(r);
    return row != null ? row : sheet.createRow(r);
  }

  private Cell create(int r, int c, CellStyle style) {
    Cell cell = row(r).createCell(c);
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  /** Caps a column's width at {@code max} characters (longer text wraps where the style wraps). */
  public void cap(int col, int max) {
    caps[col] = max;
  }

  /** Makes a column at least {@code n} characters wide. */
  public void atLeast(int col, int n) {
    chars[col] = Math.max(chars[col], n);
  }

  private void measure(int col, String shown) {
    if (shown != null) {
      int longestLine = 0;
      for (String line : shown.split("\n", -1)) {
        longestLine = Math.max(longestLine, line.length());
      }
      chars[col] = Math.max(chars[col], longestLine);
    }
  }

  /** Text from anywhere (input included), written as a text cell. {@code null} leaves the cell empty. */
  public Cell text(int r, int c, String value) {
    return text(r, c, value, styles.text);
  }

  /** Text in a style; input that looks like a formula gets the quote-prefixed twin of the style. */
  public Cell text(int r, int c, String value, CellStyle style) {
    if (value == null) {
      return create(r, c, style);
    }
    CellStyle s = style;
    if (ReportText.looksLikeFormula(value)) {
      s = style == styles.wrap ? styles.wrapQuoted : styles.textQuoted;
    }
    Cell cell = create(r, c, s);
    cell.setCellValue(value);
    measure(c, value);
    return cell;
  }

  /** Text that does not count towards the column's width (titles and notes that run across). */
  public Cell loose(int r, int c, String value, CellStyle style) {
    CellStyle s = style;
    if (ReportText.looksLikeFormula(value)) {
      s = style == styles.wrap ? styles.wrapQuoted : styles.textQuoted;
    }
    Cell cell = create(r, c, s);
    if (value != null) {
      cell.setCellValue(value);
    }
    return cell;
  }

  /** A header cell; counts its longest word towards the width, so headers wrap instead of widening. */
  public Cell header(int r, int c, String value) {
    Cell cell = create(r, c, styles.header);
    cell.setCellValue(value);
    headerCells.add(new Object[] {r, c, value});
    for (String word : value.split(" ")) {
      chars[c] = Math.max(chars[c], word.length() + 1);
    }
    return cell;
  }

  /** A number; {@code shown} is how it displays, for the width. */
  public Cell number(int r, int c, double value, CellStyle style, String shown) {
    Cell cell = create(r, c, style);
    cell.setCellValue(value);
    measure(c, shown);
    return cell;
  }

  /** A live formula with its value computed in advance, so viewers that do not recalculate show it. */
  public Cell formula(int r, int c, String formula, double cached, CellStyle style, String shown) {
    Cell cell = create(r, c, style);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    measure(c, shown);
    return cell;
  }

  /** A live formula whose value is text (e.g. empty when a ratio has no investment). */
  public Cell formulaText(int r, int c, String formula, String cached, CellStyle style) {
    Cell cell = create(r, c, style);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    measure(c, cached);
    return cell;
  }

  /** Sets a row's height to fit {@code lines} lines of 11-point text. */
  public void lines(int r, int lines) {
    row(r).setHeightInPoints(Math.max(1, lines) * 15f);
  }

  /** How many lines a text needs in a column {@code width} characters wide. */
  public static int linesFor(String text, int width) {
    int lines = 0;
    for (String para : text.split("\n", -1)) {
      int len = 0;
      int n = 1;
      for (String word : para.split(" ")) {
        int w = word.length();
        if (len > 0 && len + 1 + w > width) {
          n++;
          len = w;
        } else {
          len += (len > 0 ? 1 : 0) + w;
        }
      }
      lines += n;
    }
    return Math.max(1, lines);
  }

  /**
   * How many characters of ordinary text fit in a width given in column units (which count the widest
   * digit; average letters are narrower).
   */
  public static int textWidth(int columnChars) {
    return Math.max(4, (int) (columnChars * 1.3) - 1);
  }

  /** The width in characters this column will have. */
  public int width(int col) {
    return Math.max(6, Math.min(caps[col], chars[col]) + 3);
  }

  /** Applies the widths measured so far to the first {@code columns} columns. */
  public void applyWidths(int columns) {
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, width(c) * 256);
    }
    // Header rows as tall as their most wrapped header (bold text is a little wider).
    java.util.Map<Integer, Integer> lines = new java.util.HashMap<>();
    for (Object[] h : headerCells) {
      int col = (Integer) h[1];
      int n = linesFor((String) h[2], Math.max(4, (int) (textWidth(width(col)) * 0.85)));
      lines.merge((Integer) h[0], Math.max(2, n), Math::max);
    }
    lines.forEach(this::lines);
  }

  /**
   * Prints landscape on A4, fitted to one page wide, with the title in the page header, the sheet name
   * and page numbers in the footer, and the header row repeated on every page.
   */
  public void print(String title, int headerRow) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(PageMargin.LEFT, 0.5);
    sheet.setMargin(PageMargin.RIGHT, 0.5);
    sheet.setMargin(PageMargin.TOP, 0.75);
    sheet.setMargin(PageMargin.BOTTOM, 0.75);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    sheet.getHeader().setCenter(headerText(title));
    sheet.getFooter().setLeft(headerText(sheet.getSheetName()));
    sheet.getFooter().setRight("Page &P of &N");
    if (headerRow >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
  }

  /** Text for a page header: {@code &} escaped, and short enough for the 255-character limit. */
  public static String headerText(String s) {
    String t = s.length() > 100 ? s.substring(0, 99) + "…" : s;
    return t.replace("&", "&&");
  }
}
