package org.impactkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SroiEvaluations;
import org.impactkit.model.Activity;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.Investment;
import org.impactkit.read.bank.Banks;
import org.impactkit.report.json.CalculationJson;
import org.impactkit.report.json.SroiJson;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.impactkit.valuation.ValuationSettings;

/**
 * The entry point for analysts embedding impact.
 *
 * <pre>{@code
 * CalculationResult result = Impact.calculate(Path.of("samples/stepping-out-north-kent-2020"));
 * BigDecimal value = result.totals().socialValue();   // exact; round only to print
 * }</pre>
 *
 * <p>Records built in code go through {@link #calculator}; files through {@link #calculate(Path)} or
 * {@link #calculate(EvaluationFiles, Consumer)}. Invalid input throws {@link InvalidInputException} carrying
 * every problem with its file, line and column.
 */
public final class Impact {
  private Impact() {}

  /**
   * Calculates the evaluation in a folder (SPEC §4.1): {@code evaluation.yaml}, {@code activities},
   * {@code participants} and/or {@code counts}.
   *
   * @throws InvalidInputException when any input is invalid
   * @throws IOException when a file cannot be read
   */
  public static CalculationResult calculate(Path folder) throws IOException {
    return Evaluation.prepare(folder).calculate();
  }

  /**
   * Calculates an evaluation from files, with settings overriding {@code evaluation.yaml}, e.g. {@code
   * Impact.calculate(EvaluationFiles.of(folder), s -> s.period(Period.ukFinancialYear("2024/25")))}.
   *
   * @throws InvalidInputException when any input is invalid
   * @throws IOException when a file cannot be read
   */
  public static CalculationResult calculate(EvaluationFiles files, Consumer<Settings.Builder> options)
      throws IOException {
    return Evaluation.prepare(files, options).calculate();
  }

  /** The bundled open value bank, {@code uk-wellby-open}. */
  public static ValueBank defaultBank() {
    return Banks.defaultBank();
  }

  /**
   * A bank by bundled id or file path.
   *
   * @throws InvalidInputException when there is no such bank or the file is invalid
   */
  public static ValueBank bank(String idOrPath) throws IOException {
    return Banks.load(idOrPath, null);
  }

  /**
   * The SROI of an impact map (SPEC §6): a CSV file with an inputs file beside it given as {@code
   * inputs}, or a folder holding {@code impact-map.csv} and {@code inputs.csv} (and optionally {@code
   * evaluation.yaml} for its name and discounting).
   *
   * @param inputs the inputs file, or {@code null} for the folder's
   * @throws InvalidInputException when any input is invalid
   */
  public static SroiResult sroi(Path mapOrFolder, Path inputs) throws IOException {
    return SroiEvaluations.calculate(new SroiEvaluations.Request(mapOrFolder, inputs, null), options -> {});
  }

  /** The SROI of an impact map built in code, at the Green Book's 3.5% with year 1 undiscounted. */
  public static SroiResult sroi(ImpactMap map, Investment inputs) {
    return SroiCalculator.calculate(map, inputs);
  }

  /** Writes an SROI as JSON ({@code impact/sroi/v1}). */
  public static void writeSroiJson(SroiResult result, OutputStream out) throws IOException {
    SroiJson.write(result, out);
  }

  /**
   * A streaming calculator for records built in code: feed it {@code participant(...)} and {@code
   * count(...)} records, then call {@code finish()}.
   */
  public static Calculator calculator(ValueBank bank, ValuationSettings settings, List<Activity> activities) {
    return new Calculator(bank, settings, activities, new Diagnostics());
  }

  /** Writes the result as JSON ({@code impact/calculate/v1}). */
  public static void writeJson(CalculationResult result, OutputStream out) throws IOException {
    CalculationJson.write(result, out);
  }
}
