package org.impactkit.report.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impactkit.internal.Formats;
import org.impactkit.report.internal.CrossTabGrid;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.CrossTab;
import org.impactkit.valuation.CalculationResult.Totals;

/**
 * Writes a {@link CalculationResult} as a Markdown summary ready to paste into a grant report: the
 * headline sentence, tables by age band and by activity, and the method in plain words. Text from the
 * inputs is escaped so it cannot change the layout.
 */
public final class MarkdownReportWriter {
  private MarkdownReportWriter() {}

  /** Writes the summary as UTF-8; the stream is left open. */
  public static void write(CalculationResult result, OutputStream out) throws IOException {
    out.write(render(result).getBytes(StandardCharsets.UTF_8));
  }

  /** The summary as a string. */
  public static String render(CalculationResult r) {
    StringBuilder md = new StringBuilder();
    Totals t = r.totals();
    md.append("# ").append(escape(ReportText.title(r))).append("\n\n");
    String sub = ReportText.subtitle(r);
    if (!sub.isEmpty()) {
      md.append('*').append(escape(sub)).append("*\n\n");
    }
    md.append(escape(ReportText.headline(r))).append("\n\n");
    md.append("| Figure | Value |\n|---|---:|\n");
    md.append("| Social value | ").append(ReportText.money(r, t.socialValue())).append(" |\n");
    if (ReportText.range(r) != null) {
      md.append("| Range (low to high) | ").append(ReportText.money(r, r.range().low().socialValue())).append(" to ")
          .append(ReportText.money(r, r.range().high().socialValue())).append(" |\n");
    }
    md.append("| Investment | ").append(ReportText.money(r, t.investment())).append(" |\n");
    md.append("| Return | ").append(t.ratio() == null ? "n/a (no investment)"
        : ReportText.money(r, t.ratio()) + " for every " + ReportText.unit(r) + " invested").append(" |\n");
    md.append("| Net social value | ").append(ReportText.money(r, t.netSocialValue())).append(" |\n");
    md.append("| Participants | ").append(ReportText.count(r, t.participants())).append(" |\n");
    md.append("| Claims | ").append(ReportText.count(r, t.claims())).append(" |\n\n");

    md.append("## By age band\n\n");
    md.append("| Age band | Participants | Claims | Social value |\n|---|---:|---:|---:|\n");
    for (BandFigures b : r.byAgeBand()) {
      md.append("| ").append(escape(b.band().label())).append(" | ").append(ReportText.count(r, b.participants()))
          .append(" | ").append(ReportText.count(r, b.claims())).append(" | ")
          .append(ReportText.money(r, b.socialValue())).append(" |\n");
    }
    md.append("| **Total** | **").append(ReportText.count(r, t.participants())).append("** | **")
        .append(ReportText.count(r, t.claims())).append("** | **").append(ReportText.money(r, t.socialValue()))
        .append("** |\n\n");

    md.append("## By activity\n\n");
    md.append("| Activity | Budget | Participants | Claims | Social value | Return per ").append(ReportText.unit(r))
        .append(" |\n|---|---:|---:|---:|---:|---:|\n");
    for (ActivityFigures a : r.byActivity()) {
      md.append("| ").append(escape(a.activity().name())).append(" | ")
          .append(ReportText.money(r, a.activity().budget())).append(" | ")
          .append(ReportText.count(r, a.participants())).append(" | ").append(ReportText.count(r, a.claims()))
          .append(" | ").append(ReportText.money(r, a.socialValue())).append(" | ")
          .append(a.ratio() == null ? "n/a" : ReportText.money(r, a.ratio())).append(" |\n");
    }
    md.append("| **Total** | **").append(ReportText.money(r, t.investment())).append("** | **")
        .append(ReportText.count(r, t.participants())).append("** | **").append(ReportText.count(r, t.claims()))
        .append("** | **").append(ReportText.money(r, t.socialValue())).append("** | **")
        .append(t.ratio() == null ? "n/a" : ReportText.money(r, t.ratio())).append("** |\n\n");
    if (r.byActivity().stream().anyMatch(a -> a.participants() > 0)) {
      md.append("Participants per activity do not add up to the total when people took part in more than one.\n\n");
    }

    for (CrossTab c : r.crossTabs()) {
      crossTab(md, r, CrossTabGrid.of(c));
    }

    List<String> checks = ReportText.checkLines(r);
    if (!checks.isEmpty()) {
      md.append("## Checks\n\n");
      md.append("The assurance checks found what a reader should know (all checks are in the workbook):\n\n");
      for (String line : checks) {
        md.append("- ").append(escape(line)).append('\n');
      }
      md.append('\n');
    }

    md.append("## Method\n\n");
    List<String> method = ReportText.method(r);
    md.append(escape(String.join(" ", method.subList(0, 2)))).append("\n\n");
    for (String line : method.subList(2, method.size())) {
      md.append("- ").append(escape(line)).append('\n');
    }
    md.append('\n');
    md.append("*Figures in ").append(r.priceYear().report()).append(" prices, ")
        .append(escape(r.bank().info().currency())).append(", calculated with impact; ")
        .append(Formats.count(r.calculation().size())).append(" calculation lines.*\n");
    return md.toString();
  }

  /** A cross-tab as a table: a row per combination, a column per value of the last column, with totals. */
  private static void crossTab(StringBuilder md, CalculationResult r, CrossTabGrid g) {
    md.append("## ").append(escape(ReportText.words(g.title()))).append("\n\n|");
    for (String h : g.rowHeaders()) {
      md.append(' ').append(escape(ReportText.words(h))).append(" |");
    }
    for (String c : g.columns()) {
      md.append(' ').append(escape(c)).append(" |");
    }
    md.append(" Total |\n|").append("---|".repeat(g.rowHeaders().size()))
        .append("---:|".repeat(g.columns().size() + 1)).append('\n');
    for (CrossTabGrid.Row row : g.rows()) {
      md.append('|');
      for (String v : row.values()) {
        md.append(' ').append(escape(v)).append(" |");
      }
      for (long n : row.counts()) {
        md.append(' ').append(ReportText.count(r, n)).append(" |");
      }
      md.append(' ').append(ReportText.count(r, row.total())).append(" |\n");
    }
    md.append("| **Total** |").append(" |".repeat(g.rowHeaders().size() - 1));
    for (long n : g.columnTotals()) {
      md.append(" **").append(ReportText.count(r, n)).append("** |");
    }
    md.append(" **").append(ReportText.count(r, g.total())).append("** |\n\n");
    md.append(ReportText.CROSS_TAB_NOTE).append("\n\n");
  }

  /** Escapes Markdown's special characters and keeps text on one line, so input cannot alter the layout. */
  static String escape(String s) {
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
    // A leading # + - or digit-dot would start a heading or a list.
    if (!line.isEmpty() && ("#+-=".indexOf(line.charAt(0)) >= 0 || line.matches("\\d+[.)].*"))) {
      sb.insert(0, '\\');
    }
    return sb.toString();
  }
}
