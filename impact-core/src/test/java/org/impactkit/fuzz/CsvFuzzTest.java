package org.impactkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.Period;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.csv.CsvTable;
import org.impactkit.read.table.Table;
import org.impactkit.report.json.CalculationJson;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.ValuationSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the CSV path end to end (issue 8): any bytes, read by {@link CsvTable} as an activities, a
 * participants and a counts file, streamed through the {@link Calculator} and written as JSON, end
 * in a result or the project's {@link InvalidInputException}, never anything else.
 *
 * <p>Seeds: {@code src/test/resources/org/impactkit/fuzz/CsvFuzzTestInputs/records}. Fuzz with
 * {@code JAZZER_FUZZ=1} (see docs/fuzzing.md).
 */
class CsvFuzzTest {
  private static final SourceFile FIXED = SourceFile.inMemory("fixed-activities");
  private static final List<Activity> ACTIVITIES = List.of(
      new Activity("A1", "Club", new BigDecimal("1000"), "london", "Partner One", new RowRef(FIXED, 2)),
      new Activity("A2", "Walks", new BigDecimal("2500.50"), null, null, new RowRef(FIXED, 3)),
      new Activity("A3", "Jobs", BigDecimal.ZERO, "outside-london", "Partner Two", new RowRef(FIXED, 4)));

  private static Path file;

  @BeforeAll
  static void createFile() throws IOException {
    file = Files.createTempFile("impact-fuzz", ".csv");
  }

  @AfterAll
  static void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @FuzzTest(maxDuration = "5m")
  void records(byte[] input) throws IOException {
    Files.write(file, input);
    int variant = input.length % 4;
    ValuationSettings settings = Settings.builder()
        .period(variant < 2 ? new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)) : null)
        .skipInvalid(variant % 2 == 0)
        .conflictPolicy(ConflictPolicy.values()[variant % ConflictPolicy.values().length])
        .defaultRegion(variant == 3 ? "outside-london" : null)
        .build();
    Diagnostics diagnostics = new Diagnostics();
    List<Activity> activities = new ArrayList<>(ACTIVITIES);
    try (Table table = CsvTable.open(file, "fuzz.csv")) {
      activities.addAll(RecordReaders.activities(table, "£", diagnostics));
    } catch (InvalidInputException expected) {
      // refused with the project's own exception: fine
    }
    Calculator calculator = new Calculator(FuzzSupport.FAKE_BANK, settings, activities, diagnostics);
    try (Table table = CsvTable.open(file, "fuzz.csv")) {
      RecordReaders.participants(table, calculator, diagnostics);
    } catch (InvalidInputException expected) {
      // refused
    }
    try (Table table = CsvTable.open(file, "fuzz.csv")) {
      RecordReaders.counts(table, calculator, diagnostics);
    } catch (InvalidInputException expected) {
      // refused
    }
    CalculationResult result;
    try {
      result = calculator.finish();
    } catch (InvalidInputException refused) {
      assertThat(refused.diagnostics()).isNotEmpty();
      return;
    }
    CalculationJson.write(result, OutputStream.nullOutputStream());
  }
}
