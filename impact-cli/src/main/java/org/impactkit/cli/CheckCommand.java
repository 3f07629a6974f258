package org.impactkit.cli;

import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.valuation.CalculationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code impact check}: runs the assurance checks of SPEC §10 on an evaluation and prints every one,
 * with its status, writing nothing. Exit 1 when a check fails, as {@code calculate} would stop.
 */
@Command(
    name = "check",
    description = "Run the assurance checks on an evaluation and print them all; write nothing.",
    sortOptions = false)
final class CheckCommand extends BaseCommand {
  @Mixin InputOptions input = new InputOptions();

  @Override
  int execute() throws Exception {
    EvaluationFiles files = input.files();
    input.applyTo(Settings.builder()); // usage errors in the options before anything is read
    CalculationResult result =
        Evaluation.prepare(files, input::applyTo).calculate(ProgressDisplay.forTerminal(false));
    result.checks().forEach(c -> out().println(Messages.render(c)));
    long warned = result.checks().stream().filter(c -> c.status() == CheckStatus.WARN).count();
    long failed = result.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
    out().println(result.checks().size() + " checks: " + (result.checks().size() - warned - failed) + " passed, "
        + warned + (warned == 1 ? " warning, " : " warnings, ") + failed + " failed.");
    return failed > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }
}
