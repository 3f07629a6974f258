package org.impactkit.valuation.internal;

/** A growable array of longs held in pages of 256 KB, for the reasons of {@link IntPages}. */
final class LongPages {
  static final int BITS = 15;
  private static final int SIZE = 1 << BITS;
  private static final int MASK = SIZE - 1;

  private long[][] pages = new long[4][];

  long get(long i) {
    return pages[(int) (i >>> BITS)][(int) i & MASK];
  }

  void set(long i, long value) {
    pages[(int) (i >>> BITS)][(int) i & MASK] = value;
  }

  /** Makes elements up to {@code i}, inclusive, settable. */
  void ensure(long i) {
    pages = IntPages.ensure(pages, (int) (i >>> BITS), () -> new long[SIZE]);
  }
}
