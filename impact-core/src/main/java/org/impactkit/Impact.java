package org.impactkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.compare.Comparison;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Comparisons;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.InMemoryRecords;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SettingsBuilder;
import org.impactkit.evaluation.SroiEvaluations;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.Investment;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.read.Tables;
import org.impactkit.read.bank.BankJsonWriter;
import org.impactkit.read.bank.BankReader;
import org.impactkit.read.bank.BankTableImporter;
import org.impactkit.read.bank.Banks;
import org.impactkit.read.table.Table;
import org.impactkit.report.OutputException;
import org.impactkit.report.ReportFormat;
import org.impactkit.report.csv.ComparisonCsv;
import org.impactkit.report.csv.CsvReportWriter;
import org.impactkit.report.csv.SroiCsv;
import org.impactkit.report.html.ComparisonHtml;
import org.impactkit.report.html.HtmlReportWriter;
import org.impactkit.report.json.CalculationJson;
import org.impactkit.report.json.ComparisonJson;
import org.impactkit.report.json.SroiJson;
import org.impactkit.report.markdown.ComparisonMarkdown;
import org.impactkit.report.markdown.MarkdownReportWriter;
import org.impactkit.report.markdown.SroiMarkdown;
import org.impactkit.report.xlsx.WorkbookWriter;
import org.impactkit.report.xlsx.compare.ComparisonWorkbook;
import org.impactkit.report.xlsx.sroi.SroiWorkbook;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.template.TemplateWriter;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;

/**
 * The entry point for analysts embedding impact: load a value bank, calculate an evaluation folder or
 * records held in memory, run an SROI, and write any report.
 *
 * <pre>{@code
 * CalculationResult result = Impact.calculate(Path.of("samples/stepping-out-north-kent-2020"));
 * BigDecimal value = result.totals().socialValue();        // exact; round only to print
 * Impact.write(result, ReportFormat.XLSX, Path.of("report.xlsx"));
 * }</pre>
 *
 * <p>Records built in code ({@link Activity#builder()}, {@link ParticipantRecord#builder()}, {@link
 * CountRecord#builder()}) go to {@link #calculate(ValueBank, Settings, List, List, List)}, or, when
 * there are too many to hold, one at a time through a {@link #calculator}.
 *
 * <p><b>Problems.</b> Invalid input, from files or code, throws {@link InvalidInputException} carrying
 * every problem found, each located by file, line and column, or by source, key and field for records
 * built in code. Messages speak of the data, never of a front end's options; each may carry an {@link
 * Advice} a front end words in its own terms.
 *
 * <p><b>Threads.</b> Every method may be called from several threads at once: each call works on its
 * own inputs, and banks and results are immutable. A {@link Calculator} is the exception: one thread,
 * one calculation.
 *
 * <p><b>Logging.</b> Apache POI, which reads and writes workbooks, logs through the Log4j API. Unless
 * the application has a logging implementation, impact keeps it quiet, so nothing reaches standard
 * error. To see POI's log, add one (e.g. {@code log4j-core}, or {@code log4j-to-slf4j} with an SLF4J
 * binding): it takes precedence by itself.
 */
public final class Impact {
  /** The id of the bundled value bank used when none is named. */
  public static final String DEFAULT_BANK = Banks.DEFAULT_ID;

  /** The ids of the banks bundled with the library, the default first. */
  public static final List<String> BUNDLED_BANKS = Banks.BUNDLED;

  private Impact() {}

  // ---- value banks

  /** @return the bundled open value bank, {@value #DEFAULT_BANK} */
  public static ValueBank defaultBank() {
    return Banks.defaultBank();
  }

  /**
   * A bundled bank by id, or a bank file ({@code impact/bank/v1} JSON, SPEC §3.1).
   *
   * @param idOrPath a bundled bank's id, or the path of a bank file
   * @return the bank
   * @throws InvalidInputException when there is no such bank or the file breaks the rules
   * @throws IOException when the file cannot be read
   */
  public static ValueBank bank(String idOrPath) throws IOException {
    return Banks.load(idOrPath, null);
  }

  /**
   * An outcome of a bank by id or name.
   *
   * @param bank the bank
   * @param idOrName the outcome's id or name, matched ignoring case
   * @return the outcome
   * @throws InvalidInputException when the bank has no such outcome (with the nearest ids, if any)
   */
  public static Outcome outcome(ValueBank bank, String idOrName) {
    return bank.outcome(idOrName).orElseThrow(() -> new InvalidInputException(Diagnostic.error(null, 0, null,
        "outcome " + Texts.quote(idOrName) + " is not in bank " + bank.id()
            + NearestMatch.hint(idOrName, bank.outcomeIds())).withAdvice(Advice.LIST_THE_BANK)));
  }

