package org.impactkit.read.csv;

import java.util.Arrays;

/**
 * One column's recent values, so a value seen before comes back as the same {@code String} instead of
 * a new one. A small direct-mapped cache: a value replaces whatever shared its slot. Columns whose
 * values seldom repeat (participant ids, free text) stop being cached after a trial, so they cost no
 * more than plain {@code new String}.
 */
final class ColumnValues {
  static final int SLOTS = 1 << 10;
  /** Longer values are never cached: they are rarely categories. */
  static final int LONGEST = 40;
  /** Lookups between judgements of the hit rate. */
  static final int TRIAL = 1 << 12;

  private final String[] values = new String[SLOTS];
  private final char[][] texts = new char[SLOTS][];
  /** What a reader made of each slot's value ({@link RowCoder}), or {@code null} until it says. */
  private final Object[] meanings = new Object[SLOTS];
  /** The slot of the value {@link #text} returned last, or -1 when it was not cached. */
  private int lastSlot = -1;
  private int lookups;
  private int misses;
  private boolean off;

  /** The text of {@code buf[offset, offset + length)}, shared with earlier equal values when cached. */
  String text(char[] buf, int offset, int length) {
    if (off || length > LONGEST) {
      lastSlot = -1;
      return new String(buf, offset, length);
    }
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + buf[i];
    }
    int slot = (h ^ (h >>> 10)) & (SLOTS - 1);
    char[] cached = texts[slot];
    String value;
    if (cached != null && same(cached, buf, offset, length)) {
      value = values[slot];
    } else {
      value = new String(buf, offset, length);
      texts[slot] = Arrays.copyOfRange(buf, offset, offset + length);
      values[slot] = value;
      meanings[slot] = null;
      misses++;
    }
    lastSlot = slot;
    if (++lookups == TRIAL) {
      off = misses > TRIAL / 4; // mostly new values: caching only costs here
      lookups = 0;
      misses = 0;
    }
    return value;
  }

  /**
   * What a reader made of the value {@link #text} returned last, as it said with {@link #mean}; {@code null}
   * when it has not said, or the value was not cached.
   */
  Object meaning() {
    return lastSlot < 0 ? null : meanings[lastSlot];
  }

  /** Remembers what a reader made of the value {@link #text} returned last, while the value stays cached. */
  void mean(Object meaning) {
    if (lastSlot >= 0) {
      meanings[lastSlot] = meaning;
    }
  }

  /** Whether {@code cached} holds {@code buf[offset, offset + length)} (a plain loop: values are short). */
  private static boolean same(char[] cached, char[] buf, int offset, int length) {
    if (cached.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (cached[i] != buf[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether values are still cached (false once the column proved to be mostly distinct values). */
  boolean caching() {
    return !off;
  }
}
