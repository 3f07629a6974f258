package org.impactkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.impactkit.Impact;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.report.ReportFormat;
import org.impactkit.valuation.CalculationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code impact calculate}: wellbeing valuation of an evaluation folder or files (SPEC §5, §7). */
@Command(
    name = "calculate",
    description = "Calculate social value from an evaluation folder (or files) and write a report.",
    sortOptions = false)
final class CalculateCommand extends BaseCommand {
  /** The funder-ready workbook is the default report (SPEC §7). */
  static final ReportFormat DEFAULT_FORMAT = ReportFormat.XLSX;

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--skip-invalid", description = "Leave out invalid rows (each is listed in the report).")
  boolean skipInvalid;

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  int execute() throws IOException {
    OutputNames.check(output.output, output.format, OutputNames.Writes.CALCULATION);
    EvaluationFiles files = input.files();
    input.applyTo(Settings.builder()); // usage errors in the options before anything is read
    OutputOptions.Target target = output.target(input.directory, stem(), "-impact", DEFAULT_FORMAT);
    Evaluation evaluation = Evaluation.prepare(files, b -> input.applyTo(b).skipInvalid(skipInvalid ? true : null));
    CalculationResult result = evaluation.calculate(ProgressDisplay.forTerminal(output.quiet));
    if (result.anyCheckFailed()) {
      printChecks(result, false); // even with --quiet: this is why nothing was written
      return ExitCodes.INVALID_INPUT;
    }
    output.write(target, evaluation.files().all(),
        (format, stream) -> Impact.write(result, format, stream), (format, path) -> Impact.write(result, format, path));
    output.finish(target, () -> {
      printWarnings(result.diagnostics());
      printChecks(result, false);
    }, out -> SummaryPrinter.print(result, out));
    return ExitCodes.OK;
  }

  /** The evaluation's name for the default report file: its folder's, or its activities file's. */
  private String stem() {
    Path name = input.base().toAbsolutePath().normalize().getFileName();
    return name == null ? "evaluation" : name.toString().replaceFirst("\\.[^.]*$", "");
  }

  /** The commands that read an evaluation (and so load the bank and the JSON and YAML readers). */
  private static final Set<String> READERS = Set.of("calculate", "validate", "sroi", "check");

  /**
   * Starts loading the readers and the bundled data ({@link Evaluation#warmUp}: about 50 ms of Jackson,
   * the YAML parser, the discount schedules and the default bank), then the workbook writer when {@code
   * args} ask {@code calculate} for a workbook, on a daemon thread: they start up on the core the
   * calculation's start leaves idle instead of one after another on it. Called before picocli builds its
   * model (which takes a good part of the start-up), so it only looks at the arguments; a wrong guess
   * costs speed, never a result, and a failure here is left for the run itself to meet and report.
   */
  static void warmUp(String[] args) {
    boolean workbook = asksForWorkbook(args);
    boolean reads = args.length > 0 && READERS.contains(args[0]);
    if (!workbook && !reads) {
      return;
    }
    Thread warmUp = new Thread(() -> {
      try {
        if (reads) {
          Evaluation.warmUp();
        }
        if (workbook) {
          Impact.warmUp(ReportFormat.XLSX);
        }
      } catch (RuntimeException | LinkageError e) {
        // the run meets the same problem where it can say what it means
      }
    }, "impact-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** Whether {@code args} run {@code calculate} with a workbook as the report, by a quick look at them. */
  static boolean asksForWorkbook(String[] args) {
    if (args.length == 0 || !args[0].equals("calculate")) {
      return false;
    }
    String format = null;
    String output = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--format") && i + 1 < args.length) {
        format = args[++i];
      } else if (a.startsWith("--format=")) {
        format = a.substring("--format=".length());
      } else if ((a.equals("-o") || a.equals("--output")) && i + 1 < args.length) {
        output = args[++i];
      } else if (a.startsWith("--output=") || a.startsWith("-o=")) {
        output = a.substring(a.indexOf('=') + 1);
      }
    }
    ReportFormat given = null;
    if (format != null) {
      try {
        given = ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return false; // picocli will refuse it
      }
    }
    return OutputOptions.choose(given, output, DEFAULT_FORMAT) == ReportFormat.XLSX;
  }
}
