package org.impactkit.report.xlsx.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.impactkit.valuation.DiscountSchedule;

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
   * What a value of discount year {@code e} is divided by: {@code (1+rate)^(e)} for a flat rate, and for a
   * stepped schedule (SPEC §5.6) the product of {@code (1 + r)^(years of e in the band)} over its bands,
   * the first band's rate being the live {@code rate} cell and the later ones the schedule's own. Bands
   * beyond {@code maxYear}, the furthest discount year the workbook has, are left out.
   *
   * @param rate the cell or name holding the first band's rate
   * @param e an expression for the discount year
   */
  public static String discountDivisor(String rate, String e, DiscountSchedule schedule, int maxYear) {
    List<DiscountSchedule.Band> bands = schedule.bands();
    if (bands.size() == 1 || bands.get(0).toYear() >= maxYear) {
      return "(1+" + rate + ")^(" + e + ")";
    }
    StringBuilder d = new StringBuilder("((1+" + rate + ")^MIN(" + e + "," + bands.get(0).toYear() + ")");
    for (int i = 1; i < bands.size() && bands.get(i).fromYear() <= maxYear; i++) {
      DiscountSchedule.Band b = bands.get(i);
      String upTo = b.toYear() == null || b.toYear() >= maxYear ? e : "MIN(" + e + "," + b.toYear() + ")";
      d.append("*(1+").append(b.rate().toPlainString()).append(")^MAX(0,").append(upTo).append('-')
          .append(b.fromYear() - 1).append(')');
    }
    return d.append(')').toString();
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
