package org.impactkit.read.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §3.3: the value table may be an .xlsx workbook (numbers and percentages as Excel holds them). */
class BankTableImporterXlsxTest {
  private static final ValueBank.Info INFO =
      new ValueBank.Info("fake", "Fake bank", "1.0", "GBP", 2020, null, null, null);

  @TempDir Path temp;

  @Test
  @DisplayName("§3.3, §4.2: an .xlsx value table with numeric and percentage cells imports like its CSV twin")
  void xlsx() throws IOException {
    Path file = temp.resolve("values.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      Sheet sheet = wb.createSheet("Values");
      String[] header = {"Outcome ID", "Region", "Age band", "Value", "Deadweight", "Requires survey"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      String[] regions = {"London", "Outside London"};
      String[] bands = {"Under 25", "25-49", "50+", "Unknown"};
      int[][] values = {{1000, 2000, 1500, 1700}, {900, 1800, 1300, 1500}};
      int r = 1;
      for (int g = 0; g < regions.length; g++) {
        for (int b = 0; b < bands.length; b++) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue("employment");
          row.createCell(1).setCellValue(regions[g]);
          row.createCell(2).setCellValue(bands[b]);
          row.createCell(3).setCellValue(values[g][b]);
          row.createCell(4).setCellValue(0.2);
          row.getCell(4).setCellStyle(percent);
          row.createCell(5).setCellValue(false);
        }
      }
      wb.write(out);
    }
    ValueBank bank;
    try (Table table = Tables.open(file, "values.xlsx")) {
      bank = BankTableImporter.read(table, INFO).bank();
    }
    Outcome employment = bank.outcome("employment").orElseThrow();
    assertThat(employment.values().value("london", "25-49")).isEqualByComparingTo("2000");
    assertThat(employment.values().value("outside-london", "unknown")).isEqualByComparingTo("1500");
    assertThat(employment.deadweight()).isEqualByComparingTo("0.2");
    assertThat(employment.requiresSurvey()).isFalse();
  }
}
