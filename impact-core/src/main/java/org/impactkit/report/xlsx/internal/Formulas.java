package org.impactkit.report.xlsx.internal;

import java.util.regex.Pattern;

/** Excel formulas the workbooks share, from addresses {@link Refs} builds. */
public final class Formulas {
  /** Keys SUMIFS matches literally: start with a letter, no wildcard, operator or space. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private Formulas() {}

  /** {@code SUM(range)}. */
  public static String sum(String range) {
    return "SUM(" + range + ")";
  }

  /** The sum of rows {@code firstRow} to {@code lastRow} (0-based) of one column: {@code SUM(B2:B9)}. */
  public static String columnSum(int col, int firstRow, int lastRow) {
    return sum(Refs.column(col, firstRow, lastRow));
  }

  /**
   * A value per unit invested, empty rather than an error when nothing was invested:
   * {@code IF(investment=0,"",value/investment)}.
   */
  public static String perUnit(String value, String investment) {
    return "IF(" + investment + "=0,\"\"," + value + "/" + investment + ")";
  }

  /** A part's share of a whole, 0 when the whole is: {@code IF(whole=0,0,part/whole)}. */
  public static String share(String part, String whole) {
    return "IF(" + whole + "=0,0," + part + "/" + whole + ")";
  }

  /**
   * A part's share of a whole, empty when the whole is not above 0 (where a share would mislead):
   * {@code IF(whole<=0,"",part/whole)}.
   */
  public static String shareOfPositive(String part, String whole) {
    return "IF(" + whole + "<=0,\"\"," + part + "/" + whole + ")";
  }

  /**
   * A SUMIFS criterion that matches {@code key} exactly as text: plain ids as they are; anything else
   * with a leading {@code =} (so {@code <}, {@code >} are not operators) and {@code * ? ~} escaped (so
   * they are not wildcards). Written as a string literal with quotes doubled, so no input can leave it.
   */
  public static String criterion(String key) {
    String k = PLAIN_KEY.matcher(key).matches() && !key.equalsIgnoreCase("true") && !key.equalsIgnoreCase("false")
        ? key : "=" + key.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    return "\"" + k.replace("\"", "\"\"") + "\"";
  }
}
