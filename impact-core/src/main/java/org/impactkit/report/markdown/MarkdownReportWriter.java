package org.impactkit.report.markdown;

import java.util.List;
import org.impactkit.valuation.Formats;
import org.impactkit.report.ReportModel;
import org.impactkit.report.ReportModel.Cell;
import org.impactkit.report.ReportModel.Column;
import org.impactkit.report.ReportModel.Figure;
import org.impactkit.report.ReportModel.Source;
import org.impactkit.report.ReportModel.Table;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.CalculationResult;

/**
 * Writes a {@link CalculationResult} as a Markdown summary ready to paste into a grant report: the
 * headline sentence, tables by age band, outcome and activity, and the method in plain words, all from
 * the {@link ReportModel} the HTML page shows too. Text from the inputs is escaped so it cannot change
 * the layout.
 */
public final class MarkdownReportWriter {
  private MarkdownReportWriter() {}

  /** The summary as a string. */
  public static String render(CalculationResult r) {
    ReportModel m = ReportModel.of(r);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(m.title())).append("\n\n");
    if (!m.subtitle().isEmpty()) {
      md.append('*').append(escape(m.subtitle())).append("*\n\n");
    }
    md.append(escape(m.headline())).append("\n\n");
    md.append("| Figure | Value | |\n|---|---:|---|\n");
    for (Figure f : m.figures()) {
      md.append("| ").append(escape(f.label())).append(" | ").append(escape(f.text())).append(" | ")
          .append(escape(f.detail())).append(" |\n");
    }
    md.append('\n');
    if (m.range() != null) {
      md.append("Social value ").append(escape(m.range())).append(" (low to high).\n\n");
    }

    section(md, "By age band", m.byAgeBand(), m.bandNote());
    if (!m.byOutcome().rows().isEmpty()) {
      section(md, "By outcome", m.byOutcome(), null);
    }
    section(md, "By activity", m.byActivity(), m.activityNote());
    for (Table t : m.crossTabs()) {
      section(md, t.caption(), t, ReportText.CROSS_TAB_NOTE);
    }

    if (!m.checks().isEmpty()) {
      md.append("## Checks\n\n");
      md.append("These assurance checks did not pass, or the inputs raised warnings; the figures stand, but a reader"
          + " should know (all checks are in the workbook):\n\n");
      for (String line : m.checks()) {
        md.append("- ").append(escape(line)).append('\n');
      }
      md.append('\n');
    }

    md.append("## Method\n\n");
    List<String> method = m.method();
    md.append(escape(String.join(" ", method.subList(0, 2)))).append("\n\n");
    for (String line : method.subList(2, method.size())) {
      md.append("- ").append(escape(line)).append('\n');
    }
    md.append('\n');
    if (!m.sources().isEmpty()) {
      md.append("Where each value comes from:\n\n");
      for (Source s : m.sources()) {
        md.append("- **").append(escape(s.outcome())).append("**: ").append(escape(s.value()))
            .append(" per person per year").append(s.source() == null ? "" : ". " + escape(s.source())).append('\n');
      }
      md.append('\n');
    }
    // The method's last lines already say the price year in full; the footer repeats it in brief, as
    // a figure copied from the summary should keep its prices with it.
    md.append('*').append(escape(ReportText.pricesInBrief(r))).append(", calculated with impact; ")
        .append(Formats.count(r.calculation().size())).append(" calculation lines.*\n");
    return md.toString();
  }

  /** A section: its heading, the table with its total row in bold, and a note under it. */
  static void section(StringBuilder md, String heading, Table t, String note) {
    md.append("## ").append(escape(heading)).append("\n\n|");
    StringBuilder rule = new StringBuilder("|");
    for (Column c : t.columns()) {
      md.append(' ').append(escape(c.header())).append(" |");
      rule.append(c.numeric() ? "---:|" : "---|");
    }
    md.append('\n').append(rule).append('\n');
    for (List<Cell> row : t.rows()) {
      row(md, t.columns(), row, false);
    }
    if (t.total() != null) {
      row(md, t.columns(), t.total(), true);
    }
    md.append('\n');
    if (note != null) {
      md.append(escape(note)).append("\n\n");
    }
  }

  private static void row(StringBuilder md, List<Column> columns, List<Cell> cells, boolean bold) {
    md.append('|');
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      // A figure inside a row cannot start a list or a heading: only its characters need escaping.
      String text = columns.get(i).numeric() ? escapeInline(c.text()) : escape(c.text());
      md.append(' ').append(bold && !text.isEmpty() ? "**" + text + "**" : text).append(" |");
    }
    md.append('\n');
  }

  /** Escapes Markdown's special characters and keeps text on one line, so input cannot alter the layout. */
  static String escape(String s) {
    String escaped = escapeInline(s);
    // A leading # + - or digit-dot would start a heading or a list.
    if (!escaped.isEmpty() && ("#+-=".indexOf(escaped.charAt(0)) >= 0 || escaped.matches("\\d+[.)].*"))) {
      return "\\" + escaped;
    }
    return escaped;
  }

  /** Escapes the characters that mark up text anywhere in a line, and keeps it on one line. */
  private static String escapeInline(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    String line = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    for (char c : line.toCharArray()) {
      if ("\\`*_[]<>|~".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
