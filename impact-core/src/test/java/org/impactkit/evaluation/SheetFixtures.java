package org.impactkit.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small workbooks for tests, written as text: each sheet its name, then its rows as comma-separated cells. */
final class SheetFixtures {
  private SheetFixtures() {}

  /**
   * Writes {@code file} with one sheet per array: its name first (a name starting {@code ~} makes the sheet
   * hidden), then its rows, every cell a text cell.
   */
  static void write(Path file, String[]... sheets) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      for (String[] sheet : sheets) {
        Sheet s = wb.createSheet(sheet[0].replace("~", ""));
        if (sheet[0].startsWith("~")) {
          wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.HIDDEN);
        }
        for (int i = 1; i < sheet.length; i++) {
          Row row = s.createRow(i - 1);
          String[] cells = sheet[i].split(",", -1);
          for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      wb.write(out);
    }
  }
}
