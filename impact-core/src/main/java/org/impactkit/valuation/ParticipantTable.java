package org.impactkit.valuation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Compact per-participant state for a streaming run: no object per participant, so a few hundred
 * thousand participants cost a few tens of megabytes and nothing for the garbage collector to trace.
 *
 * <p>Per participant it keeps the outcomes claimed (duplicate rule), the headcount cells the person
 * counts in, and the claims that may still conflict.
 *
 * <p>Laid out for a million rows in random participant order, where the time goes in cache misses:
 * a row touches one slot of the index (key and participant number side by side) and one 64-byte block
 * of state. Ids of up to eight ASCII characters are packed into the key itself, so finding them never
 * reads the stored text; longer ids are keyed by hash and checked against an arena of their characters.
 */
final class ParticipantTable {
  private static final int NONE = -1;

  // The state block of participant p is state[p * STRIDE, (p + 1) * STRIDE).
  private static final int STRIDE = 16;
  private static final int MASK_LOW = 0;
  private static final int MASK_HIGH = 1;
  private static final int TAG_HEAD = 2;
  private static final int PENDING_HEAD = 3;
  private static final int ID_START = 4;
  private static final int TAG_COUNT = 5;
  private static final int FIRST_TAG = 6;
  private static final int INLINE_TAGS = STRIDE - FIRST_TAG;

  /** Marks a key that holds the id itself (bit 63); other keys hold the id's hash and length. */
  private static final long PACKED = Long.MIN_VALUE;
  private static final int PACKED_MAX = 8;

  // open addressing: slots[2k] is a key (0 when empty), slots[2k + 1] the participant number
  private long[] slots = new long[2 << 12];
  private int shift = 64 - 12;
  private int count;
  private int[] state = new int[STRIDE << 10];
  private long[] keys = new long[1 << 10];

  // characters of ids too long to pack, back to back; the block's ID_START says where each begins
  private char[] chars = new char[1 << 12];
  private int charCount;
  private char[] scratch = new char[64];

  private Map<Integer, BitSet> moreOutcomes;

  // tag list cells, for participants with more tags than fit in their block
  private int[] tagValue = new int[1 << 10];
  private int[] tagNext = new int[1 << 10];
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
    int length = id.length();
    long key = packed(id, length);
    boolean packed = key != 0;
    if (!packed) {
      key = ((long) id.hashCode() << 32) | length; // never 0: ids are not empty
      if (length > scratch.length) {
        scratch = new char[Math.max(length, scratch.length * 2)];
      }
      id.getChars(0, length, scratch, 0);
    }
    long[] s = slots;
    int mask = s.length - 2;
    int slot = (int) (mix(key) >>> shift) << 1;
    while (true) {
      long k = s[slot];
      if (k == 0) {
        return add(key, packed ? null : scratch, length, slot);
      }
      if (k == key) {
        int p = (int) s[slot + 1];
        if (packed || sameChars(p, length)) {
          return p;
        }
      }
      slot = (slot + 2) & mask;
    }
  }

  /** The id as a key when it is 1–8 ASCII characters (7 bits each, with the length), else 0. */
  private static long packed(String id, int length) {
    if (length > PACKED_MAX) {
      return 0;
    }
    long key = PACKED | ((long) length << 56);
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c > 0x7f) {
        return 0;
      }
      key |= (long) c << (7 * i);
    }
    return key;
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  private boolean sameChars(int p, int length) {
    int from = state[p * STRIDE + ID_START];
    return Arrays.equals(chars, from, from + length, scratch, 0, length);
  }

  private int add(long key, char[] id, int length, int slot) {
    int p = count;
    if ((p + 1) * STRIDE > state.length) {
      state = Arrays.copyOf(state, state.length * 2);
      keys = Arrays.copyOf(keys, keys.length * 2);
    }
    int base = p * STRIDE;
    state[base + TAG_HEAD] = NONE;
    state[base + PENDING_HEAD] = NONE;
    state[base + ID_START] = NONE;
    if (id != null) {
      if (charCount + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
      }
      System.arraycopy(id, 0, chars, charCount, length);
      state[base + ID_START] = charCount;
      charCount += length;
    }
    keys[p] = key;
    slots[slot] = key;
    slots[slot + 1] = p;
    count++;
    if (count * 4L > slots.length) { // more than half the slots in use
      rehash();
    }
    return p;
  }

  private void rehash() {
    long[] bigger = new long[slots.length * 2];
    shift--;
    int mask = bigger.length - 2;
    for (int p = 0; p < count; p++) {
      int slot = (int) (mix(keys[p]) >>> shift) << 1;
      while (bigger[slot] != 0) {
        slot = (slot + 2) & mask;
      }
      bigger[slot] = keys[p];
      bigger[slot + 1] = p;
    }
    slots = bigger;
  }

  /** Records a claim of outcome {@code o} for participant {@code p}; false when claimed before. */
  boolean claimOutcome(int p, int o) {
    if (o < 64) {
      int at = p * STRIDE + (o < 32 ? MASK_LOW : MASK_HIGH);
      int bit = 1 << o; // shifts by o mod 32
      if ((state[at] & bit) != 0) {
        return false;
      }
      state[at] |= bit;
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
    int[] s = state;
    int base = p * STRIDE;
    int n = s[base + TAG_COUNT];
    int first = base + FIRST_TAG;
    for (int k = first; k < first + n; k++) {
      if (s[k] == tag) {
        return;
      }
    }
    if (n < INLINE_TAGS) {
      s[first + n] = tag;
      s[base + TAG_COUNT] = n + 1;
      return;
    }
    for (int c = s[base + TAG_HEAD]; c != NONE; c = tagNext[c]) {
      if (tagValue[c] == tag) {
        return;
      }
    }
    if (tagCount == tagValue.length) {
      tagValue = Arrays.copyOf(tagValue, tagCount * 2);
      tagNext = Arrays.copyOf(tagNext, tagCount * 2);
    }
    tagValue[tagCount] = tag;
    tagNext[tagCount] = s[base + TAG_HEAD];
    s[base + TAG_HEAD] = tagCount++;
  }

  /** Receives the tags of one participant. */
  interface TagVisitor {
    void tag(int participant, int tag);
  }

  /** Every participant's tags, participant by participant. */
  void forEachTag(TagVisitor visitor) {
    for (int p = 0; p < count; p++) {
      int base = p * STRIDE;
      int first = base + FIRST_TAG;
      for (int k = first; k < first + state[base + TAG_COUNT]; k++) {
        visitor.tag(p, state[k]);
      }
      for (int c = state[base + TAG_HEAD]; c != NONE; c = tagNext[c]) {
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
    int head = p * STRIDE + PENDING_HEAD;
    pendingSequence[c] = sequence;
    pendingData[c * 5] = activity;
    pendingData[c * 5 + 1] = outcome;
    pendingData[c * 5 + 2] = region;
    pendingData[c * 5 + 3] = band;
    pendingData[c * 5 + 4] = state[head];
    pendingLine[c] = line;
    pendingFile[c] = file;
    state[head] = c;
    pendingCount++;
  }

  /** Receives one participant's pending claims, as cell numbers (see the accessors). */
  interface PendingVisitor {
    void claims(int[] cells, int n);
  }

  /** Every participant with two or more pending claims, with those claims (singles cannot conflict). */
  void forEachPendingGroup(PendingVisitor visitor, IntConsumer single) {
    int[] cells = new int[8];
    for (int p = 0; p < count; p++) {
      int n = 0;
      for (int c = state[p * STRIDE + PENDING_HEAD]; c != NONE; c = pendingData[c * 5 + 4]) {
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
