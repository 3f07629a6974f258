package org.impactkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §9 bad input, end to end: each hostile file is refused with exit code 1, a first line that
 * names the file, no stack trace, a bounded message, and no report written.
 */
class HostileInputCliTest {
  @TempDir Path root;

  private Path eval() throws IOException {
    return OutputSafetyTest.evaluation(root, "eval");
  }

  private void assertRefused(Path eval, String file, String reason, String... extraArgs) throws IOException {
    Path out = root.resolve("report.json");
    String[] args = {"calculate", eval.toString(), "-o", out.toString(), "--quiet"};
    String[] all = Arrays.copyOf(args, args.length + extraArgs.length);
    System.arraycopy(extraArgs, 0, all, args.length, extraArgs.length);
    Cli run = Cli.run(all);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    String first = run.err().lines().findFirst().orElse("");
    assertThat(first).contains(file).contains(reason).hasSizeLessThan(600);
    assertThat(run.err()).doesNotContain("\tat ", "Exception").hasSizeLessThan(4000);
    assertThat(out).doesNotExist();
  }

  private static void repeat(Writer w, char c, long n) throws IOException {
    char[] chunk = new char[8192];
    Arrays.fill(chunk, c);
    for (long left = n; left > 0; left -= chunk.length) {
      w.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }

  @Test
  @DisplayName("§9 a participants file with a 20 MB cell is refused at the cell limit")
  void hugeCell() throws IOException {
    Path eval = eval();
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(eval.resolve("participants.csv"), UTF_8))) {
      w.write("participant_id,activity_id,outcome\nP1,A1,");
      repeat(w, 'z', 20L << 20);
      w.write('\n');
    }
    assertRefused(eval, "participants.csv:2:outcome:", "more than 65,536 characters");
  }

  @Test
  @DisplayName("§9 an activities header of 30,000 columns is refused at the column limit")
  void tooManyColumns() throws IOException {
    Path eval = eval();
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(eval.resolve("activities.csv"), UTF_8))) {
      w.write("activity_id,annual_budget");
      for (int i = 0; i < 30_000; i++) {
        w.write(",x" + i);
      }
      w.write("\nA1,1000\n");
    }
    assertRefused(eval, "activities.csv:1:", "more than 1,024 columns");
  }

  @Test
  @DisplayName("issue 21: a 400-digit annual_budget is an input error naming file, line and column")
  void hugeBudget() throws IOException {
    Path eval = eval();
    Files.writeString(eval.resolve("activities.csv"),
        "activity_id,activity_name,annual_budget,region\nA1,Club," + "9".repeat(400) + ",outside-london\n");
    assertRefused(eval, "activities.csv:2:annual_budget:", "an amount of money must be below 1,000,000,000,000");
  }

  @Test
  @DisplayName("§9 binary junk named activities.csv is refused as not text")
  void binaryActivities() throws IOException {
    Path eval = eval();
    byte[] junk = new byte[10_000];
    new java.util.Random(1).nextBytes(junk);
    junk[0] = 0;
    Files.write(eval.resolve("activities.csv"), junk);
    assertRefused(eval, "activities.csv", "binary data");
  }

  /** A participants workbook whose sheet XML is padded with 20 MB of spaces: tiny on disk, huge inflated. */
  private static void zipBomb(Path file) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sheet = wb.createSheet("Participants");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("participant_id");
      header.createCell(1).setCellValue("activity_id");
      wb.write(bytes);
    }
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] part = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          part = new String(part, UTF_8).replace("<sheetData>", "<sheetData>" + " ".repeat(20 << 20)).getBytes(UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(part);
        out.closeEntry();
      }
    }
  }

  @Test
  @DisplayName("§9 a zip-bomb participants.xlsx is refused, naming the file, with nothing written")
  void xlsxZipBomb() throws IOException {
    Path eval = eval();
    Files.delete(eval.resolve("participants.csv"));
    zipBomb(eval.resolve("participants.xlsx"));
    assertThat(Files.size(eval.resolve("participants.xlsx"))).isLessThan(200_000);
    assertRefused(eval, "participants.xlsx", "zip bomb");
  }

  @Test
  @DisplayName("§9 a bank nested 50,000 deep is refused by the parser")
  void nestedBank() throws IOException {
    Path eval = eval();
    Path bank = Files.writeString(root.resolve("deep.json"), "[".repeat(50_000) + "]".repeat(50_000));
    assertRefused(eval, "deep.json", "too deeply nested", "--bank", bank.toString());
  }

  @Test
  @DisplayName("§9 a 100 MB bank file is refused by size before parsing")
  void hugeBank() throws IOException {
    Path eval = eval();
    Path bank = root.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(bank.toFile(), "rw")) {
      f.setLength(100L << 20);
    }
    assertRefused(eval, "huge.json", "at most 16 MB", "--bank", bank.toString());
  }

  @Test
  @DisplayName("§9 a billion-laughs evaluation.yaml is refused")
  void billionLaughs() throws IOException {
    Path eval = eval();
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    String prev = "a";
    for (int i = 0; i < 9; i++) {
      String next = "b" + i;
      y.append(next).append(": &").append(next).append(" [").append(("*" + prev + ", ").repeat(8)).append('*')
          .append(prev).append("]\n");
      prev = next;
    }
    Files.writeString(eval.resolve("evaluation.yaml"), y);
    assertRefused(eval, "evaluation.yaml", "anchors and aliases");
  }

  @Test
  @DisplayName("§9 an evaluation.yaml with a repeated key is refused, naming the line")
  void duplicateKey() throws IOException {
    Path eval = eval();
    Files.writeString(eval.resolve("evaluation.yaml"), "name: A\nregion: london\nregion: outside-london\n");
    assertRefused(eval, "evaluation.yaml:3", "a key is given twice ('region')");
  }
}
