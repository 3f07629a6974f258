package org.impactkit.report.xlsx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.impactkit.report.internal.ReportText;

/**
 * Writes cells into one sheet (XSSF or streaming SXSSF) and remembers how wide each column's content
 * is, so column widths come from the content without {@code autoSizeColumn} (slow, and it needs AWT
 * fonts). Text always becomes a text cell; text a spreadsheet could take for a formula also gets a
 * quote-prefixed style.
 *
 * <p>Each cell gets its value before its style: an XSSF sheet writes a cell's attributes in the order
 * they were set, and the workbooks' files stay the same that way.
 */
public final class SheetWriter {
  private static final int DEFAULT_CAP = 60;
  /** The characters a note's indent (two levels) takes from its line, as LibreOffice prints it. */
  private static final double NOTE_INDENT = 4;

  public final Sheet sheet;
  private final XlsxKit kit;
  private final XlsxStyles styles;
  private int[] chars = new int[64];
  private int[] caps = new int[64];
  /** Header cells written so far, so their rows can be made tall enough. */
  private final List<HeaderCell> headerCells = new ArrayList<>();
  /** The columns holding numbers, whose headers are aligned right as the numbers are. */
  private final BitSet numeric = new BitSet();
  /** The rightmost column written, so printing knows the sheet's width. */
  private int lastColumn;
  /** Rows to print on one page, when they fit on one. */
  private final List<int[]> blocks = new ArrayList<>();

  private record HeaderCell(int row, int col, String text) {}

