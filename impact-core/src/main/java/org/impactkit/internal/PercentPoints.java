package org.impactkit.internal;

import java.math.BigDecimal;

/**
 * Shares are written in percent points (25 or 25% for a quarter), so a share between 0 and 1% is most
 * often a fraction written where points were meant: 0.25 for 25%, read as 0.25%. One wording for every
 * input that takes shares: evaluation.yaml's adjustments and an impact map's columns.
 */
public final class PercentPoints {
  /** A share below this (1%), and above 0, is questioned. */
  public static final BigDecimal TINY = new BigDecimal("0.01");

  private PercentPoints() {}

  /**
   * The warning for a share that may be a fraction written for percent points.
   *
   * @param subject what has the share, e.g. {@code 'Young people: Took up sport' has}
   * @param share the share's name in words, e.g. {@code deadweight}
   * @param fraction the share as read, 0–1
   * @return the warning's words, or {@code null} when the share is 0 or at least 1%
   */
  public static String tinyShare(String subject, String share, BigDecimal fraction) {
    if (fraction == null || fraction.signum() <= 0 || fraction.compareTo(TINY) >= 0) {
      return null;
    }
    String points = fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    String meant = fraction.movePointRight(4).stripTrailingZeros().toPlainString();
    return subject + " " + share + " of " + points + "%, below 1%: shares are percent points (25 or 25% for a quarter),"
        + " so " + points + " is read as " + points + "%; if " + meant + "% was meant, write " + meant + "%";
  }
}
