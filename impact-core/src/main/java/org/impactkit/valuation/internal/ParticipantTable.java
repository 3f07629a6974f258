package org.impactkit.valuation.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Compact per-participant state for a streaming run: no object per participant, so a few hundred
 * thousand participants cost a few tens of megabytes and nothing for the garbage collector to trace,
 * and three million (ten million rows, SPEC §9) fit in a 512 MB heap.
 *
 * <p>Per participant it keeps the outcomes claimed (duplicate rule), the headcount cells the person
 * counts in, and the claims that may still conflict.
 *
 * <p>A participant's tags are found by a scan while they are few (eleven in the block, then a list).
 * Past {@link #INDEX_AFTER} they are also kept in a hash set, so that a participant with thousands of
 * breakdown values (a file with a thousand breakdown columns) costs time in proportion to them, not to
 * their square.
 *
 * <p>Each participant gets a number, in the order first seen, which never changes. Ids are interned in
 * an open-addressing index of (key, number) slots, 12 bytes each; a participant's state is one 64-byte
 * block, so a row touches one slot of the index and one block of state. Ids of up to eight ASCII
 * characters are packed into the key itself, so finding them never reads the stored text; longer ids
 * are keyed by hash and length and checked against an {@link IdArena} of their bytes. The blocks, the
 * tag lists and the pending claims ({@link PendingClaims}) are held in pages ({@link IntPages}): growing never copies them, so
 * only the index (a quarter of the size) is ever held twice while it grows.
 */
public final class ParticipantTable {
  private static final int NONE = -1;

  // The block of participant p is at (p & PAGE_MASK) * STRIDE in pages[p >>> PAGE_BITS].
  private static final int STRIDE = 16;
  private static final int PAGE_BITS = 12; // 4,096 blocks, 256 KB a page
  private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;
  private static final int MASK_LOW = 0;
  private static final int MASK_HIGH = 1;
  private static final int TAG_HEAD = 2;
  private static final int PENDING_HEAD = 3;
  private static final int TAG_COUNT = 4;
  private static final int FIRST_TAG = 5;
  /** Tags kept in a participant's block; more go to a list. */
  public static final int INLINE_TAGS = STRIDE - FIRST_TAG;
  /** A participant with more tags than this has them in {@link #tagIndex} too. */
  static final int INDEX_AFTER = 32;

  /** Marks a key that holds the id itself (bit 63); other keys hold 31 bits of the id's hash and its length. */
  private static final long PACKED = Long.MIN_VALUE;
  private static final int PACKED_MAX = 8;

  // The index: slot s is index[3s, 3s + 3): the key's high and low halves and the number + 1 (0: free).
  private int[] index = new int[3 << 12];
  private int shift = 64 - 12;
  private int count;
  private int[][] pages = new int[16][];

  /** Where each participant's id is in {@link #ids}, by number; only for ids too long to pack. */
  private final LongPages idAt = new LongPages();
  private final IdArena ids = new IdArena();

  private Map<Integer, BitSet> moreOutcomes;

  // tag list cells, for participants with more tags than fit in their block: (value, next) pairs
  private final IntPages tagCells = new IntPages();
  private int tagCount;
  private int lastTagCount;
  /** The tags of participants with many, as (first list cell, tag) pairs: a first cell never changes. */
  private final LongSet tagIndex = new LongSet();

  private final PendingClaims pending;

  /** Most ids {@link #prefetch} takes at a time. */
  public static final int PREFETCH_MAX = 64;
  private final int[] prefetchHomes = new int[PREFETCH_MAX];
  /** The last {@link #prefetch}'s ids and their keys, for {@link #indexOf} to take rather than work out again. */
  private final String[] prefetchIds = new String[PREFETCH_MAX];
  private final long[] prefetchKeys = new long[PREFETCH_MAX];
  private int prefetchCount;
  private int prefetchNext;
  private int prefetchSink; // written only: see prefetch

  /** A table for claims of any activity, outcome, region and age band numbers. */
  public ParticipantTable() {
    this(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /**
   * A table whose pending claims have activity, outcome, region and age band numbers below the given
   * counts (which lets it pack them).
   */
  public ParticipantTable(int activities, int outcomes, int regions, int bands) {
    this.pending = new PendingClaims(activities, outcomes, regions, bands);
  }

  /** The number of distinct participants. */
  public int size() {
    return count;
  }

  /** The index's slots; participant numbers run from 0 to {@link #size()}, exclusive. */
  public int capacity() {
    return index.length / 3;
  }

  /** The number of a participant id, adding it when new. Numbers are given in order and never change. */
  public int indexOf(String id) {
    long key = prefetchedKey(id);
    boolean packed = key < 0; // bit 63: the id itself
    if (!packed) {
      ids.encode(id);
    }
    int[] x = index;
    int high = (int) (key >>> 32);
    int low = (int) key;
    int mask = capacity() - 1;
    int s = (int) (mix(key) >>> shift);
    while (true) {
      int at = s * 3;
      int n = x[at + 2];
      if (n == 0) {
        return add(key, packed, at);
      }
      if (x[at] == high && x[at + 1] == low && (packed || ids.same(idAt.get(n - 1)))) {
        return n - 1;
      }
      s = (s + 1) & mask;
    }
  }

  /** The index's key of an id: the id itself when it packs, else 31 bits of its hash and its length. */
  private static long key(String id) {
    int length = id.length();
    long key = packed(id, length);
    return key != 0 ? key : ((id.hashCode() & 0x7FFF_FFFFL) << 32) | length; // bit 63 clear: never packed
  }

  /**
   * Brings the index slots and state blocks of the participants of the next rows into the CPU cache,
   * before their rows are valued; changes nothing. With a few hundred thousand participants in random
   * order, each row's slot and block are cache misses, one waiting on the other, and valued a row at a
   * time the thread waits for each in turn. Here the slots of all {@code n} ids are read in one tight
   * loop, then their blocks in another, so the processor has many of those misses under way at once.
   * Only the home slot is read (a probe's further slots are mostly in the same line), and ids not yet
   * in the table touch nothing more; every read is within the arrays as they are, so it cannot fail.
   *
   * @param ids participant ids, none {@code null}
   * @param n how many of {@code ids}, at most {@link #PREFETCH_MAX}
   */
  public void prefetch(String[] ids, int n) {
    int[] homes = prefetchHomes;
    long[] keys = prefetchKeys;
    int slotShift = shift;
    for (int i = 0; i < n; i++) {
      keys[i] = key(ids[i]);
      homes[i] = (int) (mix(keys[i]) >>> slotShift) * 3 + 2; // where the slot's number is
    }
    System.arraycopy(ids, 0, prefetchIds, 0, n);
    prefetchCount = n;
    prefetchNext = 0;
    int[] x = index;
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += x[homes[i]];
    }
    int[][] blocks = pages;
    for (int i = 0; i < n; i++) {
      int p = x[homes[i]] - 1; // -1 when the slot is free
      if (p >= 0) {
        sum += blocks[p >>> PAGE_BITS][(p & PAGE_MASK) * STRIDE + TAG_COUNT];
      }
    }
    prefetchSink = sum; // kept, so that no compiler may drop the reads
  }

  /**
   * The key of an id, taken from the last {@link #prefetch} when the id is the very object given there
   * (the same object, so the same text): rows come in the order their ids were fetched, so the search
   * goes on from the last one found, and a row left out of valuing only skips its entry.
   */
  private long prefetchedKey(String id) {
    String[] given = prefetchIds;
    for (int i = prefetchNext; i < prefetchCount; i++) {
      if (given[i] == id) {
        prefetchNext = i + 1;
        return prefetchKeys[i];
      }
    }
    prefetchNext = prefetchCount; // not among them: none of the rest will be either, in order
    return key(id);
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

  private int add(long key, boolean packed, int at) {
    int p = count++;
    index[at] = (int) (key >>> 32);
    index[at + 1] = (int) key;
    index[at + 2] = p + 1;
    int page = p >>> PAGE_BITS;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page * 2);
    }
    if (pages[page] == null) {
      pages[page] = new int[STRIDE << PAGE_BITS];
    }
    int base = (p & PAGE_MASK) * STRIDE;
    pages[page][base + TAG_HEAD] = NONE;
    pages[page][base + PENDING_HEAD] = NONE;
    if (!packed) {
      idAt.ensure(p);
      idAt.set(p, ids.add());
    }
    if (count * 4L > capacity() * 3L) { // more than three quarters full
      grow();
    }
    return p;
  }

  /** Doubles the index; numbers, and so all state, stay where they are. */
  private void grow() {
    int[] old = index;
    index = new int[old.length * 2];
    shift--;
    int mask = capacity() - 1;
    for (int from = 0; from < old.length; from += 3) {
      if (old[from + 2] == 0) {
        continue;
      }
      long k = ((long) old[from] << 32) | (old[from + 1] & 0xFFFFFFFFL);
      int s = (int) (mix(k) >>> shift);
      while (index[s * 3 + 2] != 0) {
        s = (s + 1) & mask;
      }
      System.arraycopy(old, from, index, s * 3, 3);
    }
  }

  /** Records a claim of outcome {@code o} for participant {@code p}; false when claimed before. */
  public boolean claimOutcome(int p, int o) {
    if (o < 64) {
      int[] page = pages[p >>> PAGE_BITS];
      int at = (p & PAGE_MASK) * STRIDE + (o < 32 ? MASK_LOW : MASK_HIGH);
      int bit = 1 << o; // shifts by o mod 32
      if ((page[at] & bit) != 0) {
        return false;
      }
      page[at] |= bit;
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
    for (int p = 0; p < count; p++) {
      int[] page = pages[p >>> PAGE_BITS];
      int at = (p & PAGE_MASK) * STRIDE;
      int claimed = Integer.bitCount(page[at + MASK_LOW]) + Integer.bitCount(page[at + MASK_HIGH]);
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
    int[] s = pages[p >>> PAGE_BITS];
    int base = (p & PAGE_MASK) * STRIDE;
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
      for (int c = head; c != NONE; c = tagNext(c)) {
        if (tagValue(c) == tag) {
          return false;
        }
      }
    }
    int cell = tagCount++;
    tagCells.ensure(2L * cell + 1);
    tagCells.set(2L * cell, tag);
    if (head == NONE) {
      tagCells.set(2L * cell + 1, NONE);
      s[base + TAG_HEAD] = cell;
      head = cell;
    } else { // after the first cell, which so stays the participant's key in tagIndex
      tagCells.set(2L * cell + 1, tagNext(head));
      tagCells.set(2L * head + 1, cell);
    }
    s[base + TAG_COUNT] = ++total;
    if (total == INDEX_AFTER + 1) {
      for (int c = head; c != NONE; c = tagNext(c)) {
        tagIndex.add(indexKey(head, tagValue(c)));
      }
    }
    return true;
  }

  private int tagValue(int cell) {
    return tagCells.get(2L * cell);
  }

  private int tagNext(int cell) {
    return tagCells.get(2L * cell + 1);
  }

  /** {@return how many tags participant {@code p} has} */
  public int tagCount(int p) {
    return pages[p >>> PAGE_BITS][(p & PAGE_MASK) * STRIDE + TAG_COUNT];
  }

  /**
   * Tag {@code i} of participant {@code p}, read in place, for {@code i} below {@link #INLINE_TAGS} and
   * {@link #tagCount}: the usual participant's tags, without {@link #tags} copying them.
   */
  public int inlineTag(int p, int i) {
    return pages[p >>> PAGE_BITS][(p & PAGE_MASK) * STRIDE + FIRST_TAG + i];
  }

  /** Whether participant {@code p} has more than {@link #INDEX_AFTER} tags. */
  public boolean manyTags(int p) {
    return pages[p >>> PAGE_BITS][(p & PAGE_MASK) * STRIDE + TAG_COUNT] > INDEX_AFTER;
  }

  private static long indexKey(int firstCell, int tag) {
    return ((long) firstCell << 32) | (tag & 0xFFFF_FFFFL);
  }

  /**
   * Copies participant {@code p}'s tags into {@code into} (grown when too short) and returns the array;
   * {@link #lastTagCount()} says how many there are.
   */
  public int[] tags(int p, int[] into) {
    int[] page = pages[p >>> PAGE_BITS];
    int base = (p & PAGE_MASK) * STRIDE;
    int n = Math.min(page[base + TAG_COUNT], INLINE_TAGS);
    int[] out = into.length >= n ? into : new int[2 * n];
    System.arraycopy(page, base + FIRST_TAG, out, 0, n);
    for (int c = page[base + TAG_HEAD]; c != NONE; c = tagNext(c)) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = tagValue(c);
    }
    lastTagCount = n;
    return out;
  }

  /** How many tags the last {@link #tags} call copied. */
  public int lastTagCount() {
    return lastTagCount;
  }

  /**
   * Keeps a claim that may conflict with another of the same participant until all rows are in. Claims
   * are added in row order, so their {@linkplain #sequence cell numbers} order them as the rows did.
   */
  public void addPending(int p, int activity, int outcome, int region, int band, int file, long line) {
    int[] page = pages[p >>> PAGE_BITS];
    int head = (p & PAGE_MASK) * STRIDE + PENDING_HEAD;
    page[head] = pending.add(activity, outcome, region, band, page[head], file, line);
  }

  /** Receives one participant's pending claims, as cell numbers (see the accessors). */
  public interface PendingVisitor {
    void claims(int[] cells, int n);
  }

  /**
   * Every participant's pending claims: groups of two or more to {@code visitor}, single claims (which
   * cannot conflict) to {@code single}. Participants come in the order of their latest pending claim.
   *
   * <p>Walks the claims, not the participants (most of them have no pending claim): each participant's
   * claims are a list from its latest, so a claim no other claim points to starts a participant's list.
   */
  public void forEachPendingGroup(PendingVisitor visitor, IntConsumer single) {
    int pendingCount = pending.size();
    BitSet pointedTo = new BitSet(pendingCount);
    for (int c = 0; c < pendingCount; c++) {
      int next = pending.next(c);
      if (next != NONE) {
        pointedTo.set(next);
      }
    }
    int[] cells = new int[8];
    for (int head = pointedTo.nextClearBit(0); head < pendingCount; head = pointedTo.nextClearBit(head + 1)) {
      int n = 0;
      for (int c = head; c != NONE; c = pending.next(c)) {
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

  /** {@return the pending claims, by the cell numbers {@link #forEachPendingGroup} hands out} */
  public PendingClaims pending() {
    return pending;
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
