package org.impactkit.evaluation;

import org.impactkit.read.RecordReaders;
import org.impactkit.read.Tables;
import org.impactkit.sroi.Inputs;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.read.bank.Banks;
import org.impactkit.read.config.ConfigReader;
import org.impactkit.read.config.EvaluationConfig;
import org.impactkit.read.table.Cells;
import org.impactkit.read.table.Table;
import org.impactkit.read.xlsx.XlsxWorkbook;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.NearestMatch;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.internal.Texts;
import org.impactkit.valuation.Adjustments;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.impactkit.valuation.ValuationSettings;

/**
 * Runs a wellbeing valuation from files: finds the inputs of an evaluation folder (SPEC §4.1),
 * reads the configuration and bank, streams every record through the {@link Calculator}.
 */
public final class Evaluations {
  /**
   * Extensions of the tables a folder may hold. Kinds impact cannot read (.xls, .xlsb, .ods) are
   * included so that they are refused by name ("save it as .xlsx") rather than reported missing.
   */
  /** Record files at least this large are parsed on a second thread while the first values them. */
  private static final long PIPELINE_FROM_BYTES = 4L << 20;

  private static final List<String> TABLE_EXTENSIONS = List.of(".csv", ".xlsx", ".xlsm", ".xls", ".xlsb", ".ods");

  private Evaluations() {}

  /** The sheets of a single {@code evaluation.xlsx} workbook that stand for the separate files. */
  public static final String ACTIVITIES_SHEET = "Activities";

  /** The participants sheet of {@code evaluation.xlsx}. */
  public static final String PARTICIPANTS_SHEET = "Participants";

  /** The counts sheet of {@code evaluation.xlsx}. */
  public static final String COUNTS_SHEET = "Counts";

  /**
   * The inputs an evaluation will read, resolved.
   *
   * @param config the configuration file, or {@code null}
   * @param activities the activities file
   * @param participants participant files
   * @param counts counts files
   * @param workbook the single {@code evaluation.xlsx} the folder gives instead of separate files, or
   *     {@code null}; where it stands in the lists above, its sheet of that name is read
   */
  public record Inputs(Path config, Path activities, List<Path> participants, List<Path> counts, Path workbook) {
    public Inputs {
      participants = List.copyOf(participants);
      counts = List.copyOf(counts);
    }

    /** Inputs of separate files, without an {@code evaluation.xlsx}. */
    public Inputs(Path config, Path activities, List<Path> participants, List<Path> counts) {
      this(config, activities, participants, counts, null);
    }

    /** The participant and counts files. */
    public List<Path> records() {
      List<Path> records = new ArrayList<>(participants);
      records.addAll(counts);
      return records;
    }

    /** Every input path, for checks that outputs never land on them. */
    public List<Path> all() {
      List<Path> all = new ArrayList<>();
      if (config != null) {
        all.add(config);
      }
      if (activities != null) {
        all.add(activities);
      }
      all.addAll(participants);
      all.addAll(counts);
      if (workbook != null) {
        all.add(workbook);
      }
      return all.stream().distinct().toList();
    }

    /** Opens one input table: a CSV file, a workbook's sheet named like {@code sheet} or its first sheet. */
    public Table open(Path file, String sheet) throws IOException {
      boolean fromWorkbook = file.equals(workbook);
      return Tables.open(file, file.toString(), sheet, fromWorkbook);
    }
  }

