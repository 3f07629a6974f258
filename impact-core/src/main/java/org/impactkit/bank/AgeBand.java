package org.impactkit.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An age band of a value bank, with inclusive bounds. The band {@link #UNKNOWN} always exists and
 * has no bounds.
 *
 * @param id stable id used in outputs, e.g. {@code under-25}
 * @param label display label, e.g. {@code Under 25}
 * @param minAge lowest age in the band, or {@code null} for no lower bound
 * @param maxAge highest age in the band, or {@code null} for no upper bound
 */
public record AgeBand(String id, String label, Integer minAge, Integer maxAge) {
  /** The id of the band for people whose age is not known. */
  public static final String UNKNOWN_ID = "unknown";

  /** The band for people whose age is not known; valued in its own right, never an average. */
  public static final AgeBand UNKNOWN = new AgeBand(UNKNOWN_ID, "Unknown", null, null);

  /** The bands a bank has when it declares none. */
  public static final List<AgeBand> DEFAULTS =
      List.of(
          new AgeBand("under-25", "Under 25", null, 24),
          new AgeBand("25-49", "25-49", 25, 49),
          new AgeBand("50-plus", "50+", 50, null));

  /**
   * Creates the record, checking its parts.
   *
   * @param id stable id used in outputs, e.g. {@code under-25}
   * @param label display label, e.g. {@code Under 25}
   * @param minAge lowest age in the band, or {@code null} for no lower bound
   * @param maxAge highest age in the band, or {@code null} for no upper bound
   */
  public AgeBand {
    Objects.requireNonNull(id, "id");
    label = label == null || label.isBlank() ? id : label;
    if (minAge != null && maxAge != null && minAge > maxAge) {
      throw new IllegalArgumentException("age band '" + id + "': minAge " + minAge + " > maxAge " + maxAge);
    }
  }

  /** {@return whether this is the band of people whose age is not known} */
  public boolean isUnknown() {
    return UNKNOWN_ID.equals(id);
  }

  /**
   * Whether an age falls in this band.
   *
   * @param age whole years
   * @return whether it does (never for the unknown band)
   */
  public boolean contains(int age) {
    return !isUnknown() && (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
  }

  /**
   * The ways people write this band, besides id and label: {@code <25} for under 25, {@code 25 to 49}
   * and {@code 25-49} for a range, {@code 50+} and {@code 50-plus} for an open top.
   *
   * @return every spelling, id and label first
   */
  public List<String> spellings() {
    List<String> s = new ArrayList<>(List.of(id, label));
    if (minAge == null && maxAge != null) {
      s.add("<" + (maxAge + 1));
      s.add("under " + (maxAge + 1));
      s.add("under-" + (maxAge + 1));
      s.add("0-" + maxAge);
    } else if (minAge != null && maxAge != null) {
      s.add(minAge + "-" + maxAge);
      s.add(minAge + " to " + maxAge);
      s.add(minAge + " - " + maxAge);
      s.add(minAge + "–" + maxAge);
    } else if (minAge != null) {
      s.add(minAge + "+");
      s.add(minAge + "-plus");
      s.add(minAge + " plus");
      s.add(minAge + " and over");
    }
    return s;
  }
}
