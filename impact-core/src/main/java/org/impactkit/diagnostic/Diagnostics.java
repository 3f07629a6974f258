package org.impactkit.diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects diagnostics during a run. Keeps at most a bounded number, so a file with a million bad
 * rows cannot exhaust memory; the rest are counted. Identical warnings are kept once.
 */
public final class Diagnostics {
  /** How many diagnostics are kept before the rest are only counted. */
  public static final int DEFAULT_LIMIT = 1000;

  private final int limit;
  private final List<Diagnostic> kept = new ArrayList<>();
  private final Set<String> warningKeys = new HashSet<>();
  private long errors;
  private long fatal;
  private long dropped;

  public Diagnostics() {
    this(DEFAULT_LIMIT);
  }

  public Diagnostics(int limit) {
    this.limit = limit;
  }

  public void add(Diagnostic d) {
    if (d.isError()) {
      errors++;
    } else if (!warningKeys.add(d.render())) {
      return;
    }
    if (kept.size() < limit) {
      kept.add(d);
    } else {
      dropped++;
    }
  }

  /**
   * Adds an error that stops the run even when invalid rows are skipped: a problem with a whole file
   * (missing column, unreadable file) rather than one row.
   */
  public void fatal(Diagnostic d) {
    fatal++;
    add(d);
  }

  /** Takes in everything another collector found, keeping which problems were fatal. */
  public void addAll(Diagnostics other) {
    for (Diagnostic d : other.kept) {
      add(d);
    }
    errors += other.errors - other.kept.stream().filter(Diagnostic::isError).count();
    fatal += other.fatal;
    dropped += other.dropped;
  }

  public boolean hasFatal() {
    return fatal > 0;
  }

  public void addAll(Iterable<Diagnostic> ds) {
    for (Diagnostic d : ds) {
      add(d);
    }
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public long errorCount() {
    return errors;
  }

  /** Diagnostics kept, in reading order. */
  public List<Diagnostic> sorted() {
    return kept.stream().sorted(Diagnostic.READING_ORDER).toList();
  }

  /** How many were found beyond those kept. */
  public long dropped() {
    return dropped;
  }

  /** Throws when any error was found, or only when a fatal one was if rows may be skipped. */
  public void throwIfErrors(boolean skipInvalidRows) {
    if (skipInvalidRows ? hasFatal() : hasErrors()) {
      throw new InvalidInputException(sorted(), dropped);
    }
  }
}
