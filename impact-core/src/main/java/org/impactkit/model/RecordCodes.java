package org.impactkit.model;

/**
 * How a calculation numbers what rows name, for readers that reduce plain rows to numbers as they parse
 * them ({@link CodedParticipant}). A reader asks about each distinct text, about once, often from another
 * thread than the one that made this (the reading thread of a large file); so an implementation is immutable
 * or otherwise safe to call from any thread.
 */
public interface RecordCodes {
  /**
   * The number of a valid activity with exactly this id, or -1 when there is none (an unknown or invalid
   * activity, whose rows are then read as records and reported as usual).
   *
   * @param id the activity id as written, not blank and without surrounding spaces
   * @return its number, or -1
   */
  int activity(String id);

  /**
   * The number of the bank's outcome this text names, or -1 when it names none.
   *
   * @param text the outcome as written, not blank and without surrounding spaces
   * @return its number, or -1
   */
  int outcome(String text);

  /**
   * The number of the bank's age band this text names (by id, label or a usual spelling such as {@code 50+},
   * in any case), or -1 when it names none.
   *
   * @param text the band as written, not blank and without surrounding spaces
   * @return its number, or -1
   */
  int ageBand(String text);

  /**
   * The number of the bank's region with this id, label or alias, or -1 when it has none such.
   *
   * @param text the region as written, not blank and without surrounding spaces
   * @return its number, or -1
   */
  int region(String text);
}
