package org.impactkit.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {
  @TempDir Path dir;

  @Test
  @DisplayName("§4 an Excel workbook saved under a .csv name is refused, saying to rename it")
  void workbookNamedCsv() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("participants").createRow(0).createCell(0).setCellValue("participant_id");
      wb.write(bytes);
    }
    Path file = Files.write(dir.resolve("participants.csv"), bytes.toByteArray());
    assertThatThrownBy(() -> Tables.open(file, "participants.csv")).isInstanceOf(InvalidInputException.class)
        .hasMessage("participants.csv: this is an Excel workbook (or another zip file), though its name does not"
            + " end in .xlsx; if it is a workbook, rename it to .xlsx");
  }

  @Test
  @DisplayName("§4 any zip file under a .csv name is refused the same way")
  void zipNamedCsv() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write("a".getBytes(StandardCharsets.US_ASCII));
    }
    Path file = Files.write(dir.resolve("activities.csv"), bytes.toByteArray());
    assertThatThrownBy(() -> Tables.open(file, "activities.csv")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rename it to .xlsx");
  }

  @Test
  @DisplayName("§4 an old .xls workbook under a .csv name is refused, saying to save it as .xlsx or CSV")
  void oleNamedCsv() throws IOException {
    byte[] ole2 = new byte[512];
    byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(signature, 0, ole2, 0, signature.length);
    Path file = Files.write(dir.resolve("participants.csv"), ole2);
    assertThatThrownBy(() -> Tables.open(file, "participants.csv")).isInstanceOf(InvalidInputException.class)
        .hasMessage("participants.csv: this is an old Excel 97–2003 workbook (.xls) or another Office file, not CSV"
            + " text; open it in Excel and save it as .xlsx or CSV UTF-8");
  }

  @Test
  @DisplayName("§4 CSV text that merely starts with the letters PK is read as CSV")
  void textStartingWithPk() throws IOException {
    Path file = Files.writeString(dir.resolve("participants.csv"), "PK,activity_id\nP1,a\n");
    try (Table t = Tables.open(file, "participants.csv")) {
      assertThat(t.header()).containsExactly("PK", "activity_id");
    }
  }
}
