package org.impactkit.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.impactkit.report.ReportFormat;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;

/**
 * The values of options as people write them, for shell completion: {@code xlsx}, not the constant
 * {@code XLSX} picocli would offer, nor {@code YEAR_ZERO}, which the option would not take.
 */
final class Candidates {
  private Candidates() {}

  /** Report formats. */
  static final class Formats extends Words {
    Formats() {
      super(Stream.of(ReportFormat.values()).map(ReportFormat::id).toList());
    }
  }

  /** Conflicts policies. */
  static final class Conflicts extends Words {
    Conflicts() {
      super(Stream.of(ConflictPolicy.values()).map(ConflictPolicy::id).toList());
    }
  }

  /** Discounting conventions. */
  static final class Conventions extends Words {
    Conventions() {
      super(Stream.of(Discounting.Convention.values()).map(Discounting.Convention::id).toList());
    }
  }

  /** A fixed list of words. */
  abstract static class Words implements Iterable<String> {
    private final List<String> words;

    Words(List<String> words) {
      this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return words.iterator();
    }
  }
}
