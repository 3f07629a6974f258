package org.impactkit.cli;

/** The exit codes of {@code impact} (SPEC §7), in one place ({@link ImpactCommand}'s help lists them). */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;
  /** Invalid input or data (nothing was written), or an output that could not be written. */
  static final int INVALID_INPUT = 1;
  /** The command line itself was wrong. */
  static final int USAGE = 2;
  /** A bug in impact, or Java out of memory. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
