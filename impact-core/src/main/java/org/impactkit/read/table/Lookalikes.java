package org.impactkit.read.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.impactkit.internal.NearestMatch;

/**
 * Finds headers that look like a spec column the table lacks (SPEC §4.2): a typo ({@code outcme}), or a
 * header holding the column's name as words ({@code Outcome achieved}, {@code Age (years)}, {@code
 * Participant ref}, {@code Budget £}). Real exports name their columns this way, and a column not read
 * silently leaves its values out of the figures.
 */
final class Lookalikes {
  /** Words that say nothing about which column a header is ({@code Birth date} is a date of birth). */
  private static final Set<String> GENERIC = Set.of("id", "of");

  /** Words exports use for an age band, and a date of birth written as one word. */
  private static final Map<String, String> SYNONYMS = Map.of("group", "band", "range", "band", "bracket", "band",
      "birthdate", "birth date");

  private Lookalikes() {}

  /**
   * The spec column a header looks like, among those the table lacks: a likely typo of a name or alias,
   * else the one whose name (or alias) has the most words all found in the header.
   *
   * @param present the fields the table has
   */
  static Optional<String> of(String header, List<Field> fields, Collection<String> present) {
    String h = Columns.normalise(header);
    Set<String> words = words(h);
    String best = null;
    int bestWords = 0;
    for (Field f : fields) {
      if (present.contains(f.name())) {
        continue;
      }
      List<String> names = new ArrayList<>(f.aliases());
      names.add(f.name());
      for (String n : names) {
        String name = Columns.normalise(n);
        if (NearestMatch.isLikelyTypo(h, name)) {
          return Optional.of(f.name());
        }
        Set<String> significant = words(name);
        significant.removeAll(GENERIC);
        if (!significant.isEmpty() && words.containsAll(significant) && significant.size() > bestWords) {
          best = f.name();
          bestWords = significant.size();
        }
      }
    }
    return Optional.ofNullable(best).or(() -> firstWordOf(words, fields, present));
  }

  /**
   * The missing field a one-word header names by its first word, when no field of the table is that word:
   * a counts table's {@code Age} or {@code Ages} holds its age bands, as counts have no ages.
   */
  private static Optional<String> firstWordOf(Set<String> words, List<Field> fields, Collection<String> present) {
    if (words.size() != 1) {
      return Optional.empty();
    }
    String word = words.iterator().next().toLowerCase(Locale.ROOT);
    List<String> forms = word.endsWith("s") ? List.of(word, word.substring(0, word.length() - 1)) : List.of(word);
    for (String form : forms) {
      if (fields.stream().anyMatch(f -> f.name().equals(form))) {
        return Optional.empty();
      }
    }
    for (Field f : fields) {
      String first = f.name().split("_")[0];
      if (!present.contains(f.name()) && f.name().contains("_") && forms.contains(first)) {
        return Optional.of(f.name());
      }
    }
    return Optional.empty();
  }

  private static Set<String> words(String normalised) {
    return Arrays.stream(normalised.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
        .map(w -> SYNONYMS.getOrDefault(w.toLowerCase(Locale.ROOT), w))
        .flatMap(w -> Arrays.stream(w.split(" "))).collect(Collectors.toSet());
  }

}
