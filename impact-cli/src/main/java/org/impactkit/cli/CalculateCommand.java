package org.impactkit.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.impactkit.io.AtomicFiles;
import org.impactkit.io.EvaluationRequest;
import org.impactkit.io.Evaluations;
import org.impactkit.io.json.CalculationJson;
import org.impactkit.model.Diagnostic;
import org.impactkit.model.InvalidInputException;
import org.impactkit.model.Period;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.ConflictPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact calculate}: wellbeing valuation of an evaluation folder or files (SPEC §5, §7). */
@Command(
    name = "calculate",
    description = "Calculate social value from an evaluation folder (or files) and write a report.",
    sortOptions = false)
final class CalculateCommand extends BaseCommand {
  /** Until the workbook writer lands, reports default to JSON files. */
  static final OutputFormat DEFAULT_FORMAT = OutputFormat.JSON;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Evaluation folder: evaluation.yaml, activities, participants and/or counts.")
  Path directory;

  @Option(names = "--activities", paramLabel = "FILE", description = "Activities file (instead of the folder's).")
  Path activities;

  @Option(names = "--participants", paramLabel = "FILE", arity = "1..*",
      description = "Participant file(s), merged (e.g. one per partner).")
  List<Path> participants = new ArrayList<>();

  @Option(names = "--counts", paramLabel = "FILE", arity = "1..*", description = "Counts file(s), calculator style.")
  List<Path> counts = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: DIR/evaluation.yaml).")
  Path config;

  @Option(names = "--bank", paramLabel = "ID|FILE", description = "Value bank: a bundled id or a bank file.")
  String bank;

  @Option(names = "--period", paramLabel = "YEAR", converter = Converters.FinancialYear.class,
      description = "Evaluation period as a UK financial year, e.g. 2021/22.")
  Period period;

  @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class,
      description = "Period start (with --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class, description = "Period end.")
  LocalDate to;

  @Option(names = "--region", paramLabel = "REGION", description = "Default region for rows and activities without one.")
  String region;

  @Option(names = "--no-deadweight", description = "Apply no deadweight (when a comparison group was used).")
  boolean noDeadweight;

  @Option(names = "--conflicts", paramLabel = "POLICY", converter = Converters.Conflicts.class,
      description = "Conflicting outcomes: lowest (default), highest, first or error.")
  ConflictPolicy conflicts;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Report file ('-' for standard output). Default: <dir-name>-impact.<format> here.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: xlsx, json, csv or md.")
  OutputFormat format;

  @Option(names = "--skip-invalid", description = "Leave out invalid rows (each is listed in the report).")
  boolean skipInvalid;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
  boolean quiet;

  @Override
  int execute() throws Exception {
    EvaluationRequest request = request();
    Evaluations.Inputs inputs = Evaluations.locate(request);
    OutputFormat chosen = format();
    Path target = target(chosen);
    if (target != null) {
      checkNotAnInput(target, inputs);
    }
    var config = Evaluations.config(inputs);
    var valueBank = Evaluations.bank(request, config, inputs);
    var settings = Evaluations.settings(request, config, valueBank, inputs);
    CalculationResult result = Evaluations.calculate(inputs, valueBank, settings, ProgressDisplay.forTerminal(quiet));

    byte[] report = render(result, chosen);
    if (target == null) {
      out().print(new String(report, StandardCharsets.UTF_8));
      out().flush();
    } else {
      AtomicFiles.write(target, o -> o.write(report));
    }
    printWarnings(result);
    if (!quiet && target != null) {
      SummaryPrinter.print(result, out());
      out().println();
      out().println("Report written to " + target);
    }
    return ExitCodes.OK;
  }

  private EvaluationRequest request() {
    if ((from == null) != (to == null)) {
      throw new UsageException("--from and --to go together");
    }
    if (from != null && period != null) {
      throw new UsageException("give either --period or --from/--to, not both");
    }
    if (directory == null && activities == null) {
      throw new UsageException("give an evaluation folder, or the files with --activities and --participants");
    }
    Period p = period;
    if (from != null) {
      try {
        p = new Period(from, to);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    EvaluationRequest.Builder b = EvaluationRequest.builder()
        .directory(directory).config(config).activities(activities).bank(bank).period(p).region(region)
        .conflicts(conflicts);
    participants.forEach(b::participants);
    counts.forEach(b::counts);
    if (noDeadweight) {
      b.deadweight(false);
    }
    if (skipInvalid) {
      b.skipInvalid(true);
    }
    return b.build();
  }

  private OutputFormat format() {
    if (format != null) {
      return format;
    }
    if (output != null && !output.equals("-")) {
      String lower = output.toLowerCase(Locale.ROOT);
      for (OutputFormat f : OutputFormat.values()) {
        if (f.extension() != null && lower.endsWith("." + f.extension())) {
          return f;
        }
      }
    }
    return output != null && output.equals("-") ? OutputFormat.JSON : DEFAULT_FORMAT;
  }

  /** Where the report goes; {@code null} for standard output. */
  private Path target(OutputFormat chosen) {
    if ("-".equals(output) || (output == null && format == OutputFormat.JSON)) {
      return null;
    }
    if (output != null) {
      return Path.of(output);
    }
    Path base = directory != null ? directory : activities;
    Path name = base.toAbsolutePath().normalize().getFileName();
    String stem = name == null ? "evaluation" : name.toString().replaceFirst("\\.[^.]*$", "");
    return Path.of(stem + "-impact" + (chosen.extension() == null ? "" : "." + chosen.extension()));
  }

  private static void checkNotAnInput(Path target, Evaluations.Inputs inputs) throws Exception {
    Path t = target.toAbsolutePath().normalize();
    for (Path input : inputs.all()) {
      if (Files.exists(t) && Files.exists(input) && Files.isSameFile(t, input)) {
        throw new InvalidInputException(Diagnostic.error(target.toString(), 0, null,
            "this is one of the inputs; impact never writes over its inputs, choose another -o"));
      }
    }
  }

  private byte[] render(CalculationResult result, OutputFormat chosen) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    switch (chosen) {
      case JSON -> CalculationJson.write(result, bytes);
      default -> throw new UsageException("--format " + chosen.name().toLowerCase(Locale.ROOT)
          + " is not available in this version; use --format json");
    }
    return bytes.toByteArray();
  }

  private void printWarnings(CalculationResult result) {
    if (quiet) {
      return;
    }
    for (Diagnostic d : result.diagnostics()) {
      err().println(d.render());
    }
  }
}
