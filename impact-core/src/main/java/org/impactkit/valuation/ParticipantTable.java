package org.impactkit.valuation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Compact per-participant state for a streaming run: ids interned into one character arena with an
 * open-addressing index, and everything else in primitive arrays (no object per participant), so a
 * few hundred thousand participants cost a few tens of megabytes and nothing for the garbage
 * collector to trace.
 *
 * <p>Per participant it keeps the outcomes claimed (duplicate rule), the headcount cells the person
 * counts in (a linked list of tag ids in shared arrays), and the claims that may still conflict.
 */
final class ParticipantTable {
  private static final int NONE = -1;
  private static final int INLINE = 7;

  // ids: characters of every id back to back; participant i's id is chars[start[i], start[i + 1])
  private char[] chars = new char[1 << 16];
  private int charCount;
  private int[] start = new int[1 << 12];
  private int[] hash = new int[1 << 12];
  private int count;
  // open addressing: the id's hash in the high half, participant index + 1 in the low half; 0 is empty
  private long[] slots = new long[1 << 13];

  // per participant
  private long[] outcomeMask = new long[1 << 12];
  private Map<Integer, BitSet> moreOutcomes;
  private int[] tagHead = new int[1 << 12];
  private int[] pendingHead = new int[1 << 12];
  // the first INLINE tags of each participant sit together (one cache line), the rest in tag cells
  private int[] inline = new int[(1 << 12) * (INLINE + 1)]; // [count, tag × INLINE] per participant

  // tag list cells
  private int[] tagValue = new int[1 << 14];
  private int[] tagNext = new int[1 << 14];
  private int tagCount;

  // pending claim cells
  private long[] pendingSequence = new long[1 << 10];
  private int[] pendingData = new int[(1 << 10) * 5]; // activity, outcome, region, band, next
  private long[] pendingLine = new long[1 << 10];
  private int[] pendingFile = new int[1 << 10];
  private int pendingCount;

  /** The number of distinct participants. */
  int size() {
    return count;
  }

