package org.impactkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.impactkit.report.ReportModel.Cell;
import org.impactkit.report.ReportModel.Figure;
import org.impactkit.report.ReportModel.Table;
import org.impactkit.report.html.HtmlReportWriter;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.markdown.MarkdownReportWriter;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One model for every reader-facing format: its figures are the JSON's, and HTML and Markdown show them alike. */
class ReportModelTest {
  @Test
  @DisplayName("§8.2 every figure of the model equals the JSON's figure it names, at the precision shown")
  void figuresAreTheJsons() throws Exception {
    CalculationResult r = ReportFixture.result();
    JsonNode json = ReportFixture.json(r);
    List<Cell> cells = cells(ReportModel.of(r));
    assertThat(cells).hasSizeGreaterThan(30);
    for (Cell c : cells) {
      JsonNode expected = json.at(c.ref());
      assertThat(expected.isNumber()).as(c.ref()).isTrue();
      BigDecimal shown = new BigDecimal(c.text().replaceAll("[£,]", ""));
      assertThat(shown).as("%s shown as %s", c.ref(), c.text())
          .isEqualByComparingTo(expected.decimalValue().setScale(shown.scale(), RoundingMode.HALF_UP));
    }
  }

  @Test
  @DisplayName("§8 the method names the reasons rows were not claimed in this run, each with its count")
  void notClaimedReasonsAreThisRunsOwn() {
    CalculationResult r = ReportFixture.result();
    List<String> expected = new ArrayList<>();
    long total = 0;
    for (var n : r.notClaimed()) {
      if (n.count() > 0) {
        String words = ReportText.reason(n.reason());
        expected.add(Character.toLowerCase(words.charAt(0)) + words.substring(1) + " (" + n.count() + ")");
        total += n.count();
      }
    }
    assertThat(expected).hasSizeGreaterThan(1);
    assertThat(ReportModel.of(r).method()).contains(total + " records were not claimed: " + String.join(", ", expected)
        + ".").noneMatch(line -> line.contains("Not claimed sheet"));
  }

  @Test
  @DisplayName("§10 warnings about the inputs reach the summary after the checks: ten, then a line counting the rest")
  void inputWarningsAreListed() {
    List<org.impactkit.diagnostic.Diagnostic> warnings = new ArrayList<>();
    for (int line = 2; line < 14; line++) {
      warnings.add(org.impactkit.diagnostic.Diagnostic.warning("counts.csv", line, "count", "made-up warning " + line));
    }
    CalculationResult r = ReportFixture.result().withDiagnostics(warnings);
    List<String> checks = ReportModel.of(r).checks();
    assertThat(checks).contains("Warning: counts.csv line 2, column count: made-up warning 2",
        "Warning: counts.csv line 11, column count: made-up warning 11",
        "… and 2 more warnings about the inputs; the workbook's Not claimed sheet and the JSON report list them.")
        .noneMatch(l -> l.contains("made-up warning 12"));
    assertThat(MarkdownReportWriter.render(r)).contains("- Warning: counts.csv line 2, column count: made-up warning 2");
    assertThat(HtmlReportWriter.render(r)).contains("<li>Warning: counts.csv line 2, column count: made-up warning 2</li>");
  }

  @Test
  @DisplayName("§8 a note under the age bands when their headcounts add up to more than the participants, else none")
  void bandNote() {
    assertThat(ReportModel.of(ReportFixture.result()).bandNote()).as("each person in one band").isNull();
    var file = org.impactkit.testing.Fixtures.file("participants.csv");
    var calculator = new org.impactkit.valuation.Calculator(ReportFixture.bank(), ReportFixture.settings().build(),
        List.of(new org.impactkit.model.Activity("A1", "Club", ReportFixture.bd("100"), "london", null,
            new org.impactkit.model.RowRef(file, 2))), new org.impactkit.diagnostic.Diagnostics());
    for (int age : new int[] {20, 40}) { // one person, two ages in two bands
      calculator.participant(new org.impactkit.model.ParticipantRecord("P1", "A1", "employment", age, null, null,
          null, null, null, null, List.of(), new org.impactkit.model.RowRef(file, age)));
    }
    CalculationResult r = calculator.finish();
    ReportModel m = ReportModel.of(r);
    assertThat(m.bandNote()).isEqualTo("Participants per age band add up to more than the total: some people's rows"
        + " put them in two bands.");
    assertThat(MarkdownReportWriter.render(r)).contains(m.bandNote());
    assertThat(HtmlReportWriter.render(r)).contains("<p class=\"note\">Participants per age band add up to more than");
  }

  @Test
  @DisplayName("§8.2 the HTML page and the Markdown summary show the same figures, row by row")
  void htmlAndMarkdownAgree() {
    CalculationResult r = ReportFixture.result();
    ReportModel m = ReportModel.of(r);
    String html = HtmlReportWriter.render(r);
    String md = MarkdownReportWriter.render(r);
    for (Table t : List.of(m.byAgeBand(), m.byOutcome(), m.byActivity())) {
      for (List<Cell> row : t.rows()) {
        StringBuilder mdRow = new StringBuilder(); // the figures after the row's label, as Markdown writes them
        for (Cell c : row.subList(1, row.size())) {
          mdRow.append(" | ").append(c.text());
          if (c.ref() != null) {
            assertThat(html).contains("data-figure=\"" + c.ref() + "\">" + c.text() + "<");
          }
        }
        assertThat(md).contains(mdRow.append(" |\n"));
      }
    }
    for (Figure f : m.figures()) {
      assertThat(md).contains("| " + f.label() + " | " + f.text() + " |");
    }
    assertThat(md).contains(m.priceYear().substring(0, m.priceYear().length() - 1)); // the footer goes on after it
    assertThat(html).contains(m.priceYear().replace("'", "&#39;"));
  }

  private static List<Cell> cells(ReportModel m) {
    List<Cell> all = new ArrayList<>();
    for (Figure f : m.figures()) {
      if (f.ref() != null) {
        all.add(new Cell(f.text(), f.ref()));
      }
    }
    List<Table> tables = new ArrayList<>(List.of(m.byAgeBand(), m.byOutcome(), m.byActivity()));
    tables.addAll(m.headcounts());
    for (Table t : tables) {
      t.rows().forEach(all::addAll);
      if (t.total() != null) {
        all.addAll(t.total());
      }
    }
    return all.stream().filter(c -> c.ref() != null).toList();
  }
}
