package org.impactkit.model;

import java.util.Locale;

/** Small text helpers shared by the model and the readers. */
public final class Texts {
  private static final int SHORTEN_AT = 40;

  private Texts() {}

  public static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public static String blankToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }

  static String requireText(String s, String what) {
    if (isBlank(s)) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s;
  }

  /** The key used to match ids, names and labels ignoring case and surrounding spaces. */
  public static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** Quotes a user value for a message, shortened so a huge field never floods the terminal. */
  public static String quote(String value) {
    String v = value == null ? "" : value;
    if (v.length() > SHORTEN_AT) {
      v = v.substring(0, SHORTEN_AT) + "…";
    }
    StringBuilder sb = new StringBuilder(v.length() + 2).append('\'');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      sb.append(Character.isISOControl(c) ? '?' : c);
    }
    return sb.append('\'').toString();
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
