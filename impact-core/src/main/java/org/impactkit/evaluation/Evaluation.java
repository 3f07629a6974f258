package org.impactkit.evaluation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.PriceIndices;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.model.Adjustments;
import org.impactkit.read.bank.Banks;
import org.impactkit.read.bank.PriceIndexReader;
import org.impactkit.read.yaml.YamlFile;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.PriceYears;

/**
 * An evaluation ready to run: its files located, its settings settled (defaults, then {@code
 * evaluation.yaml}, then the caller's options) and checked against its value bank.
 *
 * @param files the located input files
 * @param settings the settings of the run, outcome adjustments keyed by bank outcome id
 * @param bank the value bank
 */
public record Evaluation(EvaluationFiles files, Settings settings, ValueBank bank) {
  /**
   * Creates the record, checking its parts.
   *
   * @param files the located input files
   * @param settings the settings of the run, outcome adjustments keyed by bank outcome id
   * @param bank the value bank
   */
  public Evaluation {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(bank, "bank");
  }

  /**
   * Locates the files, reads the settings and loads the bank.
   *
   * @param given the folder and/or files named
   * @param options settings that override {@code evaluation.yaml} (setters given {@code null} change
   *     nothing)
   * @return the evaluation, ready to calculate
   * @throws InvalidInputException with every problem found, each with its file, line and key
   * @throws IOException when a file cannot be read
   */
  public static Evaluation prepare(EvaluationFiles given, Consumer<SettingsBuilder> options) throws IOException {
    return prepare(given, options, false);
  }

  /**
   * As {@link #prepare(EvaluationFiles, Consumer)}, for files someone else sent (a page's upload, a
   * partner's zip): its {@code evaluation.yaml} may name a bank or price-index file only inside the
   * evaluation folder. On the command line a settings file may name any file its user can read; a sent
   * one must not make this computer read its own files and quote them in messages.
   *
   * @param given the folder and the files named
   * @param options settings that override {@code evaluation.yaml}
   * @return the evaluation, ready to calculate
   * @throws InvalidInputException with every problem found, including a file named outside the folder
   * @throws IOException when a file cannot be read
   */
  public static Evaluation prepareSent(EvaluationFiles given, Consumer<SettingsBuilder> options) throws IOException {
    return prepare(given, options, true);
  }

