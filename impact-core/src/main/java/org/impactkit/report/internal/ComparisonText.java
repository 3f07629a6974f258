package org.impactkit.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.impactkit.compare.Comparison;
import org.impactkit.compare.Comparison.ItemLines;
import org.impactkit.compare.Comparison.Line;
import org.impactkit.compare.Measure;
import org.impactkit.compare.YearResult;
import org.impactkit.report.ReportModel.Cell;
import org.impactkit.report.ReportModel.Column;
import org.impactkit.report.ReportModel.Table;
import org.impactkit.valuation.Formats;
import org.impactkit.valuation.Rounding;

/**
 * The words and tables of a comparison of two years (SPEC §8.3), once for every format people read
 * (HTML, Markdown, the workbook): each table a figure in both years, its change and its change in
 * percent, every cell referring to its place in the JSON ({@code impact/compare/v1}).
 */
public final class ComparisonText {
  private final Comparison c;
  private final String currency;

  private ComparisonText(Comparison c) {
    this.c = c;
    this.currency = c.newer().bank().currency();
  }

  /** The words and tables of a comparison. */
  public static ComparisonText of(Comparison c) {
    return new ComparisonText(c);
  }

  /** {@code Derby Youth Alliance 2024/25: 2023/24 and 2024/25 compared}. */
  public String title() {
    String name = c.newer().name() != null ? c.newer().name() + ": " : "";
    return name + c.older().label() + " and " + c.newer().label() + " compared";
  }

  /** The sentences under the title: the files, the banks, the prices. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    YearResult o = c.older();
    YearResult n = c.newer();
    notes.add(o.label() + " from " + o.file() + "; " + n.label() + " from " + n.file() + ".");
    notes.addAll(c.warnings());
    if (c.bankChanged()) {
      notes.add("The two years were valued with different value banks (" + o.bank().describe() + ", then "
          + n.bank().describe() + "): part of each change may come from the banks' values, not from the work.");
    } else {
      notes.add("Both years were valued with the value bank " + n.bank().describe() + ".");
    }
    if (c.restatement() != null) {
      var r = c.restatement();
      notes.add("Money figures of " + o.label() + " are restated in " + r.to() + " prices: each is multiplied by "
          + Rounding.fraction(r.factor().setScale(6, RoundingMode.HALF_UP)).toPlainString()
          + ", the UK GDP deflator of " + r.to() + " over that of " + r.from() + " (price indices " + r.indices()
          + "). Returns per " + unit() + ", counts of people and claims are not changed by prices.");
    } else {
      notes.add("Both years' money figures are in " + n.priceYear() + " prices.");
    }
    return notes;
  }

  /** The tables: the totals, then each figure by age band, by outcome and by activity. */
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    tables.add(table("totals", "Totals", "Figure", c.totals(), l -> words(l.measure()), "/totals/",
        l -> l.measure().key()));
    byItem(tables, "by-age-band", "age band", "Age band", c.byAgeBand(), "/byAgeBand/");
    byItem(tables, "by-outcome", "outcome", "Outcome", c.byOutcome(), "/byOutcome/");
    byItem(tables, "by-activity", "activity", "Activity", c.byActivity(), "/byActivity/");
    return tables;
  }

  /** One table per measure of a section, each row an item. */
  private void byItem(List<Table> tables, String id, String what, String header, List<ItemLines> items, String at) {
    List<Measure> measures = items.stream().flatMap(i -> i.lines().stream()).map(Line::measure).distinct().toList();
    for (Measure m : measures) {
      List<List<Cell>> rows = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        ItemLines item = items.get(i);
        for (Line l : item.lines()) {
          if (l.measure() == m) {
            rows.add(row(label(item), l, at + i + "/" + m.key() + "/"));
          }
        }
      }
      tables.add(new Table(id + "-" + m.key(), words(m) + " by " + what, columns(header), rows, null));
    }
  }

  private Table table(String id, String caption, String header, List<Line> lines, Function<Line, String> label,
      String at, Function<Line, String> key) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Line l : lines) {
      rows.add(row(label.apply(l), l, at + key.apply(l) + "/"));
    }
    return new Table(id, caption, columns(header), rows, null);
  }

  private List<Column> columns(String header) {
    return List.of(new Column(header, false), new Column(c.older().label(), true),
        new Column(c.newer().label(), true), new Column("Change", true), new Column("Change %", true));
  }

  private List<Cell> row(String label, Line l, String ref) {
    return List.of(new Cell(label, null), cell(l.measure(), l.older(), false, ref + "older"),
        cell(l.measure(), l.newer(), false, ref + "newer"), cell(l.measure(), l.change(), true, ref + "change"),
        l.changeFraction() == null ? new Cell("—", null) : new Cell(percent(l.changeFraction()), ref + "changePercent"));
  }

  private static String label(ItemLines item) {
    return item.label() + (!item.inOlder() ? " (new)" : !item.inNewer() ? " (not in the later year)" : "");
  }

  /** {@code Return per £1}, {@code Social value}. */
  public String words(Measure m) {
    return m == Measure.RATIO ? "Return per " + unit() : m.words();
  }

  private Cell cell(Measure m, BigDecimal v, boolean signed, String ref) {
    if (v == null) {
      return new Cell("—", null);
    }
    String text = m.kind() == Measure.Kind.COUNT ? Formats.count(v.setScale(0, RoundingMode.HALF_UP).longValueExact())
        : Formats.money(v, currency);
    return new Cell(signed && v.signum() > 0 ? "+" + text : text, ref);
  }

  /** A change as a percentage to one place, signed: {@code +5.2%}. */
  static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
  }

  private String unit() {
    return Formats.money(BigDecimal.ONE, currency).replace(".00", "");
  }
}
