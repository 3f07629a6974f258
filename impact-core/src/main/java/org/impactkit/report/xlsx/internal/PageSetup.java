package org.impactkit.report.xlsx.internal;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a workbook's sheets print. Every sheet prints landscape, one page wide and as many pages tall as
 * it needs, with the title at the top of each page, "Page N of M", and its header row repeated.
 */
public enum PageSetup {
  /** The wellbeing report: A4, set margins, the sheet's name bottom left and the page number bottom right. */
  REPORT(true) {
    @Override
    void headerAndFooter(Sheet sheet, String title) {
      sheet.setMargin(PageMargin.LEFT, 0.5);
      sheet.setMargin(PageMargin.RIGHT, 0.5);
      sheet.setMargin(PageMargin.TOP, 0.75);
      sheet.setMargin(PageMargin.BOTTOM, 0.75);
      sheet.setMargin(PageMargin.HEADER, 0.3);
      sheet.setMargin(PageMargin.FOOTER, 0.3);
      sheet.getHeader().setCenter(headerText(title));
      sheet.getFooter().setLeft(headerText(sheet.getSheetName()));
      sheet.getFooter().setRight(PAGE_N_OF_M);
    }
  },
  /**
   * The SROI workbook: the printer's paper and margins and the page number centred. (Kept as it was
   * when the workbooks came to share this kit; SPEC §8 asks for A4 here too.)
   */
  IMPACT_MAP(false) {
    @Override
    void headerAndFooter(Sheet sheet, String title) {
      sheet.getHeader().setCenter(title);
      sheet.getFooter().setCenter(PAGE_N_OF_M);
    }
  };

  private static final String PAGE_N_OF_M = "Page &P of &N";

  private final boolean a4;

  PageSetup(boolean a4) {
    this.a4 = a4;
  }

  /**
   * Sets up {@code sheet} for printing.
   *
   * @param title the text at the top of every page
   * @param headerRow the row (0-based) repeated at the top of every page, or -1 for none
   */
  public void apply(Sheet sheet, String title, int headerRow) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    if (a4) {
      ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    }
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    headerAndFooter(sheet, title);
    if (headerRow >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
  }

  abstract void headerAndFooter(Sheet sheet, String title);

  /** Text for a page header: {@code &} escaped, and short enough for the 255-character limit. */
  private static String headerText(String s) {
    String t = s.length() > 100 ? s.substring(0, 99) + "…" : s;
    return t.replace("&", "&&");
  }
}