  /**
   * A bank made from a licence holder's own value table (SPEC §3.3): CSV or XLSX, one row per outcome
   * × region × age band.
   *
   * @param table the value table
   * @param info the bank's id, name, version, currency, price year, licence and attribution
   * @return the bank, with warnings about the table
   * @throws InvalidInputException listing every problem of the table, each with line and column
   * @throws IOException when the table cannot be read
   */
  public static ImportedBank importBank(Path table, ValueBank.Info info) throws IOException {
    try (Table t = Tables.open(table, table.toString())) {
      BankTableImporter.Imported imported = BankTableImporter.read(t, info);
      return new ImportedBank(imported.bank(), imported.warnings());
    }
  }

  /**
   * A bank made from a value table, and what a careful owner should know about the table.
   *
   * @param bank the bank
   * @param warnings remarks about the table that did not stop the import
   */
  public record ImportedBank(ValueBank bank, List<Diagnostic> warnings) {
    /**
     * Copies the warnings.
     *
     * @param bank the bank
     * @param warnings remarks about the table that did not stop the import
     */
    public ImportedBank {
      Objects.requireNonNull(bank, "bank");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Writes a bank file ({@code impact/bank/v1} JSON) that loads as it was: the file is read back before
   * anything is written.
   *
   * @param bank the bank
   * @param out where the JSON goes (left open)
   * @throws InvalidInputException when the file would not load (nothing is written)
   * @throws IOException when writing fails
   */
  public static void writeBank(ValueBank bank, OutputStream out) throws IOException {
    out.write(bankJson(bank));
  }

  /**
   * Writes a bank file atomically (see {@link #writeBank(ValueBank, OutputStream)}).
   *
   * @param bank the bank
   * @param target the file to write
   * @throws OutputException when the file cannot be written (nothing is written)
   * @throws IOException when writing fails otherwise
   */
  public static void writeBank(ValueBank bank, Path target) throws IOException {
    byte[] json = bankJson(bank);
    Outputs.atomically(target, out -> out.write(json));
  }

  private static byte[] bankJson(ValueBank bank) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    BankJsonWriter.write(bank, json);
    byte[] bytes = json.toByteArray();
    BankReader.read(new ByteArrayInputStream(bytes), bank.id()); // what is written must load
    return bytes;
  }

  // ---- calculating

  /**
   * Calculates the evaluation in a folder (SPEC §4.1): {@code evaluation.yaml}, {@code activities},
   * {@code participants} and/or {@code counts}.
   *
   * @param folder the evaluation folder
   * @return every figure of the calculation
   * @throws InvalidInputException when any input is invalid, with every problem
   * @throws IOException when a file cannot be read
   */
  public static CalculationResult calculate(Path folder) throws IOException {
    return Evaluation.prepare(folder).calculate();
  }

  /**
   * Calculates an evaluation from files, with settings overriding {@code evaluation.yaml}, e.g. {@code
   * Impact.calculate(EvaluationFiles.of(folder), s -> s.period(Period.ukFinancialYear("2024/25")))}.
   *
   * @param files the folder and/or files
   * @param options settings over those of {@code evaluation.yaml} (a setter given {@code null} changes
   *     nothing)
   * @return every figure of the calculation
   * @throws InvalidInputException when any input is invalid, with every problem
   * @throws IOException when a file cannot be read
   */
  public static CalculationResult calculate(EvaluationFiles files, Consumer<SettingsBuilder> options)
      throws IOException {
    return Evaluation.prepare(files, options).calculate();
  }

  /**
   * Calculates records held in memory, e.g. read from a database and built with {@link
   * Activity#builder()}, {@link ParticipantRecord#builder()} and {@link CountRecord#builder()}.
   *
   * <p>Every record is checked as a file's row would be, and every problem of every record is
   * reported at once, each with the record's key (or, without one, its position in its list) and the
   * field at fault.
   *
   * @param bank the value bank, e.g. {@link #defaultBank()}
   * @param settings the settings, e.g. {@link Settings#defaults()}; its {@code bank} is not used
   * @param activities the activities
   * @param participants participant records (one per participant × outcome), or an empty list
   * @param counts counts records, or an empty list
   * @return every figure of the calculation
   * @throws InvalidInputException when any record is invalid, with every problem
   */
  public static CalculationResult calculate(ValueBank bank, Settings settings, List<Activity> activities,
      List<ParticipantRecord> participants, List<CountRecord> counts) {
    return InMemoryRecords.calculate(calculator(bank, settings, InMemoryRecords.placed(activities)), participants,
        counts);
  }

