package org.impactkit.cli;

import java.nio.file.Path;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.report.Formats;
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
  int execute() throws Exception {
    EvaluationFiles files = input.files();
    input.applyTo(Settings.builder()); // usage errors in the options before anything is read
    CalculationResult result;
    EvaluationFiles inputs;
    try {
      // Every invalid row is a problem here, whatever --skip-invalid would do in a calculation.
      Evaluation evaluation = Evaluation.prepare(files, b -> input.applyTo(b.skipInvalid(false)));
      inputs = evaluation.files();
      result = evaluation.calculate(ProgressDisplay.forTerminal(false));
    } catch (InvalidInputException e) {
      printDiagnostics(e, "the inputs are not valid.");
      return ExitCodes.INVALID_INPUT;
    }
    long warnings = 0;
    for (Diagnostic d : result.diagnostics()) {
      err().println(Messages.render(d));
      warnings++;
    }
    out().println("No problems found in " + describe(inputs) + ": " + Formats.count(result.byActivity().size())
        + (result.byActivity().size() == 1 ? " activity, " : " activities, ")
        + plural(result.totals().participants(), "participant") + ", "
        + plural(result.totals().claims(), "claim")
        + (warnings == 0 ? "." : " (" + warnings + (warnings == 1 ? " warning" : " warnings") + " above)."));
    return ExitCodes.OK;
  }

  private static String plural(long n, String noun) {
    return Formats.count(n) + " " + noun + (n == 1 ? "" : "s");
  }

  private static String describe(EvaluationFiles inputs) {
    long tables = 1 + inputs.participants().size() + inputs.counts().size();
    Path workbook = inputs.workbook();
    String files = tables == 1 ? "1 table" : tables + " tables";
    return workbook == null ? files : files + " of " + workbook.getFileName();
  }
}
