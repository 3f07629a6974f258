package org.impactkit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Turns a generated CSV evaluation into one {@code evaluation.xlsx} (sheets Activities and
 * Participants) holding the same records, the way Excel would: numbers and dates as typed cells, text in
 * a shared-strings table. Written by streaming, so a million rows need little memory.
 *
 * <p>Usage: {@code GenerateWorkbook CSV_DIR XLSX_DIR}
 */
public final class GenerateWorkbook {
  private GenerateWorkbook() {}

  public static void main(String[] args) throws IOException {
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    Files.createDirectories(to);
    // shared strings on, as Excel saves them; 100 rows in memory at a time (close() removes the temp files)
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("\"£\"#,##0.00"));
      copy(from.resolve("activities.csv"), wb.createSheet("Activities"), (cell, column, value) -> {
        if (column == 2) {
          cell.setCellValue(Double.parseDouble(value.replace("£", "").replace(",", "")));
          cell.setCellStyle(money);
        } else {
          cell.setCellValue(value);
        }
      });
      copy(from.resolve("participants.csv"), wb.createSheet("Participants"), (cell, column, value) -> {
        if (value.isEmpty()) {
          cell.setBlank();
        } else if (column == 3) {
          cell.setCellValue(Integer.parseInt(value));
        } else if (column == 4) {
          cell.setCellValue(LocalDate.parse(value));
          cell.setCellStyle(date);
        } else {
          cell.setCellValue(value);
        }
      });
      try (OutputStream out = Files.newOutputStream(to.resolve("evaluation.xlsx"))) {
        wb.write(out);
      }
    }
    Files.copy(from.resolve("evaluation.yaml"), to.resolve("evaluation.yaml"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Sets one cell from its CSV text. */
  private interface CellWriter {
    void write(Cell cell, int column, String value);
  }

  private static void copy(Path csv, Sheet sheet, CellWriter writer) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(csv);
        CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
      int r = 0;
      for (CSVRecord record : parser) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < record.size(); c++) {
          Cell cell = row.createCell(c);
          if (r == 0) {
            cell.setCellValue(record.get(c));
          } else {
            writer.write(cell, c, record.get(c));
          }
        }
        r++;
      }
    }
  }
}
