package org.impactkit.valuation.internal;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A growable array of ints held in pages of 256 KB: growing adds a page and never copies what is there,
 * so the largest structures of a run of millions of participants never need their old and new copies
 * at once, and no single object is large enough for the garbage collector to need a contiguous run of
 * regions for it (the {@code -Xmx512m} goal of SPEC §9). Unset elements read as 0.
 */
final class IntPages {
  static final int BITS = 16;
  private static final int SIZE = 1 << BITS;
  private static final int MASK = SIZE - 1;

  private int[][] pages = new int[4][];

  int get(long i) {
    return pages[(int) (i >>> BITS)][(int) i & MASK];
  }

  void set(long i, int value) {
    pages[(int) (i >>> BITS)][(int) i & MASK] = value;
  }

  /** Makes elements up to {@code i}, inclusive, settable. */
  void ensure(long i) {
    pages = ensure(pages, (int) (i >>> BITS), () -> new int[SIZE]);
  }

  /**
   * Pages up to {@code page}, inclusive, each made by {@code newPage} where missing: {@code pages} itself
   * unless its spine had to grow. Shared by the pages of every primitive type.
   */
  static <T> T[] ensure(T[] pages, int page, Supplier<T> newPage) {
    T[] spine = page < pages.length ? pages : Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
    for (int k = page; k >= 0 && spine[k] == null; k--) {
      spine[k] = newPage.get();
    }
    return spine;
  }
}
