package org.impactkit.cli.serve;

import java.io.IOException;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.valuation.CalculationResult;

/**
 * The page's calculation: the library calls {@code impact calculate FOLDER} makes, on the uploaded
 * folder, so the same inputs give the same figures. A failed assurance check (SPEC §10) refuses the
 * result as the command line does: the figures would very probably be wrong. The upload's {@code
 * evaluation.yaml} may name only files uploaded with it ({@link Evaluation#prepareSent}).
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
    Evaluation evaluation = Evaluation.prepareSent(EvaluationFiles.of(upload.folder()), options::applyTo);
    CalculationResult result = evaluation.calculate();
    if (result.anyCheckFailed()) {
      long failed = result.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
      throw new Refused(422, (failed == 1 ? "1 check failed" : failed + " checks failed")
          + "; the figures would very probably be wrong, so no report was made",
          result.diagnostics(), result.checksNotPassing(), 0);
    }
    return result;
  }
}
