package org.impactkit.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.bank.PriceIndices;
import org.impactkit.compare.Comparer;
import org.impactkit.compare.Comparison;
import org.impactkit.compare.Deflator;
import org.impactkit.compare.YearResult;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.ResultsJson;
import org.impactkit.read.bank.PriceIndexReader;

/** Reads two {@code calculate} reports and compares them (SPEC §8.3), as {@code impact compare} does. */
public final class Comparisons {
  private Comparisons() {}

  /**
   * The two years side by side.
   *
   * @param older the earlier year's JSON report
   * @param newer the later year's JSON report
   * @param indices a price-index file to restate with, or {@code null} for the one the newer report was
   *     uprated with (bundled), else the bundled default
   * @param allowBankChange whether to compare reports valued with different banks
   * @throws InvalidInputException listing every problem of both files, or why they cannot be compared
   */
  public static Comparison compare(Path older, Path newer, Path indices, boolean allowBankChange) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    YearResult a = read(older, problems);
    YearResult b = read(newer, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
    Deflator deflator = null;
    if (Comparer.needsRestating(a, b)) {
      PriceIndices p = indices != null ? PriceIndexReader.load(indices, indices.toString())
          : bundled(b.indices() != null ? b.indices() : a.indices());
      deflator = p == null ? null : new Deflator(p.id(), p.deflator().values());
    }
    return Comparer.compare(a, b, deflator, allowBankChange);
  }

  /**
   * The bundled vintage when the reports name it or none, else {@code null}: restating with another
   * vintage than the one a report was uprated with would splice two series (SPEC §5.4).
   */
  private static PriceIndices bundled(String id) {
    return id == null || id.equals(PriceIndexReader.BUNDLED_ID) ? PriceIndexReader.bundled() : null;
  }

  private static YearResult read(Path file, List<Diagnostic> problems) throws IOException {
    try {
      return ResultsJson.read(file);
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      return null;
    }
  }
}
