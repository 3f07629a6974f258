package org.impactkit.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Cells;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableTest {
  @TempDir Path dir;

  private Path write(String name, XSSFWorkbook wb) throws IOException {
    Path p = dir.resolve(name);
    try (wb; OutputStream out = Files.newOutputStream(p)) {
      wb.write(out);
    }
    return p;
  }

  private static List<org.impactkit.read.table.Row> rows(Table t) throws IOException {
    List<org.impactkit.read.table.Row> rows = new ArrayList<>();
    for (var r = t.next(); r != null; r = t.next()) {
      rows.add(r);
    }
    return rows;
  }

  private static String message(InvalidInputException e) {
    return e.diagnostics().get(0).render();
  }

  @Test
  @DisplayName("§4.2: XLSX cells read as a person reads them: plain numbers, ISO dates, true/false, formulas, 25%")
  void cellsAsAPersonReadsThem() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Participants");
    Row h = s.createRow(0);
    String[] names = {"text", "integral", "decimal", "date", "bool", "formula", "percent", "money", "tiny",
        "textFormula"};
    for (int i = 0; i < names.length; i++) {
      h.createCell(i).setCellValue(names[i]);
    }
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
    CellStyle money = wb.createCellStyle();
    money.setDataFormat(wb.createDataFormat().getFormat("\"£\"#,##0.00"));
    Row r = s.createRow(1);
    r.createCell(0).setCellValue("  Café ");
    r.createCell(1).setCellValue(1000.0);
    r.createCell(2).setCellValue(1234.5);
    r.createCell(3).setCellValue(LocalDate.of(2021, 4, 30));
    r.getCell(3).setCellStyle(date);
    r.createCell(4).setCellValue(true);
    r.createCell(5).setCellFormula("B2*2");
    r.createCell(6).setCellValue(0.25);
    r.getCell(6).setCellStyle(percent);
    r.createCell(7).setCellValue(1234.5);
    r.getCell(7).setCellStyle(money);
    r.createCell(8).setCellValue(0.1 + 0.2);
    r.createCell(9).setCellFormula("\"A\"&\"B\"");
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    Path file = write("participants.xlsx", wb);

    try (Table t = Tables.open(file, "participants.xlsx")) {
      assertThat(t.header()).containsExactly(names);
      var row = t.next();
      assertThat(row.line()).isEqualTo(2);
      assertThat(row.cells()).containsExactly("  Café ", "1000", "1234.5", "2021-04-30", "true", "2000", "25%",
          "1234.5", "0.3", "AB");
      assertThat(t.next()).isNull();
    }
  }

  @Test
  @DisplayName("§4.2: a percentage-formatted 0.25 reads as 25% through the percent rule, i.e. the fraction 0.25")
  void percentageCellIsAFraction() throws Cells.CellException {
    String text = CellText.number("0.25", CellText.NumberKind.of(9, "0%"), false);
    assertThat(text).isEqualTo("25%");
    assertThat(Cells.percent(text)).isEqualByComparingTo("0.25");
    assertThat(CellText.number("0.125", CellText.NumberKind.of(10, "0.00%"), false)).isEqualTo("12.5%");
    assertThat(CellText.isPercent("0\"%\"")).isFalse();
    assertThat(CellText.isPercent("0\\%")).isFalse();
  }

  @Test
  @DisplayName("§4.2: dates count from 1900, or from 1904 when the workbook says so")
  void dateSystems() {
    assertThat(CellText.number("44316", CellText.NumberKind.DATE, false)).isEqualTo("2021-04-30");
    // 1462 days separate the two systems.
    assertThat(CellText.number(String.valueOf(44316 - 1462), CellText.NumberKind.DATE, true)).isEqualTo("2021-04-30");
    assertThat(CellText.number("1E+3", CellText.NumberKind.PLAIN, false)).isEqualTo("1000");
    assertThat(CellText.number("-0.5", CellText.NumberKind.PLAIN, false)).isEqualTo("-0.5");
  }

  @Test
  @DisplayName("§7 progress: a sheet reports how far it has been read, in the file's bytes, growing to the whole file")
  void bytesReadForProgress() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Participants");
    s.createRow(0).createCell(0).setCellValue("participant_id");
    for (int i = 1; i <= 20_000; i++) {
      s.createRow(i).createCell(0).setCellValue("P" + i);
    }
    Path file = write("participants.xlsx", wb);
    long size = Files.size(file);
    try (Table t = Tables.open(file, "participants.xlsx")) {
      long before = t.bytesRead();
      for (int i = 0; i < 10_000; i++) {
        t.next();
      }
      long halfway = t.bytesRead();
      rows(t);
      long end = t.bytesRead();
      assertThat(halfway).isGreaterThan(before).isLessThan(end);
      assertThat(end).isLessThanOrEqualTo(size).isGreaterThan(size * 9 / 10);
    }
  }

  @Test
  @DisplayName("§4.1: row numbers are the sheet's; blank rows, blank trailing rows and a leading gap are skipped")
  void rowNumbersAndBlankRows() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Activities");
    s.createRow(2).createCell(0).setCellValue("activity_id");
    s.getRow(2).createCell(2).setCellValue("annual_budget");
    s.createRow(3).createCell(0).setCellValue("A1");
    s.getRow(3).createCell(2).setCellValue(100);
    // A formatted but empty cell in Excel's last column, as whole-row formatting leaves behind.
    CellStyle bold = wb.createCellStyle();
    bold.setFont(wb.createFont());
    s.getRow(3).createCell(16_383).setCellStyle(bold);
    s.createRow(4).createCell(0).setCellValue("");
    s.createRow(6).createCell(0).setCellValue("A2");
    for (int i = 7; i < 12; i++) {
      s.createRow(i).createCell(1).setCellValue("   ");
    }
    Path file = write("activities.xlsx", wb);
    try (Table t = Tables.open(file, "activities.xlsx")) {
      assertThat(t.header()).containsExactly("activity_id", "", "annual_budget");
      assertThat(t.headerLine()).isEqualTo(3);
      var rows = rows(t);
      assertThat(rows).extracting(org.impactkit.read.table.Row::line).containsExactly(4L, 7L);
      assertThat(rows.get(0).cell(1)).isNull();
      assertThat(rows.get(0).cell(2)).isEqualTo("100");
      assertThat(rows.get(0).cells()).hasSize(3);
    }
  }

  /** An activities sheet whose one budget is the formula {@code =1000*3}, as a program writes it: not calculated. */
  private static XSSFWorkbook budgetFormula() {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Activities");
    s.createRow(0).createCell(0).setCellValue("activity_id");
    s.getRow(0).createCell(1).setCellValue("annual_budget");
    s.createRow(1).createCell(0).setCellValue("A1");
    s.getRow(1).createCell(1).setCellFormula("1000*3");
    return wb;
  }

  @Test
  @DisplayName("§4.2: a formula with no saved result is refused naming its cell; a calculated one reads its value")
  void formulaWithoutSavedResult() throws IOException {
    try (Table t = Tables.open(write("script.xlsx", budgetFormula()), "script.xlsx")) {
      assertThatThrownBy(t::next).isInstanceOfSatisfying(InvalidInputException.class, e ->
          assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).startsWith("cell B2 holds a formula with no saved result")
                .endsWith("open it in Excel or LibreOffice, save it, and run again");
          }));
    }
    // openpyxl's way: the formula with an empty <v/>
    XSSFWorkbook emptied = budgetFormula();
    emptied.getSheetAt(0).getRow(1).getCell(1).getCTCell().setV("");
    try (Table t = Tables.open(write("openpyxl.xlsx", emptied), "openpyxl.xlsx")) {
      assertThatThrownBy(t::next).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("cell B2 holds a formula with no saved result");
    }
    XSSFWorkbook saved = budgetFormula();
    saved.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as a spreadsheet saves it
    try (Table t = Tables.open(write("saved.xlsx", saved), "saved.xlsx")) {
      assertThat(t.next().cell(1)).isEqualTo("3000");
    }
  }

  @Test
  @DisplayName("§4.2: a header row with merged cells is an error naming the merged range; merged empty rows are not")
  void mergedHeader() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    var sheet = wb.createSheet("Participants");
    var header = sheet.createRow(0);
    header.createCell(0).setCellValue("participant_id");
    header.createCell(1).setCellValue("outcome");
    sheet.createRow(1).createCell(0).setCellValue("P1");
    sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 1, 2));
    sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 3, 3));
    Path file = write("merged.xlsx", wb);
    try (Table t = Tables.open(file, "merged.xlsx")) {
      assertThat(t.next()).isNotNull();
      assertThatThrownBy(t::next).isInstanceOfSatisfying(InvalidInputException.class, e ->
          assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).startsWith("header cells B1:C1 are merged").doesNotContain("D2");
          }));
    }
    XSSFWorkbook unmerged = new XSSFWorkbook();
    var plain = unmerged.createSheet("Participants");
    plain.createRow(0).createCell(0).setCellValue("participant_id");
    plain.createRow(1).createCell(0).setCellValue("P1");
    plain.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 0, 0));
    try (Table t = Tables.open(write("plain.xlsx", unmerged), "plain.xlsx")) {
      assertThat(t.next()).isNotNull();
      assertThat(t.next()).isNull();
    }
  }

  @Test
  @DisplayName("§4.1: hidden sheets are ignored; the first visible sheet is read, named file[Sheet] among several")
  void hiddenSheetsIgnored() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Secret").createRow(0).createCell(0).setCellValue("hidden");
    wb.createSheet("Data").createRow(0).createCell(0).setCellValue("visible");
    wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("notes");
    wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
    wb.setActiveSheet(1);
    wb.setFirstVisibleTab(1);
    Path file = write("book.xlsx", wb);
    try (XlsxWorkbook book = XlsxWorkbook.open(file, "book.xlsx")) {
      assertThat(book.visibleSheets()).containsExactly("Data", "Notes");
      assertThat(book.findSheet("secret")).isEmpty();
    }
    try (Table t = Tables.open(file, "book.xlsx")) {
      assertThat(t.header()).containsExactly("visible");
      assertThat(t.name()).isEqualTo("book.xlsx[Data]");
    }
  }

  @Test
  @DisplayName("§4.1: sheet names match ignoring case, spaces, _ and - and a plural s")
  void sheetNamesMatchLoosely() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Read me").createRow(0).createCell(0).setCellValue("notes");
    wb.createSheet(" PARTICIPANT ").createRow(0).createCell(0).setCellValue("participant_id");
    wb.createSheet("count-s").createRow(0).createCell(0).setCellValue("count");
    Path file = write("evaluation.xlsx", wb);
    try (Table t = Tables.open(file, "evaluation.xlsx", "Participants", true)) {
      assertThat(t.name()).isEqualTo("evaluation.xlsx[ PARTICIPANT ]");
      assertThat(t.header()).containsExactly("participant_id");
    }
    try (Table t = Tables.open(file, "evaluation.xlsx", "Participants", false)) {
      assertThat(t.header()).containsExactly("participant_id");
    }
    assertThatThrownBy(() -> Tables.open(file, "evaluation.xlsx", "Activities", true))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e)).isEqualTo(
            "evaluation.xlsx: the workbook has no sheet 'Activities'; sheets found: 'Read me', ' PARTICIPANT ',"
                + " 'count-s'"));
  }

  @Test
  @DisplayName("§9: an empty sheet, an empty file and a text file named .xlsx get one sentence each")
  void emptyAndText() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Participants");
    Path emptySheet = write("participants.xlsx", wb);
    assertThatThrownBy(() -> Tables.open(emptySheet, "participants.xlsx"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e))
            .isEqualTo("participants.xlsx: the sheet is empty; expected a header row"));
    Path empty = Files.createFile(dir.resolve("empty.xlsx"));
    assertThatThrownBy(() -> Tables.open(empty, "empty.xlsx"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e))
            .isEqualTo("empty.xlsx: the file is empty; expected an Excel workbook (.xlsx) with a header row"));
    Path text = Files.writeString(dir.resolve("text.xlsx"), "activity_id,annual_budget\nA,100\n");
    assertThatThrownBy(() -> Tables.open(text, "text.xlsx"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e)).isEqualTo(
            "text.xlsx: this is a text file, not an Excel workbook; if it holds comma-separated values, rename it"
                + " to .csv"));
  }

  @Test
  @DisplayName("§9: .xls files, and .xls renamed to .xlsx, are asked to be saved as .xlsx")
  void oldExcel() throws IOException {
    Path xls = dir.resolve("participants.xls");
    Path renamed = dir.resolve("renamed.xlsx");
    try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
      old.createSheet("Participants").createRow(0).createCell(0).setCellValue("participant_id");
      old.write(out);
    }
    Files.copy(xls, renamed);
    assertThatThrownBy(() -> Tables.open(xls, "participants.xls"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e)).isEqualTo(
            "participants.xls: this is an old Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx"
                + " (or as CSV UTF-8)"));
    assertThatThrownBy(() -> Tables.open(renamed, "renamed.xlsx"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e)).isEqualTo(
            "renamed.xlsx: this is an old Excel 97–2003 workbook (.xls) despite its name; open it in Excel and save"
                + " it as .xlsx"));
  }

  @Test
  @DisplayName("§9: a password-protected workbook is refused with a sentence saying how to remove the password")
  void passwordProtected() throws Exception {
    Path locked = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Participants").createRow(0).createCell(0).setCellValue("participant_id");
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("not-a-real-secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }
    assertThatThrownBy(() -> Tables.open(locked, "locked.xlsx"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e)).isEqualTo(
            "locked.xlsx: the workbook is password-protected; open it in Excel, remove the password"
                + " (File > Info > Protect Workbook) and save it again"));
  }

  @Test
  @DisplayName("§9: a corrupt zip and a zip that is not a workbook are refused, naming the file")
  void corruptZip() throws IOException {
    Path corrupt = dir.resolve("corrupt.xlsx");
    Files.write(corrupt, "PK\u0003\u0004 this zip was cut short".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Tables.open(corrupt, "corrupt.xlsx"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e)).isEqualTo(
            "corrupt.xlsx: the workbook is damaged and cannot be read; open it in Excel and save it again as .xlsx"));
    Path zip = dir.resolve("photos.xlsx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("photo.txt"));
      z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    assertThatThrownBy(() -> Tables.open(zip, "photos.xlsx"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e)).startsWith("photos.xlsx: "));
  }

  @Test
  @DisplayName("§9: zip-bomb limits stay on: a sheet that inflates far beyond its size is refused")
  void zipBomb() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Participants").createRow(0).createCell(0).setCellValue("participant_id");
    Path ok = write("ok.xlsx", wb);
    Path bomb = dir.resolve("bomb.xlsx");
    // Same workbook, but the sheet's XML padded with 50 MB of spaces, which deflate about 1000:1.
    try (var in = new java.util.zip.ZipFile(ok.toFile());
        ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (var entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        z.putNextEntry(new ZipEntry(e.getName()));
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData");
          z.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 50; i++) {
            z.write(spaces);
          }
          z.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          z.write(bytes);
        }
        z.closeEntry();
      }
    }
    assertThatThrownBy(() -> {
      try (Table t = Tables.open(bomb, "bomb.xlsx")) {
        t.next();
      }
    }).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(message(e)).isEqualTo(
        "bomb.xlsx: the workbook expands to far more data than its size suggests (a possible zip bomb), so it was"
            + " not read; save it again in Excel"));
  }
}
