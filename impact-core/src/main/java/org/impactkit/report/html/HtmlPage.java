package org.impactkit.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.report.ReportModel.Bar;
import org.impactkit.report.ReportModel.Cell;
import org.impactkit.report.ReportModel.Chart;
import org.impactkit.report.ReportModel.Column;
import org.impactkit.report.ReportModel.Table;

/**
 * What every HTML report shares: the page around the content, with its stylesheet inline (a report is
 * one file that makes no network request, SPEC §8.2), and tables and bar charts drawn from the report
 * model. Figures carry {@code data-figure}, their place in the JSON report, so a test in a real browser
 * can read what is shown and compare it with the JSON.
 */
final class HtmlPage {
  /**
   * Printed, a table this long or shorter is kept on one page; a longer one may continue on the next
   * (its header repeated), rather than leave most of a page empty.
   */
  private static final int KEEP_WHOLE_UP_TO_ROWS = 8;
  private static final String CSS = stylesheet();

  private HtmlPage() {}

  private static String stylesheet() {
    try (InputStream in = HtmlPage.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the page: doctype, language, viewport, title and the stylesheet; then the body. */
  static Html start(String title) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n").open("html", "lang", "en-GB").newline().open("head").newline()
        .raw("<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"generator\" content=\"impact\">\n")
        .element("title", title).newline()
        .open("style").raw(CSS).close("style").newline()
        .close("head").newline().open("body").newline();
    return h;
  }

  /** Closes the body and the page. */
  static String end(Html h) {
    return h.close("body").newline().close("html").newline().toString();
  }

  /** Opens a section headed by {@code heading} (an {@code h2}); the caller closes the section. */
  static void section(Html h, String id, String heading) {
    h.open("section", "id", id, "aria-labelledby", id + "-h").newline().element("h2", heading, "id", id + "-h")
        .newline();
  }

  /**
   * A table: a header row, the rows (their first cell a row header) and the total row. Wide tables
   * may stack into cards on a narrow screen, each figure labelled with its column's heading.
   *
   * @param showCaption whether the caption is shown (else it is there for screen readers only)
   * @param stack whether the table turns into one card per row on a phone (for tables whose labels
   *     are long or whose figures are many)
   */
  static void table(Html h, Table t, boolean showCaption, boolean stack) {
    List<String> classes = new ArrayList<>();
    if (stack) {
      classes.add("stack");
    }
    if (t.rows().size() > KEEP_WHOLE_UP_TO_ROWS) {
      classes.add("long");
    }
    h.open("table", "id", t.id(), "class", classes.isEmpty() ? null : String.join(" ", classes)).newline()
        .element("caption", t.caption(), "class", showCaption ? null : "vh").newline();
    h.open("thead").open("tr");
    for (Column c : t.columns()) {
      h.element("th", c.header(), "scope", "col", "class", c.numeric() ? "num" : null);
    }
    h.close("tr").close("thead").newline().open("tbody").newline();
    for (List<Cell> row : t.rows()) {
      row(h, t.columns(), row, null);
    }
    h.close("tbody").newline();
    if (t.total() != null) {
      h.open("tfoot");
      row(h, t.columns(), t.total(), "total");
      h.close("tfoot").newline();
    }
    h.close("table").newline();
  }

  private static void row(Html h, List<Column> columns, List<Cell> cells, String cssClass) {
    h.open("tr", "class", cssClass);
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      Column col = columns.get(i);
      if (i == 0) {
        h.element("th", c.text(), "scope", "row", "data-figure", c.ref());
      } else {
        h.element("td", c.text(), "class", col.numeric() ? "num" : null, "data-label", col.header(),
            "data-figure", c.ref());
      }
    }
    h.close("tr").newline();
  }

  /**
   * A horizontal bar chart: each bar an inline SVG with its own title, beside its label and figure in
   * text (so labels wrap on a phone instead of running off an SVG).
   */
  static void chart(Html h, Chart chart) {
    BigDecimal max = chart.max();
    h.open("figure", "class", "chart").newline().element("figcaption", chart.title()).newline()
        .open("ul", "class", "bars").newline();
    for (Bar b : chart.bars()) {
      String name = b.label() + ": " + b.text();
      h.open("li").element("span", b.label(), "class", "bar-label").element("span", b.text(), "class", "bar-value")
          .open("svg", "class", "bar", "viewBox", "0 0 100 4", "preserveAspectRatio", "none", "role", "img",
              "aria-label", name)
          .element("title", name)
          .raw("<rect x=\"0\" y=\"0\" height=\"4\" width=\"" + width(b.value(), max) + "\"/>")
          .close("svg").close("li").newline();
    }
    h.close("ul").newline().close("figure").newline();
  }

  /** A bar's length in percent of the longest, to two places; 0 for none or a negative value. */
  static String width(BigDecimal value, BigDecimal max) {
    if (max.signum() <= 0 || value.signum() <= 0) {
      return "0";
    }
    return value.multiply(BigDecimal.valueOf(100)).divide(max, MathContext.DECIMAL64)
        .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
