package org.impactkit.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.impactkit.valuation.Formats;
import org.impactkit.report.ReportFixture;
import org.impactkit.report.ReportModel;
import org.impactkit.report.ReportModel.Cell;
import org.impactkit.report.ReportModel.Column;
import org.impactkit.report.ReportModel.Table;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final String HOSTILE_TITLE = "<script>alert('x')</script> & \"quotes\"";

  @Test
  @DisplayName("§8.2 one self-contained file: styles inline, no script, no link, nothing fetched")
  void selfContained() {
    String html = HtmlReportWriter.render(ReportFixture.result());
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">").contains("<style>")
        .contains("<meta name=\"viewport\"");
    assertThat(html).doesNotContainPattern("(?i)<script|<link|<img|<iframe|@import|url\\(|@font-face");
    assertThat(html).doesNotContainPattern("(?i)\\s(src|href)\\s*=");
    assertThat(html).doesNotContainPattern("(?i)https?://(?!www\\.w3\\.org)[^\\s\"<]*\"");
  }

  @Test
  @DisplayName("§8.2 text from the inputs is escaped: a title, an activity or partner name cannot become markup")
  void escapesInputs() {
    CalculationResult r = ReportFixture.result(ReportFixture.settings().title(HOSTILE_TITLE).build());
    String html = HtmlReportWriter.render(r);
    assertThat(html).doesNotContain("<script>").doesNotContain("'x'")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    assertThat(html).contains(">" + ReportFixture.HOSTILE_NAME + "<"); // shown as text, as written
    for (String id : ReportFixture.PARTICIPANT_IDS) {
      assertThat(html).doesNotContain(id);
    }
  }

  @Test
  @DisplayName("the escaper: & < > \" ' and control characters")
  void escaper() {
    assertThat(Html.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    assertThat(Html.escape("plain")).isSameAs("plain");
    assertThat(Html.escape("bell\u0007 and \u202Eflip")).isEqualTo("bell? and ?flip");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  @DisplayName("§8.2 accessible: headings in order, table headers with scope, each chart bar an image with a title")
  void accessible() {
    String html = HtmlReportWriter.render(ReportFixture.result());
    List<Integer> levels = new ArrayList<>();
    Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html);
    while (m.find()) {
      levels.add(Integer.parseInt(m.group(1)));
    }
    assertThat(levels).first().isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
    assertThat(html).doesNotContainPattern("<th(?=[ >])(?![^>]*scope=)").contains("<th scope=\"col\"", "<th scope=\"row\"");
    int bars = count(html, "<svg ");
    assertThat(bars).isGreaterThan(4).isEqualTo(count(html, "<svg class=\"bar\" viewBox=\"0 0 100 4\""
        + " preserveAspectRatio=\"none\" role=\"img\" aria-label=")).isEqualTo(count(html, "<title>") - 1);
  }

  @Test
  @DisplayName("§8.2 the headline, bands, outcomes, activities, checks, method, sources and price year are all there")
  void contents() throws Exception {
    CalculationResult r = ReportFixture.result();
    JsonNode json = ReportFixture.json(r);
    String html = HtmlReportWriter.render(r);
    String social = Formats.money(new BigDecimal(json.at("/totals/socialValue").asText()), "GBP");
    assertThat(html).contains("data-figure=\"/totals/socialValue\">" + social + "<");
    assertThat(html).contains("id=\"age-bands\"", "id=\"outcomes\"", "id=\"activities\"", "id=\"method\"",
        "Where each value comes from", "Made-up source for tests", "2019 prices", "Who took part",
        "Participants by gender");
    assertThat(html).contains("id=\"checks\"").contains("Deadweight");
  }

  @Test
  @DisplayName("§5.5, §8 a model carrying a range and a cross-tab shows both (once the engine gives them)")
  void rangeAndCrossTabs() {
    ReportModel m = ReportModel.of(ReportFixture.result());
    Table crossTab = new Table("cross-tab-0", "Participants by strand and gender",
        List.of(new Column("Strand", false), new Column("Female", true), new Column("Male", true)),
        List.of(List.of(new Cell("Sport", null), new Cell("12", null), new Cell("30", null))), null);
    ReportModel with = new ReportModel(m.title(), m.subtitle(), m.headline(), m.figures(), "range £1.00 to £9.00",
        m.socialValueNote(), m.byAgeBand(), m.bandChart(), m.bandNote(), m.byOutcome(), m.outcomeChart(), m.byActivity(),
        m.activityNote(), List.of(crossTab), m.headcounts(), m.checks(), m.method(), m.sources(), m.priceYear());
    assertThat(HtmlReportWriter.render(with)).contains("<span class=\"detail range\">range £1.00 to £9.00</span>")
        .contains("<caption>Participants by strand and gender</caption>");
    assertThat(HtmlReportWriter.render(m)).doesNotContain("class=\"detail range\"");
  }

  @Test
  @DisplayName("a bar's length: a share of the longest, 0 for nothing or less")
  void barWidths() {
    assertThat(HtmlPage.width(new BigDecimal("50"), new BigDecimal("200"))).isEqualTo("25");
    assertThat(HtmlPage.width(new BigDecimal("1"), new BigDecimal("3"))).isEqualTo("33.33");
    assertThat(HtmlPage.width(new BigDecimal("-5"), new BigDecimal("3"))).isEqualTo("0");
    assertThat(HtmlPage.width(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo("0");
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }
}
