package org.impactkit.cli;

import java.nio.file.Path;
import org.impactkit.evaluation.EvaluationRequest;
import org.impactkit.evaluation.Evaluations;
import org.impactkit.report.internal.Formats;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
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
    // Every invalid row is a problem here, whatever --skip-invalid would do in a calculation.
    EvaluationRequest request = input.request().skipInvalid(false).build();
    CalculationResult result;
    Evaluations.Inputs inputs;
    try {
      inputs = Evaluations.locate(request);
      var config = Evaluations.config(inputs);
      var bank = Evaluations.bank(request, config, inputs);
      var settings = Evaluations.settings(request, config, bank, inputs);
      result = Evaluations.calculate(inputs, bank, settings, ProgressDisplay.forTerminal(false));
    } catch (InvalidInputException e) {
      printDiagnostics(e, "the inputs are not valid.");
      return ExitCodes.INVALID_INPUT;
    }
    long warnings = 0;
    for (Diagnostic d : result.diagnostics()) {
      err().println(d.render());
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

  private static String describe(Evaluations.Inputs inputs) {
    long tables = 1 + inputs.participants().size() + inputs.counts().size();
    Path workbook = inputs.workbook();
    String files = tables == 1 ? "1 table" : tables + " tables";
    return workbook == null ? files : files + " of " + workbook.getFileName();
  }
}
