package org.impactkit.compare;

import org.impactkit.internal.ConstantNames;

/** A figure compared between two years: its key in the JSON reports, its name in words and its kind. */
public enum Measure {
  /** Social value: the bank's values after deadweight and every other adjustment, summed over claims. */
  SOCIAL_VALUE("Social value", Kind.MONEY),
  /** Investment: the budgets of the activities, summed. */
  INVESTMENT("Investment", Kind.MONEY),
  /** Net social value: social value less investment. */
  NET_SOCIAL_VALUE("Net social value", Kind.MONEY),
  /** Gross value: the bank's values before any reduction, summed over claims. */
  GROSS_VALUE("Gross value", Kind.MONEY),
  /** The return: social value for every unit of money invested; absent when nothing was invested. */
  RATIO("Return", Kind.RATIO),
  /** Participants: distinct people engaged, with or without an outcome. */
  PARTICIPANTS("Participants", Kind.COUNT),
  /** Claims: the outcomes valued. */
  CLAIMS("Claims", Kind.COUNT);

  /** How a measure is shown and whether a change of prices restates it. */
  public enum Kind {
    /** Money: restated into the newer year's prices. */
    MONEY,
    /** A ratio of two money figures in the same prices: restating both leaves it as it was. */
    RATIO,
    /** A count of people or claims. */
    COUNT
  }

  private final String words;
  private final Kind kind;

  Measure(String words, Kind kind) {
    this.words = words;
    this.kind = kind;
  }

  /** {@return the field name in {@code impact/calculate/v1} and {@code impact/compare/v1}, e.g. {@code socialValue}} */
  public String key() {
    return ConstantNames.camel(this);
  }

  /** {@return the measure as people write it, e.g. {@code Social value}} */
  public String words() {
    return words;
  }

  /** {@return how the measure is shown and whether a change of prices restates it} */
  public Kind kind() {
    return kind;
  }
}
