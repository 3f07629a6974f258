package org.impactkit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A workbook printed as a funder prints it (SPEC §8): LibreOffice turns it into a PDF, and each page's
 * paper size and text size are measured from the PDF. Text size is each glyph's height on the page in
 * points, after whatever scaling the print setup applied (a sheet fitted to the page at 60% shows 11-point
 * text as 6.6 points).
 */
public final class PrintedPages {
  /** One printed page: its size in points and the median height of its text. */
  public record Page(int number, float width, float height, double medianTextPoints, int glyphs, String text) {
    /** Whether the page is A4, either way round, to within a point. */
    public boolean isA4() {
      float shorter = Math.min(width, height);
      float longer = Math.max(width, height);
      return Math.abs(shorter - PDRectangle.A4.getWidth()) < 1 && Math.abs(longer - PDRectangle.A4.getHeight()) < 1;
    }

    @Override
    public String toString() {
      return String.format("page %d: %.0f × %.0f pt, median text %.1f pt (%d glyphs)", number, width, height,
          medianTextPoints, glyphs);
    }
  }

  private PrintedPages() {}

  /** Whether LibreOffice can be run here ({@code libreoffice} on the PATH). */
  public static boolean available() {
    return onPath("libreoffice");
  }

  /**
   * Whether the fonts LibreOffice would print Calibri with have Calibri's widths: Calibri itself or its
   * metric twin Carlito ({@code fc-match Calibri}), so columns lay out as the workbooks expect.
   */
  public static boolean hasCalibriMetrics() {
    if (!onPath("fc-match")) {
      return true; // no fontconfig to ask (not Linux): the system's own Calibri is likely
    }
    try {
      Process p = new ProcessBuilder("fc-match", "Calibri").redirectErrorStream(true).start();
      String font = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      return font.contains("Carlito") || font.contains("Calibri");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    return Arrays.stream(path.split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  /**
   * Prints {@code workbook} to a PDF in {@code dir} with LibreOffice (a profile of its own in {@code dir},
   * so runs beside another LibreOffice do not meet) and returns the PDF.
   */
  public static Path print(Path workbook, Path dir) throws IOException, InterruptedException {
    Path profile = dir.resolve("lo-profile");
    Process p = new ProcessBuilder("libreoffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
        "--convert-to", "pdf", "--outdir", dir.toString(), workbook.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("libreoffice.log").toFile()).start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("LibreOffice took more than 3 minutes to print " + workbook);
    }
    String name = workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".pdf");
    Path pdf = dir.resolve(name);
    if (!Files.exists(pdf)) {
      throw new IOException("LibreOffice printed no PDF (exit " + p.exitValue() + "): "
          + Files.readString(dir.resolve("libreoffice.log")));
    }
    return pdf;
  }

  /** Every page of a PDF, measured. */
  public static List<Page> measure(Path pdf) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        PDRectangle box = doc.getPage(i - 1).getMediaBox();
        List<Float> heights = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String s, List<TextPosition> glyphs) throws IOException {
            for (TextPosition g : glyphs) {
              if (!g.getUnicode().isBlank()) {
                // the text rendering matrix's scale: font size × text matrix × page transform
                heights.add(Math.abs(g.getYScale()));
              }
            }
            text.append(s).append('\n');
          }
        };
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        stripper.getText(doc);
        heights.sort(null);
        double median = heights.isEmpty() ? 0 : heights.size() % 2 == 1 ? heights.get(heights.size() / 2)
            : (heights.get(heights.size() / 2 - 1) + heights.get(heights.size() / 2)) / 2.0;
        pages.add(new Page(i, box.getWidth(), box.getHeight(), median, heights.size(), text.toString()));
      }
    }
    return pages;
  }

  /** Prints and measures workbooks given on the command line, for a look by hand. */
  public static void main(String[] args) throws Exception {
    for (String a : args) {
      Path file = Path.of(a);
      List<Page> pages = a.endsWith(".pdf") ? measure(file)
          : measure(print(file, Files.createTempDirectory("printed")));
      System.out.println(a);
      pages.forEach(p -> System.out.println("  " + p));
    }
  }
}
