package org.impactkit.valuation;

import java.util.Arrays;
import java.util.List;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.internal.CellCounts;

/**
 * The claims counted so far: per calculation cell (activity × outcome × region × band, encoded as one
 * number), per outcome and band for claims from participant records, and the rows not claimed, by
 * reason (SPEC §5.1).
 */
final class Claims {
  private final int outcomes;
  private final int regions;
  private final int bands;
  private final CellCounts cells;
  private final long[][] recordClaims;
  /** Claims from participant records by activity × outcome: what a share of an activity's people is of. */
  private final long[] recordClaimsByActivity;
  private final long[] notClaimed = new long[NotClaimedReason.values().length];

  Claims(int activities, int outcomes, int regions, int bands) {
    this.outcomes = outcomes;
    this.regions = regions;
    this.bands = bands;
    this.cells = new CellCounts((long) activities * outcomes * regions * bands);
    this.recordClaims = new long[outcomes][bands];
    this.recordClaimsByActivity = new long[activities * outcomes];
  }

  /** Counts {@code n} claims in a cell; {@code fromRecords} for claims of participant records. */
  void add(int activity, int outcome, int region, int band, long n, boolean fromRecords) {
    cells.add((((long) activity * outcomes + outcome) * regions + region) * bands + band, n);
    if (fromRecords) {
      recordClaims[outcome][band] += n;
      recordClaimsByActivity[activity * outcomes + outcome] += n;
    }
  }

  /** Adds everything {@code other} counted, over the same cells. */
  void addAll(Claims other) {
    other.cells.forEachInKeyOrder(cells::add);
    for (int o = 0; o < outcomes; o++) {
      for (int b = 0; b < bands; b++) {
        recordClaims[o][b] += other.recordClaims[o][b];
      }
    }
    for (int i = 0; i < recordClaimsByActivity.length; i++) {
      recordClaimsByActivity[i] += other.recordClaimsByActivity[i];
    }
    for (int r = 0; r < notClaimed.length; r++) {
      notClaimed[r] += other.notClaimed[r];
    }
  }

  /** Counts a row that did not become a claim. */
  void notClaimed(NotClaimedReason reason) {
    notClaimed[reason.ordinal()]++;
  }

  /** Receives one cell with claims. */
  interface CellVisitor {
    void accept(int activity, int outcome, int region, int band, long claims);
  }

  /** Every cell with claims, by activity, then outcome, region and band. */
  void forEachCell(CellVisitor visitor) {
    cells.forEachInKeyOrder((key, n) -> {
      int b = (int) (key % bands);
      int r = (int) (key / bands % regions);
      int o = (int) (key / bands / regions % outcomes);
      int a = (int) (key / bands / regions / outcomes);
      visitor.accept(a, o, r, b, n);
    });
  }

  /** Claims from participant records of an outcome in a band. */
  long fromRecords(int outcome, int band) {
    return recordClaims[outcome][band];
  }

  /** Claims from participant records of an outcome in an activity (counts rows not included). */
  long fromRecordsOfActivity(int activity, int outcome) {
    return recordClaimsByActivity[activity * outcomes + outcome];
  }

  /** Rows not claimed, for every reason. */
  List<NotClaimedCount> notClaimedCounts() {
    return Arrays.stream(NotClaimedReason.values()).map(r -> new NotClaimedCount(r, notClaimed[r.ordinal()])).toList();
  }
}
