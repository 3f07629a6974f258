package org.impactkit.diagnostic;

import org.impactkit.internal.ConstantNames;

/**
 * The assurance checks every run makes (SPEC §10): each guards against an ordinary mistake that
 * silently changes a figure. Ids are stable (JSON); titles are what people read.
 */
public enum CheckId {
  /**
   * Fails when rows of the blank template's worked example (ids beginning {@code EXAMPLE-}) are still in the
   * data, or the data is the untouched template; warns when the evaluation's name, organisation or title is
   * still the template's placeholder.
   */
  EXAMPLE_ROWS("Example rows left in"),
  /**
   * Fails when a header looks like a spec column the file lacks ({@code Outcome achieved} without
   * {@code outcome}), so the column would silently not be read.
   */
  UNMAPPED_COLUMN("Columns not read"),
  /**
   * Fails when no claim results: no records at all, every row invalid and left out, or records that none
   * became a claim (naming the reasons and the dates found); a warning instead when the settings allow an
   * empty run.
   */
  EMPTY_RESULT("No claims"),
  /**
   * Warns when invalid rows were left out rather than stopping the run (as the settings may allow),
   * naming the activities left out with them: the figures do not include them.
   */
  SKIPPED_ROWS("Invalid rows left out"),
  /**
   * Warns when an activity has a budget but no participant or counts rows that count (a total or subtotal
   * row left in the activities, say): its budget is in the investment with no value against it.
   */
  BUDGET_WITHOUT_RECORDS("Budgets with no records"),
  /**
   * Warns when an activity's outcome is claimed both from participant rows and from counts rows: both are
   * added, which doubles the claims when the counts summarise the same people.
   */
  COUNTS_AND_RECORDS("Counts beside participant rows"),
  /**
   * Warns when more than a quarter of the dated rows lie outside the period, or the dates cover under half
   * of it.
   */
  PERIOD_COVERAGE("Dates and the period"),
  /** Warns when the values are in a price year older than the period's end and are not uprated. */
  PRICE_YEAR("Price year of the values"),
  /** Warns when an outcome was valued with no deadweight and no stated reason. */
  DEADWEIGHT("Deadweight"),
  /**
   * Warns when an outcome that needs survey evidence is claimed from a file without baseline or follow-up
   * columns.
   */
  SURVEY_EVIDENCE("Survey evidence"),
  /** Warns about participants with more than 4 claims. */
  CLAIMS_PER_PERSON("Claims per person"),
  /**
   * Warns when an outcome is claimed for more than 90% of an activity's participants (activities of 10 or
   * more).
   */
  OUTCOME_SHARE("Share of participants with an outcome"),
  /**
   * Warns about a return above 10 to 1, or a range whose high end is, naming the three largest contributions
   * ({@link HighRatio}).
   */
  HIGH_RATIO("Size of the return"),
  /** Warns when, with suppression off, published headcounts below 5 could identify people. */
  SMALL_NUMBERS("Small numbers"),
  /** Warns when the title names a year outside the period. */
  TITLE_PERIOD("Title and period"),
  /** Warns when more than a fifth of claims are in the unknown age band. */
  UNKNOWN_BAND("Unknown age band");

  private final String title;

  CheckId(String title) {
    this.title = title;
  }

  /** {@return the id used in JSON and on the command line, e.g. {@code example-rows}} */
  public String id() {
    return ConstantNames.kebab(this);
  }

  /** {@return a short title for people, e.g. {@code Example rows left in}} */
  public String title() {
    return title;
  }
}
