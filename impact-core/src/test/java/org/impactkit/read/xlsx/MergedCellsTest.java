package org.impactkit.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.ImpactMapReader;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merged cells over a sheet's data rows (SPEC §4.2), for every table read from a workbook. */
class MergedCellsTest {
  @TempDir Path dir;

  /** A one-sheet workbook of comma-separated rows (blank cells left out) with the ranges merged. */
  private Path sheet(String[] rows, String... merged) throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("Impact Map");
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        String[] cells = rows[r].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      for (String m : merged) {
        s.addMergedRegion(CellRangeAddress.valueOf(m));
      }
      wb.write(out);
    }
    return file;
  }

  /** The problems of reading every row with no reader saying which columns it reads. */
  private static List<String> rawProblems(Path file) throws IOException {
    try (Table t = Tables.open(file, "book.xlsx")) {
      for (var r = t.next(); r != null; r = t.next()) {
        assertThat(r).isNotNull();
      }
    } catch (InvalidInputException e) {
      return e.diagnostics().stream().map(Diagnostic::render).toList();
    }
    return List.of();
  }

  @Test
  @DisplayName("§4.2: an impact map's merged stakeholder cells are refused: the rows under them would have none")
  void impactMap() throws IOException {
    Path file = sheet(new String[] {"stakeholder,outcome,quantity,proxy_value,notes",
        "Young people,Confidence,10,100,", ",Employment,5,200,", "Parents,Confidence,3,100,"}, "A2:A3", "E2:E4");
    assertThatThrownBy(() -> {
      try (Table t = Tables.open(file, "map.xlsx", "Impact Map")) {
        ImpactMapReader.map(t, "£", null);
      }
    }).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
        .extracting(Diagnostic::render).containsExactly("map.xlsx:2:stakeholder: cells A2:A3 are merged: a merged"
            + " range keeps its value in its first cell only, so 1 row would be read with a blank 'stakeholder'"
            + " though the sheet shows a value there; unmerge the cells (Merge & Center in Excel) and fill the value"
            + " into every row"));
  }

  @Test
  @DisplayName("§4.2: a range merged across a row blanks the columns after its first; the first reads its value")
  void acrossARow() throws IOException {
    // B2:C2 shows B2's value over C2 too; with C read, C2 would read blank
    assertThat(rawProblems(sheet(new String[] {"id,outcome,age_band", "P1,employment,under-25", "P2,employment,"},
        "B3:C3"))).singleElement().asString().startsWith("book.xlsx:3:age_band: cells B3:C3 are merged");
  }

  @Test
  @DisplayName("§4.2: with no reader saying, every column with a header is read; one without a header is not")
  void unheadedColumnNotRead() throws IOException {
    assertThat(rawProblems(sheet(new String[] {"id,outcome,", "P1,employment,note", "P2,,"}, "C2:C3"))).isEmpty();
    assertThat(rawProblems(sheet(new String[] {"id,outcome,", "P1,employment,note", "P2,,"}, "B2:B3")))
        .singleElement().asString().startsWith("book.xlsx:2:outcome: cells B2:B3 are merged");
  }

  @Test
  @DisplayName("§4.2: many merged ranges in a column are named up to five in sheet order, with how many in all")
  void manyRanges() throws IOException {
    List<String> rows = new ArrayList<>(List.of("id,outcome"));
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      rows.add("P" + i + "a,employment");
      rows.add("P" + i + "b,");
      merged.add(0, "B" + (2 + 2 * i) + ":B" + (3 + 2 * i)); // last first, as some programs save them
    }
    assertThat(rawProblems(sheet(rows.toArray(String[]::new), merged.toArray(String[]::new)))).singleElement()
        .asString().startsWith("book.xlsx:2:outcome: cells B2:B3, B4:B5, B6:B7, B8:B9 and B10:B11 (7 ranges in all)"
            + " are merged: a merged range keeps its value in its first cell only, so 7 rows would be read");
  }

  @Test
  @DisplayName("§4.2: a range merged down to Excel's last row counts only the rows that hold values")
  void tallRange() throws IOException {
    assertThat(rawProblems(sheet(new String[] {"id,outcome", "P1,employment", "P2,", "P3,"}, "B2:B1048576")))
        .singleElement().asString().startsWith("book.xlsx:2:outcome: cells B2:B1048576 are merged: a merged range"
            + " keeps its value in its first cell only, so 2 rows would be read");
  }

  @Test
  @DisplayName("§4.2: merged header cells and merged data cells are both named, the header's first")
  void headerAndData() throws IOException {
    assertThat(rawProblems(sheet(new String[] {"id,outcome", "P1,employment", "P2,"}, "B1:C1", "B2:B3")))
        .containsExactly("book.xlsx:1: header cells B1:C1 are merged, so only the first cell of each range has a"
            + " header and the other columns would not be read; unmerge them and give every column its own header",
            "book.xlsx:2:outcome: cells B2:B3 are merged: a merged range keeps its value in its first cell only, so 1"
                + " row would be read with a blank 'outcome' though the sheet shows a value there; unmerge the cells"
                + " (Merge & Center in Excel) and fill the value into every row");
  }
}
