package org.impactkit.diagnostic;

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
  EXAMPLE_ROWS("example-rows", "Example rows left in"),
  /**
   * Fails when a header looks like a spec column the file lacks ({@code Outcome achieved} without
   * {@code outcome}), so the column would silently not be read.
   */
  UNMAPPED_COLUMN("unmapped-column", "Columns not read"),
  /**
   * Fails when there are records but no claim, naming the reasons and the dates found; a warning instead
   * when the settings allow an empty run.
   */
  EMPTY_RESULT("empty-result", "Records but no claims"),
  /**
   * Warns when invalid rows were left out rather than stopping the run (as the settings may allow),
   * naming the activities left out with them: the figures do not include them.
   */
  SKIPPED_ROWS("skipped-rows", "Invalid rows left out"),
  /**
   * Warns when more than a quarter of the dated rows lie outside the period, or the dates cover under half
   * of it.
   */
  PERIOD_COVERAGE("period-coverage", "Dates and the period"),
  /** Warns when the values are in a price year older than the period's end and are not uprated. */
  PRICE_YEAR("price-year", "Price year of the values"),
  /** Warns when an outcome was valued with no deadweight and no stated reason. */
  DEADWEIGHT("deadweight", "Deadweight"),
  /**
   * Warns when an outcome that needs survey evidence is claimed from a file without baseline or follow-up
   * columns.
   */
  SURVEY_EVIDENCE("survey-evidence", "Survey evidence"),
  /** Warns about participants with more than 4 claims. */
  CLAIMS_PER_PERSON("claims-per-person", "Claims per person"),
  /**
   * Warns when an outcome is claimed for more than 90% of an activity's participants (activities of 10 or
   * more).
   */
  OUTCOME_SHARE("outcome-share", "Share of participants with an outcome"),
  /** Warns about a return above 10 to 1, naming the three largest contributions. */
  HIGH_RATIO("high-ratio", "Size of the return"),
  /** Warns when, with suppression off, published headcounts below 5 could identify people. */
  SMALL_NUMBERS("small-numbers", "Small numbers"),
  /** Warns when the title names a year outside the period. */
  TITLE_PERIOD("title-period", "Title and period"),
  /** Warns when more than a fifth of claims are in the unknown age band. */
  UNKNOWN_BAND("unknown-band", "Unknown age band");

  private final String id;
  private final String title;

  CheckId(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** {@return the id used in JSON and on the command line, e.g. {@code example-rows}} */
  public String id() {
    return id;
  }

  /** {@return a short title for people, e.g. {@code Example rows left in}} */
  public String title() {
    return title;
  }
}
