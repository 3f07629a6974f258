package org.impactkit.diagnostic;

/**
 * The assurance checks every run makes (SPEC §10): each guards against an ordinary mistake that
 * silently changes a figure. Ids are stable (JSON); titles are what people read.
 */
public enum CheckId {
  EXAMPLE_ROWS("example-rows", "Example rows left in"),
  UNMAPPED_COLUMN("unmapped-column", "Columns not read"),
  EMPTY_RESULT("empty-result", "Records but no claims"),
  PERIOD_COVERAGE("period-coverage", "Dates and the period"),
  PRICE_YEAR("price-year", "Price year of the values"),
  DEADWEIGHT("deadweight", "Deadweight"),
  SURVEY_EVIDENCE("survey-evidence", "Survey evidence"),
  CLAIMS_PER_PERSON("claims-per-person", "Claims per person"),
  OUTCOME_SHARE("outcome-share", "Share of participants with an outcome"),
  HIGH_RATIO("high-ratio", "Size of the return"),
  SMALL_NUMBERS("small-numbers", "Small numbers"),
  TITLE_PERIOD("title-period", "Title and period"),
  UNKNOWN_BAND("unknown-band", "Unknown age band");

  private final String id;
  private final String title;

  CheckId(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The id used in JSON and on the command line, e.g. {@code example-rows}. */
  public String id() {
    return id;
  }

  /** A short title for people, e.g. {@code Example rows left in}. */
  public String title() {
    return title;
  }
}
