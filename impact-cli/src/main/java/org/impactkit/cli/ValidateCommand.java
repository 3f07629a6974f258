package org.impactkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.valuation.CalculationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code impact validate}: reads every input exactly as {@code calculate} would, prints every problem
 * and a one-line verdict, and writes nothing (SPEC §7). Exit 0 when the inputs are valid, 1 otherwise.
 */
@Command(
    name = "validate",
    description = "Check an evaluation's inputs: print every problem and a verdict; write nothing.",
    sortOptions = false)
final class ValidateCommand extends BaseCommand {
  @Mixin InputOptions input = new InputOptions();

  @Override
  String whenInvalid() {
    return "the inputs are not valid.";
  }

  @Override
  int execute() throws IOException {
    EvaluationFiles files = input.files();
    input.applyTo(Settings.builder()); // usage errors in the options before anything is read
    // Every invalid row is a problem here, whatever --skip-invalid would do in a calculation.
    Evaluation evaluation = Evaluation.prepare(files, b -> input.applyTo(b.skipInvalid(false)));
    CalculationResult result = evaluation.calculate(ProgressDisplay.forTerminal(false));
    printWarnings(result.diagnostics());
    printChecks(result, false);
    if (result.anyCheckFailed()) {
      return ExitCodes.INVALID_INPUT;
    }
    long warnings = result.diagnostics().size() + result.checksNotPassing().size();
    out().println("No problems found in " + describe(evaluation.files()) + ": "
        + Messages.plural(result.byActivity().size(), "activity", "activities") + ", "
        + Messages.plural(result.totals().participants(), "participant", "participants") + ", "
        + Messages.plural(result.totals().claims(), "claim", "claims")
        + (warnings == 0 ? "." : " (" + Messages.plural(warnings, "warning", "warnings") + " above)."));
    return ExitCodes.OK;
  }


  private static String describe(EvaluationFiles inputs) {
    long tables = 1 + inputs.participants().size() + inputs.counts().size();
    Path workbook = inputs.workbook();
    String files = tables == 1 ? "1 table" : tables + " tables";
    return workbook == null ? files : files + " of " + workbook.getFileName();
  }
}
