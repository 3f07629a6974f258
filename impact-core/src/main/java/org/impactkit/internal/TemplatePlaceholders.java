package org.impactkit.internal;

import java.util.regex.Pattern;

/**
 * The placeholder words the blank template's {@code evaluation.yaml} holds for an evaluation's name,
 * organisation and report title, shared by the template that writes them and the {@code example-rows}
 * check (SPEC §10) that warns when they reach a report unchanged.
 */
public final class TemplatePlaceholders {
  /** The template's name of the evaluation (followed there by its period, {@code 2024/25}). */
  public static final String NAME = "My evaluation";
  /** The template's organisation reporting. */
  public static final String ORGANISATION = "My organisation";
  /** The template's report title (followed there by its period). */
  public static final String TITLE = NAME + ": social value";
  /**
   * The name of the worked example's activity. Its id ({@code EXAMPLE-…}) may be replaced throughout the
   * workbook by one Find and Replace, which leaves this name, and the example's rows, behind.
   */
  public static final String ACTIVITY_NAME = "Example: weekly sports sessions (replace this row)";

  /** What may follow a placeholder and leave it one: a period's years, punctuation, {@code {period}}. */
  private static final Pattern TAIL = Pattern.compile("(?:[\\s\\p{Punct}\\d]|\\{[a-zA-Z]*\\})*");

  private TemplatePlaceholders() {}

  /**
   * Whether a text is still a placeholder: the placeholder itself, ignoring case and surrounding spaces,
   * perhaps followed by a year such as {@code 2024/25}, but no further words.
   *
   * @param text the text set, or {@code null}
   * @param placeholder one of the placeholders above
   * @return whether {@code text} is the placeholder
   */
  public static boolean isPlaceholder(String text, String placeholder) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    return t.regionMatches(true, 0, placeholder, 0, placeholder.length())
        && TAIL.matcher(t.substring(placeholder.length())).matches();
  }
}
