package org.impactkit.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.report.csv.CsvReportWriter;
import org.impactkit.report.html.HtmlReportWriter;
import org.impactkit.report.json.CalculationJson;
import org.impactkit.report.markdown.MarkdownReportWriter;
import org.impactkit.report.xlsx.WorkbookWriter;
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
  static final OutputFormat DEFAULT_FORMAT = OutputFormat.XLSX;

  @Mixin InputOptions input = new InputOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Report file, or folder for csv ('-' for standard output). Default: <dir-name>-impact.<format>"
          + " here (<dir-name>-impact/ for csv).")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Report format: xlsx (default, the funder-ready workbook), json, csv (a folder of tables), md"
          + " or html (one page to read on a phone or print on two A4 pages).")
  OutputFormat format;

  @Option(names = "--skip-invalid", description = "Leave out invalid rows (each is listed in the report).")
  boolean skipInvalid;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
  boolean quiet;

  @Override
  int execute() throws Exception {
    EvaluationFiles files = input.files();
    input.applyTo(Settings.builder()); // usage errors in the options before anything is read
    OutputFormat chosen = format();
    if (format == null && output != null && output.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new UsageException("a CSV report is a folder of tables: use --format csv -o FOLDER");
    }
    Path target = target(chosen);
    if (target == null && (chosen == OutputFormat.XLSX || chosen == OutputFormat.CSV)) {
      throw new UsageException("--format " + chosen.name().toLowerCase(Locale.ROOT)
          + " cannot go to standard output; give a " + (chosen == OutputFormat.CSV ? "folder" : "file") + " with -o");
    }
    Evaluation evaluation = Evaluation.prepare(files, b -> {
      input.applyTo(b);
      b.skipInvalid(skipInvalid ? true : null);
    });
    if (target != null) {
      ReportTarget.checkNotAnInput(target, evaluation.files().all());
    }
    CalculationResult result = evaluation.calculate(ProgressDisplay.forTerminal(quiet));
    if (result.anyCheckFailed()) {
      printChecks(result, false);
      return ExitCodes.INVALID_INPUT;
    }

    if (target == null) {
      out().print(new String(render(result, chosen), StandardCharsets.UTF_8));
      out().flush();
    } else if (chosen == OutputFormat.CSV) {
      CsvReportWriter.writeFolder(result, target);
    } else {
      byte[] report = render(result, chosen);
      AtomicFiles.write(target, o -> o.write(report));
    }
    printWarnings(result);
    if (!quiet && target != null && !ReportTarget.isStandardOutput(target)) {
      SummaryPrinter.print(result, out());
      out().println();
      out().println("Report written to " + target);
    }
    return ExitCodes.OK;
  }

  /**
   * Starts {@link WorkbookWriter#warmUp} on a daemon thread when {@code args} ask {@code calculate} for
   * a workbook, so POI starts up on the core the calculation's start leaves idle instead of after it.
   * Called before picocli builds its model (which takes a good part of the start-up), so it only looks
   * at the arguments; a wrong guess costs speed, never a result.
   */
  static void warmUpIfWorkbook(String[] args) {
    if (asksForWorkbook(args)) {
      Thread warmUp = new Thread(WorkbookWriter::warmUp, "impact-workbook-warm-up");
      warmUp.setDaemon(true);
      warmUp.start();
    }
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
    OutputFormat given = null;
    if (format != null) {
      try {
        given = OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return false; // picocli will refuse it
      }
    }
    return OutputFormat.choose(given, output, DEFAULT_FORMAT) == OutputFormat.XLSX;
  }

  private OutputFormat format() {
    return OutputFormat.choose(format, output, DEFAULT_FORMAT);
  }

  /**
   * Where the report goes; {@code null} for standard output. Without {@code -o} it is
   * {@code <dir-name>-impact.<ext>} in the current folder, or beside the evaluation folder when the
   * current folder is inside it: impact never writes into its inputs (docs/reliability.md).
   */
  private Path target(OutputFormat chosen) throws java.io.IOException {
    Path name = input.base().toAbsolutePath().normalize().getFileName();
    String stem = name == null ? "evaluation" : name.toString().replaceFirst("\\.[^.]*$", "");
    return ReportTarget.of(output, format, input.directory, stem, "-impact", chosen);
  }

  private byte[] render(CalculationResult result, OutputFormat chosen) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    switch (chosen) {
      case JSON -> CalculationJson.write(result, bytes);
      case XLSX -> WorkbookWriter.write(result, bytes);
      case MD -> MarkdownReportWriter.write(result, bytes);
      case HTML -> HtmlReportWriter.write(result, bytes);
      case CSV -> throw new IllegalStateException("CSV reports are folders, written by CsvReportWriter");
    }
    return bytes.toByteArray();
  }

  private void printWarnings(CalculationResult result) {
    if (quiet) {
      return;
    }
    for (Diagnostic d : result.diagnostics()) {
      err().println(Messages.render(d));
    }
    printChecks(result, false);
  }
}
