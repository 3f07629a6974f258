package org.impactkit.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.internal.Texts;
import org.impactkit.valuation.CalculationResult.CrossTab;
import org.impactkit.valuation.CalculationResult.CrossTabCell;

/**
 * A cross-tab laid out as people print one: a row per combination of all but the last column, a column
 * per value of the last, each row's total at its end and the column totals in a last row. The workbook
 * and the Markdown summary both lay it out from here, so they show the same grid.
 *
 * @param rowHeaders the columns that name a row (all but the last)
 * @param columnHeader the column whose values run across
 * @param columns the values of the last column, in the cross-tab's order
 * @param rows one per combination of the other columns
 * @param columnTotals participants per value of the last column, in the order of {@code columns}
 * @param total participants in all
 */
public record CrossTabGrid(List<String> rowHeaders, String columnHeader, List<String> columns, List<Row> rows,
    List<Long> columnTotals, long total) {

  /**
   * One row of the grid.
   *
   * @param values the row's values of {@code rowHeaders}
   * @param counts participants per column, 0 where the combination has none
   * @param total the row's participants (each once, so at most the sum of its counts)
   */
  public record Row(List<String> values, List<Long> counts, long total) {}

  /** The grid of a cross-tab. */
  public static CrossTabGrid of(CrossTab t) {
    int n = t.dimensions().size();
    List<String> columns = t.columnTotals().stream().map(c -> c.values().get(0)).toList();
    Map<List<String>, Map<String, Long>> cells = new HashMap<>();
    for (CrossTabCell c : t.cells()) {
      cells.computeIfAbsent(c.values().subList(0, n - 1), k -> new HashMap<>()).put(c.values().get(n - 1),
          c.participants());
    }
    Map<List<String>, Row> rows = new LinkedHashMap<>();
    for (CrossTabCell r : t.rowTotals()) {
      Map<String, Long> byColumn = cells.getOrDefault(r.values(), Map.of());
      List<Long> counts = new ArrayList<>();
      for (String column : columns) {
        counts.add(byColumn.getOrDefault(column, 0L));
      }
      rows.put(r.values(), new Row(r.values(), counts, r.participants()));
    }
    return new CrossTabGrid(t.dimensions().subList(0, n - 1), t.dimensions().get(n - 1), columns,
        List.copyOf(rows.values()), t.columnTotals().stream().map(CrossTabCell::participants).toList(), t.total());
  }

  /** The cross-tab's title: {@code Participants by strand and gender}. */
  public String title() {
    List<String> all = new ArrayList<>();
    rowHeaders.forEach(h -> all.add(h.replace('_', ' ')));
    all.add(columnHeader.replace('_', ' '));
    return "Participants by " + Texts.listed(all);
  }
}
