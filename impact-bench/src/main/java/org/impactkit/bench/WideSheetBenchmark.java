package org.impactkit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.impactkit.Impact;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.read.table.Table;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wide sheets (issue 21): participants with as many breakdown columns as a table may have
 * ({@link Table#MAX_COLUMNS}). Every column is a breakdown kept for each participant, so the time
 * must grow with the number of columns, not with its square: a sheet of 16,384 columns once took
 * 68 s. {@code wideSheet} reads a 150-row participants.xlsx end to end; {@code wideRows} feeds the
 * calculator alone rows of people seen several times in several activities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class WideSheetBenchmark {
  static final int ROWS = 150;
  static final int BREAKDOWNS = Table.MAX_COLUMNS - 3;

  private Path folder;
  private ValueBank bank;
  private List<Activity> activities;
  private List<ParticipantRecord> records;

  @Setup
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("impact-wide-sheet");
    Files.writeString(folder.resolve("activities.csv"),
        "activity_id,annual_budget,region\nA1,1000,outside-london\nA2,1000,outside-london\n");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(
        folder.resolve("participants.xlsx"))) {
      Sheet sheet = wb.createSheet("Participants");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("participant_id");
      header.createCell(1).setCellValue("activity_id");
      header.createCell(2).setCellValue("age");
      for (int c = 0; c < BREAKDOWNS; c++) {
        header.createCell(3 + c).setCellValue("breakdown " + c);
      }
      for (int r = 1; r <= ROWS; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("P" + r);
        row.createCell(1).setCellValue(r % 2 == 0 ? "A1" : "A2");
        row.createCell(2).setCellValue(20 + r % 50);
        for (int c = 0; c < BREAKDOWNS; c++) {
          row.createCell(3 + c).setCellValue("v" + (r * 31 + c) % 7);
        }
      }
      wb.write(out);
    }

    bank = Impact.defaultBank();
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < BREAKDOWNS; c++) {
      columns.add("breakdown " + c);
    }
    SourceFile file = new SourceFile("participants.xlsx", java.util.Map.of(), columns);
    SourceFile activityFile = SourceFile.inMemory("activities.csv");
    activities = List.of(
        new Activity("A1", null, BigDecimal.valueOf(1000), "outside-london", null, new RowRef(activityFile, 2)),
        new Activity("A2", null, BigDecimal.valueOf(1000), "outside-london", null, new RowRef(activityFile, 3)));
    records = new ArrayList<>();
    for (int r = 0; r < ROWS * 4; r++) {
      List<String> values = new ArrayList<>(BREAKDOWNS);
      for (int c = 0; c < BREAKDOWNS; c++) {
        values.add("v" + (r * 31 + c) % 7);
      }
      records.add(new ParticipantRecord("P" + r % ROWS, r % 3 == 0 ? "A1" : "A2", null, 10 + r % 70, null, null,
          null, null, null, null, values, new RowRef(file, r + 2)));
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(folder.resolve("participants.xlsx"));
    Files.deleteIfExists(folder.resolve("activities.csv"));
    Files.deleteIfExists(folder);
  }

  @Benchmark
  public CalculationResult wideSheet() throws IOException {
    return Impact.calculate(folder);
  }

  @Benchmark
  public CalculationResult wideRows() {
    Calculator c = new Calculator(bank, Settings.defaults(), activities, new Diagnostics());
    for (ParticipantRecord r : records) {
      c.participant(r);
    }
    return c.finish();
  }
}
