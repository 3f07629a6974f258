package org.impactkit.valuation.internal;

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
 * <p>A participant's tags are found by a scan while they are few (eight in the block, then a list).
 * Past {@link #INDEX_AFTER} they are also kept in a hash set, so that a participant with thousands of
 * breakdown values (a file with a thousand breakdown columns) costs time in proportion to them, not to
 * their square.
 *
 * <p>Laid out for a million rows in random participant order: an open-addressing table whose every
 * slot is one 64-byte block holding the key and all of the participant's state, so a row touches one
 * block of memory (measured: about a tenth of the valuing thread's time saved against two arrays). Ids of up to eight ASCII characters are packed into
 * the key itself, so finding them never reads the stored text; longer ids are keyed by hash and
 * checked against an arena of their characters. A participant's number is its slot, which changes when
 * the table grows: numbers are only valid until the next {@link #indexOf}.
 */
public final class ParticipantTable {
  private static final int NONE = -1;

  // The block of slot p is blocks[p * STRIDE, (p + 1) * STRIDE).
  private static final int STRIDE = 16;
  private static final int KEY_HIGH = 0;
  private static final int KEY_LOW = 1;
  private static final int MASK_LOW = 2;
  private static final int MASK_HIGH = 3;
  private static final int TAG_HEAD = 4;
  private static final int PENDING_HEAD = 5;
  private static final int ID_START = 6;
  private static final int TAG_COUNT = 7;
  private static final int FIRST_TAG = 8;
  private static final int INLINE_TAGS = STRIDE - FIRST_TAG;
  /** A participant with more tags than this has them in {@link #tagIndex} too. */
  static final int INDEX_AFTER = 32;

  /** Marks a key that holds the id itself (bit 63); other keys hold 31 bits of the id's hash and its length. */
  private static final long PACKED = Long.MIN_VALUE;
  private static final int PACKED_MAX = 8;

  private int[] blocks = new int[STRIDE << 12];
  private int shift = 64 - 12;
  private int count;

  // characters of ids too long to pack, back to back; the block's ID_START says where each begins
  private char[] chars = new char[1 << 12];
  private int charCount;
  private char[] scratch = new char[64];

  private Map<Integer, BitSet> moreOutcomes;

  // tag list cells, for participants with more tags than fit in their block
  private int[] tagValue = new int[1 << 10];
  private int[] tagNext = new int[1 << 10];
  private int tagCount;
  private int lastTagCount;
  /**
   * The tags of participants with many, as (first list cell, tag) pairs: a participant's first list
   * cell never changes, whatever the table does to their slot.
   */
  private final LongSet tagIndex = new LongSet();

  // pending claim cells
  private long[] pendingSequence = new long[1 << 10];
  private int[] pendingData = new int[(1 << 10) * 5]; // activity, outcome, region, band, next
  private long[] pendingLine = new long[1 << 10];
  private int[] pendingFile = new int[1 << 10];
  private int pendingCount;

  /** The number of distinct participants. */
  public int size() {
    return count;
  }

  /** Participant numbers run from 0 to this, exclusive; not every number is in use. */
  public int capacity() {
    return blocks.length / STRIDE;
  }

  /** The number of a participant id, adding it when new. Valid until the next call. */
  public int indexOf(String id) {
    int length = id.length();
    long key = packed(id, length);
    boolean packed = key != 0;
    if (!packed) {
      // bit 63 clear, so never a packed key; never 0, as ids are not empty
      key = ((id.hashCode() & 0x7FFF_FFFFL) << 32) | length;
      if (length > scratch.length) {
        scratch = new char[Math.max(length, scratch.length * 2)];
      }
      id.getChars(0, length, scratch, 0);
    }
    int[] b = blocks;
    int high = (int) (key >>> 32);
    int low = (int) key;
    int mask = capacity() - 1;
    int p = (int) (mix(key) >>> shift);
    while (true) {
      int at = p * STRIDE;
      int h = b[at + KEY_HIGH];
      int l = b[at + KEY_LOW];
      if (h == 0 && l == 0) {
        return add(key, packed ? null : scratch, length, p);
      }
      if (h == high && l == low && (packed || sameChars(at, length))) {
        return p;
      }
      p = (p + 1) & mask;
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

  private boolean sameChars(int at, int length) {
    int from = blocks[at + ID_START];
    return Arrays.equals(chars, from, from + length, scratch, 0, length);
  }

  private int add(long key, char[] id, int length, int p) {
    int at = p * STRIDE;
    blocks[at + KEY_HIGH] = (int) (key >>> 32);
    blocks[at + KEY_LOW] = (int) key;
    blocks[at + TAG_HEAD] = NONE;
    blocks[at + PENDING_HEAD] = NONE;
    blocks[at + ID_START] = NONE;
    if (id != null) {
      if (charCount + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
      }
      System.arraycopy(id, 0, chars, charCount, length);
      blocks[at + ID_START] = charCount;
      charCount += length;
    }
    count++;
    if (count * 4L > capacity() * 3L) { // more than three quarters full
      return grow(p);
    }
    return p;
  }

  /**
   * Doubles the table and returns the new number of the participant in slot {@code slot} (by slot, not
   * key: long ids whose hashes collide share a key).
   */
  private int grow(int slot) {
    int[] old = blocks;
    int oldCapacity = capacity();
    blocks = new int[old.length * 2];
    shift--;
    int mask = capacity() - 1;
    int moved = NONE;
    Map<Integer, BitSet> oldMore = moreOutcomes;
    moreOutcomes = oldMore == null ? null : new HashMap<>();
    for (int q = 0; q < oldCapacity; q++) {
      int from = q * STRIDE;
      long k = ((long) old[from + KEY_HIGH] << 32) | (old[from + KEY_LOW] & 0xFFFFFFFFL);
      if (k == 0) {
        continue;
      }
      int p = (int) (mix(k) >>> shift);
      while (blocks[p * STRIDE + KEY_HIGH] != 0 || blocks[p * STRIDE + KEY_LOW] != 0) {
        p = (p + 1) & mask;
      }
      System.arraycopy(old, from, blocks, p * STRIDE, STRIDE);
      if (oldMore != null && oldMore.containsKey(q)) {
        moreOutcomes.put(p, oldMore.get(q));
      }
      if (q == slot) {
        moved = p;
      }
    }
    return moved;
  }

  /** Records a claim of outcome {@code o} for participant {@code p}; false when claimed before. */
  public boolean claimOutcome(int p, int o) {
    if (o < 64) {
      int at = p * STRIDE + (o < 32 ? MASK_LOW : MASK_HIGH);
      int bit = 1 << o; // shifts by o mod 32
      if ((blocks[at] & bit) != 0) {
        return false;
      }
      blocks[at] |= bit;
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

  /**
   * Gives {@code consumer} the number of distinct outcomes each participant has claimed (duplicates not
   * counted, before conflicts are resolved), one call per participant.
   */
  public void forEachClaimCount(IntConsumer consumer) {
    for (int p = 0, n = capacity(); p < n; p++) {
      int at = p * STRIDE;
      if (blocks[at + KEY_HIGH] == 0 && blocks[at + KEY_LOW] == 0) {
        continue;
      }
      int claimed = Integer.bitCount(blocks[at + MASK_LOW]) + Integer.bitCount(blocks[at + MASK_HIGH]);
      BitSet more = moreOutcomes == null ? null : moreOutcomes.get(p);
      consumer.accept(more == null ? claimed : claimed + more.cardinality());
    }
  }

  /**
   * Adds a headcount tag to participant {@code p} unless it is there already.
   *
   * @return whether the tag is new for this participant
   */
  public boolean tag(int p, int tag) {
    int[] s = blocks;
    int base = p * STRIDE;
    int total = s[base + TAG_COUNT];
    int first = base + FIRST_TAG;
    for (int k = first, end = first + Math.min(total, INLINE_TAGS); k < end; k++) {
      if (s[k] == tag) {
        return false;
      }
    }
    if (total < INLINE_TAGS) {
      s[first + total] = tag;
      s[base + TAG_COUNT] = total + 1;
      return true;
    }
    int head = s[base + TAG_HEAD];
    if (total > INDEX_AFTER) {
      if (!tagIndex.add(indexKey(head, tag))) {
        return false;
      }
    } else {
      for (int c = head; c != NONE; c = tagNext[c]) {
        if (tagValue[c] == tag) {
          return false;
        }
      }
    }
    if (tagCount == tagValue.length) {
      tagValue = Arrays.copyOf(tagValue, tagCount * 2);
      tagNext = Arrays.copyOf(tagNext, tagCount * 2);
    }
    int cell = tagCount++;
    tagValue[cell] = tag;
    if (head == NONE) {
      tagNext[cell] = NONE;
      s[base + TAG_HEAD] = cell;
      head = cell;
    } else { // after the first cell, which so stays the participant's key in tagIndex
      tagNext[cell] = tagNext[head];
      tagNext[head] = cell;
    }
    s[base + TAG_COUNT] = ++total;
    if (total == INDEX_AFTER + 1) {
      for (int c = head; c != NONE; c = tagNext[c]) {
        tagIndex.add(indexKey(head, tagValue[c]));
      }
    }
    return true;
  }

  /** Whether participant {@code p} has more than {@link #INDEX_AFTER} tags. */
  public boolean manyTags(int p) {
    return blocks[p * STRIDE + TAG_COUNT] > INDEX_AFTER;
  }

  private static long indexKey(int firstCell, int tag) {
    return ((long) firstCell << 32) | (tag & 0xFFFF_FFFFL);
  }

  /**
   * Copies participant {@code p}'s tags into {@code into} (grown when too short) and returns the array;
   * {@link #lastTagCount()} says how many there are.
   */
  public int[] tags(int p, int[] into) {
    int base = p * STRIDE;
    int n = Math.min(blocks[base + TAG_COUNT], INLINE_TAGS);
    int[] out = into.length >= n ? into : new int[2 * n];
    System.arraycopy(blocks, base + FIRST_TAG, out, 0, n);
    for (int c = blocks[base + TAG_HEAD]; c != NONE; c = tagNext[c]) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = tagValue[c];
    }
    lastTagCount = n;
    return out;
  }

  /** How many tags the last {@link #tags} call copied. */
  public int lastTagCount() {
    return lastTagCount;
  }

  /** Keeps a claim that may conflict with another of the same participant until all rows are in. */
  public void addPending(int p, long sequence, int activity, int outcome, int region, int band, int file, long line) {
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
    pendingData[c * 5 + 4] = blocks[head];
    pendingLine[c] = line;
    pendingFile[c] = file;
    blocks[head] = c;
    pendingCount++;
  }

  /** Receives one participant's pending claims, as cell numbers (see the accessors). */
  public interface PendingVisitor {
    void claims(int[] cells, int n);
  }

  /**
   * Every participant's pending claims: groups of two or more to {@code visitor}, single claims (which
   * cannot conflict) to {@code single}. Participants come in the order of their latest pending claim.
   *
   * <p>Walks the claims, not the table (a table of a million rows is tens of megabytes, most of it
   * participants without a pending claim): each participant's claims are a list from its latest, so a
   * claim no other claim points to starts a participant's list.
   */
  public void forEachPendingGroup(PendingVisitor visitor, IntConsumer single) {
    BitSet pointedTo = new BitSet(pendingCount);
    for (int c = 0; c < pendingCount; c++) {
      int next = pendingData[c * 5 + 4];
      if (next != NONE) {
        pointedTo.set(next);
      }
    }
    int[] cells = new int[8];
    for (int head = pointedTo.nextClearBit(0); head < pendingCount; head = pointedTo.nextClearBit(head + 1)) {
      int n = 0;
      for (int c = head; c != NONE; c = pendingData[c * 5 + 4]) {
        if (n == cells.length) {
          cells = Arrays.copyOf(cells, n * 2);
        }
        cells[n++] = c;
      }
      if (n == 1) {
        single.accept(cells[0]);
      } else {
        visitor.claims(cells, n);
      }
    }
  }

  public long sequence(int cell) {
    return pendingSequence[cell];
  }

  public int activity(int cell) {
    return pendingData[cell * 5];
  }

  public int outcome(int cell) {
    return pendingData[cell * 5 + 1];
  }

  public int region(int cell) {
    return pendingData[cell * 5 + 2];
  }

  public int band(int cell) {
    return pendingData[cell * 5 + 3];
  }

  public int file(int cell) {
    return pendingFile[cell];
  }

  public long line(int cell) {
    return pendingLine[cell];
  }

  /** A set of longs by open addressing: no object per element. */
  private static final class LongSet {
    private long[] slots = new long[16]; // each key stored complemented, so 0 marks a free slot
    private int size;

    /** Adds {@code key} (never -1); false when it was there. */
    boolean add(long key) {
      long stored = ~key;
      int mask = slots.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        if (slots[i] == stored) {
          return false;
        }
        if (slots[i] == 0) {
          slots[i] = stored;
          if (++size * 2 > slots.length) {
            grow();
          }
          return true;
        }
      }
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      int mask = slots.length - 1;
      for (long stored : old) {
        if (stored != 0) {
          int i = slot(~stored, mask);
          while (slots[i] != 0) {
            i = (i + 1) & mask;
          }
          slots[i] = stored;
        }
      }
    }

    private static int slot(long key, int mask) {
      return (int) (mix(key) >>> 32) & mask;
    }
  }
}
