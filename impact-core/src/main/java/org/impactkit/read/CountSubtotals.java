package org.impactkit.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.CountRecord;

/**
 * Counts rows without an age band whose count equals the sum of the banded rows of the same activity,
 * outcome and region in the file: most often the table's subtotal, typed on its own row with the band
 * left blank. Counts add up, so such a row counts everyone twice; the {@code unknown-band} check would
 * then advise giving ages, which points the wrong way. A row labelled {@code Total} is refused as a band
 * already; a blank one is only suspicious, so it is warned about, at its line.
 */
final class CountSubtotals {
  private final int limit;
  /** Per group: the banded rows' count sum, and how many rows. */
  private final Map<String, long[]> banded = new HashMap<>();
  private final List<CountRecord> unbanded = new ArrayList<>();

  /** @param limit rows followed at most, per file: far more than any table of groups holds */
  CountSubtotals(int limit) {
    this.limit = limit;
  }

  void see(CountRecord c) {
    if (banded.size() + unbanded.size() >= limit) {
      return;
    }
    if (c.ageBand() == null) {
      unbanded.add(c);
    } else {
      long[] sum = banded.computeIfAbsent(group(c), k -> new long[2]);
      sum[0] += c.count();
      sum[1]++;
    }
  }

  /** The warnings, once the file is read. */
  List<Diagnostic> warnings() {
    List<Diagnostic> warnings = new ArrayList<>();
    for (CountRecord c : unbanded) {
      long[] sum = banded.get(group(c));
      // two banded rows at least: beside one, an equal count is as likely people of unknown age as its total
      if (sum != null && sum[1] >= 2 && sum[0] > 0 && sum[0] == c.count()) {
        warnings.add(Diagnostic.warning(c.ref(), "age_band", "this row has no age band and its count, " + c.count()
            + ", is the sum of the banded rows of the same activity and outcome: if it is their total, delete it, as"
            + " both are added"));
      }
    }
    return warnings;
  }

  private static String group(CountRecord c) {
    return (c.activityId() + "\u0000" + c.outcome() + "\u0000" + (c.region() == null ? "" : c.region()))
        .toLowerCase(Locale.ROOT);
  }
}
