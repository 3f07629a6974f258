package org.impactkit.report.xlsx.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.internal.Currencies;
import org.impactkit.valuation.Formats;

/**
 * What every sheet of one workbook shares: its styles (created once), its currency, its title and how
 * its pages print, and the workbook's defined names. Sheets get a {@link SheetWriter} from here; a kit is
 * made by {@link #report} or {@link #impactMap}.
 *
 * @param workbook where the styles and names go (for a streaming workbook, the XSSF one beneath)
 * @param styles the workbook's styles, created once
 * @param pages how its sheets print
 * @param currency the ISO code of the money the workbook shows
 * @param title the title printed at the top of every page
 */
public record XlsxKit(XSSFWorkbook workbook, XlsxStyles styles, PageSetup pages, String currency, String title) {
  /** The date of a workbook whose result has no period to date it by. */
  public static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

  /**
   * The kit of a wellbeing report.
   *
   * @param workbook where the styles and names go (for a streaming workbook, the XSSF one beneath)
   * @param currency the ISO code of the bank's currency
   * @param suppressBelow counts below this are shown as {@code <N}; 0 shows all
   * @param title the report's title, printed on every page
   */
  public static XlsxKit report(XSSFWorkbook workbook, String currency, int suppressBelow, String title) {
    return report(workbook, currency, suppressBelow, title, PageSetup.Paper.A4);
  }

  /** The kit of a wellbeing report printing on {@code paper}. */
  public static XlsxKit report(XSSFWorkbook workbook, String currency, int suppressBelow, String title,
      PageSetup.Paper paper) {
    return new XlsxKit(workbook, XlsxStyles.report(workbook, currency, suppressBelow), new PageSetup(paper), currency,
        title);
  }

  /** The kit of an SROI workbook, as {@link #report} but with the impact map's look. */
  public static XlsxKit impactMap(XSSFWorkbook workbook, String currency, String title) {
    return impactMap(workbook, currency, title, PageSetup.Paper.A4);
  }

  /** The kit of an SROI workbook printing on {@code paper}. */
  public static XlsxKit impactMap(XSSFWorkbook workbook, String currency, String title, PageSetup.Paper paper) {
    return new XlsxKit(workbook, XlsxStyles.impactMap(workbook, currency), new PageSetup(paper), currency, title);
  }

  /** A writer for one of the workbook's sheets. */
  public SheetWriter writer(Sheet sheet) {
    return new SheetWriter(sheet, this);
  }

  /** Money as a reader sees it in the currency's symbol: {@code £1,234.56}. */
  public String moneyText(BigDecimal value) {
    return Formats.money(value, currency);
  }

  /** A number format for whole amounts of money ({@code "£"#,##0}), e.g. for a chart's axis. */
  public String wholeMoneyFormat() {
    return "\"" + Currencies.symbol(currency) + "\"#,##0";
  }

  /**
   * Defines a workbook name for one cell, so formulas elsewhere can say {@code DiscountRate} instead of
   * an address.
   *
   * @return the name, for use in formulas
   */
  public String defineName(String name, String sheet, int row, int col) {
    Name n = workbook.createName();
    n.setNameName(name);
    n.setRefersToFormula(Refs.sheet(sheet) + Refs.absolute(row, col));
    return name;
  }

  /**
   * Dates the workbook {@code day} (midnight UTC), created and last modified, instead of the clock: the
   * same result gives the same file.
   */
  public void dateAs(LocalDate day) {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    Date fixed = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setCreated(Optional.of(fixed));
    core.setModified(Optional.of(fixed));
  }

  void print(Sheet sheet, int headerRow, int keys, int columns, List<int[]> blocks, boolean onePage) {
    pages.apply(sheet, title, headerRow, keys, columns, blocks, onePage);
  }

  /** How many points the page holds across at 100%, inside its margins, portrait or landscape. */
  public double pointsAcross(boolean landscape) {
    return pages.pointsAcross(landscape);
  }
}
