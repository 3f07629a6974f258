package org.impactkit.internal;

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
    return isBlank(s) ? null : s.strip();
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

  /** The key used to match ids, names and labels ignoring case and surrounding spaces. */
  public static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
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
    StringBuilder sb = new StringBuilder(end + 1);
    for (int i = 0; i < end; i++) {
      char c = v.charAt(i);
      sb.append(printable(c) ? c : '?');
    }
    return cut ? sb.append('…').toString() : sb.toString();
  }

  private static boolean printable(char c) {
    if (Character.isISOControl(c)) {
      return false;
    }
    int type = Character.getType(c);
    return type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR && type != Character.FORMAT
        && type != Character.UNASSIGNED;
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
}
