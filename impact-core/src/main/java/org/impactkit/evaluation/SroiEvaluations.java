package org.impactkit.evaluation;

import org.impactkit.read.ImpactMapReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.read.Tables;
import org.impactkit.read.config.ConfigReader;
import org.impactkit.read.config.EvaluationConfig;
import org.impactkit.read.table.Table;
import org.impactkit.read.xlsx.XlsxWorkbook;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.sroi.ImpactMap;
import org.impactkit.sroi.Inputs;
import org.impactkit.sroi.RecordsMap;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Discounting;

/**
 * Runs an SROI from files (SPEC §6, §7): an impact map given as a CSV file, a workbook (sheet {@code
 * Impact Map}, inputs on sheet {@code Inputs}), or a folder holding {@code impact-map.csv} and {@code
 * inputs.csv} (and optionally {@code evaluation.yaml} for its name and discounting). A folder of records
 * (an evaluation for {@code impact calculate}) without a map gets one built from its calculation.
 */
public final class SroiEvaluations {
  /** The sheet of a workbook holding the impact map. */
  public static final String MAP_SHEET = "Impact Map";

  /** The sheet of a workbook holding the inputs. */
  public static final String INPUTS_SHEET = "Inputs";

  private static final String CURRENCY_SYMBOL = "£";

  private SroiEvaluations() {}

  /**
   * What to calculate. Options left {@code null} come from the folder's {@code evaluation.yaml}, else the
   * defaults (Green Book 3.5%, year zero).
   *
   * @param map the impact map file or a folder holding {@code impact-map.csv}
   * @param inputs an inputs file, or {@code null} for the folder's (or the workbook's sheet)
   * @param investment a total investment instead of an inputs file, or {@code null}
   * @param discountRate the discount rate as a fraction, or {@code null}
   * @param convention the discounting convention, or {@code null}
   */
  public record Request(Path map, Path inputs, BigDecimal investment, BigDecimal discountRate,
      Discounting.Convention convention) {}

  /**
   * The files a request resolves to.
   *
   * @param map the impact map file
   * @param inputs the inputs file, or {@code null} when an investment is given or the workbook holds them
   * @param config the folder's {@code evaluation.yaml}, or {@code null}
   * @param name what the map is about (configuration name, else folder or file name)
   * @param records an evaluation folder's record files, when the map is built from its records ({@code map}
   *     is then {@code null})
   */
  public record Located(Path map, Path inputs, Path config, String name, Evaluations.Inputs records) {
    /** Every input path, for checks that outputs never land on them. */
    public List<Path> all() {
      List<Path> all = new ArrayList<>();
      if (records != null) {
        all.addAll(records.all());
      }
      if (map != null) {
        all.add(map);
      }
      if (inputs != null) {
        all.add(inputs);
      }
      if (config != null) {
        all.add(config);
      }
      return all;
    }
  }

  /**
   * Finds the files of a request.
   *
   * @throws InvalidInputException when the map or a needed inputs file is missing
   */
  public static Located locate(Request request) throws IOException {
    Path given = request.map();
    Path map = given;
    Path inputs = request.inputs();
    Path config = null;
    String name = stem(given);
    if (Files.isDirectory(given)) {
      map = firstExisting(given, "impact-map.csv", "impact-map.xlsx", "impact_map.csv", "impact_map.xlsx");
      Path workbook = firstExisting(given, "evaluation.xlsx");
      if (map == null && workbook != null && hasSheet(workbook, MAP_SHEET)) {
        map = workbook; // an evaluation.xlsx with an Impact Map sheet (and perhaps an Inputs sheet)
      }
      if (map == null && firstExisting(given, "activities.csv", "activities.xlsx", "evaluation.xlsx") != null) {
        // an evaluation of records: the map is built from its calculation
        Evaluations.Inputs records = Evaluations.locate(EvaluationRequest.builder().directory(given).build());
        return new Located(null, inputs, records.config(), name, records);
      }
      if (map == null) {
        throw new InvalidInputException(Diagnostic.error(given.toString(), 0, null,
            "no impact map: expected impact-map.csv or impact-map.xlsx in the folder, or an evaluation's"
                + " activities and participants to build one from"));
      }
      if (inputs == null && request.investment() == null) {
        inputs = firstExisting(given, "inputs.csv", "inputs.xlsx");
      }
      if (inputs == null && request.investment() == null && isWorkbook(map) && !hasSheet(map, INPUTS_SHEET)) {
        throw new InvalidInputException(Diagnostic.error(given.toString(), 0, null,
            "no investment: put inputs.csv (stakeholder, description, value) in the folder, give --inputs FILE or"
                + " --investment N, or add a sheet 'Inputs' to " + map.getFileName()));
      }
      config = firstExisting(given, "evaluation.yaml", "evaluation.yml");
    } else if (!Files.exists(given)) {
      throw new InvalidInputException(Diagnostic.error(given.toString(), 0, null, "no such file or folder"));
    }
    if (inputs == null && request.investment() == null && !isWorkbook(map)) {
      throw new InvalidInputException(Diagnostic.error(given.toString(), 0, null,
          "no investment: give --inputs FILE (stakeholder, description, value) or --investment N"
              + (Files.isDirectory(given) ? ", or put inputs.csv in the folder" : "")));
    }
    return new Located(map, inputs, config, name, null);
  }

