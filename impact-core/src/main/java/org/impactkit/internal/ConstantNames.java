package org.impactkit.internal;

import java.util.Locale;

/**
 * How an enum constant is named outside Java, one rule for every enum, so an id can never drift from
 * its constant: ids people type and JSON values are kebab-case, JSON field names camelCase.
 */
public final class ConstantNames {
  private ConstantNames() {}

  /** {@return the constant's name in lower case, words joined by hyphens: {@code NOT_ACHIEVED_AT_FOLLOW_UP} as {@code not-achieved-at-follow-up}} */
  public static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return the constant's name as a JSON field: {@code NET_SOCIAL_VALUE} as {@code netSocialValue}} */
  public static String camel(Enum<?> constant) {
    String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder s = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return s.toString();
  }
}