  /**
   * Works out which files the request names or its folder holds.
   *
   * @throws InvalidInputException when the folder does not exist or required files are missing
   */
  public static Inputs locate(EvaluationRequest request) throws IOException {
    Path dir = request.directory();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new InvalidInputException(Diagnostic.error(dir.toString(), 0, null,
          Files.exists(dir) ? "not a folder; give the evaluation folder, or the files with --activities and "
              + "--participants" : "no such folder"));
    }
    Path config = request.config();
    if (config == null && dir != null) {
      config = firstExisting(dir, "evaluation.yaml", "evaluation.yml");
    }
    Path activities = request.activities();
    if (activities == null && dir != null) {
      activities = firstExisting(dir, TABLE_EXTENSIONS.stream().map(e -> "activities" + e).toArray(String[]::new));
    }
    // Each option replaces only its own kind of file: --participants leaves the folder's counts in.
    List<Path> participants = request.participants();
    List<Path> counts = request.counts();
    List<Diagnostic> missing = new ArrayList<>();
    if (dir != null && request.activities() == null) {
      sameTableTwice(dir, activities == null ? List.of() : List.of(activities), missing);
    }
    if (dir != null && participants.isEmpty()) {
      participants = matching(dir, "participants");
      sameTableTwice(dir, participants, missing);
    }
    if (dir != null && counts.isEmpty()) {
      counts = matching(dir, "counts");
      sameTableTwice(dir, counts, missing);
    }
    Path workbook = dir == null ? null
        : firstExisting(dir, TABLE_EXTENSIONS.stream().filter(e -> !e.equals(".csv")).map(e -> "evaluation" + e)
            .toArray(String[]::new));
    if (workbook != null && !Tables.isWorkbook(workbook)
        && (activities == null || (participants.isEmpty() && counts.isEmpty()))) {
      // evaluation.xls and the like: refused by name, with what to do about it.
      Tables.open(workbook, workbook.toString()).close();
    }
    if (workbook != null && (activities == null || (participants.isEmpty() && counts.isEmpty()))) {
      try (XlsxWorkbook wb = XlsxWorkbook.open(workbook, workbook.toString())) {
        if (activities == null) {
          if (wb.findSheet(ACTIVITIES_SHEET).isPresent()) {
            activities = workbook;
          } else {
            missing.add(Diagnostic.error(wb.name(), 0, null, wb.missingSheetMessage(ACTIVITIES_SHEET)));
          }
        }
        if (participants.isEmpty() && counts.isEmpty()) {
          if (wb.findSheet(PARTICIPANTS_SHEET).isPresent()) {
            participants = List.of(workbook);
          }
          if (wb.findSheet(COUNTS_SHEET).isPresent()) {
            counts = List.of(workbook);
          }
          if (participants.isEmpty() && counts.isEmpty()) {
            missing.add(Diagnostic.error(wb.name(), 0, null, wb.missingSheetMessage(PARTICIPANTS_SHEET)
                .replace("no sheet 'Participants'", "no sheet 'Participants' or 'Counts'")));
          }
        }
      }
    } else {
      workbook = null;
    }
    if (activities == null && workbook == null) {
      missing.add(Diagnostic.error(dir == null ? null : dir.toString(), 0, null,
          "no activities file: expected activities.csv or activities.xlsx (or one evaluation.xlsx) in the folder,"
              + " or --activities FILE"));
    }
    if (participants.isEmpty() && counts.isEmpty() && workbook == null) {
      missing.add(Diagnostic.error(dir == null ? null : dir.toString(), 0, null,
          "no participant or counts records: expected participants.csv or counts.csv (or .xlsx, or one"
              + " evaluation.xlsx) in the folder, or --participants / --counts FILE"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing, 0);
    }
    return new Inputs(config, activities, participants, counts, workbook);
  }

  /**
   * The same table saved twice in a folder, e.g. {@code participants.csv} and {@code participants.xlsx}
   * (a common result of opening a CSV in Excel and saving it): reading both would count every row twice.
   */
  private static void sameTableTwice(Path dir, List<Path> found, List<Diagnostic> problems) {
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (Path p : found) {
      String name = p.getFileName().toString();
      String stem = name.substring(0, name.lastIndexOf('.'));
      for (String ext : TABLE_EXTENSIONS) {
        Path other = dir.resolve(stem + ext);
        if (!other.getFileName().toString().equalsIgnoreCase(name) && Files.isRegularFile(other)
            && reported.add(stem.toLowerCase(Locale.ROOT))) {
          problems.add(Diagnostic.error(dir.toString(), 0, null, "both " + name + " and " + other.getFileName()
              + " are in the folder; keep one, or name the files to read with --activities, --participants or"
              + " --counts"));
        }
      }
    }
  }

