package org.impactkit.diagnostic;

import java.util.Locale;

/** How a check came out (SPEC §10). */
public enum CheckStatus {
  /** Nothing suspicious. */
  PASS,
  /** The figures stand, but a careful reader should look at what the message names. */
  WARN,
  /** The figures are very probably wrong: the run stops and writes nothing. */
  FAIL;

  /** {@return the lower-case id used in JSON, e.g. {@code warn}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return the word people read, e.g. {@code Warning}} */
  public String label() {
    return switch (this) {
      case PASS -> "Passed";
      case WARN -> "Warning";
      case FAIL -> "Failed";
    };
  }
}
