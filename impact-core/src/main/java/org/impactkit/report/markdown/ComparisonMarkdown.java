package org.impactkit.report.markdown;

import org.impactkit.compare.Comparison;
import org.impactkit.report.ReportModel.Table;
import org.impactkit.report.internal.ComparisonText;

/** Writes a {@link Comparison} as Markdown: the notes on banks and prices, then one table per figure. */
public final class ComparisonMarkdown {
  private ComparisonMarkdown() {}

  /** The comparison as a string. */
  public static String render(Comparison c) {
    ComparisonText text = ComparisonText.of(c);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(MarkdownReportWriter.escape(text.title())).append("\n\n");
    for (String note : text.notes()) {
      md.append(MarkdownReportWriter.escape(note)).append("\n\n");
    }
    for (Table t : text.tables()) {
      MarkdownReportWriter.section(md, t.caption(), t, null);
    }
    return md.toString();
  }
}