  /**
   * A streaming calculator for records built in code, when there are too many to hold at once: feed it
   * {@code participant(...)} and {@code count(...)} records, then call {@code finish()} once. It is
   * single-use and not thread-safe (see {@link Calculator}).
   *
   * @param bank the value bank
   * @param settings the settings; its {@code bank} is not used
   * @param activities the activities
   * @return a new calculator
   */
  public static Calculator calculator(ValueBank bank, Settings settings, List<Activity> activities) {
    return new Calculator(bank, settings, activities, new Diagnostics());
  }

  /**
   * The SROI of an impact map (SPEC §6): a CSV file with an inputs file beside it given as {@code
   * inputs}, or a folder holding {@code impact-map.csv} and {@code inputs.csv} (and optionally {@code
   * evaluation.yaml} for its name and discounting).
   *
   * @param mapOrFolder the impact map file, or its folder
   * @param inputs the inputs file, or {@code null} for the folder's
   * @return the SROI
   * @throws InvalidInputException when any input is invalid
   * @throws IOException when a file cannot be read
   */
  public static SroiResult sroi(Path mapOrFolder, Path inputs) throws IOException {
    return SroiEvaluations.calculate(new SroiEvaluations.Request(mapOrFolder, inputs, null), options -> {});
  }

  /**
   * The SROI of an impact map built in code, at the Green Book's 3.5% with year 1 undiscounted.
   *
   * @param map the impact map
   * @param inputs the investment
   * @return the SROI
   */
  public static SroiResult sroi(ImpactMap map, Investment inputs) {
    return SroiCalculator.calculate(map, inputs);
  }

  // ---- reports

  /**
   * Writes a calculation's report to a stream.
   *
   * @param result the calculation
   * @param format the format: {@link ReportFormat#XLSX}, {@link ReportFormat#JSON}, {@link
   *     ReportFormat#MD} or {@link ReportFormat#HTML} ({@link ReportFormat#CSV} is a folder: write it to
   *     a {@link Path})
   * @param out where it goes (left open)
   * @throws IllegalArgumentException for CSV
   * @throws IOException when writing fails
   */
  public static void write(CalculationResult result, ReportFormat format, OutputStream out) throws IOException {
    switch (format) {
      case XLSX -> WorkbookWriter.write(result, out);
      case JSON -> CalculationJson.write(result, out);
      case MD -> Outputs.utf8(MarkdownReportWriter.render(result), out);
      case HTML -> Outputs.utf8(HtmlReportWriter.render(result), out);
      case CSV -> throw notAStream();
    }
  }

  /**
   * Writes a calculation's report to a file, or for CSV to a folder of tables, all or nothing: a
   * failed write leaves no partial report and an earlier one as it was.
   *
   * @param result the calculation
   * @param format the format
   * @param target the file, or the folder for CSV
   * @throws OutputException when the target cannot be written (nothing is written)
   * @throws IOException when writing fails otherwise, e.g. a CSV folder holding other files
   */
  public static void write(CalculationResult result, ReportFormat format, Path target) throws IOException {
    Outputs.report(format, target, () -> CsvReportWriter.writeFolder(result, target),
        out -> write(result, format, out));
  }

  /**
   * Writes an SROI's report to a stream.
   *
   * @param result the SROI
   * @param format XLSX, JSON or MD (CSV is a folder: write it to a {@link Path}; an SROI has no HTML
   *     page)
   * @param out where it goes (left open)
   * @throws IllegalArgumentException for CSV and HTML
   * @throws IOException when writing fails
   */
  public static void write(SroiResult result, ReportFormat format, OutputStream out) throws IOException {
    switch (format) {
      case XLSX -> SroiWorkbook.write(result, out);
      case JSON -> SroiJson.write(result, out);
      case MD -> SroiMarkdown.write(result, out);
      case HTML -> throw new IllegalArgumentException("an SROI has no HTML report: write xlsx, json, md or csv");
      case CSV -> throw notAStream();
    }
  }

  /**
   * Writes an SROI's report to a file, or for CSV to a folder of tables.
   *
   * @param result the SROI
   * @param format the format
   * @param target the file, or the folder for CSV
   * @throws OutputException when the target cannot be written (nothing is written)
   * @throws IOException when writing fails otherwise
   */
  public static void write(SroiResult result, ReportFormat format, Path target) throws IOException {
    Outputs.report(format, target, () -> SroiCsv.write(result, target), out -> write(result, format, out));
  }

