package org.impactkit.evaluation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.impactkit.bank.PriceIndices;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Currencies;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.model.Parameter;
import org.impactkit.read.ImpactMapReader;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.impactkit.read.xlsx.XlsxWorkbook;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.PriceYears;

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

  private SroiEvaluations() {}

  /**
   * What to calculate.
   *
   * @param map the impact map file or a folder holding {@code impact-map.csv}
   * @param inputs an inputs file, or {@code null} for the folder's (or the workbook's sheet)
   * @param investment a total investment instead of an inputs file, or {@code null}
   */
  public record Request(Path map, Path inputs, BigDecimal investment) {}

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
  public record Located(Path map, Path inputs, Path config, String name, EvaluationFiles records) {
    /** {@return every input path, for checks that outputs never land on them} */
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
   * @param request the map, inputs and investment asked for
   * @return the files found
   * @throws InvalidInputException when the map or a needed inputs file is missing
   * @throws IOException when a folder cannot be read
   */
  public static Located locate(Request request) throws IOException {
    Path given = request.map();
    Path map = given;
    Path inputs = request.inputs();
    Path config = null;
    String name = stem(given);
    if (Files.isDirectory(given)) {
      Folder folder = Folder.of(given);
      map = folder.first("impact-map.csv", "impact-map.xlsx", "impact_map.csv", "impact_map.xlsx");
      Path workbook = folder.first("evaluation.xlsx");
      if (map == null && workbook != null && hasSheet(workbook, MAP_SHEET)) {
        map = workbook; // an evaluation.xlsx with an Impact Map sheet (and perhaps an Inputs sheet)
      }
      if (map == null && (folder.first("activities.csv", "activities.xlsx") != null || workbook != null)) {
        // an evaluation of records: the map is built from its calculation
        EvaluationFiles records = EvaluationFiles.of(given).locate();
        return new Located(null, inputs, records.config(), name, records);
      }
      if (map == null) {
        throw new InvalidInputException(Diagnostic.error(given.toString(), 0, null,
            "no impact map: expected impact-map.csv or impact-map.xlsx in the folder, or an evaluation's"
                + " activities and participants to build one from"));
      }
      if (inputs == null && request.investment() == null) {
        inputs = folder.first("inputs.csv", "inputs.xlsx");
      }
      if (inputs == null && request.investment() == null && isWorkbook(map) && !hasSheet(map, INPUTS_SHEET)) {
        throw new InvalidInputException(Diagnostic.error(given.toString(), 0, null,
            "no investment: put inputs.csv (stakeholder, description, value) in the folder, or add a sheet"
                + " 'Inputs' to " + map.getFileName()).withAdvice(Advice.GIVE_THE_INVESTMENT));
      }
      config = folder.first("evaluation.yaml", "evaluation.yml");
    } else if (!Files.exists(given)) {
      throw new InvalidInputException(Diagnostic.error(given.toString(), 0, null, "no such file or folder"));
    }
    if (inputs == null && request.investment() == null && !isWorkbook(map)) {
      throw new InvalidInputException(Diagnostic.error(given.toString(), 0, null,
          "no investment: an inputs table (stakeholder, description, value) is needed"
              + (Files.isDirectory(given) ? "; put inputs.csv in the folder" : ""))
          .withAdvice(Advice.GIVE_THE_INVESTMENT));
    }
    return new Located(map, inputs, config, name, null);
  }

  /**
   * Reads and calculates.
   *
   * @param request the map, inputs and investment asked for
   * @param options settings that override the folder's {@code evaluation.yaml} (its name, discounting)
   * @return the SROI
   * @throws InvalidInputException listing every problem with its file, line and column
   * @throws IOException when a file cannot be read
   */
  public static SroiResult calculate(Request request, Consumer<SettingsBuilder> options) throws IOException {
    return calculate(request, locate(request), options);
  }

  /**
   * Reads and calculates files already located.
   *
   * @param request the map, inputs and investment asked for
   * @param located the files {@link #locate} found for it
   * @param options settings that override the folder's {@code evaluation.yaml} (its name, discounting)
   * @return the SROI
   * @throws InvalidInputException listing every problem with its file, line and column
   * @throws IOException when a file cannot be read
   */
  public static SroiResult calculate(Request request, Located located, Consumer<SettingsBuilder> options)
      throws IOException {
    if (located.records() != null) {
      return fromRecords(request, located, options);
    }
    SettingsFile file = Evaluation.settingsFile(located.config());
    SettingsBuilder b = file == null ? Settings.builder() : file.applyTo(Settings.builder());
    options.accept(b);
    Settings settings = b.build();
    String name = settings.name() != null ? settings.name() : located.name();
    String currency = settings.currency() != null ? settings.currency() : ImpactMap.DEFAULT_CURRENCY;
    String symbol = Currencies.symbol(currency);
    List<Diagnostic> problems = new ArrayList<>();
    ImpactMap map = null;
    try (Table table = open(located.map(), MAP_SHEET)) {
      map = ImpactMapReader.map(table, symbol, name).withCurrency(currency);
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
    }
    Investment inputs = null;
    if (request.investment() != null) {
      inputs = Investment.total(request.investment());
    } else {
      Path inputsFile = located.inputs() != null ? located.inputs() : located.map();
      try (Table table = open(inputsFile, INPUTS_SHEET)) {
        inputs = ImpactMapReader.inputs(table, symbol);
      } catch (InvalidInputException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (map != null) {
      map = uprated(map, settings, file, located, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
    return new SroiCalculator(settings.discounting()).calculateFor(map, inputs);
  }

  /**
   * The map with every proxy in one year's prices (SPEC §6): the year asked for, else the latest that a
   * row's {@code price_year} names; each proxy given in another year's prices is multiplied by the GDP
   * deflator's {@code D(year) / D(price_year)}. A map gives every row its price year or none: one row
   * left blank among dated ones is refused. The bundled deflator is the UK's: a map in another currency
   * needs its own indices.
   */
  private static ImpactMap uprated(ImpactMap map, Settings settings, SettingsFile file, Located located,
      List<Diagnostic> problems) throws IOException {
    Integer latest = map.rows().stream().map(ImpactMapRow::priceYear).filter(Objects::nonNull).max(Integer::compare)
        .orElse(null);
    if (latest == null) {
      return map;
    }
    for (ImpactMapRow r : map.rows()) {
      if (r.priceYear() == null && r.ref() != null) {
        // Taken as in the report's year, it would be uprated differently from its neighbours: most often a
        // year left blank on one row, and then the proxy is silently too low or too high.
        problems.add(Diagnostic.error(r.ref(), "price_year", "the price year is blank here but given on other"
            + " rows (the latest " + latest + "): give each row the year its proxy's prices are in, or none"));
      }
    }
    int year = settings.priceYear() != null ? settings.priceYear() : latest;
    boolean needed = map.rows().stream().anyMatch(r -> r.priceYear() != null && r.priceYear() != year);
    if (!needed) {
      return map.withPrices(map.rows(), year);
    }
    PriceIndices indices = settings.priceIndices();
    if (settings.indices() != null) {
      boolean fromFile = file != null && settings.indices().equals(file.applyTo(Settings.builder()).build().indices());
      indices = Evaluation.indices(settings.indices(), fromFile ? file : null, problems);
      if (indices == null) {
        return map;
      }
    } else if (!map.currency().equals(ImpactMap.DEFAULT_CURRENCY)) {
      problems.add(Diagnostic.error(located.map().toString(), 0, "price_year", "proxies in " + map.currency()
          + " given in other years' prices need that currency's price indices; the bundled ones are the UK's GDP"
          + " deflator").withAdvice(Advice.GIVE_NEWER_INDICES));
      return map;
    }
    List<ImpactMapRow> rows = new ArrayList<>();
    for (ImpactMapRow r : map.rows()) {
      if (r.priceYear() == null || r.priceYear() == year) {
        rows.add(r);
        continue;
      }
      try {
        rows.add(r.with(Parameter.PROXY_VALUE, r.proxyValue().multiply(PriceYears.deflator(indices, r.priceYear(),
            year))));
      } catch (IllegalArgumentException e) {
        problems.add(r.ref() == null ? Diagnostic.error(null, 0, null, e.getMessage())
            : Diagnostic.error(r.ref(), "price_year", e.getMessage()).withAdvice(Advice.GIVE_NEWER_INDICES));
        rows.add(r);
      }
    }
    return map.withPrices(rows, year);
  }

  /** The SROI of an evaluation's records: the map of its calculation (see {@link RecordsMap}). */
  private static SroiResult fromRecords(Request request, Located located, Consumer<SettingsBuilder> options)
      throws IOException {
    Evaluation evaluation = Evaluation.prepare(located.records(), options);
    if (evaluation.settings().currency() != null
        && !evaluation.settings().currency().equals(evaluation.bank().info().currency())) {
      throw new InvalidInputException(Diagnostic.error(null, 0, null, "the map built from the records is in the bank's "
          + "currency, " + evaluation.bank().info().currency() + ", not " + evaluation.settings().currency()));
    }
    RecordsMap records = RecordsMap.of(evaluation.calculate());
    Investment inputs = records.inputs();
    if (request.investment() != null) {
      inputs = Investment.total(request.investment());
    } else if (located.inputs() != null) {
      try (Table table = open(located.inputs(), INPUTS_SHEET)) {
        inputs = ImpactMapReader.inputs(table, Currencies.symbol(evaluation.bank().info().currency()));
      }
    }
    return new SroiCalculator(evaluation.settings().discounting()).calculateFor(records.map(), inputs);
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

  private static String stem(Path p) {
    Path name = p.toAbsolutePath().normalize().getFileName();
    return name == null ? null : name.toString().replaceFirst("\\.[^.]*$", "");
  }
}
