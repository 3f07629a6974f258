package org.impactkit.bank;

import org.impactkit.internal.ConstantNames;

/**
 * How a value is brought from its price year to a later one (SPEC §5.4), as a bank or one of its
 * outcomes declares it.
 */
public enum Uprating {
  /**
   * A value derived from WELLBYs: {@code value × D(t)/D(b) × (G(t)/G(b))^1.3}, D the GDP deflator and G
   * real GDP per head (HM Treasury, Wellbeing Guidance for Appraisal, 2021, Annex 2, p.57).
   */
  WELLBY,
  /** Costs and other money values: {@code value × D(t)/D(b)}. */
  DEFLATOR,
  /** Not uprated: the value is the same in every year's prices. */
  NONE;

  /** {@return the id in bank files and reports: {@code wellby}, {@code deflator}, {@code none}} */
  public String id() {
    return ConstantNames.kebab(this);
  }

  /**
   * The method an id names, ignoring case and surrounding spaces.
   *
   * @param text the id, e.g. {@code wellby}
   * @return the method it names
   * @throws IllegalArgumentException naming the methods, when none
   */
  public static Uprating parse(String text) {
    for (Uprating u : values()) {
      if (u.id().equalsIgnoreCase(text.strip())) {
        return u;
      }
    }
    throw new IllegalArgumentException("expected wellby, deflator or none, found '" + text + "'");
  }
}
