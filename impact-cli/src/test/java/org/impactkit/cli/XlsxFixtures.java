package org.impactkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes CSV tables as XLSX sheets the way a person's spreadsheet holds them: numbers as numeric cells
 * (budgets in a £ format, counts as formulas with cached values), ISO dates as date cells shown
 * dd/mm/yyyy, everything else as text; a hidden notes sheet first and blank rows after the data.
 */
public final class XlsxFixtures {
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private XlsxFixtures() {}

  /** One sheet to write: its name and the CSV file whose rows it holds. */
  public record SheetSource(String name, Path csv) {}

  public static void write(Path target, List<SheetSource> sheets) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("\"£\"#,##0.00"));
      Sheet notes = wb.createSheet("Notes");
      notes.createRow(0).createCell(0).setCellValue("hidden working notes, not data");
      for (SheetSource source : sheets) {
        Sheet sheet = wb.createSheet(source.name());
        List<List<String>> rows = read(source.csv());
        List<String> header = rows.get(0);
        for (int r = 0; r < rows.size(); r++) {
          Row row = sheet.createRow(r);
          List<String> cells = rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            if (text.isEmpty()) {
              continue;
            }
            Cell cell = row.createCell(c);
            String column = r == 0 ? "" : header.get(c);
            if (r > 0 && NUMBER.matcher(text).matches()) {
              if (column.equals("count")) {
                cell.setCellFormula(text + "*1");
              } else {
                cell.setCellValue(Double.parseDouble(text));
              }
              if (column.equals("annual_budget")) {
                cell.setCellStyle(money);
              }
            } else if (r > 0 && ISO_DATE.matcher(text).matches()) {
              cell.setCellValue(LocalDate.parse(text));
              cell.setCellStyle(date);
            } else {
              cell.setCellValue(text);
            }
          }
        }
        for (int r = rows.size(); r < rows.size() + 3; r++) {
          sheet.createRow(r).createCell(0).setCellValue("");
        }
      }
      wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
      wb.setActiveSheet(1);
      wb.setFirstVisibleTab(1);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
  }

  private static List<List<String>> read(Path csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
        rows.add(record.toList());
      }
    }
    return rows;
  }
}
