package org.impactkit.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Texts;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.read.table.Cells;
import org.impactkit.read.table.Columns;
import org.impactkit.read.table.CutShortRows;
import org.impactkit.read.table.Field;
import org.impactkit.read.table.Row;
import org.impactkit.read.table.RowReader;
import org.impactkit.read.table.Table;

/**
 * Reads an impact map and its inputs (SPEC §6) from a {@link Table}, by the column rules of §4.2:
 * percentages in points 0–100 (with or without {@code %}), money with or without the currency symbol and
 * thousands separators. Every bad cell is reported with its file, line and column, all at once.
 */
public final class ImpactMapReader {
  /** Columns of an impact map (SPEC §6). */
  public static final List<Field> MAP_FIELDS = List.of(
      Field.required("stakeholder", "stakeholders", "stakeholder_group"),
      Field.required("outcome", "outcome_name", "outcomes"),
      Field.required("quantity", "number", "count"),
      Field.required("proxy_value", "financial_proxy", "value", "proxy"),
      Field.optional("duration", "duration_years", "years"),
      Field.optional("start", "start_year"),
      Field.optional("deadweight"),
      Field.optional("displacement"),
      Field.optional("attribution"),
      Field.optional("drop_off", "dropoff"),
      Field.optional("indicator"),
      Field.optional("proxy_description"),
      Field.optional("source", "proxy_source"),
      Field.optional("price_year", "proxy_price_year"));

  /** Columns of an inputs table (SPEC §6). */
  public static final List<Field> INPUT_FIELDS = List.of(
      Field.required("stakeholder", "stakeholders"),
      Field.optional("description", "input"),
      Field.required("value", "amount", "investment", "cost"));

  private static final Pattern QUANTITY = Pattern.compile("[+]?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)");

  private ImpactMapReader() {}

  /**
   * Reads an impact map.
   *
   * @param table the table, header first
   * @param currencySymbol the symbol money cells may carry, e.g. {@code £}
   * @param name what the map is about, or {@code null}
   * @throws InvalidInputException listing every problem, when any row is invalid or there is none
   */
  public static ImpactMap map(Table table, String currencySymbol, String name) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    Columns columns = Columns.match(table, MAP_FIELDS, problems);
    if (columns == null) {
      throw new InvalidInputException(problems, 0);
    }
    List<ImpactMapRow> rows = new ArrayList<>();
    CutShortRows cutShort = new CutShortRows(table);
    for (Row row = table.next(); row != null; row = table.next()) {
      cutShort.see(row);
      RowReader r = new RowReader(columns, row);
      String stakeholder = r.requiredText("stakeholder", "the stakeholder");
      String outcome = r.requiredText("outcome", "the outcome");
      BigDecimal quantity = quantity(r);
      BigDecimal proxy = r.money("proxy_value", currencySymbol, true);
      Long duration = r.whole("duration", 1, ImpactMapRow.MAX_DURATION, "the duration in years", false);
      Long start = r.whole("start", 1, 2, "the start year (1 = during the activity, 2 = the year after)", false);
      BigDecimal deadweight = percent(r, "deadweight");
      BigDecimal displacement = percent(r, "displacement");
      BigDecimal attribution = percent(r, "attribution");
      BigDecimal dropOff = percent(r, "drop_off");
      Long priceYear = r.whole("price_year", 1000, 9999, "the year whose prices the proxy is in, such as 2019", false);
      if (r.ok()) {
        // Every text of a map is shown in reports and the summary: made inert as it is read.
        rows.add(new ImpactMapRow(Texts.inert(stakeholder), Texts.inert(outcome), quantity, proxy,
            duration == null ? 1 : duration.intValue(), start == null ? 1 : start.intValue(), deadweight,
            displacement, attribution, dropOff, Texts.inert(r.text("indicator")),
            Texts.inert(r.text("proxy_description")), Texts.inert(r.text("source")), r.ref(),
            priceYear == null ? null : priceYear.intValue()));
      } else {
        problems.addAll(r.problems());
      }
    }
    problems.addAll(cutShort.problems());
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(Diagnostic.error(table.name(), 0, null, "the impact map has no outcomes: expected one row per "
          + "outcome under the header"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
    return new ImpactMap(Texts.inert(name), rows);
  }

  /**
   * Reads inputs: what each stakeholder invested.
   *
   * @throws InvalidInputException listing every problem
   */
  public static Investment inputs(Table table, String currencySymbol) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    Columns columns = Columns.match(table, INPUT_FIELDS, problems);
    if (columns == null) {
      throw new InvalidInputException(problems, 0);
    }
    List<Investment.Item> items = new ArrayList<>();
    for (Row row = table.next(); row != null; row = table.next()) {
      RowReader r = new RowReader(columns, row);
      String stakeholder = r.requiredText("stakeholder", "the stakeholder");
      BigDecimal value = r.money("value", currencySymbol, true);
      if (value != null && value.signum() < 0) {
        r.problem("value", "an input cannot be negative, found " + value.toPlainString());
      }
      if (r.ok()) {
        items.add(new Investment.Item(Texts.inert(stakeholder), Texts.inert(r.text("description")), value, r.ref()));
      } else {
        problems.addAll(r.problems());
      }
    }
    if (items.isEmpty() && problems.isEmpty()) {
      problems.add(Diagnostic.error(table.name(), 0, null, "no inputs: expected one row per stakeholder's "
          + "investment under the header"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
    return new Investment(items);
  }

  private static BigDecimal quantity(RowReader r) {
    String v = r.text("quantity");
    if (v == null) {
      r.problem("quantity", "the quantity (how many stakeholders achieve the outcome) is required here");
      return null;
    }
    Matcher m = QUANTITY.matcher(v.strip());
    if (!m.matches()) {
      r.problem("quantity", "expected a quantity of 0 or more such as 25 or 1,250, found " + Texts.quote(v)
          + Cells.decimalCommaHint(v));
      return null;
    }
    String ambiguity = Cells.ambiguity(v, m.group(1), r.notation());
    if (ambiguity != null) {
      r.problem("quantity", ambiguity);
      return null;
    }
    BigDecimal quantity = new BigDecimal(m.group(1).replace(",", ""));
    if (!Cells.isFigure(quantity)) {
      r.problem("quantity", "a quantity must be " + Cells.FIGURE_BOUNDS + ", found " + Texts.quote(v));
      return null;
    }
    return quantity;
  }

  private static BigDecimal percent(RowReader r, String field) {
    String v = r.text(field);
    if (v == null) {
      return BigDecimal.ZERO;
    }
    try {
      return Cells.percent(v);
    } catch (Cells.CellException e) {
      r.problem(field, e.getMessage());
      return null;
    }
  }
}
