package org.impactkit.compare;

/** A figure compared between two years: its key in the JSON reports, its name in words and its kind. */
public enum Measure {
  SOCIAL_VALUE("socialValue", "Social value", Kind.MONEY),
  INVESTMENT("investment", "Investment", Kind.MONEY),
  NET_SOCIAL_VALUE("netSocialValue", "Net social value", Kind.MONEY),
  GROSS_VALUE("grossValue", "Gross value", Kind.MONEY),
  RATIO("ratio", "Return", Kind.RATIO),
  PARTICIPANTS("participants", "Participants", Kind.COUNT),
  CLAIMS("claims", "Claims", Kind.COUNT);

  /** How a measure is shown and whether a change of prices restates it. */
  public enum Kind {
    /** Money: restated into the newer year's prices. */
    MONEY,
    /** A ratio of two money figures in the same prices: restating both leaves it as it was. */
    RATIO,
    /** A count of people or claims. */
    COUNT
  }

  private final String key;
  private final String words;
  private final Kind kind;

  Measure(String key, String words, Kind kind) {
    this.key = key;
    this.words = words;
    this.kind = kind;
  }

  /** The field name in {@code impact/calculate/v1} and {@code impact/compare/v1}, e.g. {@code socialValue}. */
  public String key() {
    return key;
  }

  /** As people write it, e.g. {@code Social value}. */
  public String words() {
    return words;
  }

  public Kind kind() {
    return kind;
  }
}
