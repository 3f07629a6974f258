package org.impactkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SettingsBuilder;
import org.impactkit.model.Period;
import org.impactkit.valuation.ConflictPolicy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that say what an evaluation reads and how (SPEC §7), shared by {@code calculate} and
 * {@code validate} as a picocli mixin so the two can never drift apart.
 */
final class InputOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Evaluation folder: evaluation.yaml, activities, participants and/or counts"
          + " (or one evaluation.xlsx).")
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

  @Option(names = "--period", paramLabel = "YEAR",
      description = "Evaluation period as a UK financial year, e.g. 2021/22.")
  Period period;

  @Option(names = "--from", paramLabel = "DATE", description = "Period start (with --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Period end.")
  LocalDate to;

  @Option(names = "--region", paramLabel = "REGION", description = "Default region for rows and activities without one.")
  String region;

  @Option(names = "--no-deadweight", description = "Apply no deadweight (when a comparison group was used).")
  boolean noDeadweight;

  @Option(names = "--allow-empty",
      description = "Write the report even when the records give no claim (a warning instead of a stop).")
  boolean allowEmpty;

  @Option(names = "--conflicts", paramLabel = "POLICY", completionCandidates = Candidates.Conflicts.class,
      description = "Conflicting outcomes: lowest (default), highest, first or error.")
  ConflictPolicy conflicts;

  @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
      description = "Threads to use (default: the processors, up to " + Settings.MAX_DEFAULT_THREADS + "): one reads,"
          + " one values rows in file order, each further one keeps a share of the participants. The results are"
          + " the same whatever the number.")
  Integer threads;

  @Mixin ValuationOptions valuation = new ValuationOptions();

  /**
   * The files these options name.
   *
   * @throws BaseCommand.UsageException when nothing to read is given
   */
  EvaluationFiles files() {
    if (directory == null && activities == null) {
      throw new BaseCommand.UsageException(
          "give an evaluation folder, or the files with --activities and --participants");
    }
    EvaluationFiles.Builder b = EvaluationFiles.builder().directory(directory).config(config).activities(activities);
    participants.forEach(b::participants);
    counts.forEach(b::counts);
    return b.build();
  }

  /**
   * Sets what these options give over the settings of {@code evaluation.yaml}.
   *
   * @return {@code b}
   * @throws BaseCommand.UsageException when options exclude each other
   */
  SettingsBuilder applyTo(SettingsBuilder b) {
    b.bank(bank).period(period()).defaultRegion(region).conflictPolicy(conflicts)
        .deadweight(noDeadweight ? false : null).allowEmpty(allowEmpty ? true : null).threads(threads);
    valuation.applyTo(b);
    return b;
  }

  private Period period() {
    if ((from == null) != (to == null)) {
      throw new BaseCommand.UsageException("--from and --to go together");
    }
    if (from != null && period != null) {
      throw new BaseCommand.UsageException("give either --period or --from/--to, not both");
    }
    if (from == null) {
      return period;
    }
    try {
      return new Period(from, to);
    } catch (IllegalArgumentException e) {
      throw new BaseCommand.UsageException(e.getMessage());
    }
  }

  /** The folder or activities file the evaluation is named after, for default output names. */
  Path base() {
    return directory != null ? directory : activities;
  }
}
