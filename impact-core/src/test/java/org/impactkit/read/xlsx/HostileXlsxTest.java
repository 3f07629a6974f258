package org.impactkit.read.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Row;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks (issue 8, SPEC §9): zip bombs, XML entities, and files that only claim to be
 * .xlsx are refused with one line naming the file, in bounded memory, and never leak what an entity
 * points at.
 */
class HostileXlsxTest {
  private static final String SECRET = "TOPSECRET-XXE-7f3a";

  @TempDir Path dir;

  /** A real one-sheet workbook written by POI: the parts a hostile file then tampers with. */
  private static Map<String, byte[]> validParts() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("Participants");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("participant_id");
      header.createCell(1).setCellValue("activity_id");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("P1");
      row.createCell(1).setCellValue("A1");
      wb.write(bytes);
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }

  private Path workbook(String name, UnaryOperator<String> sheetXml) throws IOException {
    return workbook(name, "xl/worksheets/sheet1.xml", sheetXml);
  }

  private Path workbook(String name, String partName, UnaryOperator<String> partXml) throws IOException {
    Map<String, byte[]> parts = validParts();
    String part = new String(parts.get(partName), UTF_8);
    parts.put(partName, partXml.apply(part).getBytes(UTF_8));
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  private static String sheetXml(Path file) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          return new String(zip.readAllBytes(), UTF_8);
        }
      }
    }
    throw new AssertionError("no sheet1.xml");
  }

  /** Reads every row; returns every cell seen, or throws what the table throws. */
  private static List<String> readAll(Path file) throws IOException {
    List<String> cells = new ArrayList<>();
    try (Table table = Tables.open(file, file.getFileName().toString())) {
      cells.addAll(table.header());
      for (Row r = table.next(); r != null; r = table.next()) {
        cells.addAll(Arrays.asList(r.cells()));
      }
    }
    return cells;
  }

  private static Diagnostic refused(Path file) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> readAll(file));
    assertThat(e).as("refused with InvalidInputException").isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.file()).isEqualTo(file.getFileName().toString());
    assertThat(d.render()).doesNotContain("\n").hasSizeLessThan(400);
    return d;
  }

  @Test
  @DisplayName("§9 the tampering helper itself yields a readable workbook")
  void baseline() throws IOException {
    assertThat(readAll(workbook("ok.xlsx", s -> s))).containsExactly("participant_id", "activity_id", "P1", "A1");
  }

  @Test
  @DisplayName("§9 zip bombs: a sheet that inflates a thousandfold is refused as a possible zip bomb")
  void zipBomb() throws IOException {
    String padding = " ".repeat(20 << 20);
    Path file = workbook("bomb.xlsx", s -> s.replace("<sheetData>", "<sheetData>" + padding));
    assertThat(Files.size(file)).isLessThan(200_000);
    assertThat(refused(file).message()).contains("zip bomb");
  }

  @Test
  @DisplayName("§9 XML external entities: a sheet with a DTD naming a local file is refused, the file never read")
  void externalEntity() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    Path file = workbook("xxe.xlsx", s -> s.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]><worksheet").replace("<c r=\"A2\" t=\"s\" s=\"0\"><v>2</v></c>",
        "<c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"));
    assertThat(sheetXml(file)).contains("<!ENTITY xxe SYSTEM", "<t>&xxe;</t>");
    Diagnostic d = refused(file);
    assertThat(d.message()).contains("damaged").doesNotContain(SECRET);
  }

  @Test
  @DisplayName("§9 entity expansion: a billion-laughs sheet is refused, not expanded")
  void billionLaughs() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lollollollollollollollollol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    Path file = workbook("laughs.xlsx", s -> s.replaceFirst("<worksheet", dtd + "<worksheet")
        .replace("<c r=\"A2\" t=\"s\" s=\"0\"><v>2</v></c>", "<c r=\"A2\" t=\"inlineStr\"><is><t>&l9;</t></is></c>"));
    assertThat(sheetXml(file)).contains("<!ENTITY l9", "<t>&l9;</t>");
    refused(file);
  }

  @Test
  @DisplayName("§9 a workbook whose sheet has no name is refused as damaged, not an internal error (fuzz finding)")
  void namelessSheet() throws IOException {
    Path file = workbook("nameless.xlsx", "xl/workbook.xml", w -> w.replace("<sheet name=", "<sheet nams="));
    assertThat(refused(file).message()).contains("damaged");
  }

  @Test
  @DisplayName("§9 not really .xlsx: text, random bytes, an empty file, a plain zip and a truncated workbook")
  void notReallyWorkbooks() throws IOException {
    Path text = Files.writeString(dir.resolve("text.xlsx"), "participant_id,activity_id\nP1,A1\n");
    assertThat(refused(text).message()).contains("text file");
    byte[] junk = new byte[50_000];
    new Random(4).nextBytes(junk);
    refused(Files.write(dir.resolve("junk.xlsx"), junk));
    assertThat(refused(Files.write(dir.resolve("empty.xlsx"), new byte[0])).message()).contains("empty");
    Path zip = dir.resolve("plain.xlsx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("hello".getBytes(UTF_8));
      z.closeEntry();
    }
    // Refused in one line; the reader calls this "damaged" rather than "a zip but not a workbook" (its wording).
    assertThat(refused(zip).message()).contains("workbook");
    byte[] whole = Files.readAllBytes(workbook("whole.xlsx", s -> s));
    refused(Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2)));
  }

  /** Excel's name of the 0-based column {@code c}: A, B, …, Z, AA, … XFD. */
  private static String columnName(int c) {
    StringBuilder name = new StringBuilder();
    for (int n = c + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  @Test
  @DisplayName("issue 21: 150 rows of 16,384 columns are refused at the column limit, with the CSV's message")
  void tooManyColumns() throws IOException {
    assertThat(columnName(16_383)).isEqualTo("XFD");
    Map<String, byte[]> parts = validParts();
    Path file = dir.resolve("wide.xlsx");
    Random random = new Random(21);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        if (!p.getKey().equals("xl/worksheets/sheet1.xml")) {
          zip.write(p.getValue());
        } else {
          String xml = new String(p.getValue(), UTF_8);
          int data = xml.indexOf("<sheetData>");
          java.io.Writer w = new java.io.OutputStreamWriter(zip, UTF_8);
          w.write(xml.substring(0, data) + "<sheetData>");
          for (int r = 1; r <= 150; r++) {
            w.write("<row r=\"" + r + "\">");
            for (int c = 0; c < 16_384; c++) {
              String ref = columnName(c) + r;
              w.write(r == 1 ? "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>col" + c + "</t></is></c>"
                  : "<c r=\"" + ref + "\"><v>" + random.nextInt(100) + "</v></c>");
            }
            w.write("</row>");
          }
          w.write(xml.substring(xml.indexOf("</sheetData>")));
          w.flush();
        }
        zip.closeEntry();
      }
    }
    Diagnostic d = refused(file);
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.message()).isEqualTo(Table.tooManyColumns(Table.MAX_COLUMNS, true))
        .isEqualTo("this row has more than 1,024 columns, the most a row may have; is this really a table of"
            + " records with one header row?");
  }

  @Test
  @DisplayName("issue 21: empty formatted cells out to column XFD are not columns; values beyond 1,024 are")
  void emptyCellsBeyondTheLimitDoNotCount() throws IOException {
    Path ok = workbook("formatted.xlsx", s -> s.replace("</row>", "<c r=\"XFD1\" s=\"0\"/></row>"));
    assertThat(readAll(ok)).containsExactly("participant_id", "activity_id", "P1", "A1");
    Path wide = workbook("data-wide.xlsx",
        s -> s.replaceFirst("(<row r=\"2\"[^>]*>)", "$1<c r=\"AMK2\" t=\"inlineStr\"><is><t>x</t></is></c>"));
    Diagnostic d = refused(wide);
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.message()).isEqualTo(Table.tooManyColumns(Table.MAX_COLUMNS, false));
  }
}