  private static Evaluation prepare(EvaluationFiles given, Consumer<SettingsBuilder> options, boolean sent)
      throws IOException {
    EvaluationFiles files = given.locate();
    SettingsFile file = settingsFile(files.config());
    Settings fromFile = file == null ? Settings.defaults() : file.applyTo(Settings.builder()).build();
    SettingsBuilder b = fromFile.toBuilder();
    options.accept(b);
    Settings asked = b.build();
    boolean bankFromFile = file != null && Objects.equals(asked.bank(), fromFile.bank());
    if (sent && bankFromFile && asked.bank() != null && !Banks.BUNDLED.contains(asked.bank())
        && !insideFolder(file, asked.bank())) {
      throw new InvalidInputException(file.error("/bank", "bank: " + Texts.quote(asked.bank()) + " is not among"
          + " the files uploaded; only those are read: upload the bank file with the others and name it by its"
          + " file name, e.g. bank: my-bank.json"));
    }
    ValueBank bank = bank(asked.bank(), bankFromFile ? file : null);
    List<Diagnostic> problems = new ArrayList<>();
    b.adjustments(adjustments(asked.adjustments(), bank, asked.adjustments().equals(fromFile.adjustments()) ? file : null,
        problems));
    if (asked.defaultRegion() != null && bank.region(asked.defaultRegion()).isEmpty()) {
      String message = "region " + Texts.quote(asked.defaultRegion()) + " is not a region of bank " + bank.id()
          + "; expected one of " + bank.regions().stream().map(r -> "'" + r.label() + "'").toList()
          + NearestMatch.hint(asked.defaultRegion(), bank.regionNames());
      problems.add(file != null && asked.defaultRegion().equals(fromFile.defaultRegion())
          ? file.error("/region", message) : Diagnostic.error(null, 0, null, message));
    }
    boolean indicesFromFile = file != null && asked.indices() != null && asked.indices().equals(fromFile.indices());
    if (sent && indicesFromFile && !insideFolder(file, asked.indices())) {
      problems.add(file.error("/indices", "indices: " + Texts.quote(asked.indices()) + " is not among the files"
          + " uploaded; only those are read: upload the price-index file with the others and name it by its file"
          + " name"));
    } else if (asked.indices() != null) {
      b.priceIndices(indices(asked.indices(), indicesFromFile ? file : null, problems));
    }
    if (problems.isEmpty()) {
      try {
        PriceYears years = PriceYears.of(bank, b.build()); // a year the indices do not cover: refused now, at its line
        String currency = bank.info().currency();
        if (asked.indices() == null && currency != null && !currency.equals("GBP")
            && bank.outcomes().stream().anyMatch(o -> years.factor(o).compareTo(BigDecimal.ONE) != 0)) {
          // The bundled indices are the UK's: the UK's inflation is not the euro area's or Australia's.
          problems.add(Diagnostic.error(null, 0, null, "values in " + currency + " are to be brought to "
              + years.report() + " prices, which needs that currency's price indices; the bundled ones are the"
              + " UK's GDP deflator").withAdvice(Advice.GIVE_PRICE_INDICES));
        }
      } catch (IllegalArgumentException e) {
        boolean yearFromFile = file != null && asked.priceYear() != null && asked.priceYear().equals(fromFile.priceYear());
        problems.add((yearFromFile ? file.error("/priceYear", e.getMessage())
            : Diagnostic.error(indicesFromFile ? file.name() : null, 0, null, e.getMessage()))
            .withAdvice(Advice.GIVE_NEWER_INDICES));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
    if (asked.name() == null && files.directory() != null) {
      Path name = files.directory().toAbsolutePath().normalize().getFileName();
      b.name(name == null ? null : name.toString());
    }
    return new Evaluation(files, b.build(), bank);
  }

  /**
   * Loads what preparing an evaluation needs before any file of it is read (Jackson's mappers, the YAML
   * parser, the bundled discount schedules and default bank), so that a {@link #prepare} soon after on
   * another thread finds them ready; for a caller with an idle core at start-up, as the command line has
   * while picocli builds its model. Optional: it changes no result, a bank the evaluation does not use
   * costs only the idle core's time, and a failure here is left for {@link #prepare} to meet and report.
   */
  public static void warmUp() {
    try {
      DiscountSchedules.ids();
      YamlFile.parse("warm-up: 1\n", "warm-up", "warm-up");
      Banks.defaultBank();
    } catch (RuntimeException | LinkageError e) {
      // prepare() meets the same problem on its own thread and reports it there
    }
  }

  /**
   * Locates the files of a folder and reads its settings, with no options.
   *
   * @param folder the evaluation folder
   * @return the evaluation, ready to calculate
   * @throws InvalidInputException with every problem found
   * @throws IOException when a file cannot be read
   */
  public static Evaluation prepare(Path folder) throws IOException {
    return prepare(EvaluationFiles.of(folder), options -> {});
  }

  /**
   * Calculates the evaluation.
   *
   * @return every figure
   * @throws InvalidInputException with every problem of the records
   * @throws IOException when a file cannot be read
   */
  public CalculationResult calculate() throws IOException {
    return calculate(Progress.NONE);
  }

  /**
   * Calculates the evaluation, telling {@code progress} how the reading goes.
   *
   * @param progress told about the reading of each file, from the reading thread
   * @return every figure
   * @throws InvalidInputException with every problem of the records
   * @throws IOException when a file cannot be read
   */
  public CalculationResult calculate(Progress progress) throws IOException {
    return Evaluations.calculate(files, bank, settings, progress);
  }

  /**
   * A price-index file (SPEC §5.4), or {@code null} with the problem.
   *
   * @param file the settings file that named it (a path there is relative to the file), or {@code null}
   */
  static PriceIndices indices(String path, SettingsFile file, List<Diagnostic> problems) throws IOException {
    Path resolved;
    try {
      resolved = file == null || file.path() == null ? Path.of(path)
          : file.path().toAbsolutePath().getParent().resolve(path);
    } catch (InvalidPathException e) {
      resolved = null;
    }
    if (resolved == null || !Files.isRegularFile(resolved)) {
      String message = "no such price-index file " + Texts.quote(path)
          + (file == null || file.path() == null ? "" : " (relative to " + file.path().getFileName() + ")");
      problems.add(file == null ? Diagnostic.error(path, 0, null, "no such price-index file")
          : file.error("/indices", message));
      return null;
    }
    try {
      return PriceIndexReader.load(resolved, path);
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      return null;
    }
  }

  /** Whether {@code path}, relative to the settings file as its paths are, names a file in its folder. */
  private static boolean insideFolder(SettingsFile file, String path) throws IOException {
    if (file.path() == null) {
      return false;
    }
    Path folder = file.path().toAbsolutePath().getParent().toRealPath();
    try {
      return folder.resolve(path).normalize().startsWith(folder);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The settings file, or {@code null} when there is none. */
  static SettingsFile settingsFile(Path config) throws IOException {
    if (config == null) {
      return null;
    }
    if (!Files.isRegularFile(config)) {
      throw new InvalidInputException(Diagnostic.error(config.toString(), 0, null, "no such file"));
    }
    return SettingsFile.read(config);
  }

  /**
   * The bank named, else the bundled default.
   *
   * @param file the settings file that named it (a path there is relative to the file), or {@code null}
   */
  static ValueBank bank(String idOrPath, SettingsFile file) throws IOException {
    if (idOrPath == null) {
      return Banks.defaultBank();
    }
    if (file == null) {
      return Banks.load(idOrPath, null);
    }
    Path base = file.path().toAbsolutePath().getParent();
    boolean found = Banks.BUNDLED.contains(idOrPath) || Files.isRegularFile(base.resolve(idOrPath));
    try {
      return Banks.load(idOrPath, base);
    } catch (InvalidInputException e) {
      if (found) {
        throw e;
      }
      // A bank named in evaluation.yaml that cannot be found: point at the line that names it.
      throw new InvalidInputException(e.diagnostics().stream().map(d -> file.error("/bank", d.file() == null
          ? d.message() : d.message() + " " + Texts.quote(d.file()) + " (relative to " + file.path().getFileName()
              + ")")).toList(), e.moreErrors());
    }
  }

  /**
   * Adjustments keyed by bank outcome id, from keys as written (ids or names).
   *
   * @param file the settings file they come from, for the lines of problems, or {@code null}
   */
  private static Map<String, Adjustments> adjustments(Map<String, Adjustments> written, ValueBank bank,
      SettingsFile file, List<Diagnostic> problems) {
    Map<String, Adjustments> byId = new LinkedHashMap<>();
    Map<String, String> keyById = new HashMap<>();
    written.forEach((key, adjustments) -> {
      Outcome outcome = bank.outcome(key).orElse(null);
      String earlier = outcome == null ? null : keyById.putIfAbsent(outcome.id(), key);
      String message;
      if (earlier != null) {
        message = Texts.quote(key) + " and " + Texts.quote(earlier) + " both name outcome " + Texts.quote(outcome.id())
            + "; give its adjustments once";
      } else if (outcome == null) {
        message = "outcome " + Texts.quote(key) + " is not in bank " + bank.id()
            + NearestMatch.hint(key, bank.outcomeIds());
      } else {
        byId.put(outcome.id(), adjustments);
        return;
      }
      problems.add(file != null ? file.error("/outcomes/" + key, message) : Diagnostic.error(null, 0, key, message));
    });
    return byId;
  }
}
