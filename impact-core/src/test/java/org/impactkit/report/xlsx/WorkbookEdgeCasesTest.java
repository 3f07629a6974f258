package org.impactkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.report.ReportFixture;
import org.impactkit.report.csv.CsvReportWriter;
import org.impactkit.report.markdown.MarkdownReportWriter;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookEdgeCasesTest {
  static CalculationResult evaluate(List<String> activityIds, BigDecimal budget) {
    SourceFile acts = SourceFile.inMemory("activities.csv");
    SourceFile people = new SourceFile("participants.csv", Map.of(), List.of());
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < activityIds.size(); i++) {
      activities.add(new Activity(activityIds.get(i), null, budget, "london", null, new RowRef(acts, i + 2)));
    }
    Calculator c = new Calculator(ReportFixture.bank(), Settings.builder().build(), activities,
        new Diagnostics());
    int line = 2;
    for (int i = 0; i < activityIds.size(); i++) {
      for (int p = 0; p <= i; p++) {
        c.participant(new ParticipantRecord("P" + i + "-" + p, activityIds.get(i), "employment", 30, null, null, null,
            LocalDate.of(2021, 6, 1), null, null, List.of(), new RowRef(people, line++)));
      }
    }
    return c.finish();
  }

  static XSSFWorkbook write(CalculationResult r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(r, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** Recalculates every formula with POI and checks it against the cached (engine) value. */
  static int recalculatesToCached(XSSFWorkbook wb) {
    List<Object[]> cached = new ArrayList<>();
    for (Sheet s : wb) {
      for (Row row : s) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
            cached.add(new Object[] {c, c.getNumericCellValue()});
          }
        }
      }
    }
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    for (Object[] e : cached) {
      Cell c = (Cell) e[0];
      assertThat(c.getNumericCellValue()).as(c.getSheet().getSheetName() + "!" + c.getAddress() + " "
          + c.getCellFormula()).isCloseTo((Double) e[1], within(0.005));
    }
    return cached.size();
  }

  @Test
  @DisplayName("§8 totals match ids literally: wildcards, operators, numbers and TRUE in activity ids")
  void awkwardIds() throws IOException {
    // Without escaping, SUMIFS would read A* and A? as wildcards (matching AB), <1 as an operator, and
    // 1 and 001 as the same number.
    List<String> ids = List.of("AB", "A*", "A?", "<1", "=x", "1", "001", "TRUE", "a~b", "\"q\"");
    CalculationResult r = evaluate(ids, new BigDecimal("100"));
    try (XSSFWorkbook wb = write(r)) {
      assertThat(recalculatesToCached(wb)).isGreaterThan(30);
      Sheet a = wb.getSheet("By activity");
      for (int i = 0; i < ids.size(); i++) {
        Row row = a.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(ids.get(i));
        assertThat(row.getCell(5).getNumericCellValue()).as(ids.get(i)).isEqualTo(i + 1);
      }
    }
  }

  @Test
  @DisplayName("§5.3 no investment: no ratio (empty, not an error) and the workbook still opens and recalculates")
  void noInvestmentNoClaims() throws IOException {
    SourceFile acts = SourceFile.inMemory("activities.csv");
    Calculator c = new Calculator(ReportFixture.bank(), Settings.builder().build(),
        List.of(new Activity("A1", null, BigDecimal.ZERO, "london", null, new RowRef(acts, 2))), new Diagnostics());
    CalculationResult r = c.finish();
    try (XSSFWorkbook wb = write(r)) {
      Sheet s = wb.getSheet("Summary");
      int ratio = WorkbookWriterTest.rowOf(s, "Return");
      assertThat(s.getRow(ratio).getCell(1).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
      assertThat(s.getRow(ratio).getCell(1).getStringCellValue()).isEmpty();
      recalculatesToCached(wb);
      assertThat(wb.getSheet("Calculation").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Activity");
    }
    assertThat(CsvReportWriter.tables(r)).hasSize(9);
    assertThat(MarkdownReportWriter.render(r)).contains("n/a (no investment)");
  }

  @Test
  @DisplayName("issue 7: the same result gives the same bytes every time, with the Calculation lines on a second thread")
  void sameBytesWithCalculationOnItsOwnThread() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 220; i++) { // more lines than the 200 the streamed sheet keeps in memory
      ids.add("activity-" + i);
    }
    CalculationResult r = evaluate(ids, new BigDecimal("250"));
    assertThat(r.calculation()).hasSizeGreaterThan(200);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    WorkbookWriter.write(r, first);
    for (int run = 0; run < 5; run++) {
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      WorkbookWriter.write(r, again);
      assertThat(again.toByteArray()).as("run %d", run).isEqualTo(first.toByteArray());
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first.toByteArray()))) {
      Sheet calc = wb.getSheet(WorkbookWriter.CALCULATION);
      assertThat(calc.getLastRowNum()).isEqualTo(r.calculation().size() + 1); // header, lines, total
      assertThat(recalculatesToCached(wb)).isPositive();
    }
  }

  @Test
  @DisplayName("issue 7: the warm-up changes nothing in a workbook written meanwhile and leaves no temporary file")
  void warmUpAlongsideAWrite(@TempDir java.nio.file.Path temp) throws Exception {
    CalculationResult r = evaluate(List.of("a", "b", "c"), new BigDecimal("100"));
    ByteArrayOutputStream alone = new ByteArrayOutputStream();
    WorkbookWriter.write(r, alone);
    // POI's temporary files in a folder of this test's own: the shared one under java.io.tmpdir also
    // holds those of any other process writing a workbook on the machine meanwhile
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
    try {
      Thread warmUp = new Thread(WorkbookWriter::warmUp);
      warmUp.start();
      ByteArrayOutputStream meanwhile = new ByteArrayOutputStream();
      WorkbookWriter.write(r, meanwhile);
      warmUp.join();

      assertThat(meanwhile.toByteArray()).isEqualTo(alone.toByteArray());
      assertThat(sxssfFiles(temp)).isEmpty();
    } finally {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }
  }

  private static List<String> sxssfFiles(java.nio.file.Path dir) throws IOException {
    if (!java.nio.file.Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = java.nio.file.Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("poi-sxssf")).sorted().toList();
    }
  }
}
