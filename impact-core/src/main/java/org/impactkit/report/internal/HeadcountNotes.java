package org.impactkit.report.internal;

import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.BandFigures;

/**
 * The notes under headcount tables whose rows add up to more than the total, the same words in every
 * report: a person is counted once in the total and once in each activity or band they appear in.
 */
public final class HeadcountNotes {
  private HeadcountNotes() {}

  /** {@return the note under the activity table, or {@code null} when it counts no participants} */
  public static String activities(CalculationResult r) {
    return r.byActivity().stream().anyMatch(a -> a.participants() > 0)
        ? "Participants per activity do not add up to the total when people took part in more than one." : null;
  }

  /** {@return the note under the age-band table, or {@code null} when its rows add up to the total} */
  public static String bands(CalculationResult r) {
    long inBands = r.byAgeBand().stream().mapToLong(BandFigures::participants).sum();
    return inBands > r.totals().participants()
        ? "Participants per age band add up to more than the total: some people's rows put them in two bands."
        : null;
  }
}
