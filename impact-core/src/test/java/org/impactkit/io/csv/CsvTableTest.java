package org.impactkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.io.table.Row;
import org.impactkit.model.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    }
  }

  @Test
  @DisplayName("line numbers are where each row starts, counting blank lines and multi-line fields")
  void lineNumbers() throws IOException {
    String csv = "id,note\n1,x\n\n2,\"two\nlines\"\n3,y\n";
    try (CsvTable t = CsvTable.open(write("a.csv", csv.getBytes(StandardCharsets.UTF_8)), "a.csv")) {
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
}
