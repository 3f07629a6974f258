package org.impactkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SroiEvaluations;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.CalculationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code impact check}: runs the assurance checks of SPEC §10 on an evaluation and prints every one,
 * with its status, writing nothing. Exit 1 when a check fails, as {@code calculate} would stop.
 */
@Command(
    name = "check",
    description = "Run the assurance checks on an evaluation and print them all; write nothing. Given an impact"
        + " map's folder, print its review.",
    sortOptions = false)
final class CheckCommand extends BaseCommand {
  @Mixin InputOptions input = new InputOptions();

  @Override
  int execute() throws Exception {
    SroiEvaluations.Located map = impactMap(input);
    if (map != null) {
      return reviewImpactMap(input.directory, map);
    }
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

  /**
   * The impact map (SPEC §6) the command was given, when it was given a folder of one rather than of
   * records: a folder and no record files named, with an impact map and no activities in it; else
   * {@code null}.
   */
  private static SroiEvaluations.Located impactMap(InputOptions input) throws IOException {
    if (input.directory == null || !Files.isDirectory(input.directory) || input.activities != null) {
      return null;
    }
    SroiEvaluations.Located located = SroiEvaluations.locate(new SroiEvaluations.Request(input.directory, null, null));
    return located.records() == null ? located : null;
  }

  /**
   * An impact map has no records for most checks of §10 to read; its map and inputs are read as {@code
   * impact sroi} reads them (any problem stops it, exit 1), and the checks it can be judged by ({@code
   * high-ratio}) printed with its review warnings.
   */
  private int reviewImpactMap(Path folder, SroiEvaluations.Located map) throws IOException {
    SroiResult result = SroiEvaluations.calculate(new SroiEvaluations.Request(folder, null, null), map, b -> {});
    result.checks().forEach(c -> out().println(Messages.render(c)));
    result.warnings().forEach(w -> out().println(Messages.render(w)));
    long warned = result.checksNotPassing().size();
    out().println(folder + " holds an impact map, read without a problem: " + result.checks().size()
        + (result.checks().size() == 1 ? " check (" : " checks (") + (result.checks().size() - warned) + " passed, "
        + warned + " warned) and " + result.warnings().size()
        + (result.warnings().size() == 1 ? " warning" : " warnings") + " from its review. The other assurance"
        + " checks are made on participant and counts records, which an impact map has none of; 'impact sroi "
        + folder + "' writes its report.");
    return ExitCodes.OK;
  }
}
