package org.impactkit.read.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.table.Cells;
import org.impactkit.read.table.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("§4.2 CSV files")
class CsvTableTest {
  @TempDir Path dir;

  private List<Row> rows(CsvTable t) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Row r = t.next(); r != null; r = t.next()) {
      rows.add(r);
    }
    return rows;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  @DisplayName("§4.2 a UTF-8 BOM is ignored; ',' is the delimiter")
  void bom() throws IOException {
    byte[] body = "activity_id,budget\na,£1\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    try (CsvTable t = CsvTable.open(write("a.csv", withBom), "a.csv")) {
      assertThat(t.header()).containsExactly("activity_id", "budget");
      assertThat(t.notation()).as("commas between cells: a comma groups thousands").isEqualTo(Cells.Notation.TYPED);
      assertThat(rows(t)).singleElement().satisfies(r -> assertThat(r.cells()).containsExactly("a", "£1"));
    }
  }

  @Test
  @DisplayName("§4.2 ';' is detected from the header line")
  void semicolons() throws IOException {
    try (CsvTable t = CsvTable.open(write("a.csv", "activity_id;budget\na;\"1,000\"\n".getBytes(StandardCharsets.UTF_8)),
        "a.csv")) {
      assertThat(t.header()).containsExactly("activity_id", "budget");
      assertThat(rows(t).get(0).cells()).containsExactly("a", "1,000");
      assertThat(t.notation()).as("a comma may be the decimal point").isEqualTo(Cells.Notation.TYPED_DECIMAL_COMMA);
    }
  }

  @Test
  @DisplayName("§4.2 a tab is detected from the header line, as Excel's tab-delimited text writes it")
  void tabs() throws IOException {
    String csv = "activity_id\tactivity_name\tbudget\na\tOutreach, equipment boxes\t\"1,000\"\nb\t\t5\n";
    try (CsvTable t = CsvTable.open(write("a.csv", csv.getBytes(StandardCharsets.UTF_8)), "a.csv")) {
      assertThat(t.header()).containsExactly("activity_id", "activity_name", "budget");
      assertThat(t.notation()).as("a UK tab-delimited save keeps 1,000 as shown").isEqualTo(Cells.Notation.TYPED);
      assertThat(rows(t)).extracting(r -> List.of(r.cells())).containsExactly(
          List.of("a", "Outreach, equipment boxes", "1,000"), List.of("b", "", "5"));
    }
  }

  @Test
  @DisplayName("line numbers are where each row starts, counting blank lines and multi-line fields")
  void lineNumbers() throws IOException {
    String csv = "id,note\n1,x\n\n2,\"two\nlines\"\n3,y\n";
    try (CsvTable t = CsvTable.open(write("a.csv", csv.getBytes(StandardCharsets.UTF_8)), "a.csv")) {
      assertThat(t.headerLine()).isEqualTo(1);
      assertThat(rows(t)).extracting(Row::line).containsExactly(2L, 4L, 6L);
    }
  }

  @Test
  @DisplayName("a CSV saved by Excel in Windows-1252 (£ as byte 0xA3) is read correctly")
  void windows1252() throws IOException {
    byte[] bytes = "activity_id,budget\na,\u00a3100\n".getBytes(TextEncoding.WINDOWS_1252);
    assertThat(bytes).contains((byte) 0xA3);
    try (CsvTable t = CsvTable.open(write("a.csv", bytes), "a.csv")) {
      assertThat(rows(t).get(0).cells()[1]).isEqualTo("£100");
    }
  }

  @Test
  @DisplayName("an empty file is refused, naming the file")
  void empty() throws IOException {
    Path p = write("empty.csv", new byte[0]);
    assertThatThrownBy(() -> CsvTable.open(p, "empty.csv")).isInstanceOf(InvalidInputException.class)
        .hasMessage("empty.csv: the file is empty; expected a header row");
  }

  @Test
  @DisplayName("binary junk is refused, naming the file")
  void binary() throws IOException {
    Path p = write("junk.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    assertThatThrownBy(() -> CsvTable.open(p, "junk.csv")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("junk.csv: the file holds binary data");
  }

  @Test
  @DisplayName("a quote that is never closed names the file and line")
  void brokenQuote() throws IOException {
    Path p = write("q.csv", "id,note\n1,\"open\n2,x\n".getBytes(StandardCharsets.UTF_8));
    try (CsvTable t = CsvTable.open(p, "q.csv")) {
      assertThatThrownBy(() -> rows(t)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("q.csv:")
          .hasMessageContaining("a quoted field is never closed");
    }
  }

  /** Rows as Commons CSV reads the text (the reader's behaviour before FastCSV), blank records left out. */
  private static List<List<String>> commons(String csv) throws IOException {
    char delimiter = CsvTable.detectDelimiter(new StringReader(csv)::read);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
      for (CSVRecord r : parser) {
        List<String> cells = r.toList();
        if (rows.isEmpty() || cells.stream().anyMatch(c -> !c.isBlank())) {
          rows.add(cells);
        }
      }
    }
    return rows;
  }

  /** Each case twice: all ASCII (read from the bytes directly), and with an "ñ" in the header (decoded). */
  static Stream<Arguments> asciiAndNot(String... cases) {
    return Stream.of(cases).flatMap(c -> Stream.of(Arguments.of(c), Arguments.of(c.replaceFirst("id([,;])n", "id$1ñ"))));
  }

  static Stream<Arguments> readable() {
    return asciiAndNot(
      "id,n\n\"a\"  ,b\n",
      "id,n\n1,\"a\"\t\n2,x\n",
      "id,n\r1,x\r2,y\r",
      "id,n\r\n1,\"x\r\ny\"\r\n\r\n2,z",
      "id,n\n1,ab\"c\"d\n",
      "id,n\n1, \"x\" \n",
      "id,n\n1,\"x\"\"y\"\n",
      "id,n\n1,\n2,\"x\",\n",
      "id,n\n1,x",
      "\nid,n\n1,x\n",
      "id;n\n1;\"a;b\" ;c\n",
      "id,n\n1,\"\"\n2,\"\"\"\"\n");
  }

  static Stream<Arguments> refused() {
    return asciiAndNot("id,n\n1,\"x\"y\n", "id,n\n1,\"x\"  \"\n", "id,n\n1,x\n2,\"x\n", "id,n\n1,\"x\" y,z\n");
  }

  @ParameterizedTest
  @MethodSource("readable")
  @DisplayName("§4.2 cells are what Commons CSV reads from the same text (quotes, spaces after a closing quote,"
      + " line endings, blank lines), ASCII or not")
  void sameCellsAsCommonsCsv(String csv) throws IOException {
    List<List<String>> expected = commons(csv);
    try (CsvTable t = CsvTable.open(write("a.csv", csv.getBytes(StandardCharsets.UTF_8)), "a.csv")) {
      List<List<String>> actual = new ArrayList<>();
      actual.add(t.header());
      for (Row r : rows(t)) {
        actual.add(List.of(r.cells()));
      }
      assertThat(actual).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("refused")
  @DisplayName("§4.2 text Commons CSV refuses is refused too, naming the line where the row starts, ASCII or not")
  void refusedLikeCommonsCsv(String csv) throws IOException {
    assertThatThrownBy(() -> commons(csv)).isInstanceOf(Exception.class);
    long line = csv.contains("\n1,x\n") ? 3 : 2;
    try (CsvTable t = CsvTable.open(write("a.csv", csv.getBytes(StandardCharsets.UTF_8)), "a.csv")) {
      assertThatThrownBy(() -> rows(t)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("a.csv:" + line + ": the CSV cannot be read here: ");
    }
  }

  /**
   * A file past the size whose encoding is checked only when needed: an ASCII header and
   * {@code rows} ASCII rows, then {@code tail} (bytes in some encoding) as the last lines.
   */
  private Path large(String name, byte[] tail) throws IOException {
    StringBuilder body = new StringBuilder("id,note\n");
    int rows = (int) (CsvTable.CHECK_WHEN_NEEDED_BYTES / 20) + 1;
    for (int i = 0; i < rows; i++) {
      body.append("p").append(i).append(",plain ascii note\n");
    }
    byte[] head = body.toString().getBytes(StandardCharsets.US_ASCII);
    assertThat((long) head.length).isGreaterThanOrEqualTo(CsvTable.CHECK_WHEN_NEEDED_BYTES);
    byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return write(name, all);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "windows-1252"})
  @DisplayName("§4.2 a large file read as ASCII switches to its encoding at the first other byte, megabytes in")
  void largeFileSwitchesEncoding(String charset) throws IOException {
    Path p = large("big.csv", "x1,\"£5 for the café\"\nx2,naïve\n".getBytes(java.nio.charset.Charset.forName(charset)));
    try (CsvTable t = CsvTable.open(p, "big.csv")) {
      List<Row> all = rows(t);
      assertThat(all.get(0).cells()).containsExactly("p0", "plain ascii note");
      assertThat(all.get(all.size() - 2).cells()).containsExactly("x1", "£5 for the café");
      assertThat(all.get(all.size() - 1).cells()).containsExactly("x2", "naïve");
      assertThat(all.get(all.size() - 1).line()).isEqualTo(all.size() + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"binary", "bad"})
  @DisplayName("§4.2 a large file that turns out not to be text is refused at the first byte that gives it away")
  void largeFileNotText(String kind) throws IOException {
    // NUL is binary; 0x81 is neither UTF-8 here nor a Windows-1252 character
    byte[] tail = kind.equals("binary") ? new byte[] {'x', ',', 0, '\n'} : new byte[] {'x', ',', (byte) 0x81, '\n'};
    Path p = large("big.csv", tail);
    try (CsvTable t = CsvTable.open(p, "big.csv")) {
      assertThatThrownBy(() -> rows(t)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("big.csv: ")
          .hasMessageContaining(kind.equals("binary") ? "binary data" : "neither UTF-8 nor Windows-1252");
    }
  }
}
