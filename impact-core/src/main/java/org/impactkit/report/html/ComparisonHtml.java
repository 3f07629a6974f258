package org.impactkit.report.html;

import org.impactkit.compare.Comparison;
import org.impactkit.report.ReportModel.Table;
import org.impactkit.report.internal.ComparisonText;

/**
 * Writes a {@link Comparison} as one self-contained HTML page, laid out as the one-page report is (same
 * stylesheet, tables that become cards on a phone), each figure marked with its place in the JSON.
 */
public final class ComparisonHtml {
  private ComparisonHtml() {}

  /** The page as a string. */
  public static String render(Comparison c) {
    ComparisonText text = ComparisonText.of(c);
    Html h = HtmlPage.start(text.title());
    h.open("header").newline().element("h1", text.title()).newline();
    for (String note : text.notes()) {
      h.element("p", note, "class", "sub").newline();
    }
    h.close("header").newline().open("main").newline();
    for (Table t : text.tables()) {
      HtmlPage.section(h, t.id(), t.caption());
      HtmlPage.table(h, t, false, true);
      h.close("section").newline();
    }
    h.close("main").newline();
    return HtmlPage.end(h);
  }
}