  SheetWriter(Sheet sheet, XlsxKit kit) {
    this.sheet = sheet;
    this.kit = kit;
    this.styles = kit.styles();
    Arrays.fill(caps, DEFAULT_CAP);
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

  /** An absolute reference to rows of one column of this sheet, for formulas and charts: {@code 'Summary'!$A$3:$A$6}. */
  public String absoluteColumn(int col, int firstRow, int lastRow) {
    return Refs.sheet(name()) + Refs.absoluteColumn(col, firstRow, lastRow);
  }

  public Row row(int r) {
    Row row = sheet.getRow(r);
    return row != null ? row : sheet.createRow(r);
  }

  private Cell create(int r, int c) {
    lastColumn = Math.max(lastColumn, c);
    return row(r).createCell(c);
  }

  private static Cell styled(Cell cell, CellStyle style) {
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  // ---------------------------------------------------------------- widths

  private void ensureColumn(int col) {
    if (col >= chars.length) {
      int size = Math.max(col + 1, chars.length * 2);
      chars = Arrays.copyOf(chars, size);
      int old = caps.length;
      caps = Arrays.copyOf(caps, size);
      Arrays.fill(caps, old, size, DEFAULT_CAP);
    }
  }

  /**
   * Caps a column's width at {@code max} characters (longer text wraps where the style wraps); 0 keeps
   * the default cap.
   */
  public void cap(int col, int max) {
    if (max > 0) {
      ensureColumn(col);
      caps[col] = max;
    }
  }

  /** Makes a column at least {@code n} characters wide. */
  public void atLeast(int col, int n) {
    ensureColumn(col);
    chars[col] = Math.max(chars[col], n);
  }

  /**
   * Makes a column wide enough for its header on one line, for a header that wraps badly (a period such
   * as "2021-04-01 to 2021-09-30" breaks at its hyphens).
   */
  public void headerOnOneLine(int col, String header) {
    atLeast(col, TextLines.columnCharsFor(header, true) - 3); // width() adds the 3 back
  }

  private void measure(int col, String shown) {
    if (shown != null) {
      int longestLine = 0;
      for (String line : shown.split("\n", -1)) {
        longestLine = Math.max(longestLine, line.length());
      }
      atLeast(col, longestLine);
    }
  }

  /** The width in characters this column will have. */
  public int width(int col) {
    ensureColumn(col);
    return Math.max(6, Math.min(caps[col], chars[col]) + 3);
  }

  /** The width of the first {@code columns} columns together. */
  public int widthOf(int columns) {
    int width = 0;
    for (int c = 0; c < columns; c++) {
      width += width(c);
    }
    return width;
  }

  /**
   * Sizes a column as its heading says: a fixed width is set now; a column sized from its content gets
   * its cap and least width, for {@link #applyWidths}.
   */
  public void size(int col, Heading h) {
    if (h.width() > 0) {
      setWidth(col, h.width());
      return;
    }
    cap(col, h.cap());
    if (h.min() > 0) {
      atLeast(col, h.min());
    }
  }

  /** Sizes columns as their headings say ({@link #size(int, Heading)}), from column A on. */
  public void size(List<Heading> columns) {
    for (int c = 0; c < columns.size(); c++) {
      size(c, columns.get(c));
    }
  }

  /** Sets a column's width to {@code chars} characters, whatever its content. */
  public void setWidth(int col, int chars) {
    sheet.setColumnWidth(col, chars * 256);
  }

  /** Marks a column as holding numbers before they are written (its header then aligns right). */
  public void numeric(int col) {
    numeric.set(col);
  }

  /**
   * Applies the widths measured so far to the first {@code columns} columns, and aligns the headers of
   * the columns holding numbers to the right, over their numbers.
   */
  public void applyWidths(int columns) {
    for (int c = 0; c < columns; c++) {
      setWidth(c, width(c));
    }
    alignHeaders();
    // Header rows as tall as their most wrapped header (bold).
    Map<Integer, Integer> lines = new HashMap<>();
    for (HeaderCell h : headerCells) {
      lines.merge(h.row(), TextLines.lines(h.text(), width(h.col()), true), Math::max);
    }
    lines.forEach(this::lines);
  }

  /**
   * Aligns each header written so far over its column's numbers (right) or text (left): by the cell
   * under it when that is a number or text, else by what the column holds (a sheet may stack tables
   * whose columns hold different things).
   */
  public void alignHeaders() {
    for (HeaderCell h : headerCells) {
      Row row = sheet.getRow(h.row());
      Cell cell = row == null ? null : row.getCell(h.col());
      Row next = sheet.getRow(h.row() + 1);
      Cell below = next == null ? null : next.getCell(h.col());
      CellType kind = below == null ? CellType.BLANK : below.getCellType();
      boolean rightAligned = below != null && below.getCellStyle().getAlignment() == HorizontalAlignment.RIGHT;
      // an empty text cell (a description left blank) wraps as text does: its column's numbers are another table's
      boolean emptyText = below != null && kind == CellType.BLANK && below.getCellStyle().getWrapText();
      boolean number = kind == CellType.NUMERIC || rightAligned
          || (kind != CellType.STRING && !emptyText && numeric.get(h.col()));
      if (cell != null && number) {
        cell.setCellStyle(styles.headerRight());
      }
    }
  }

  // ---------------------------------------------------------------- text

  /** Text from anywhere (input included), written as a text cell. {@code null} leaves the cell empty. */
  public Cell text(int r, int c, String value) {
    return text(r, c, value, styles.text());
  }

  /** Text in a style; input that looks like a formula gets the quote-prefixed twin of the style. */
  public Cell text(int r, int c, String value, CellStyle style) {
    Cell cell = create(r, c);
    if (value == null) {
      return styled(cell, style);
    }
    cell.setCellValue(value);
    measure(c, value);
    return styled(cell, safe(value, style));
  }

  /** Text that does not count towards the column's width (titles and notes that run across). */
  public Cell loose(int r, int c, String value, CellStyle style) {
    Cell cell = create(r, c);
    if (value != null) {
      cell.setCellValue(value);
    }
    return styled(cell, safe(value, style));
  }

  /**
   * Text in exactly {@code style}, without the check {@link #text} makes, and not counted towards the
   * width: for the workbook's own words in a style of their own (titles, labels of totals).
   */
  public Cell textAs(int r, int c, String value, CellStyle style) {
    Cell cell = create(r, c);
    if (value != null) {
      cell.setCellValue(value);
    }
    return styled(cell, style);
  }

  /** As {@link #text(int, int, String)}, but {@code null} leaves a cell with no style at all. */
  public Cell textOrEmpty(int r, int c, String value) {
    return value == null ? create(r, c) : text(r, c, value);
  }

  private CellStyle safe(String value, CellStyle style) {
    if (!ReportText.looksLikeFormula(value)) {
      return style;
    }
    return style == styles.wrap() ? styles.wrapQuoted() : styles.textQuoted();
  }

  /** A header cell; counts its longest word towards the width, so headers wrap instead of widening. */
  public Cell header(int r, int c, String value) {
    Cell cell = create(r, c);
    cell.setCellValue(value);
    headerCells.add(new HeaderCell(r, c, value));
    for (String word : value.split(" ")) {
      atLeast(c, word.length() + 1);
    }
    return styled(cell, styles.header());
  }

  /** Header cells from column A on. */
  public void headers(int r, List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      header(r, c, names.get(c));
    }
  }

  /** A table's header row from column A on; {@link #applyWidths} makes it as tall as its most wrapped header. */
  public void tableHeader(int r, List<String> names) {
    headers(r, names);
  }

  /**
   * A note under a table, wrapped in a cell merged across the columns every printed page of the sheet
   * shows, its row as tall as its lines: all the columns when the sheet prints one page wide, only the
   * {@code keys} columns that repeat on each page when it prints in column groups. A note left to run on
   * over the cells to its right is cut off where the page, or the repeated columns, end. Call it once the
   * widths are applied.
   */
  public void noteAcross(int r, String text, int keys) {
    int columns = lastColumn + 1;
    double[] widths = new double[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = sheet.getColumnWidth(c) / 256.0;
    }
    int across = kit.pages().plan(widths, keys).groupEnds().isEmpty() ? columns : Math.max(1, keys);
    double chars = 0;
    for (int c = 0; c < across; c++) {
      chars += widths[c];
    }
    loose(r, 0, text, styles.noteWrapped());
    if (across > 1) {
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, across - 1));
    }
    lines(r, TextLines.lines(text, chars - NOTE_INDENT, false));
  }

  // ---------------------------------------------------------------- numbers and formulas

  /** A number; {@code shown} is how it displays, for the width ({@code null}: not counted). */
  public Cell number(int r, int c, double value, CellStyle style, String shown) {
    numeric.set(c);
    Cell cell = create(r, c);
    cell.setCellValue(value);
    measure(c, shown);
    return styled(cell, style);
  }

  /** Money rounded to the penny, as the JSON gives it, counted towards the width as shown. */
  public Cell money(int r, int c, BigDecimal value, CellStyle style) {
    return number(r, c, CellNumbers.money(value), style, kit.moneyText(value));
  }

  /** Money exactly as the engine holds it (see {@link CellNumbers#exact}), counted towards the width as shown. */
  public Cell exactMoney(int r, int c, BigDecimal value, CellStyle style) {
    return number(r, c, CellNumbers.exact(value), style, kit.moneyText(value));
  }

  /** A figure exactly as the engine holds it, not counted towards the width; {@code null} leaves the cell empty. */
  public Cell exact(int r, int c, BigDecimal value, CellStyle style) {
    numeric.set(c);
    Cell cell = create(r, c);
    if (value != null) {
      cell.setCellValue(CellNumbers.exact(value));
    }
    return styled(cell, style);
  }

  /** A live formula with its value computed in advance, so viewers that do not recalculate show it. */
  public Cell formula(int r, int c, String formula, double cached, CellStyle style, String shown) {
    numeric.set(c);
    Cell cell = create(r, c);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    measure(c, shown);
    return styled(cell, style);
  }

  /** A live formula whose cached value is money, rounded to the penny and counted towards the width as shown. */
  public Cell moneyFormula(int r, int c, String formula, BigDecimal cached, CellStyle style) {
    return formula(r, c, formula, CellNumbers.money(cached), style, kit.moneyText(cached));
  }

  /** A live formula whose value is text (e.g. empty when a ratio has no investment). */
  public Cell formulaText(int r, int c, String formula, String cached, CellStyle style) {
    Cell cell = create(r, c);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    measure(c, cached);
    return styled(cell, style);
  }

  /** A live formula without a value, for a workbook that POI evaluates before it is written. */
  public Cell formula(int r, int c, String formula, CellStyle style) {
    numeric.set(c);
    Cell cell = create(r, c);
    cell.setCellFormula(formula);
    return styled(cell, style);
  }

  // ---------------------------------------------------------------- row heights

  /** Sets a row's height to fit {@code lines} lines of 11-point text (the sheets' text). */
  public void lines(int r, int lines) {
    lines(r, lines, 11);
  }

  /** Sets a row's height to fit {@code lines} lines of text {@code fontPoints} points tall. */
  public void lines(int r, int lines, double fontPoints) {
    row(r).setHeightInPoints(TextLines.rowPoints(lines, fontPoints));
  }

  /** Gives each row from {@code first} to {@code last} enough lines for its longest wrapped text cell. */
  public void fitRows(int first, int last, int... wrappedCols) {
    for (int r = first; r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      int lines = 1;
      for (int c : wrappedCols) {
        Cell cell = row.getCell(c);
        if (cell != null && cell.getCellType() == CellType.STRING) {
          lines = Math.max(lines, linesFor(cell.getStringCellValue(), width(c)));
        }
      }
      if (lines > 1) {
        lines(r, lines);
      }
    }
  }

  /**
   * Sets a row's height for texts wrapped in columns {@code widths} characters wide (the SROI workbook's
   * rule, whose column widths are fixed): as many lines as the longest needs.
   */
  public void fitWrapped(int r, int[] widths, String... texts) {
    int lines = 1;
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        lines = Math.max(lines, linesFor(texts[i], widths[i]));
      }
    }
    lines(r, lines);
  }

  /**
   * How many lines 11-point text needs in a column (or merged columns) {@code columnChars} characters
   * wide, measured by Calibri's character widths ({@link TextLines}).
   */
  public static int linesFor(String text, int columnChars) {
    return TextLines.lines(text, columnChars, false);
  }

  /** As {@link #linesFor(String, int)}, for text {@code fontPoints} points tall, bold or not. */
  public static int linesFor(String text, int columnChars, double fontPoints, boolean bold) {
    // a column's width is counted in 11-point digits, so larger text fits proportionally less
    return TextLines.lines(text, columnChars * 11 / fontPoints, bold);
  }

  // ---------------------------------------------------------------- printing

  /**
   * Sets the sheet up for printing as the workbook prints: its title on every page, page numbers, and
   * {@code headerRow} repeated on every page (-1 for none). Column A repeats when a wide sheet prints in
   * column groups. Call it once the column widths are set.
   */
  public void print(int headerRow) {
    print(headerRow, 1);
  }

  /** As {@link #print(int)}, with the first {@code keys} columns repeating in each column group. */
  public void print(int headerRow, int keys) {
    alignHeaders();
    kit.print(sheet, headerRow, keys, lastColumn + 1, blocks, false);
  }

  /**
   * As {@link #print(int)} with no header row, for a sheet meant to be read on one page: when its rows run
   * a little over one, it is shrunk onto one (to {@value PageSetup#FLOOR}% at the least).
   */
  public void printOnOnePage() {
    alignHeaders();
    kit.print(sheet, -1, 1, lastColumn + 1, blocks, true);
  }

  /**
   * Keeps rows {@code first} to {@code last} (a table, a chart's rows) on one printed page when they fit
   * on one: printing starts a new page before them rather than split them. Call before {@link #print}.
   */
  public void keepTogether(int first, int last) {
    blocks.add(new int[] {first, last});
  }

  /** The rightmost column written so far (0-based). */
  public int lastColumn() {
    return lastColumn;
  }
}
