package org.impactkit.diagnostic;

/**
 * What a person can do about a problem, beyond what its message says in the data's terms. Each front
 * end words it in its own terms: the command line names its options, a web page its fields. Messages
 * themselves never mention a front end's controls, since the library serves them all.
 */
public enum Advice {
  /** Name the input files one by one instead of giving a folder. */
  NAME_THE_FILES,
  /** Name the activities file. */
  NAME_THE_ACTIVITIES,
  /** Name the participant or counts files. */
  NAME_THE_RECORDS,
  /** Set a default region for the whole evaluation. */
  SET_A_DEFAULT_REGION,
  /** See the outcomes the value bank holds. */
  LIST_THE_BANK,
  /** Give the investment (an inputs file or a total). */
  GIVE_THE_INVESTMENT,
  /** Switch deadweight off, where a comparison group already took out what would have happened anyway. */
  SWITCH_DEADWEIGHT_OFF,
  /** Choose where the report goes. */
  CHOOSE_THE_OUTPUT,
  /** Load a newer vintage of price indices, or choose a price year they cover. */
  GIVE_NEWER_INDICES,
  /** Compare two years valued with different value banks all the same. */
  ALLOW_BANK_CHANGE,
  /** Give a file of price indices covering the years needed. */
  GIVE_PRICE_INDICES
}
