package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merged cells in the data of an evaluation.xlsx, read end to end as {@code impact calculate} reads them. */
class WorkbookCellsTest {
  @TempDir Path dir;

  private static final String[] ACTIVITIES = {"Activities", "activity_id,annual_budget,region", "A1,1000,London"};

  /**
   * Writes evaluation.xlsx: each sheet is its name, then rows of comma-separated cells (blank cells left
   * out), then, after a {@code "merge"} entry, ranges to merge such as {@code C2:C4}.
   */
  private void workbook(String[]... sheets) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(dir.resolve("evaluation.xlsx"))) {
      for (String[] sheet : sheets) {
        Sheet s = wb.createSheet(sheet[0]);
        boolean merging = false;
        int r = 0;
        for (int i = 1; i < sheet.length; i++) {
          if (sheet[i].equals("merge")) {
            merging = true;
          } else if (merging) {
            s.addMergedRegion(CellRangeAddress.valueOf(sheet[i]));
          } else {
            Row row = s.createRow(r++);
            String[] cells = sheet[i].split(",", -1);
            for (int c = 0; c < cells.length; c++) {
              if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
              }
            }
          }
        }
      }
      wb.write(out);
    }
  }

  private CalculationResult calculate() throws IOException {
    return Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate();
  }

  private List<String> problems() throws IOException {
    try {
      calculate();
    } catch (InvalidInputException e) {
      return e.diagnostics().stream().map(Diagnostic::render).map(s -> s.replace(dir + "/", "")).toList();
    }
    throw new AssertionError("expected problems");
  }

  @Test
  @DisplayName("§4.2: outcomes merged down a column are an error naming the sheet, the ranges and the column")
  void mergedOutcomes() throws IOException {
    workbook(ACTIVITIES, new String[] {"Participants", "participant_id,activity_id,outcome",
        "P1,A1,employment", "P2,A1,", "P3,A1,", "P4,A1,regular-volunteering", "P5,A1,", "P6,A1,",
        "merge", "C2:C4", "C5:C7"});
    assertThat(problems()).containsExactly("evaluation.xlsx[Participants]:2:outcome: cells C2:C4 and C5:C7 are"
        + " merged: a merged range keeps its value in its first cell only, so 4 rows would be read with a blank"
        + " 'outcome' though the sheet shows a value there; unmerge the cells (Merge & Center in Excel) and fill the"
        + " value into every row");
  }

  @Test
  @DisplayName("§4.2: a merged activity id is named as merged, beside the rows it leaves without one")
  void mergedActivityId() throws IOException {
    workbook(ACTIVITIES, new String[] {"Participants", "participant_id,activity_id,outcome",
        "P1,A1,employment", "P2,,employment", "merge", "B2:B3"});
    assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith(
        "evaluation.xlsx[Participants]:2:activity_id: cells B2:B3 are merged:").contains("1 row would be read"));
  }

  @Test
  @DisplayName("§4.2: merged age bands, dates and breakdowns of participants, and merged counts cells, are errors")
  void mergedBandsDatesBreakdownsAndCounts() throws IOException {
    workbook(ACTIVITIES, new String[] {"Participants", "participant_id,activity_id,outcome,age_band,date,gender",
        "P1,A1,employment,under-25,2021-05-01,Female", "P2,A1,employment,,,", "merge", "D2:D3", "E2:E3", "F2:F3"},
        new String[] {"Counts", "activity_id,outcome,age_band,count", "A1,employment,25-49,3", "A1,library-use,,4",
            "merge", "C2:C3"});
    assertThat(problems()).containsExactly(
        "evaluation.xlsx[Counts]:2:age_band: cells C2:C3 are merged: a merged range keeps its value in its first cell"
            + " only, so 1 row would be read with a blank 'age_band' though the sheet shows a value there; unmerge"
            + " the cells (Merge & Center in Excel) and fill the value into every row",
        "evaluation.xlsx[Participants]:2:age_band: cells D2:D3 are merged: a merged range keeps its value in its"
            + " first cell only, so 1 row would be read with a blank 'age_band' though the sheet shows a value there;"
            + " unmerge the cells (Merge & Center in Excel) and fill the value into every row",
        "evaluation.xlsx[Participants]:2:date: cells E2:E3 are merged: a merged range keeps its value in its first"
            + " cell only, so 1 row would be read with a blank 'date' though the sheet shows a value there; unmerge"
            + " the cells (Merge & Center in Excel) and fill the value into every row",
        "evaluation.xlsx[Participants]:2:gender: cells F2:F3 are merged: a merged range keeps its value in its first"
            + " cell only, so 1 row would be read with a blank 'gender' though the sheet shows a value there; unmerge"
            + " the cells (Merge & Center in Excel) and fill the value into every row");
  }

  @Test
  @DisplayName("§4.2: merged cells in columns impact does not read (notes, a description) change no figure, and pass")
  void mergedNotesPass() throws IOException {
    workbook(new String[] {"Activities", "activity_id,annual_budget,description,region",
        "A1,1000,Weekly sessions,London", "A2,500,,London", "merge", "C2:C3"},
        new String[] {"Participants", "participant_id,activity_id,outcome,notes",
        "P1,A1,employment,called twice", "P2,A1,employment,", "P3,A2,,", "P4,A2,,", "merge", "D2:D5",
        // blank outcomes merged, and a range over rows below the data, read as they look
        "C4:C5", "C8:C9"});
    CalculationResult result = calculate();
    assertThat(result.totals().claims()).isEqualTo(2);
    assertThat(result.totals().participants()).isEqualTo(4);
  }
}
