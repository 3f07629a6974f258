package org.impactkit.report.html;

import java.util.List;
import org.impactkit.report.ReportModel;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.ReportModel.Figure;
import org.impactkit.report.ReportModel.Source;
import org.impactkit.report.ReportModel.Table;
import org.impactkit.valuation.CalculationResult;

/**
 * Writes a {@link CalculationResult} as the one-page HTML report of SPEC §8.2: one self-contained file
 * (styles inline, charts as inline SVG, no script, no link, no font to fetch) that a funder reads on a
 * phone and prints on at most two A4 pages. Everything shown comes from the {@link ReportModel}, as the
 * Markdown summary's does.
 */
public final class HtmlReportWriter {
  private HtmlReportWriter() {}

  /** The page as a string. */
  public static String render(CalculationResult result) {
    return render(ReportModel.of(result));
  }

  /** The page of a report model. */
  public static String render(ReportModel m) {
    Html h = HtmlPage.start(m.title());
    h.open("header").newline().element("h1", m.title()).newline();
    if (!m.subtitle().isEmpty()) {
      h.element("p", m.subtitle(), "class", "sub").newline();
    }
    h.close("header").newline().open("main").newline();
    headline(h, m);
    checks(h, m.checks());
    HtmlPage.section(h, "age-bands", "By age band");
    h.open("div", "class", "pair").newline();
    HtmlPage.table(h, m.byAgeBand(), false, false);
    HtmlPage.chart(h, m.bandChart());
    h.close("div").newline();
    if (m.bandNote() != null) {
      h.element("p", m.bandNote(), "class", "note").newline();
    }
    h.close("section").newline();
    if (!m.byOutcome().rows().isEmpty()) {
      HtmlPage.section(h, "outcomes", "By outcome");
      h.open("div", "class", "pair").newline();
      HtmlPage.table(h, m.byOutcome(), false, true);
      HtmlPage.chart(h, m.outcomeChart());
      h.close("div").newline().close("section").newline();
    }
    HtmlPage.section(h, "activities", "By activity");
    HtmlPage.table(h, m.byActivity(), false, true);
    if (m.activityNote() != null) {
      h.element("p", m.activityNote(), "class", "note").newline();
    }
    h.close("section").newline();
    people(h, m.crossTabs(), m.headcounts());
    method(h, m);
    h.close("main").newline();
    h.open("footer").element("p", "Calculated with impact; the workbook and the JSON report hold every figure and"
        + " the calculation line by line.")
        .close("footer").newline();
    return HtmlPage.end(h);
  }

  private static void headline(Html h, ReportModel m) {
    HtmlPage.section(h, "headline", "Headline");
    Figure lead = m.figures().get(0);
    h.open("p", "class", "lead").element("span", lead.label(), "class", "label")
        .element("strong", lead.text(), "data-figure", lead.ref());
    if (m.range() != null) {
      h.element("span", m.range(), "class", "detail range");
    }
    if (lead.detail() != null) {
      h.element("span", lead.detail(), "class", "detail");
    }
    h.close("p").newline().open("dl", "class", "figures").newline();
    for (Figure f : m.figures().subList(1, m.figures().size())) {
      h.open("div").element("dt", f.label()).element("dd", f.text(), "data-figure", f.ref());
      if (f.detail() != null) {
        h.element("dd", f.detail(), "class", "detail");
      }
      h.close("div").newline();
    }
    h.close("dl").newline().element("p", m.headline(), "class", "sentence").newline()
        .element("p", m.priceYear(), "class", "note").newline().close("section").newline();
  }

  private static void checks(Html h, List<String> checks) {
    if (checks.isEmpty()) {
      return;
    }
    HtmlPage.section(h, "checks", "What the checks found");
    h.element("p", "These assurance checks did not pass, or the inputs raised warnings; the figures stand, but a"
        + " reader should know:").newline()
        .open("ul").newline();
    for (String line : checks) {
      h.element("li", line).newline();
    }
    h.close("ul").newline().close("section").newline();
  }

  /** Cross-tabulated headcounts, each as wide as it needs, then the one-way headcounts in a grid. */
  private static void people(Html h, List<Table> crossTabs, List<Table> tables) {
    if (crossTabs.isEmpty() && tables.isEmpty()) {
      return;
    }
    HtmlPage.section(h, "people", "Who took part");
    for (Table t : crossTabs) {
      // A cross-tab is as wide as its values are many: on a phone each row becomes a card.
      HtmlPage.table(h, t, true, true);
    }
    if (!crossTabs.isEmpty()) {
      h.element("p", ReportText.CROSS_TAB_NOTE, "class", "note").newline();
    }
    h.open("div", "class", "grid").newline();
    for (Table t : tables) {
      HtmlPage.table(h, t, true, false);
    }
    h.close("div").newline().close("section").newline();
  }

  private static void method(Html h, ReportModel m) {
    HtmlPage.section(h, "method", "Method and sources");
    for (String para : m.method()) {
      h.element("p", para).newline();
    }
    if (!m.sources().isEmpty()) {
      h.element("h3", "Where each value comes from").newline()
          .element("p", "Printed, each is cut to two lines; the workbook's Sources sheet has it whole.",
              "class", "print-only note").newline().open("ul", "class", "sources").newline();
      for (Source s : m.sources()) {
        h.open("li").element("strong", s.outcome()).text(": " + s.value() + " per person per year.");
        if (s.source() != null) {
          h.text(" ").element("span", s.source(), "class", "source");
        } else {
          h.text(" The value bank names no source.");
        }
        h.close("li").newline();
      }
      h.close("ul").newline();
    }
    h.close("section").newline();
  }
}
