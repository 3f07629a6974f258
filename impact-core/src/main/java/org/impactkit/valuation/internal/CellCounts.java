package org.impactkit.valuation.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Claims counted per calculation cell (activity × outcome × region × band, encoded as one number).
 * A plain array when the cells are few enough, which is the usual case and the fastest; a map
 * otherwise.
 */
public final class CellCounts {
  private static final long DENSE_LIMIT = 1 << 22;

  private final long[] dense;
  private final Map<Long, long[]> sparse;

  public CellCounts(long cells) {
    if (cells <= DENSE_LIMIT) {
      dense = new long[(int) cells];
      sparse = null;
    } else {
      dense = null;
      sparse = new HashMap<>();
    }
  }

  public void add(long key, long n) {
    if (dense != null) {
      dense[(int) key] += n;
    } else {
      sparse.computeIfAbsent(key, k -> new long[1])[0] += n;
    }
  }

  /** Receives one cell. */
  public interface CellConsumer {
    void accept(long key, long count);
  }

  /** Every cell with claims, in increasing key order (activity, then outcome, region, band). */
  public void forEachInKeyOrder(CellConsumer consumer) {
    if (dense != null) {
      for (int k = 0; k < dense.length; k++) {
        if (dense[k] != 0) {
          consumer.accept(k, dense[k]);
        }
      }
      return;
    }
    long[] keys = sparse.keySet().stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(keys);
    for (long k : keys) {
      long n = sparse.get(k)[0];
      if (n != 0) {
        consumer.accept(k, n);
      }
    }
  }
}
