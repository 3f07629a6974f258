package org.impactkit.valuation.internal;

/**
 * The claims that may still conflict, one cell each, numbered in the order added, in pages: a claim's
 * activity, outcome, region and age band (packed into one int when their numbers fit in 32 bits, as
 * with any real bank and up to thousands of activities), the next cell of its participant's list, and
 * its file and line packed into one long. Sixteen bytes a claim instead of thirty-two: at ten million
 * rows, millions of claims wait here until the end.
 */
public final class PendingClaims {
  private static final int LINE_BITS = 40;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;
  private static final int MOST_FILES = 1 << (63 - LINE_BITS);

  private final int outcomeShift;
  private final int regionShift;
  private final int bandShift;
  private final int activities;
  private final int outcomes;
  private final int regions;
  private final int bands;
  /** Whether the four numbers share one int; else four ints a cell. */
  private final boolean packed;
  private final IntPages dims = new IntPages();
  private final IntPages next = new IntPages();
  private final LongPages where = new LongPages();
  private int count;

  /** Cells for numbers below the given counts. */
  PendingClaims(int activities, int outcomes, int regions, int bands) {
    this.activities = activities;
    this.outcomes = outcomes;
    this.regions = regions;
    this.bands = bands;
    int a = bits(activities);
    int o = bits(outcomes);
    int r = bits(regions);
    int b = bits(bands);
    this.packed = a + o + r + b <= 32;
    this.outcomeShift = a;
    this.regionShift = a + o;
    this.bandShift = a + o + r;
  }

  /** The bits that hold the numbers 0 to {@code n - 1}. */
  private static int bits(int n) {
    return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
  }

  int size() {
    return count;
  }

  /** Adds a claim and returns its cell. */
  int add(int activity, int outcome, int region, int band, int nextCell, int file, long line) {
    check(activity, activities);
    check(outcome, outcomes);
    check(region, regions);
    check(band, bands);
    if (file < 0 || file >= MOST_FILES || line < 0 || line > LINE_MASK) {
      throw new IllegalArgumentException("file " + file + " line " + line + " is past what a pending claim holds");
    }
    int c = count++;
    if (packed) {
      dims.ensure(c);
      dims.set(c, activity | outcome << outcomeShift | region << regionShift | band << bandShift);
    } else {
      long at = 4L * c;
      dims.ensure(at + 3);
      dims.set(at, activity);
      dims.set(at + 1, outcome);
      dims.set(at + 2, region);
      dims.set(at + 3, band);
    }
    next.ensure(c);
    next.set(c, nextCell);
    where.ensure(c);
    where.set(c, (long) file << LINE_BITS | line);
    return c;
  }

  private static void check(int value, int count) {
    if (value < 0 || value >= count) {
      throw new IllegalArgumentException("number " + value + " is not below " + count);
    }
  }

  /** The next cell of the same participant, or -1. */
  int next(int cell) {
    return next.get(cell);
  }

  /** {@return the activity number of a claim} */
  public int activity(int cell) {
    return packed ? field(cell, 0, outcomeShift) : dims.get(4L * cell);
  }

  /** {@return the outcome number of a claim} */
  public int outcome(int cell) {
    return packed ? field(cell, outcomeShift, regionShift) : dims.get(4L * cell + 1);
  }

  /** {@return the region number of a claim} */
  public int region(int cell) {
    return packed ? field(cell, regionShift, bandShift) : dims.get(4L * cell + 2);
  }

  /** {@return the age band number of a claim} */
  public int band(int cell) {
    return packed ? field(cell, bandShift, 32) : dims.get(4L * cell + 3);
  }

  /** Bits {@code [from, to)} of a packed cell. */
  private int field(int cell, int from, int to) {
    int width = to - from;
    return width == 0 ? 0 : (int) ((dims.get(cell) & 0xFFFF_FFFFL) >>> from & ((1L << width) - 1));
  }

  /** {@return the number of the file a claim came from} */
  public int file(int cell) {
    return (int) (where.get(cell) >>> LINE_BITS);
  }

  /** {@return the line a claim came from} */
  public long line(int cell) {
    return where.get(cell) & LINE_MASK;
  }
}
