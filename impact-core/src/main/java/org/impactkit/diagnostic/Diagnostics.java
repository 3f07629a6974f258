package org.impactkit.diagnostic;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Collects diagnostics during a run. Keeps at most a bounded number, so a file with a million bad
 * rows cannot exhaust memory; the rest are counted. Identical warnings are kept once.
 *
 * <p>Those kept are the first in {@linkplain Diagnostic#READING_ORDER reading order}, not the first
 * found: so the same input gives the same diagnostics whatever the order they were found in, as when
 * a file is read on one thread while rows are valued on others, or participants are valued in shares.
 */
public final class Diagnostics {
  /** How many diagnostics are kept before the rest are only counted. */
  public static final int DEFAULT_LIMIT = 1000;

  private final int limit;
  /**
   * Reading order, then the parts it leaves out, so that which of two diagnostics comes first never
   * depends on the order they came in.
   */
  private static final Comparator<Diagnostic> ORDER = Diagnostic.READING_ORDER
      .thenComparing(Diagnostic::severity)
      .thenComparing(Diagnostic::advice, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** The diagnostics kept, the last in reading order at the head, to be dropped first. */
  private final PriorityQueue<Diagnostic> kept = new PriorityQueue<>(ORDER.reversed());
  private final Set<String> warningKeys = new HashSet<>();
  private long errors;
  private long fatal;
  private long dropped;

  /** A collector keeping up to {@value #DEFAULT_LIMIT} diagnostics. */
  public Diagnostics() {
    this(DEFAULT_LIMIT);
  }

  /** @param limit how many diagnostics to keep before the rest are only counted */
  public Diagnostics(int limit) {
    this.limit = limit;
  }

  /**
   * Adds a problem or remark; a warning already kept is not kept twice.
   *
   * @param d the diagnostic
   */
  public void add(Diagnostic d) {
    if (d.isError()) {
      errors++;
    } else if (!warningKeys.add(d.render())) {
      return;
    }
    if (kept.size() < limit) {
      kept.add(d);
      return;
    }
    dropped++;
    if (limit > 0 && ORDER.compare(d, kept.peek()) < 0) { // it comes before the last kept: keep it instead
      kept.poll();
      kept.add(d);
    }
  }

  /**
   * Adds an error that stops the run even when invalid rows are skipped: a problem with a whole file
   * (missing column, unreadable file) rather than one row.
   *
   * @param d the error
   */
  public void fatal(Diagnostic d) {
    fatal++;
    add(d);
  }

  /**
   * Takes in everything another collector found, keeping which problems were fatal.
   *
   * @param other the other collector
   */
  public void addAll(Diagnostics other) {
    for (Diagnostic d : other.kept) {
      add(d);
    }
    errors += other.errors - other.kept.stream().filter(Diagnostic::isError).count();
    fatal += other.fatal;
    dropped += other.dropped;
  }

  /** {@return whether an error about a whole file was found} */
  public boolean hasFatal() {
    return fatal > 0;
  }

  /**
   * Adds several diagnostics.
   *
   * @param ds the diagnostics
   */
  public void addAll(Iterable<Diagnostic> ds) {
    for (Diagnostic d : ds) {
      add(d);
    }
  }

  /** {@return whether any error was found} */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** {@return how many errors were found, kept or not} */
  public long errorCount() {
    return errors;
  }

  /** {@return diagnostics kept, in reading order} */
  public List<Diagnostic> sorted() {
    return kept.stream().sorted(ORDER).toList();
  }

  /** {@return how many were found beyond those kept} */
  public long dropped() {
    return dropped;
  }

  /**
   * Throws when any error was found, or only when a fatal one was if rows may be skipped.
   *
   * @param skipInvalidRows whether invalid rows are left out rather than stopping the run
   * @throws InvalidInputException with every problem kept
   */
  public void throwIfErrors(boolean skipInvalidRows) {
    if (skipInvalidRows ? hasFatal() : hasErrors()) {
      throw new InvalidInputException(sorted(), dropped);
    }
  }
}
