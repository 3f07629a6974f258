package org.impactkit.report.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.impactkit.report.ReportFixture;
import org.impactkit.report.xlsx.WorkbookWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeanWorkbookTest {
  @Test
  @DisplayName("§9 writing a workbook never starts Java's font system (SXSSF would measure a font per sheet)")
  void writesWithoutLoadingFonts() throws IOException, InterruptedException {
    // A JVM of its own: other tests in this one may have loaded the fonts already.
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"), WriteOne.class.getName())
        .redirectErrorStream(true)
        .start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines).contains("written");
    // the class log works: the sheets' own class is in it
    assertThat(lines).anyMatch(l -> l.contains("org.apache.poi.xssf.streaming.SXSSFSheet "));
    assertThat(lines).noneMatch(l -> l.contains(" sun.font.") || l.contains("java.awt.font.TextLayout "));
  }

  @Test
  @DisplayName("§8 outside sheet creation the workbook's fonts are its own")
  void realFontsOtherwise() throws IOException {
    try (LeanWorkbook workbook = new LeanWorkbook(10)) {
      workbook.createSheet("a").createRow(0).createCell(0).setCellValue("x");
      workbook.createSheet();
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      assertThat(workbook.getFontAt(0)).isNotInstanceOf(LeanWorkbook.UnmeasuredFont.class);
      assertThat(workbook.getFontAt(0).getFontName()).isEqualTo(XSSFFont.DEFAULT_FONT_NAME);
    }
  }

  /** Writes the test evaluation's workbook in a JVM of its own. */
  static final class WriteOne {
    private WriteOne() {}

    public static void main(String[] args) throws IOException {
      WorkbookWriter.write(ReportFixture.result(), OutputStream.nullOutputStream());
      System.out.println("written");
    }
  }
}