  /** The first of {@code names} in the folder, matched ignoring case (Windows users write Activities.xlsx). */
  private static Path firstExisting(Path dir, String... names) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(files::add);
    }
    files.sort(null);
    for (String n : names) {
      for (Path p : files) {
        if (p.getFileName().toString().equalsIgnoreCase(n) && Files.isRegularFile(p)) {
          return p;
        }
      }
    }
    return null;
  }


  /** Files named {@code prefix.csv}, {@code prefix-anything.csv} (or .xlsx), sorted by name. */
  private static List<Path> matching(Path dir, String prefix) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path p : files) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean table = TABLE_EXTENSIONS.stream().anyMatch(name::endsWith);
        if (table && name.startsWith(prefix) && Files.isRegularFile(p)) {
          String stem = name.substring(prefix.length(), name.lastIndexOf('.'));
          if (stem.isEmpty() || stem.startsWith("-") || stem.startsWith("_")) {
            found.add(p);
          }
        }
      }
    }
    found.sort(null);
    return found;
  }

  /** Reads the configuration the request points at, or none. */
  public static EvaluationConfig config(Inputs inputs) throws IOException {
    if (inputs.config() == null) {
      return EvaluationConfig.EMPTY;
    }
    if (!Files.isRegularFile(inputs.config())) {
      throw new InvalidInputException(Diagnostic.error(inputs.config().toString(), 0, null, "no such file"));
    }
    return ConfigReader.read(inputs.config(), inputs.config().toString());
  }

  /** The bank the request or configuration names, else the bundled default. */
  public static ValueBank bank(EvaluationRequest request, EvaluationConfig config, Inputs inputs) throws IOException {
    if (request.bank() != null) {
      return Banks.load(request.bank(), null);
    }
    if (config.bank() != null) {
      Path base = inputs.config() == null ? null : inputs.config().toAbsolutePath().getParent();
      Path resolved = base == null ? Path.of(config.bank()) : base.resolve(config.bank());
      boolean found = Banks.BUNDLED.contains(config.bank()) || Files.isRegularFile(resolved);
      try {
        return Banks.load(config.bank(), base);
      } catch (InvalidInputException e) {
        // A bank named in evaluation.yaml that cannot be found: point at the line that names it.
        if (found || inputs.config() == null) {
          throw e;
        }
        long line = ConfigReader.line(inputs.config(), "/bank");
        throw new InvalidInputException(e.diagnostics().stream().map(d -> Diagnostic.error(inputs.config().toString(),
            line, "bank", d.file() == null ? d.message() : d.message() + " " + Texts.quote(d.file())
                + " (relative to " + inputs.config().getFileName() + ")")).toList(), e.moreErrors());
      }
    }
    return Banks.defaultBank();
  }

  /** Settings from the configuration, overridden by the request. */
  public static ValuationSettings settings(EvaluationRequest request, EvaluationConfig config, ValueBank bank,
      Inputs inputs) {
    ValuationSettings.Builder b = config.applyTo(ValuationSettings.builder());
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, String> keyByOutcome = new java.util.HashMap<>();
    for (Map.Entry<String, Adjustments> e : config.outcomes().entrySet()) {
      Outcome outcome = bank.outcome(e.getKey()).orElse(null);
      String earlier = outcome == null ? null : keyByOutcome.putIfAbsent(outcome.id(), e.getKey());
      long line = inputs.config() == null || (outcome != null && earlier == null) ? 0
          : ConfigReader.line(inputs.config(), "/outcomes/" + e.getKey());
      if (earlier != null) {
        problems.add(Diagnostic.error(inputs.config() == null ? null : inputs.config().toString(), line, e.getKey(),
            Texts.quote(e.getKey()) + " and " + Texts.quote(earlier) + " both name outcome " + Texts.quote(outcome.id())
                + "; give its adjustments once"));
      } else if (outcome == null) {
        problems.add(Diagnostic.error(inputs.config() == null ? null : inputs.config().toString(), line, e.getKey(),
            "outcome " + Texts.quote(e.getKey()) + " is not in bank " + bank.id()
                + NearestMatch.hint(e.getKey(), bank.outcomeIds())));
      } else {
        b.adjustments(outcome.id(), e.getValue());
      }
    }
    String region = request.region() != null ? request.region() : config.region();
    if (region != null && bank.region(region).isEmpty()) {
      boolean fromFile = request.region() == null && inputs.config() != null;
      String message = (request.region() != null ? "--region: " : "") + "region " + Texts.quote(region)
          + " is not a region of bank " + bank.id() + "; expected one of "
          + bank.regions().stream().map(r -> "'" + r.label() + "'").toList()
          + NearestMatch.hint(region, bank.regionNames());
      problems.add(fromFile
          ? Diagnostic.error(inputs.config().toString(), ConfigReader.line(inputs.config(), "/region"), "region",
              message)
          : Diagnostic.error(null, 0, null, message));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
    if (config.name() == null && request.directory() != null) {
      Path name = request.directory().toAbsolutePath().normalize().getFileName();
      b.name(name == null ? null : name.toString());
    }
    if (request.period() != null) {
      b.period(request.period());
    }
    if (request.region() != null) {
      b.defaultRegion(request.region());
    }
    if (request.deadweight() != null) {
      b.deadweight(request.deadweight());
    }
    if (request.conflicts() != null) {
      b.conflictPolicy(request.conflicts());
    }
    if (request.skipInvalid() != null) {
      b.skipInvalid(request.skipInvalid());
    }
    return b.build();
  }

  /**
   * Calculates an evaluation from files.
   *
   * @throws InvalidInputException with every problem found, when any input is invalid
   */
  public static CalculationResult calculate(EvaluationRequest request) throws IOException {
    Inputs inputs = locate(request);
    EvaluationConfig config = config(inputs);
    ValueBank bank = bank(request, config, inputs);
    ValuationSettings settings = settings(request, config, bank, inputs);
    return calculate(inputs, bank, settings);
  }

  /** Calculates from located inputs with a bank and settings already chosen. */
  public static CalculationResult calculate(Inputs inputs, ValueBank bank, ValuationSettings settings)
      throws IOException {
    return calculate(inputs, bank, settings, Progress.NONE);
  }

  /** Calculates, telling {@code progress} how the reading goes. */
  public static CalculationResult calculate(Inputs inputs, ValueBank bank, ValuationSettings settings,
      Progress progress) throws IOException {
    return calculate(inputs, bank, settings, progress, PIPELINE_FROM_BYTES);
  }

  /** As above; record files of {@code pipelineFromBytes} or more in all are read on a second thread. */
  static CalculationResult calculate(Inputs inputs, ValueBank bank, ValuationSettings settings,
      Progress progress, long pipelineFromBytes) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    String symbol = Cells.symbol(bank.info().currency());
    List<Activity> activities;
    Map<String, RowRef> invalidActivities = new LinkedHashMap<>();
    try (Table table = inputs.open(inputs.activities(), ACTIVITIES_SHEET)) {
      activities = RecordReaders.activities(table, symbol, diagnostics, invalidActivities);
    } catch (InvalidInputException e) {
      e.diagnostics().forEach(diagnostics::fatal);
      activities = List.of();
    }
    boolean activitiesReadable = !diagnostics.hasFatal();
    Calculator calculator = new Calculator(bank, settings, activities, diagnostics);
    if (!activitiesReadable) {
      calculator.activitiesUnreadable();
    }
    invalidActivities.forEach(calculator::invalidActivity);
    long bytes = 0;
    for (Path p : inputs.records()) {
      bytes += Files.isRegularFile(p) ? Files.size(p) : 0;
    }
    if (bytes < pipelineFromBytes) {
      readRecords(inputs, new ProgressSink(calculator, progress), diagnostics);
    } else {
      // Large inputs: parse on a second thread while this one values (diagnostics are not shared
      // between threads: the reader keeps its own and they are merged once it is done).
      Diagnostics readerDiagnostics = new Diagnostics();
      RecordPipe.run(sink -> readRecords(inputs, new ProgressSink(sink, progress), readerDiagnostics), calculator);
      diagnostics.addAll(readerDiagnostics);
    }
    progress.done();
    return calculator.finish();
  }

  /** Reads every participant and counts file into the sink; problems with whole files go to diagnostics. */
  private static void readRecords(Inputs inputs, ProgressSink progressSink, Diagnostics diagnostics)
      throws IOException {
    for (Path p : inputs.participants()) {
      try (Table table = inputs.open(p, PARTICIPANTS_SHEET)) {
        progressSink.reading(table, Files.size(p));
        RecordReaders.participants(table, progressSink, diagnostics);
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(diagnostics::fatal);
      }
    }
    for (Path p : inputs.counts()) {
      try (Table table = inputs.open(p, COUNTS_SHEET)) {
        progressSink.reading(table, Files.size(p));
        RecordReaders.counts(table, progressSink, diagnostics);
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(diagnostics::fatal);
      }
    }
    progressSink.finished();
  }

  /** Passes records on to the calculator, reporting progress every few thousand rows. */
  private static final class ProgressSink implements RecordSink {
    private static final int EVERY = 1 << 14;

    private final RecordSink target;
    private final Progress progress;
    private Table table;
    private long size;
    private long rows;

    ProgressSink(RecordSink target, Progress progress) {
      this.target = target;
      this.progress = progress;
    }

    void reading(Table table, long size) {
      if (this.table != null) {
        finished(); // the last file's final count before the next file's bar
      }
      this.table = table;
      this.size = size;
    }

    /** Reports the file just read as read whole, with every row counted. */
    void finished() {
      if (table != null) {
        progress.update(table.name(), size, size, rows);
      }
    }

    private void row() {
      if (++rows % EVERY == 0) {
        progress.update(table.name(), table.bytesRead(), size, rows);
      }
    }

    @Override
    public void participant(ParticipantRecord record) {
      target.participant(record);
      row();
    }

    @Override
    public void count(CountRecord record) {
      target.count(record);
      row();
    }

    @Override
    public void rejected(RowRef row, List<Diagnostic> problems) {
      target.rejected(row, problems);
      row();
    }
  }
}
