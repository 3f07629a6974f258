package org.impactkit.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.impactkit.Impact;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SettingsFile;
import org.impactkit.valuation.CalculationResult;

/**
 * The page's calculation: the library calls {@code impact calculate FOLDER} makes, on the uploaded
 * folder, so the same inputs give the same figures. A failed assurance check (SPEC §10) refuses the
 * result as the command line does: the figures would very probably be wrong.
 */
final class Calculation {
  private Calculation() {}

  /**
   * Calculates an uploaded evaluation.
   *
   * @throws InvalidInputException with every problem of the inputs
   * @throws Refused 422 when a check failed, with the checks that did not pass
   */
  static CalculationResult run(Upload.Received upload, Options options) throws IOException, Refused {
    filesNamedInsideTheUpload(upload.folder());
    Evaluation evaluation = Evaluation.prepare(EvaluationFiles.of(upload.folder()), options::applyTo);
    CalculationResult result = evaluation.calculate();
    if (result.anyCheckFailed()) {
      long failed = result.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
      throw new Refused(422, (failed == 1 ? "1 check failed" : failed + " checks failed")
          + "; the figures would very probably be wrong, so no report was made",
          result.diagnostics(), result.checksNotPassing(), 0);
    }
    return result;
  }

  /**
   * Refuses an {@code evaluation.yaml} whose bank or price-index file lies outside the upload. On the
   * command line a settings file may name any file its user can read; an uploaded one, perhaps from a
   * partner's zip, must not make the page read (and quote in its messages) the files of this computer.
   *
   * @throws Refused 422 naming the setting and the path
   */
  static void filesNamedInsideTheUpload(Path folder) throws IOException, Refused {
    Path yaml = null;
    try (Stream<Path> files = Files.list(folder)) {
      yaml = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches("evaluation\\.ya?ml"))
          .findFirst().orElse(null);
    }
    if (yaml == null) {
      return;
    }
    Settings settings;
    try {
      settings = SettingsFile.read(yaml).applyTo(Settings.builder()).build();
    } catch (InvalidInputException | IllegalArgumentException e) {
      return; // the calculation reports the file's own problems, as the command line does
    }
    Path inside = folder.toRealPath();
    String bank = settings.bank();
    if (bank != null && !Impact.BUNDLED_BANKS.contains(bank) && !within(inside, bank)) {
      throw Refused.invalid(yaml.getFileName().toString(), "bank: " + Diagnostic.quote(bank) + " is not among the"
          + " files uploaded; the page reads only those: upload the bank file with the others and name it by its"
          + " file name, e.g. bank: my-bank.json");
    }
    if (settings.indices() != null && !within(inside, settings.indices())) {
      throw Refused.invalid(yaml.getFileName().toString(), "indices: " + Diagnostic.quote(settings.indices())
          + " is not among the files uploaded; the page reads only those: upload the price-index file with the"
          + " others and name it by its file name");
    }
  }

  /** Whether {@code path}, relative to the upload as a settings file's paths are, names a file inside it. */
  private static boolean within(Path folder, String path) {
    try {
      return folder.resolve(path).normalize().startsWith(folder);
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
