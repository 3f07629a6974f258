package org.impactkit.report.internal;

import org.impactkit.sroi.SroiResult;

/** Words of an SROI report that more than one format says, so the workbook and the Markdown agree. */
public final class SroiText {
  private SroiText() {}

  /**
   * The prices the proxies are in, and how those given in another year's prices were brought there.
   *
   * @param r the SROI
   * @return the sentence's body, e.g. {@code proxies in 2020 prices; …}, or {@code null} when no row gives a
   *     price year
   */
  public static String priceYear(SroiResult r) {
    return r.map().priceYear() == null ? null : "proxies in " + r.map().priceYear() + " prices; any given in another"
        + " year's prices (column price_year) were uprated by the GDP deflator";
  }
}
