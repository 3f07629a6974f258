package org.impactkit.valuation.internal;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014; the mixing function is Stafford's variant 13), written out here so that a seed gives the
 * same numbers on every machine and every Java version: the sequence depends on this code alone, not on
 * a library's implementation. It is the sequence of {@code java.util.SplittableRandom(seed).nextLong()}
 * too, which the tests use as an independent check.
 */
public final class SplitMix64 {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final double UNIT = 0x1.0p-53;

  private long state;

  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** The next 64 random bits. */
  public long nextLong() {
    long z = (state += GOLDEN_GAMMA);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A number uniformly in [0, 1): the top 53 bits of {@link #nextLong()} scaled, exact in a double. */
  public double nextDouble() {
    return (nextLong() >>> 11) * UNIT;
  }
}
