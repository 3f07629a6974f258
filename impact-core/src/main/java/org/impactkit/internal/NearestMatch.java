package org.impactkit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the closest valid choice to a misspelt one, for "did you mean …?" hints. */
public final class NearestMatch {
  private NearestMatch() {}

  /**
   * The candidate nearest to {@code input} by edit distance, ignoring case, when it is close enough
   * to be a plausible typo (at most a third of the longer word differs), or else the first candidate
   * the input is the start of (a shortened name). Ties go to the first in a list's order, or in sorted
   * order for any other collection, so a hint never depends on how a hash set is laid out (the order
   * of {@code Set.of} even changes from run to run).
   */
  public static Optional<String> among(String input, Collection<String> choices) {
    if (input == null || input.isBlank()) {
      return Optional.empty();
    }
    Collection<String> candidates = choices instanceof List ? choices : choices.stream().sorted().toList();
    String in = normalise(input);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(in, normalise(candidate));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    if (best == null || otherNumber(in, normalise(best))) {
      return Optional.empty();
    }
    if (in.length() >= 3 && bestDistance > Math.max(2, Math.max(in.length(), normalise(best).length()) / 3)) {
      for (String candidate : candidates) {
        if (normalise(candidate).startsWith(in)) {
          return Optional.of(candidate);
        }
      }
    }
    int longer = Math.max(in.length(), normalise(best).length());
    return bestDistance <= Math.max(2, longer / 3) ? Optional.of(best) : Optional.empty();
  }

  /**
   * Whether {@code input}, mostly digits, names another number than {@code candidate}: {@code 18+} is no typo
   * of {@code 50+}, and suggesting it would send someone to the wrong band.
   */
  private static boolean otherNumber(String input, String candidate) {
    String digits = input.replaceAll("\\D", "");
    return digits.length() * 2 > input.length() && !digits.equals(candidate.replaceAll("\\D", ""));
  }

  /** {@code "; did you mean 'x'?"} or the empty string. */
  public static String hint(String input, Collection<String> candidates) {
    return among(input, candidates).map(s -> "; did you mean " + Texts.quote(s) + "?").orElse("");
  }

  /**
   * Whether {@code a} is very probably a typo of {@code b} (ignoring case): one edit apart for short
   * words, two for longer ones, and not the same word. Stricter than {@link #among}, for places where
   * a false hint would be a nuisance (e.g. a breakdown column {@code area} is not a typo of {@code age}).
   */
  public static boolean isLikelyTypo(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.equals(y)) {
      return false;
    }
    int d = distance(x, y);
    return d <= (Math.min(x.length(), y.length()) <= 5 ? 1 : 2);
  }

  private static String normalise(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.length() > 64 ? t.substring(0, 64) : t;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
