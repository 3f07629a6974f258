package org.impactkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.Impact;
import org.impactkit.report.xlsx.WorkbookWriter;
import org.impactkit.report.xlsx.sroi.SroiWorkbook;
import org.impactkit.template.TemplateWriter;
import org.impactkit.testing.PrintedPages;
import org.impactkit.testing.PrintedPages.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbooks as a funder prints them (SPEC §8): LibreOffice prints each to PDF, and every page must
 * be A4 with its text no smaller than about 70% of its size (a median glyph height of at least 7 points,
 * as the sheets' text is 11 points), and carry its sheet's name and "Page N of M".
 *
 * <p>Needs LibreOffice ({@code libreoffice} on the PATH) and Calibri or its metric twin Carlito (Debian's
 * {@code fonts-crosextra-carlito}), which the CI installs; without them it is skipped, and says why.
 */
class PrintedWorkbooksTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  /** The smallest median text height of a page, in points: 70% of 11-point text, less a little rounding. */
  private static final double SMALLEST_TEXT = 7.0;

  @TempDir static Path dir;
  private static final Map<String, List<Page>> PRINTED = new HashMap<>();

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(PrintedPages.available(), "skipped: LibreOffice is not on the PATH (the CI installs it; see .ci/run)");
    assumeTrue(PrintedPages.hasCalibriMetrics(), "skipped: neither Calibri nor Carlito is installed, so LibreOffice"
        + " would print in a wider face than the workbooks are laid out for (Debian: fonts-crosextra-carlito)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"derby", "sroi", "template"})
  @DisplayName("§8 printed by LibreOffice: every page A4, text at 70% or more, title, sheet name and page N of M")
  void printed(String which) throws Exception {
    List<Page> pages = pages(which);
    assertThat(pages).isNotEmpty();
    for (Page p : pages) {
      assertThat(p.isA4()).as("%s %s", which, p).isTrue();
      assertThat(p.medianTextPoints()).as("%s %s", which, p).isGreaterThanOrEqualTo(SMALLEST_TEXT);
      assertThat(p.text()).as("%s page %d", which, p.number()).contains("Page " + p.number() + " of " + pages.size());
    }
  }

  @Test
  @DisplayName("§8 rows of wrapped text are as tall as their lines, no taller: Derby's Sources prints on two pages")
  void wrappedRowsLeaveNoBlankBands() throws IOException, InterruptedException {
    List<Page> sources = sheet("derby", "Sources");
    // at 15 points a line, with a tenth too few characters to a line, its six rows took three pages
    assertThat(sources).hasSize(2);
    // and no row is cut short: the last words of the longest source note are printed
    assertThat(String.join("", sources.stream().map(Page::text).toList()).replaceAll("\\s+", " "))
        .contains("the licence of the underlying article has not been verified");
  }

  /**
   * A workbook printed by LibreOffice, page by page: Derby's calculation, the SROI sample or the blank
   * template. Each is printed once for the class, as printing takes a few seconds.
   */
  private static List<Page> pages(String which) throws IOException, InterruptedException {
    List<Page> pages = PRINTED.get(which);
    if (pages == null) {
      Path xlsx = dir.resolve(which + ".xlsx");
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        switch (which) {
          case "derby" -> WorkbookWriter.write(Impact.calculate(SAMPLES.resolve("derby-youth-alliance-2021-22")), out);
          case "sroi" -> SroiWorkbook.write(Impact.sroi(SAMPLES.resolve("sroi-stepping-out-north-kent-2020"), null),
              out);
          default -> out.write(TemplateWriter.workbook(Impact.defaultBank()));
        }
      }
      pages = PrintedPages.measure(PrintedPages.print(xlsx, Files.createDirectories(dir.resolve(which))));
      PRINTED.put(which, pages);
    }
    return pages;
  }

  /** The printed pages of one sheet: each page's footer names its sheet on a line of its own. */
  private static List<Page> sheet(String which, String name) throws IOException, InterruptedException {
    return pages(which).stream().filter(p -> p.text().contains(name + "\n")).toList();
  }

  @Test
  @DisplayName("§8 the SROI Summary prints on one page: its last method lines are not left alone on a second")
  void sroiSummaryOnOnePage() throws IOException, InterruptedException {
    List<Page> summary = sheet("sroi", "Summary");
    assertThat(summary).hasSize(1);
    assertThat(summary.get(0).text()).contains("Price year:");
    assertThat(summary.get(0).medianTextPoints()).isGreaterThanOrEqualTo(SMALLEST_TEXT);
  }

  @Test
  @DisplayName("§8 SROI Sensitivity: each page of the scenario table starts with its header, and the chart's page not")
  void scenarioHeaderOnEveryPage() throws IOException, InterruptedException {
    List<Page> sensitivity = sheet("sroi", "Sensitivity");
    List<Page> rest = sensitivity.stream().filter(p -> !p.text().contains("Tipping points")).toList();
    // the table's pages hold its "Now" shares (the chart's have none); the chart prints on a page of its own
    List<Page> table = rest.stream().filter(p -> p.text().matches("(?s).*\\d\\.\\d\\d%.*")).toList();
    List<Page> chart = rest.stream().filter(p -> !table.contains(p)).toList();
    // the sample's 27 scenarios run onto a second page
    assertThat(table).hasSizeGreaterThanOrEqualTo(2);
    assertThat(table).allSatisfy(p -> assertThat(p.text()).contains("Assumption: outcome"));
    assertThat(chart).hasSize(1);
    assertThat(chart.get(0).text()).doesNotContain("Assumption: outcome");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"derby"})
  @DisplayName("§8 the wide sheets print in column groups rather than shrink: By activity repeats its key columns")
  void groups(String which) throws IOException, InterruptedException {
    List<Page> byActivity = sheet(which, "By activity");
    assertThat(byActivity).hasSizeGreaterThanOrEqualTo(2);
    // every group starts with the activity's id and name, and between them the groups hold every column
    assertThat(byActivity).allSatisfy(p -> assertThat(p.text()).contains("Activity", "Name", "DYA-PB-SC"));
    assertThat(String.join("", byActivity.stream().map(Page::text).toList()))
        .contains("Budget", "Net social value", "Unknown value");
  }
}
