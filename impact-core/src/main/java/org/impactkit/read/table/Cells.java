package org.impactkit.read.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impactkit.internal.Texts;

/**
 * Parses cell text by the column rules of SPEC §4.2. Each method returns the value, or throws {@link
 * CellException} whose message says what was expected and what was found.
 */
public final class Cells {
  private static final Pattern MONEY =
      // the symbol: £, or a prefixed one such as A$ or NZ$, or an ISO code for currencies without one (CHF)
      Pattern.compile("(-)?\\s*(\\p{Lu}{0,2}\\p{Sc}|\\p{Lu}{3})?\\s*(-)?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)");
  /** 1 to 3 digits, a dot, 3 digits: {@code 6.500} is 6,500 to much of Europe and 6.5 to the UK. */
  private static final Pattern DOT_GROUPED = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");
  /** 1 to 3 digits, a comma, 3 digits: {@code 6,500} and {@code 0,500} are 6.5 and 0.5 with a decimal comma. */
  private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3},\\d{3}");
  /** A comma before one or two decimals, perhaps after dots grouping thousands: {@code 12,34}, {@code 1.234,50}. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\D*?)(\\d{1,3}(?:\\.\\d{3})+|\\d+),(\\d{1,2})");
  /** A whole number, perhaps with commas grouping thousands ({@code 1,800}: a count cannot mean 1.8). */
  private static final Pattern WHOLE = Pattern.compile("[+]?(\\d{1,18}|\\d{1,3}(?:,\\d{3}){1,5})(?:\\.0+)?");
  private static final Pattern PERCENT = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))\\s*(%)?");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ]\\d{1,2}:\\d{2}\\S*");
  /** Excel counts days from 30 December 1899 (for any date after February 1900). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  /** Day numbers Excel gives 1960 to 2100: a bare number there in a date column is most likely one. */
  private static final long EXCEL_SERIALS_FROM = 21_916;
  private static final long EXCEL_SERIALS_TO = 73_415;

  /**
   * Figures read from inputs (money in records and banks, quantities) are below this in absolute value:
   * far above any programme's budget, and a 400-digit budget would otherwise be printed in full in
   * JSON and overflow the workbook's numbers.
   */
  public static final BigDecimal MAX_FIGURE = BigDecimal.TEN.pow(12);

  /** Figures read from inputs have at most this many digits after the point. */
  public static final int MAX_FIGURE_SCALE = 12;

  /** The bounds of {@link #isFigure} in words, for messages. */
  public static final String FIGURE_BOUNDS = "below 1,000,000,000,000 with at most " + MAX_FIGURE_SCALE
      + " decimal places";

  private Cells() {}

  /** Whether a figure read from an input is within {@link #MAX_FIGURE} and {@link #MAX_FIGURE_SCALE}. */
  public static boolean isFigure(BigDecimal v) {
    return v.abs().compareTo(MAX_FIGURE) < 0 && v.stripTrailingZeros().scale() <= MAX_FIGURE_SCALE;
  }

  /** How a number came to be written, which says what its dots and commas may mean. */
  public enum Notation {
    /** A sheet's number cell: the program wrote it, with a dot as the decimal point. */
    SHEET_NUMBER,
    /** Typed text with commas between cells: a dot may group thousands ({@code 6.500}). */
    TYPED,
    /**
     * Typed text with semicolons between cells, as a spreadsheet set to a language that writes a decimal
     * comma saves it: a dot may group thousands, and a comma may be the decimal point ({@code 6,500}).
     */
    TYPED_DECIMAL_COMMA
  }

  /** A cell that does not hold what its column needs. */
  public static final class CellException extends Exception {
    private static final long serialVersionUID = 1L;

    public CellException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Money: {@code 1234.5}, {@code 1,234.50}, {@code £1,234.50}, negative with {@code -}.
   *
   * @param symbol the bank currency's symbol, the only one accepted
   */
  public static BigDecimal money(String text, String symbol) throws CellException {
    return money(text, symbol, Notation.TYPED);
  }

  /**
   * Money, as {@link #money(String, String)}.
   *
   * @param notation how the text came to be written: typed text may mean 6,500 by {@code 6.500}, and in a
   *     file with semicolons between cells 6.5 by {@code 6,500}; a sheet's number cell has no such doubt
   */
  public static BigDecimal money(String text, String symbol, Notation notation) throws CellException {
    Matcher m = MONEY.matcher(text.strip());
    if (!m.matches() || (m.group(1) != null && m.group(3) != null)
        || (m.group(2) != null && !m.group(2).equals(symbol))) {
      throw new CellException("expected an amount of money such as 1234.50, 1,234.50 or " + symbol + "1,234.50, found "
          + Texts.quote(text) + decimalCommaHint(text));
    }
    String ambiguity = ambiguity(text, m.group(4), notation);
    if (ambiguity != null) {
      throw new CellException(ambiguity);
    }
    BigDecimal value = new BigDecimal(m.group(4).replace(",", ""));
    if (!isFigure(value)) {
      throw new CellException("an amount of money must be " + FIGURE_BOUNDS + ", found " + Texts.quote(text));
    }
    return m.group(1) != null || m.group(3) != null ? value.negate() : value;
  }

  /**
   * Why {@code number}, the digits of {@code text} (a figure that may have decimals), cannot be read as it
   * stands, or {@code null}. Typed, {@code 6.500} may be 6,500 with a dot grouping thousands, as much of
   * Europe writes it; in a file with semicolons between cells, {@code 6,500} may be 6.5 with a decimal comma.
   * Either way one reading is a thousand times the other, so the cell is refused, naming both, with the
   * text's minus sign: a harm written {@code -1,255} must not be advised back as a benefit.
   */
  public static String ambiguity(String text, String number, Notation notation) {
    boolean dot = notation != Notation.SHEET_NUMBER && DOT_GROUPED.matcher(number).matches();
    boolean comma = notation == Notation.TYPED_DECIMAL_COMMA && COMMA_GROUPED.matcher(number).matches();
    if (!dot && !comma) {
      return null;
    }
    String sign = text.indexOf('-') >= 0 ? "-" : ""; // money's pattern allows a minus only as the sign
    String grouped = sign + new BigDecimal(number.replace(dot ? "." : ",", "")).toPlainString();
    BigDecimal decimal = new BigDecimal(number.replace(',', '.')).stripTrailingZeros();
    String decimalWritten = decimal.scale() <= 2 ? " or " + sign
        + decimal.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : ", or the amount with two decimals";
    return Texts.quote(text) + " could be " + (dot ? sign + number.replace(".", ",") + " (a dot grouping thousands)"
        : grouped + " (a comma grouping thousands)") + " or " + sign + decimal.toPlainString()
        + (comma ? " (a comma as the decimal point)" : "") + ": write " + grouped + decimalWritten
        + " for the one you mean";
  }

  /**
   * A hint for a figure refused as unreadable that has a decimal comma ({@code 12,34}, {@code 1.234,50}):
   * impact reads a dot as the decimal point. Empty when the text has none.
   */
  public static String decimalCommaHint(String text) {
    Matcher m = DECIMAL_COMMA.matcher(text.strip());
    if (!m.matches()) {
      return "";
    }
    return ": impact reads a dot as the decimal point (write " + m.group(1) + m.group(2).replace(".", "") + "."
        + m.group(3) + ")";
  }

  /** A whole number from {@code min} to {@code max}. */
  public static long whole(String text, long min, long max, String what) throws CellException {
    long fast = plainDigits(text);
    if (fast >= 0 && fast >= min && fast <= max) {
      return fast;
    }
    Matcher m = WHOLE.matcher(text.strip());
    if (!m.matches()) {
      throw new CellException("expected " + what + " as a whole number " + range(min, max) + ", found "
          + Texts.quote(text));
    }
    long v = Long.parseLong(m.group(1).replace(",", ""));
    if (v < min || v > max) {
      throw new CellException(what + " must be " + range(min, max) + ", found " + v);
    }
    return v;
  }

  /** {@code from 0 to 120}, or {@code of 0 or more} when the upper limit is only a technical one. */
  private static String range(long min, long max) {
    return max >= 1_000_000_000_000L ? "of " + min + " or more" : "from " + min + " to " + max;
  }

  /** A percentage in points 0–100 with an optional {@code %}, returned as a fraction 0–1. */
  public static BigDecimal percent(String text) throws CellException {
    Matcher m = PERCENT.matcher(text.strip());
    if (!m.matches()) {
      throw new CellException("expected a percentage from 0 to 100 such as 25 or 25%, found " + Texts.quote(text));
    }
    BigDecimal points = new BigDecimal(m.group(1));
    if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new CellException("a percentage must be from 0 to 100, found " + Texts.quote(text));
    }
    return points.movePointLeft(2);
  }

  /** The value of 1 to 9 ASCII digits, or -1; the common case, read without a regular expression. */
  private static long plainDigits(String text) {
    int n = text.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** A date: ISO {@code 2021-04-30} or UK {@code 30/04/2021}. */
  public static LocalDate date(String text) throws CellException {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      long y = plainDigits(text.substring(0, 4));
      long m = plainDigits(text.substring(5, 7));
      long d = plainDigits(text.substring(8, 10));
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 28) {
        return LocalDate.of((int) y, (int) m, (int) d);
      }
    }
    String t = text.strip();
    try {
      Matcher iso = ISO_DATE.matcher(t);
      if (iso.matches()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      Matcher uk = UK_DATE.matcher(t);
      if (uk.matches()) {
        return LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
            Integer.parseInt(uk.group(1)));
      }
    } catch (DateTimeException e) {
      throw new CellException("there is no such date as " + Texts.quote(text) + monthFirst(t));
    }
    throw new CellException("expected a date such as 2021-04-30 or 30/04/2021, found " + Texts.quote(text)
        + dateHint(t));
  }

  /** Why a day/month/year date failed when it reads as month/day/year: the file's other dates may be misread. */
  private static String monthFirst(String t) {
    Matcher uk = UK_DATE.matcher(t);
    if (uk.matches() && Integer.parseInt(uk.group(1)) <= 12 && Integer.parseInt(uk.group(2)) > 12) {
      return ": impact reads dates day first (30/04/2021); this one looks month first, as US dates are, and so may"
          + " the file's other dates be (09/01/2021 would be read as 9 January): write them as 2021-04-30";
    }
    return "";
  }

  /** What an unreadable date looks like, when it looks like something: a date with a time, an Excel day number. */
  private static String dateHint(String t) {
    Matcher time = DATE_TIME.matcher(t);
    if (time.matches()) {
      return ", a date with a time: write the date alone (" + time.group(1) + ")";
    }
    long serial = plainDigits(t);
    if (serial >= EXCEL_SERIALS_FROM && serial <= EXCEL_SERIALS_TO) {
      return ", which looks like a date as Excel stores it (" + EXCEL_EPOCH.plusDays(serial) + "): format the column"
          + " as dates in Excel, or write 2021-04-30";
    }
    return "";
  }

  /** A yes/no answer: yes/no, y/n, true/false, 1/0 in any case. */
  public static boolean yesNo(String text) throws CellException {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1":
        return true;
      case "no", "n", "false", "0":
        return false;
      default:
        throw new CellException("expected yes or no (also y/n, true/false, 1/0), found " + Texts.quote(text));
    }
  }
}
