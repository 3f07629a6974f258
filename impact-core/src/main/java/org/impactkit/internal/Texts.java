package org.impactkit.internal;

import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the model and the readers. */
public final class Texts {
  private static final int SHORTEN_AT = 40;

  private Texts() {}

  public static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public static String blankToNull(String s) {
    if (s != null && !s.isEmpty() && plain(s.charAt(0)) && plain(s.charAt(s.length() - 1))) {
      return s; // nothing to strip: the common case, checked without scanning (every cell comes here)
    }
    String stripped = s == null ? null : strip(s);
    return stripped == null || stripped.isEmpty() ? null : stripped;
  }

  /**
   * Without spaces around, counting the no-break spaces ({@code U+00A0}, {@code U+202F}…) that spreadsheets
   * and web pages leave in cells, which {@link String#strip()} keeps: {@code "sport-participation\u00A0"}
   * would otherwise be an unknown outcome that looks exactly like a known one.
   */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** An ASCII character that is not white space or a control character. */
  private static boolean plain(char c) {
    return c > ' ' && c < 0x7f;
  }

  public static String requireText(String s, String what) {
    if (isBlank(s)) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s;
  }

  /**
   * The key used to match ids, names and labels ignoring case and surrounding spaces. It is {@linkplain
   * #inert inert}, so a name read from a bank (made inert as it is read) still matches the same name
   * as a row writes it.
   */
  public static String key(String s) {
    return inert(strip(s).toLowerCase(Locale.ROOT));
  }

  /**
   * Text from an input made safe to show anywhere: in a terminal, a report, or XML (cells, document
   * properties, chart titles). Characters that could act on a terminal or on how text is laid out
   * (control characters such as escape, line and paragraph separators, bidirectional and other format
   * characters), unassigned ones and halves of a surrogate pair are shown as {@code ?}; tab and line
   * feed stay. What is left is valid XML 1.0 character data. This is the one sanitiser: {@link
   * #shorten} uses the same rule for one-line messages, where tab and line feed become {@code ?} too.
   *
   * @return {@code text} itself when nothing needs replacing (the common case); {@code null} for {@code null}
   */
  public static String inert(String text) {
    return text == null ? null : sanitise(text, text.length(), true);
  }

  /**
   * Items as a sentence lists them: {@code a}, {@code a and b}, {@code a, b and c}; nothing for none.
   *
   * @param items the items, in order
   * @return them joined
   */
  public static String listed(List<String> items) {
    int n = items.size();
    return n < 2 ? String.join("", items) : String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  /**
   * Quotes a user value for a message, shortened so a huge field never floods the terminal, with
   * characters that could break the one-line message or reorder what the terminal shows (control
   * characters, line and paragraph separators, bidirectional and other format characters) shown as
   * {@code ?}.
   */
  public static String quote(String value) {
    return "'" + shorten(value, SHORTEN_AT) + "'";
  }

  /**
   * A user value made safe for a one-line message: at most {@code max} characters (then {@code …}),
   * never cutting a character in half, with unsafe characters shown as {@code ?} (see {@link #quote}).
   */
  public static String shorten(String value, int max) {
    String v = value == null ? "" : value;
    int end = v.length();
    boolean cut = false;
    if (end > max) {
      end = max;
      if (Character.isHighSurrogate(v.charAt(end - 1))) {
        end--;
      }
      cut = true;
    }
    String shown = sanitise(v, end, false);
    return cut ? shown + '…' : shown;
  }

  /**
   * The first {@code end} characters of {@code text}, each one that is not safe to show replaced by
   * {@code ?} (a surrogate pair by one); {@code layout} keeps tab and line feed.
   */
  private static String sanitise(String text, int end, boolean layout) {
    int i = 0;
    int step;
    while (i < end && (step = safeAt(text, i, end, layout)) > 0) {
      i += step;
    }
    if (i == end) {
      return end == text.length() ? text : text.substring(0, end);
    }
    StringBuilder sb = new StringBuilder(end).append(text, 0, i);
    while (i < end) {
      step = safeAt(text, i, end, layout);
      if (step > 0) {
        sb.append(text, i, i + step);
        i += step;
      } else {
        sb.append('?');
        i -= step;
      }
    }
    return sb.toString();
  }

  /**
   * How many UTF-16 units the character at {@code i} takes: positive when it is safe to show,
   * negative when it is not.
   */
  private static int safeAt(String text, int i, int end, boolean layout) {
    char c = text.charAt(i);
    if (c >= ' ' && c < 0x7f) {
      return 1;
    }
    if (c == '\n' || c == '\t') {
      return layout ? 1 : -1;
    }
    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
      return printable(Character.toCodePoint(c, text.charAt(i + 1))) ? 2 : -2;
    }
    return printable(c) ? 1 : -1;
  }

  private static boolean printable(int c) {
    if (Character.isISOControl(c)) {
      return false;
    }
    int type = Character.getType(c);
    return type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR && type != Character.FORMAT
        && type != Character.UNASSIGNED && type != Character.SURROGATE;
  }

  /**
   * A JSON or YAML parser's message without the technical tail ({@code (start marker at [Source: …])},
   * source excerpts), for messages to people.
   */
  public static String plainParserMessage(String message) {
    if (message == null) {
      return "the text cannot be parsed";
    }
    String m = message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "")
        .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "");
    int newline = m.indexOf('\n');
    return (newline < 0 ? m : m.substring(0, newline)).strip();
  }

  /**
   * Digits {@code 1234567.89} (no sign) with a comma between each group of three: {@code 1,234,567.89}.
   *
   * @param digits a number's plain digits, perhaps with a decimal point
   * @return the digits grouped, decimals as they were
   */
  public static String grouped(String digits) {
    int point = digits.indexOf('.');
    int whole = point < 0 ? digits.length() : point;
    if (whole <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + whole / 3);
    int lead = whole % 3 == 0 ? 3 : whole % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < whole; i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.append(digits, whole, digits.length()).toString();
  }
}