  /** The index of a participant id, adding it when new. */
  int indexOf(String id) {
    int h = id.hashCode();
    int mask = slots.length - 1;
    int slot = mix(h) & mask;
    while (true) {
      long s = slots[slot];
      if (s == 0) {
        return add(id, h, slot);
      }
      int i = (int) s - 1;
      if ((int) (s >>> 32) == h && sameId(i, id)) {
        return i;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private boolean sameId(int i, String id) {
    int from = start[i];
    int to = i + 1 < count ? start[i + 1] : charCount;
    if (to - from != id.length()) {
      return false;
    }
    for (int k = 0; k < id.length(); k++) {
      if (chars[from + k] != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int add(String id, int h, int slot) {
    int i = count;
    if (i == start.length) {
      int n = i * 2;
      start = Arrays.copyOf(start, n);
      hash = Arrays.copyOf(hash, n);
      outcomeMask = Arrays.copyOf(outcomeMask, n);
      tagHead = Arrays.copyOf(tagHead, n);
      pendingHead = Arrays.copyOf(pendingHead, n);
      inline = Arrays.copyOf(inline, n * (INLINE + 1));
    }
    if (charCount + id.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + id.length()));
    }
    id.getChars(0, id.length(), chars, charCount);
    start[i] = charCount;
    charCount += id.length();
    hash[i] = h;
    tagHead[i] = NONE;
    pendingHead[i] = NONE;
    count++;
    slots[slot] = entry(h, i);
    if (count * 2 > slots.length) {
      rehash();
    }
    return i;
  }

  private static long entry(int hash, int index) {
    return ((long) hash << 32) | (index + 1L);
  }

  private void rehash() {
    long[] bigger = new long[slots.length * 2];
    int mask = bigger.length - 1;
    for (int i = 0; i < count; i++) {
      int slot = mix(hash[i]) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = entry(hash[i], i);
    }
    slots = bigger;
  }

  /** Records a claim of outcome {@code o} for participant {@code p}; false when claimed before. */
  boolean claimOutcome(int p, int o) {
    if (o < 64) {
      long bit = 1L << o;
      if ((outcomeMask[p] & bit) != 0) {
        return false;
      }
      outcomeMask[p] |= bit;
      return true;
    }
    if (moreOutcomes == null) {
      moreOutcomes = new HashMap<>();
    }
    BitSet set = moreOutcomes.computeIfAbsent(p, k -> new BitSet());
    if (set.get(o)) {
      return false;
    }
    set.set(o);
    return true;
  }

  /** Adds a headcount tag to participant {@code p} unless it is there already. */
  void tag(int p, int tag) {
    int base = p * (INLINE + 1);
    int n = inline[base];
    for (int k = 1; k <= n; k++) {
      if (inline[base + k] == tag) {
        return;
      }
    }
    if (n < INLINE) {
      inline[base + n + 1] = tag;
      inline[base] = n + 1;
      return;
    }
    for (int c = tagHead[p]; c != NONE; c = tagNext[c]) {
      if (tagValue[c] == tag) {
        return;
      }
    }
    if (tagCount == tagValue.length) {
      tagValue = Arrays.copyOf(tagValue, tagCount * 2);
      tagNext = Arrays.copyOf(tagNext, tagCount * 2);
    }
    tagValue[tagCount] = tag;
    tagNext[tagCount] = tagHead[p];
    tagHead[p] = tagCount++;
  }

  /** Receives the tags of one participant. */
  interface TagVisitor {
    void tag(int participant, int tag);
  }

  /** Every participant's tags, participant by participant. */
  void forEachTag(TagVisitor visitor) {
    for (int p = 0; p < count; p++) {
      int base = p * (INLINE + 1);
      for (int k = 1; k <= inline[base]; k++) {
        visitor.tag(p, inline[base + k]);
      }
      for (int c = tagHead[p]; c != NONE; c = tagNext[c]) {
        visitor.tag(p, tagValue[c]);
      }
    }
  }

  /** Keeps a claim that may conflict with another of the same participant until all rows are in. */
  void addPending(int p, long sequence, int activity, int outcome, int region, int band, int file, long line) {
    int c = pendingCount;
    if (c == pendingSequence.length) {
      int n = c * 2;
      pendingSequence = Arrays.copyOf(pendingSequence, n);
      pendingData = Arrays.copyOf(pendingData, n * 5);
      pendingLine = Arrays.copyOf(pendingLine, n);
      pendingFile = Arrays.copyOf(pendingFile, n);
    }
    pendingSequence[c] = sequence;
    pendingData[c * 5] = activity;
    pendingData[c * 5 + 1] = outcome;
    pendingData[c * 5 + 2] = region;
    pendingData[c * 5 + 3] = band;
    pendingData[c * 5 + 4] = pendingHead[p];
    pendingLine[c] = line;
    pendingFile[c] = file;
    pendingHead[p] = c;
    pendingCount++;
  }

  /** Receives one participant's pending claims, as cell numbers (see the accessors). */
  interface PendingVisitor {
    void claims(int[] cells, int n);
  }

  /** Every participant with two or more pending claims, with those claims (singles cannot conflict). */
  void forEachPendingGroup(PendingVisitor visitor, java.util.function.IntConsumer single) {
    int[] cells = new int[8];
    for (int p = 0; p < count; p++) {
      int n = 0;
      for (int c = pendingHead[p]; c != NONE; c = pendingData[c * 5 + 4]) {
        if (n == cells.length) {
          cells = Arrays.copyOf(cells, n * 2);
        }
        cells[n++] = c;
      }
      if (n == 1) {
        single.accept(cells[0]);
      } else if (n > 1) {
        visitor.claims(cells, n);
      }
    }
  }

  long sequence(int cell) {
    return pendingSequence[cell];
  }

  int activity(int cell) {
    return pendingData[cell * 5];
  }

  int outcome(int cell) {
    return pendingData[cell * 5 + 1];
  }

  int region(int cell) {
    return pendingData[cell * 5 + 2];
  }

  int band(int cell) {
    return pendingData[cell * 5 + 3];
  }

  int file(int cell) {
    return pendingFile[cell];
  }

  long line(int cell) {
    return pendingLine[cell];
  }
}
