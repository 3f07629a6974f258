package org.impactkit.valuation.internal;

import java.util.Arrays;

/**
 * The characters of participant ids too long to pack into a key, back to back in pages of bytes: one
 * byte a character when every character of the id is below U+0100 (ids are nearly always ASCII), two
 * otherwise. An id is first {@linkplain #encode encoded} into a scratch buffer, then compared with stored
 * ids ({@link #same}) or {@linkplain #add added}.
 */
final class IdArena {
  private static final int PAGE_BITS = 18;
  private static final int PAGE = 1 << PAGE_BITS;
  /** Marks the position of an id stored two bytes a character. */
  private static final long WIDE = 1L << 62;

  private byte[][] pages = new byte[4][];
  private int pageCount;
  private int used;

  private byte[] scratch = new byte[64];
  private int scratchLength;
  private boolean scratchWide;

  /** Encodes {@code id} into the scratch buffer, for the next {@link #same} and {@link #add}. */
  void encode(String id) {
    int n = id.length();
    boolean wide = false;
    for (int i = 0; i < n; i++) {
      if (id.charAt(i) > 0xFF) {
        wide = true;
        break;
      }
    }
    int bytes = wide ? 2 * n : n;
    if (scratch.length < bytes) {
      scratch = new byte[Math.max(bytes, scratch.length * 2)];
    }
    byte[] s = scratch;
    if (wide) {
      for (int i = 0; i < n; i++) {
        char c = id.charAt(i);
        s[2 * i] = (byte) (c >>> 8);
        s[2 * i + 1] = (byte) c;
      }
    } else {
      for (int i = 0; i < n; i++) {
        s[i] = (byte) id.charAt(i);
      }
    }
    scratchLength = bytes;
    scratchWide = wide;
  }

  /**
   * Whether the id stored at {@code position} is the encoded one; only called for stored ids of the same
   * length in characters.
   */
  boolean same(long position) {
    if (((position & WIDE) != 0) != scratchWide) {
      return false;
    }
    long at = position & ~WIDE;
    byte[] page = pages[(int) (at >>> PAGE_BITS)];
    int from = (int) at & (PAGE - 1);
    return Arrays.equals(page, from, from + scratchLength, scratch, 0, scratchLength);
  }

  /** Stores the encoded id and returns its position. */
  long add() {
    int n = scratchLength;
    if (pageCount == 0 || used + n > pages[pageCount - 1].length) {
      if (pageCount == pages.length) {
        pages = Arrays.copyOf(pages, pageCount * 2);
      }
      pages[pageCount++] = new byte[Math.max(PAGE, n)]; // an id longer than a page has one of its own
      used = 0;
    }
    long position = ((long) (pageCount - 1) << PAGE_BITS) | used;
    System.arraycopy(scratch, 0, pages[pageCount - 1], used, n);
    used += n;
    return scratchWide ? position | WIDE : position;
  }
}
