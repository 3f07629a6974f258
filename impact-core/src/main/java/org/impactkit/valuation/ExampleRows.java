package org.impactkit.valuation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.internal.TemplatePlaceholders;
import org.impactkit.valuation.CalculationResult.ActivityFigures;

/**
 * The {@code example-rows} check (SPEC §10): the blank template's worked example left in the data, found by
 * its ids ({@code EXAMPLE-…}), and what the template leaves behind when those ids are gone: the placeholder
 * name, organisation and title, and the example activity's name after one Find and Replace of its id.
 *
 * @param r the result, with its settings and activities
 * @param facts what reading the records found: how many rows and activities bore the example's ids
 */
record ExampleRows(CalculationResult r, RecordFacts facts) {
  Check check() {
    long examples = facts.exampleRows + facts.exampleActivities;
    List<String> placeholders = placeholders();
    String also = placeholders.isEmpty() ? "" : "; " + String.join("; ", placeholders);
    if (examples == 0) {
      return placeholders.isEmpty()
          ? Check.pass(CheckId.EXAMPLE_ROWS, "no rows of the blank template's worked example")
          : Check.warn(CheckId.EXAMPLE_ROWS, String.join("; ", placeholders), placeholders.size());
    }
    long rows = facts.participantRows + facts.countRows;
    if (facts.exampleRows == rows && facts.exampleActivities == facts.activities) {
      return Check.fail(CheckId.EXAMPLE_ROWS, "these are the blank template's worked example rows (ids beginning "
          + RecordFacts.EXAMPLE_PREFIX + ") and nothing else: replace the example rows with your own records" + also,
          examples);
    }
    String where = facts.exampleRefs.stream().map(Assurance::place).collect(Collectors.joining(", "));
    return Check.fail(CheckId.EXAMPLE_ROWS, Assurance.count(facts.exampleRows, "row")
        + (facts.exampleActivities > 0 ? " and " + Assurance.count(facts.exampleActivities, "activity", "activities")
            : "") + " of the blank template's worked example (ids beginning " + RecordFacts.EXAMPLE_PREFIX
        + ") are still in the data"
        + (where.isEmpty() ? "" : " (" + where + (facts.exampleRows > facts.exampleRefs.size() ? ", …" : "") + ")")
        + ": delete the example rows, or they are counted in the figures" + also, examples);
  }

  /** The name, organisation and title still the blank template's placeholders, each in plain words. */
  private List<String> placeholders() {
    ValuationSettings s = r.settings();
    List<String> found = new ArrayList<>();
    if (TemplatePlaceholders.isPlaceholder(s.name(), TemplatePlaceholders.NAME)) {
      found.add(placeholder("the evaluation's name", TemplatePlaceholders.NAME, "name:"));
    }
    if (TemplatePlaceholders.isPlaceholder(s.organisation(), TemplatePlaceholders.ORGANISATION)) {
      found.add(placeholder("the evaluation's organisation", TemplatePlaceholders.ORGANISATION, "organisation:"));
    }
    if (TemplatePlaceholders.isPlaceholder(s.title(), TemplatePlaceholders.TITLE)) {
      found.add(placeholder("the report's title", TemplatePlaceholders.TITLE, "report.title"));
    }
    for (ActivityFigures a : r.byActivity()) {
      String name = a.activity().name();
      // an id still the example's is named by the failure above already
      if (!RecordFacts.isExample(a.activity().id()) && name != null && name.strip().equalsIgnoreCase(TemplatePlaceholders.ACTIVITY_NAME)) {
        found.add("activity '" + a.activity().id() + "' is still named '" + TemplatePlaceholders.ACTIVITY_NAME
            + "', the template's worked example, with " + Assurance.count(a.claims(), "claim") + ": if its id was"
            + " replaced and the example's rows are still on the Activities, Participants and Counts sheets, delete"
            + " them; else give the activity its own name");
      }
    }
    return found;
  }

  private static String placeholder(String what, String placeholder, String key) {
    return what + " is still the template's '" + placeholder + "': set " + key + " in evaluation.yaml";
  }
}
