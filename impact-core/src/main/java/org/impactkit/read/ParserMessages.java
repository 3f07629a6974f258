package org.impactkit.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.impactkit.internal.Texts;

/**
 * Turns a JSON or YAML parser's complaint into one short line for a person: no Jackson class or
 * setting names, no echo of the offending content beyond a few characters.
 */
public final class ParserMessages {
  private ParserMessages() {}

  /**
   * The problem in words.
   *
   * @param e what the parser threw
   * @param what what the file should have been, e.g. {@code "a bank"}
   */
  public static String describe(JsonProcessingException e, String what) {
    String m = Texts.plainParserMessage(e.getOriginalMessage());
    if (m.startsWith("Duplicate field")) {
      return "a key is given twice (" + Texts.shorten(m.replaceFirst("Duplicate field ('.*')$", "$1"), 60)
          + "); keep one";
    }
    if (m.startsWith("Trailing token")) {
      return "more content follows where " + what + " ends; give one per file";
    }
    m = m.replaceAll(", from `[^`]*`\\)", ")").replaceAll(" \\(bound as `[^`]*`\\)", "");
    if (e instanceof StreamConstraintsException) {
      return "too large or too deeply nested to be " + what + ": " + Texts.shorten(m, 160);
    }
    return Texts.shorten(m, 200);
  }
}
