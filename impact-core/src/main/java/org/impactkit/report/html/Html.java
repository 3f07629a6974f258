package org.impactkit.report.html;

import org.impactkit.internal.Texts;

/**
 * A small HTML writer: every text and attribute value goes through {@link #escape}, so text from the
 * inputs (activity, partner and outcome names, titles) is shown as text and can never become markup.
 * Elements are written in order; the caller closes what it opens.
 */
final class Html {
  private final StringBuilder sb = new StringBuilder(16_384);

  /** Text safe inside an element or a double- or single-quoted attribute value. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String s = Texts.inert(text); // control and bidirectional characters shown as '?', as everywhere
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String entity = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (entity != null) {
          out.append(entity);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Opens an element; {@code attributes} are name, value pairs, a pair with a {@code null} value left
   * out. Names are the writer's own constants, never input.
   */
  Html open(String tag, String... attributes) {
    sb.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        sb.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
    sb.append('>');
    return this;
  }

  Html close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html text(String text) {
    sb.append(escape(text));
    return this;
  }

  /** Markup the writer made itself (the stylesheet, the doctype, numbers it formatted): never input. */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  Html newline() {
    sb.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
