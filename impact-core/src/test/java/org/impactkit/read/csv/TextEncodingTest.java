package org.impactkit.read.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {
  @TempDir Path dir;

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private String firstCell(Path file, int column) throws IOException {
    try (Table t = Tables.open(file, file.getFileName().toString())) {
      return t.next().cell(column);
    }
  }

  @Test
  @DisplayName("§4.2: a CSV saved by Excel in Windows-1252 (£ as the byte 0xA3) is detected and read as £")
  void windows1252Pound() throws IOException {
    Path file = dir.resolve("activities.csv");
    Files.write(file, concat("activity_id,annual_budget\nA1,\"".getBytes(StandardCharsets.US_ASCII), bytes(0xA3),
        "1,000\"\n".getBytes(StandardCharsets.US_ASCII)));
    assertThat(TextEncoding.detect(file).charset()).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(firstCell(file, 1)).isEqualTo("£1,000");
  }

  @Test
  @DisplayName("§4.2: UTF-8 with and without a byte-order mark; the BOM never reaches the first header")
  void utf8WithAndWithoutBom() throws IOException {
    Path plain = Files.write(dir.resolve("plain.csv"),
        "activity_id,annual_budget\nCafé,£10\n".getBytes(StandardCharsets.UTF_8));
    Path bom = dir.resolve("bom.csv");
    Files.write(bom, concat(bytes(0xEF, 0xBB, 0xBF), Files.readAllBytes(plain)));
    assertThat(TextEncoding.detect(plain)).isEqualTo(new TextEncoding.Detected(StandardCharsets.UTF_8, 0));
    assertThat(TextEncoding.detect(bom)).isEqualTo(new TextEncoding.Detected(StandardCharsets.UTF_8, 3));
    Path ascii = Files.write(dir.resolve("ascii.csv"), "activity_id\nA1\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(TextEncoding.detect(ascii)).isEqualTo(new TextEncoding.Detected(StandardCharsets.UTF_8, 0));
    try (Table t = Tables.open(bom, "bom.csv")) {
      assertThat(t.header()).containsExactly("activity_id", "annual_budget");
      assertThat(t.next().cells()).containsExactly("Café", "£10");
    }
  }

  @Test
  @DisplayName("§4.2: a file neither UTF-8 nor Windows-1252 is refused, naming the file")
  void undecodable() throws IOException {
    // 0x81 is not a character in Windows-1252, and a lone continuation byte is not UTF-8.
    Path file = dir.resolve("participants.csv");
    Files.write(file, concat("participant_id\n".getBytes(StandardCharsets.US_ASCII), bytes(0x81, 0x0A)));
    assertThatThrownBy(() -> Tables.open(file, "participants.csv"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics().get(0).render())
            .isEqualTo("participants.csv: the file is neither UTF-8 nor Windows-1252 text; save it as \"CSV UTF-8\""));
  }

  @Test
  @DisplayName("§9: binary junk and UTF-16 are refused, naming the file")
  void binaryAndUtf16() throws IOException {
    Path junk = Files.write(dir.resolve("junk.csv"), bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00));
    assertThatThrownBy(() -> Tables.open(junk, "junk.csv"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics().get(0).render())
            .isEqualTo("junk.csv: the file holds binary data, not text; is it really a CSV file?"));
    Path utf16 = dir.resolve("utf16.csv");
    Files.write(utf16, concat(bytes(0xFF, 0xFE), "a,b\n".getBytes(StandardCharsets.UTF_16LE)));
    assertThatThrownBy(() -> Tables.open(utf16, "utf16.csv"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics().get(0).render())
            .isEqualTo("utf16.csv: the file is UTF-16 text; save it as \"CSV UTF-8\""));
    for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path unmarked = Files.write(dir.resolve("unmarked.csv"),
          "activity_id,annual_budget\nA1,1000\n".getBytes(charset));
      assertThatThrownBy(() -> Tables.open(unmarked, "unmarked.csv")).as(charset.name())
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics().get(0).render())
              .isEqualTo("unmarked.csv: the file is UTF-16 text (without a byte-order mark); save it as"
                  + " \"CSV UTF-8\""));
    }
  }
}