  /**
   * Reads and calculates.
   *
   * @throws InvalidInputException listing every problem with its file, line and column
   */
  public static SroiResult calculate(Request request) throws IOException {
    return calculate(request, locate(request));
  }

  /** Reads and calculates located files. */
  public static SroiResult calculate(Request request, Located located) throws IOException {
    if (located.records() != null) {
      return fromRecords(request, located);
    }
    EvaluationConfig config = located.config() == null ? EvaluationConfig.EMPTY
        : ConfigReader.read(located.config(), located.config().toString());
    String name = config.name() != null ? config.name() : located.name();
    List<Diagnostic> problems = new ArrayList<>();
    ImpactMap map = null;
    try (Table table = open(located.map(), MAP_SHEET)) {
      map = ImpactMapReader.map(table, CURRENCY_SYMBOL, name);
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
    }
    Inputs inputs = null;
    if (request.investment() != null) {
      inputs = Inputs.total(request.investment());
    } else {
      Path file = located.inputs() != null ? located.inputs() : located.map();
      try (Table table = open(file, INPUTS_SHEET)) {
        inputs = ImpactMapReader.inputs(table, CURRENCY_SYMBOL);
      } catch (InvalidInputException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
    Discounting base = config.discounting() != null ? config.discounting() : Discounting.GREEN_BOOK;
    Discounting discounting = new Discounting(
        request.discountRate() != null ? request.discountRate() : base.rate(),
        request.convention() != null ? request.convention() : base.convention());
    return new SroiCalculator(discounting).calculateFor(map, inputs);
  }

  /** The SROI of an evaluation's records: the map of its calculation (see {@link RecordsMap}). */
  private static SroiResult fromRecords(Request request, Located located) throws IOException {
    CalculationResult calculation = Evaluations.calculate(EvaluationRequest.builder().directory(request.map()).build());
    RecordsMap records = RecordsMap.of(calculation);
    Inputs inputs = records.inputs();
    if (request.investment() != null) {
      inputs = Inputs.total(request.investment());
    } else if (located.inputs() != null) {
      try (Table table = open(located.inputs(), INPUTS_SHEET)) {
        inputs = ImpactMapReader.inputs(table, CURRENCY_SYMBOL);
      }
    }
    Discounting discounting = new Discounting(
        request.discountRate() != null ? request.discountRate() : records.discounting().rate(),
        request.convention() != null ? request.convention() : records.discounting().convention());
    return new SroiCalculator(discounting).calculateFor(records.map(), inputs);
  }

  /**
   * Opens a CSV file, or a workbook's sheet: the map's sheet {@code Impact Map} (else the first visible
   * sheet, for a workbook holding only the map), the inputs' sheet {@code Inputs} (required).
   */
  private static Table open(Path file, String sheet) throws IOException {
    return Tables.open(file, file.toString(), sheet, sheet.equals(INPUTS_SHEET));
  }

  private static boolean isWorkbook(Path file) {
    return Tables.isWorkbook(file);
  }

  /** Whether a workbook has a visible sheet named like {@code sheet}. */
  private static boolean hasSheet(Path workbook, String sheet) throws IOException {
    try (XlsxWorkbook wb = XlsxWorkbook.open(workbook, workbook.toString())) {
      return wb.findSheet(sheet).isPresent();
    }
  }

  private static Path firstExisting(Path dir, String... names) {
    for (String n : names) {
      Path p = dir.resolve(n);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static String stem(Path p) {
    Path name = p.toAbsolutePath().normalize().getFileName();
    return name == null ? null : name.toString().replaceFirst("\\.[^.]*$", "");
  }
}
