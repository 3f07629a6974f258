package org.impactkit.model;

import java.util.Objects;
import org.impactkit.internal.Texts;

/**
 * One calculator-style row: how many people in an activity achieved an outcome, by age band.
 *
 * @param activityId the activity, matched exactly
 * @param outcome bank outcome id or name
 * @param ageBand an age band id or label as written; {@code null} means unknown
 * @param region a region overriding the activity's, or {@code null}
 * @param count people who achieved the outcome, at least zero
 * @param ref where it was read from
 */
public record CountRecord(String activityId, String outcome, String ageBand, String region, long count, RowRef ref) {
  public CountRecord {
    Texts.requireText(activityId, "activity id");
    Texts.requireText(outcome, "outcome");
    ageBand = Texts.blankToNull(ageBand);
    region = Texts.blankToNull(region);
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    Objects.requireNonNull(ref, "ref");
  }
}
