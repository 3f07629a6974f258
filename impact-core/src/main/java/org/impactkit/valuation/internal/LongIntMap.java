package org.impactkit.valuation.internal;

import java.util.Arrays;

/**
 * A map from {@code long} to non-negative {@code int} by open addressing: no object per entry and none
 * per lookup, for lookups made for every row of a streaming run.
 */
public final class LongIntMap {
  /** What {@link #get} answers for a key that is not there. */
  public static final int MISSING = -1;

  private long[] keys = new long[16];
  private int[] values = new int[16];
  private int size;

  public LongIntMap() {
    Arrays.fill(values, MISSING);
  }

  /** The value of {@code key}, or {@link #MISSING}. */
  public int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == MISSING) {
        return MISSING;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  /** Sets the value of {@code key} (a value of 0 or more). */
  public void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values are 0 or more, found " + value);
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != MISSING && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (values[i] == MISSING) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  /** Gives every key with a value, in no particular order. */
  public void forEachKey(java.util.function.LongConsumer action) {
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != MISSING) {
        action.accept(keys[i]);
      }
    }
  }

  /** How many keys have a value. */
  public int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, MISSING);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] != MISSING) {
        int i = slot(oldKeys[j], mask);
        while (values[i] != MISSING) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
