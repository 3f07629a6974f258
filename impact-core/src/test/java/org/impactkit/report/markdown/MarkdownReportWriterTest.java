package org.impactkit.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.impactkit.internal.Formats;
import org.impactkit.report.ReportFixture;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {
  @Test
  @DisplayName("§7 --format md: headline sentence, tables by age band and activity, method paragraph")
  void summary() throws Exception {
    CalculationResult r = ReportFixture.result();
    var json = ReportFixture.json(r);
    String md = MarkdownReportWriter.render(r);
    assertThat(md).startsWith("# Test evaluation: social value\n");
    String social = org.impactkit.internal.Formats.money(new java.math.BigDecimal(json.at("/totals/socialValue").asText()),
        "GBP");
    assertThat(md).contains("Test Org & Partners created " + social + " of social value from 2021-04-01 to 2022-03-31");
    assertThat(md).contains("for every £1 invested");
    assertThat(md).contains("## By age band").contains("| Under 25 | ").contains("| Unknown | ");
    assertThat(md).contains("## By activity").contains("| Second activity | £2,500.50 |");
    assertThat(md).contains("## Method").contains("Deadweight").contains("Test licence");
    for (String id : ReportFixture.PARTICIPANT_IDS) {
      assertThat(md).doesNotContain(id);
    }
  }

  @Test
  @DisplayName("§8 text from inputs cannot change the Markdown layout")
  void escaping() {
    assertThat(MarkdownReportWriter.escape("a|b")).isEqualTo("a\\|b");
    assertThat(MarkdownReportWriter.escape("# heading")).isEqualTo("\\# heading");
    assertThat(MarkdownReportWriter.escape("line\nbreak")).isEqualTo("line break");
    assertThat(MarkdownReportWriter.escape("<script>")).isEqualTo("\\<script\\>");
    String md = MarkdownReportWriter.render(ReportFixture.result());
    assertThat(md).contains("| \\+SUM(1,2) | £1,000.00 |");
  }
}