  // ---- comparing two years

  /**
   * Two years' {@code calculate} JSON reports side by side (SPEC §8.3), the older restated in the
   * newer's prices when they differ.
   *
   * @param older the earlier year's report ({@code impact/calculate/v1})
   * @param newer the later year's report
   * @param indices a price-index file to restate with, or {@code null} for the bundled vintage
   * @param allowBankChange whether to compare reports valued with different value banks
   * @return the comparison
   * @throws InvalidInputException listing every problem of both files, or why they cannot be compared
   * @throws IOException when a file cannot be read
   */
  public static Comparison compare(Path older, Path newer, Path indices, boolean allowBankChange)
      throws IOException {
    return Comparisons.compare(older, newer, indices, allowBankChange);
  }

  /**
   * Writes a comparison to a stream; its CSV is one tidy table, so every format can go to a stream.
   *
   * @param comparison the comparison
   * @param format any format
   * @param out where it goes (left open)
   * @throws IOException when writing fails
   */
  public static void write(Comparison comparison, ReportFormat format, OutputStream out) throws IOException {
    switch (format) {
      case XLSX -> ComparisonWorkbook.write(comparison, out);
      case JSON -> ComparisonJson.write(comparison, out);
      case MD -> Outputs.utf8(ComparisonMarkdown.render(comparison), out);
      case HTML -> Outputs.utf8(ComparisonHtml.render(comparison), out);
      case CSV -> ComparisonCsv.write(comparison, out);
    }
  }

  /**
   * Writes a comparison to a file, all or nothing.
   *
   * @param comparison the comparison
   * @param format any format
   * @param target the file
   * @throws OutputException when the target cannot be written (nothing is written)
   * @throws IOException when writing fails otherwise
   */
  public static void write(Comparison comparison, ReportFormat format, Path target) throws IOException {
    Outputs.rendered(target, out -> write(comparison, format, out));
  }

  private static IllegalArgumentException notAStream() {
    return new IllegalArgumentException("a CSV report is a folder of tables: write it to a folder (a Path)");
  }

  /**
   * Loads and prepares what writing a report in {@code format} needs, so that a later write starts at
   * once; for an application with an idle thread while it reads or calculates. Optional.
   *
   * @param format the format to prepare
   */
  public static void warmUp(ReportFormat format) {
    if (format == ReportFormat.XLSX) {
      WorkbookWriter.warmUp();
    }
  }

  /**
   * Writes a blank evaluation to fill in (SPEC §7): {@code evaluation.xlsx}, with drop-down lists of
   * the bank's outcomes, age bands and regions, and a commented {@code evaluation.yaml}.
   *
   * @param bank the bank for the drop-down lists
   * @param bankRef how {@code evaluation.yaml} names the bank: a bundled id or a file path
   * @param folder the folder to write into (created when missing)
   * @param replace whether existing files may be replaced
   * @return the files written
   * @throws InvalidInputException when a file exists and {@code replace} is false, or {@code folder} is
   *     a file (nothing is written)
   * @throws OutputException when a file cannot be written
   * @throws IOException when writing fails otherwise
   */
  public static List<Path> template(ValueBank bank, String bankRef, Path folder, boolean replace)
      throws IOException {
    List<List<Path>> written = new ArrayList<>(1);
    Outputs.run(() -> written.add(TemplateWriter.write(bank, bankRef, folder, replace)));
    return written.get(0);
  }

  /**
   * The blank evaluation workbook of {@link #template}, as bytes, for an application that serves it
   * rather than writing it to a folder.
   *
   * @param bank the bank for the drop-down lists
   * @return the bytes of {@code evaluation.xlsx}
   * @throws IOException when the workbook cannot be made
   */
  public static byte[] templateWorkbook(ValueBank bank) throws IOException {
    return TemplateWriter.workbook(bank);
  }

  /**
   * The commented {@code evaluation.yaml} of {@link #template}, as text.
   *
   * @param bank the bank the settings name
   * @param bankRef how the file names the bank: a bundled id or a file path
   * @return the file's text
   */
  public static String templateSettings(ValueBank bank, String bankRef) {
    return TemplateWriter.config(bank, bankRef);
  }

  /**
   * The tables of a calculation's CSV report, for an application that serves them (as a zip, say)
   * rather than writing the folder: each file's name and bytes, in the folder's order.
   *
   * @param result the calculation
   * @return the tables by file name
   */
  public static Map<String, byte[]> csvTables(CalculationResult result) {
    return CsvReportWriter.tables(result);
  }
}
