package org.impactkit.report.xlsx.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet of the workbooks (and of the blank template) prints (SPEC §8): on A4 (US Letter only
 * when asked for), portrait when the sheet fits the page's width and landscape when it is wider, one
 * page wide, and never below {@value #FLOOR}% scale. A table too wide for that is printed in column
 * groups instead of being shrunk: its key columns (the ones that say what a row is) repeat at the left
 * of every group, and each group fills a page's width. Every page carries the report's title at the top,
 * and the sheet's name and "Page N of M" at the bottom.
 *
 * <p>Widths are reckoned as Excel (and LibreOffice, with Calibri's metric twin Carlito) lays columns
 * out: a column {@code w} characters wide is {@code 7w + 5} pixels, 0.75 points each. An A4 page in
 * landscape holds about 140 character widths at 100% across a dozen columns.
 *
 * @param paper the paper the sheets print on
 */
public record PageSetup(Paper paper) {
  /** The paper a workbook prints on. */
  public enum Paper {
    /** A4 (210 × 297 mm), the UK's paper, the default. */
    A4(595.3, 841.9, PrintSetup.A4_PAPERSIZE),
    /** US Letter (8.5 × 11 in), only when asked for. */
    LETTER(612, 792, PrintSetup.LETTER_PAPERSIZE);

    private final double shortSide;
    private final double longSide;
    private final short code;

    Paper(double shortSide, double longSide, short code) {
      this.shortSide = shortSide;
      this.longSide = longSide;
      this.code = code;
    }
  }

  /** The smallest scale a sheet prints at, in percent. */
  public static final int FLOOR = 70;
  /** The scale column groups aim for, in percent: a little above the floor, so text stays readable. */
  static final int GROUP_SCALE = 80;
  /** One character width of the default font (Calibri 11), in points: 7 pixels at 96 per inch. */
  static final double CHAR_POINTS = 5.25;
  /** What a column adds to its characters' width, in points: 5 pixels of padding. */
  static final double COLUMN_POINTS = 3.75;
  /** The margins, in inches; the title and the page numbers print within the top and bottom ones. */
  private static final double SIDE_MARGIN = 0.4;
  private static final double TOP_MARGIN = 0.75;
  private static final double BOTTOM_MARGIN = 0.75;
  private static final String PAGE_N_OF_M = "Page &P of &N";

  /**
   * How many points a page holds across at 100%, inside its margins, in one orientation, less a
   * twentieth: spreadsheets round column widths to whole pixels, so a plan made to the last point
   * would see its last column pushed onto a page of its own.
   */
  public double pointsAcross(boolean landscape) {
    double side = landscape ? paper.longSide : paper.shortSide;
    return (side - 2 * SIDE_MARGIN * 72) * 0.95;
  }

  /** A column's width on paper at 100%, in points, for its width in characters. */
  public static double points(double chars) {
    return chars * CHAR_POINTS + COLUMN_POINTS;
  }

  /**
   * What printing a sheet whose columns have these widths comes to: the orientation, whether it is
   * fitted to the page's width (shrinking by at most down to {@value #FLOOR}%) or printed at a fixed
   * scale in column groups, and where each group ends.
   *
   * @param landscape whether the page is turned
   * @param scale the fixed scale in percent, or 0 when the sheet is fitted to one page wide
   * @param groupEnds the last column of each group but the last (empty when printed in one)
   */
  public record Plan(boolean landscape, int scale, List<Integer> groupEnds) {}

  /**
   * Plans the printing of columns this wide.
   *
   * @param widths each column's width in characters, from column A on
   * @param keys how many leading columns repeat at the left of each group
   */
  public Plan plan(double[] widths, int keys) {
    double total = 0;
    for (double w : widths) {
      total += points(w);
    }
    if (total <= pointsAcross(false)) {
      return new Plan(false, 0, List.of());
    }
    double across = pointsAcross(true);
    if (total * FLOOR <= across * 100) {
      return new Plan(true, 0, List.of());
    }
    int k = Math.min(Math.max(keys, 0), widths.length - 1);
    double keyWidth = 0;
    for (int c = 0; c < k; c++) {
      keyWidth += points(widths[c]);
    }
    double room = across * 100 / GROUP_SCALE;
    List<Integer> ends = new ArrayList<>();
    double widest = 0;
    double group = keyWidth;
    for (int c = k; c < widths.length; c++) {
      if (group > keyWidth && group + points(widths[c]) > room) {
        ends.add(c - 1);
        widest = Math.max(widest, group);
        group = keyWidth;
      }
      group += points(widths[c]);
    }
    widest = Math.max(widest, group);
    int scale = (int) Math.max(FLOOR, Math.min(100, Math.floor(across * 100 / widest)));
    return new Plan(true, scale, ends);
  }

  /**
   * Sets up {@code sheet} for printing.
   *
   * @param title the text at the top of every page
   * @param headerRow the row (0-based) repeated at the top of every page, or -1 for none
   * @param keys how many leading columns repeat at the left when the sheet prints in column groups
   * @param columns how many columns the sheet uses, from A
   */
  public void apply(Sheet sheet, String title, int headerRow, int keys, int columns) {
    apply(sheet, title, headerRow, keys, columns, List.of());
  }

  /**
   * As {@link #apply(Sheet, String, int, int, int)}, and starts a new page before any of {@code blocks}
   * (each the first and last row of a table or chart) that would otherwise be split between two pages,
   * when it fits on one.
   */
  public void apply(Sheet sheet, String title, int headerRow, int keys, int columns, List<int[]> blocks) {
    apply(sheet, title, headerRow, keys, columns, blocks, false);
  }

  /**
   * As {@link #apply(Sheet, String, int, int, int, List)}; with {@code onePage}, a sheet printed one page
   * wide whose rows run a little over a page is shrunk onto one, as long as that keeps it at
   * {@value #FLOOR}% or more: a page of a few lines alone reads as an afterthought.
   */
  public void apply(Sheet sheet, String title, int headerRow, int keys, int columns, List<int[]> blocks,
      boolean onePage) {
    double[] widths = new double[Math.max(columns, 1)];
    double total = 0;
    for (int c = 0; c < widths.length; c++) {
      widths[c] = sheet.getColumnWidth(c) / 256.0;
      total += points(widths[c]);
    }
    Plan plan = plan(widths, keys);
    double scale = plan.scale() > 0 ? plan.scale() / 100.0 : Math.min(1, pointsAcross(plan.landscape()) / total);
    keepTogether(sheet, blocks, pointsDown(plan.landscape()) / scale, headerRow);
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(paper.code);
    ps.setLandscape(plan.landscape());
    if (plan.scale() == 0) {
      ps.setFitWidth((short) 1);
      ps.setFitHeight((short) (onePage && fitsOnOnePage(sheet, pointsDown(plan.landscape())) ? 1 : 0));
      sheet.setFitToPage(true);
    } else {
      sheet.setFitToPage(false);
      ps.setScale((short) plan.scale());
      // down each group, then over to the next, so a group's rows read on from page to page
      ps.setLeftToRight(false);
      for (int end : plan.groupEnds()) {
        sheet.setColumnBreak(end);
      }
      if (keys > 0) {
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keys - 1));
      }
    }
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(false);
    sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
    sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    sheet.getHeader().setCenter(headerText(title));
    sheet.getFooter().setLeft(headerText(sheet.getSheetName()));
    sheet.getFooter().setRight(PAGE_N_OF_M);
    if (headerRow >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
  }

  /** How many points a page holds down at 100%, inside its top and bottom margins. */
  double pointsDown(boolean landscape) {
    double side = landscape ? paper.shortSide : paper.longSide;
    return (side - (TOP_MARGIN + BOTTOM_MARGIN) * 72) * 0.95;
  }

  /**
   * Walks the rows as they will fall on pages {@code page} points tall (a repeated header row taking its
   * part of every page after its own: neither Excel nor LibreOffice prints it above the rows before it)
   * and breaks the page before each block that would straddle two pages but fits on one. Row breaks
   * already set start a page, as they will.
   */
  private static void keepTogether(Sheet sheet, List<int[]> blocks, double page, int headerRow) {
    if (blocks.isEmpty()) {
      return;
    }
    double header = headerRow >= 0 ? height(sheet, headerRow) : 0;
    int last = blocks.stream().mapToInt(b -> b[1]).max().orElse(0);
    Set<Integer> breaks = new HashSet<>();
    for (int b : sheet.getRowBreaks()) {
      breaks.add(b);
    }
    double used = 0;
    for (int r = 0; r <= last; r++) {
      // what a page starting at row r begins with: the header row, once it has been printed
      double top = r > headerRow ? header : 0;
      for (int[] block : blocks) {
        if (block[0] == r && used > 0) {
          double size = 0;
          for (int k = block[0]; k <= block[1]; k++) {
            size += height(sheet, k);
          }
          if (used + size > page && size <= page - top) {
            sheet.setRowBreak(r - 1);
            breaks.add(r - 1);
            used = top;
          }
        }
      }
      double h = height(sheet, r);
      used = used + h > page ? top + h : used + h;
      if (breaks.contains(r)) {
        used = r + 1 > headerRow ? header : 0;
      }
    }
  }

  /** Whether all of the sheet's rows fit on one page {@code page} points tall at {@value #FLOOR}% or more. */
  private static boolean fitsOnOnePage(Sheet sheet, double page) {
    double rows = 0;
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      rows += height(sheet, r);
    }
    return rows * FLOOR <= page * 100;
  }

  /** A row's height in points: as set, else the sheet's default (an empty row has no object). */
  private static double height(Sheet sheet, int r) {
    Row row = sheet.getRow(r);
    return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
  }

  /** Text for a page header: {@code &} escaped, and short enough for the 255-character limit. */
  static String headerText(String s) {
    String t = s.length() > 100 ? s.substring(0, 99) + "…" : s;
    return t.replace("&", "&&");
  }
}
