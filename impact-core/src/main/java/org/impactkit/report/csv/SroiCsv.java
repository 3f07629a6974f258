package org.impactkit.report.csv;

import static org.impactkit.report.csv.CsvCells.fraction;
import static org.impactkit.report.csv.CsvCells.money;
import static org.impactkit.report.csv.CsvCells.ratio;
import static org.impactkit.report.csv.CsvCells.text;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.valuation.Rounding;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.model.Parameter;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.sroi.SroiResult.Case;
import org.impactkit.sroi.SroiResult.OutcomeFigures;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.StakeholderFigures;
import org.impactkit.sroi.SroiResult.TippingPoint;
import org.impactkit.sroi.SroiResult.YearFigures;
import org.impactkit.valuation.Rounding;

/**
 * Writes an {@link SroiResult} as a folder of tidy CSV files (UTF-8, RFC 4180, one table each): summary,
 * investment, outcomes, years, stakeholders, tipping-points, scenarios, warnings and checks. Figures are rounded
 * as in the JSON (money to pence, ratios to 4 places, percentages as fractions). Text from the inputs that
 * a spreadsheet could take for a formula is prefixed with {@code '} (OWASP CSV injection).
 */
public final class SroiCsv {
  /** The files written, in order. */
  public static final List<String> FILES = List.of("summary.csv", "investment.csv", "outcomes.csv", "years.csv",
      "stakeholders.csv", "tipping-points.csv", "scenarios.csv", "warnings.csv", "checks.csv");

  private SroiCsv() {}

  /** Writes every file into {@code dir} (created when missing), each atomically. */
  public static void write(SroiResult r, Path dir) throws IOException {
    Files.createDirectories(dir);
    file(dir, "summary.csv", List.of("figure", "value"), summary(r));
    List<List<Object>> inputs = new ArrayList<>();
    for (Investment.Item i : r.inputs().items()) {
      inputs.add(List.of(text(i.stakeholder()), text(i.description()), money(i.value())));
    }
    file(dir, "investment.csv", List.of("stakeholder", "description", "value"), inputs);
    List<String> head = new ArrayList<>(List.of("stakeholder", "outcome", "quantity", "proxy_value", "duration",
        "start", "deadweight", "displacement", "attribution", "drop_off", "impact", "value", "present_value",
        "share"));
    for (int y = 1; y <= r.years().size(); y++) {
      head.add("year_" + y);
    }
    List<List<Object>> outcomes = new ArrayList<>();
    for (OutcomeFigures o : r.outcomes()) {
      ImpactMapRow m = o.row();
      List<Object> row = new ArrayList<>(List.of(text(m.stakeholder()), text(m.outcome()), m.quantity().toPlainString(),
          money(m.proxyValue()), m.duration(), m.start(), fraction(m.deadweight()), fraction(m.displacement()),
          fraction(m.attribution()), fraction(m.dropOff()), money(o.impact()), money(o.value()),
          money(o.presentValue()), ratio(o.share())));
      o.values().forEach(v -> row.add(money(v)));
      outcomes.add(row);
    }
    file(dir, "outcomes.csv", head, outcomes);
    List<List<Object>> years = new ArrayList<>();
    for (YearFigures y : r.years()) {
      years.add(List.of(y.year(), money(y.value()), fraction(y.discountFactor()), money(y.presentValue())));
    }
    file(dir, "years.csv", List.of("year", "value", "discount_factor", "present_value"), years);
    List<List<Object>> stakeholders = new ArrayList<>();
    for (StakeholderFigures s : r.byStakeholder()) {
      stakeholders.add(List.of(text(s.stakeholder()), s.outcomes(), money(s.value()), money(s.presentValue()),
          ratio(s.share())));
    }
    file(dir, "stakeholders.csv", List.of("stakeholder", "outcomes", "value", "present_value", "share"), stakeholders);
    List<List<Object>> tipping = new ArrayList<>();
    for (TippingPoint t : r.tippingPoints()) {
      tipping.add(List.of(text(t.row().stakeholder()), text(t.row().outcome()), t.parameter().id(),
          parameter(t.parameter().id(), t.current()), parameter(t.parameter().id(), t.breakEven()), t.note()));
    }
    file(dir, "tipping-points.csv", List.of("stakeholder", "outcome", "parameter", "current", "break_even", "note"),
        tipping);
    List<String> scenarioHead = new ArrayList<>(List.of("stakeholder", "outcome", "parameter", "base"));
    for (BigDecimal c : SroiCalculator.SCENARIO_CHANGES) {
      scenarioHead.add("ratio_" + (c.signum() < 0 ? "minus_" : "plus_") + c.abs().movePointRight(2)
          .stripTrailingZeros().toPlainString());
    }
    scenarioHead.addAll(List.of("min_ratio", "max_ratio"));
    List<List<Object>> scenarios = new ArrayList<>();
    for (Scenario s : r.scenarios()) {
      List<Object> row = new ArrayList<>();
      row.add(s.row() == null ? "" : text(s.row().stakeholder()));
      row.add(s.row() == null ? "" : text(s.row().outcome()));
      row.add(s.parameter());
      row.add(parameter(s.parameter(), s.base()));
      for (Case c : s.cases()) {
        row.add(ratio(c.ratio()));
      }
      row.add(ratio(s.minRatio()));
      row.add(ratio(s.maxRatio()));
      scenarios.add(row);
    }
    file(dir, "scenarios.csv", scenarioHead, scenarios);
    List<List<Object>> warnings = new ArrayList<>();
    for (Diagnostic d : r.warnings()) {
      warnings.add(List.of(d.file() == null ? "" : text(d.file()), d.line(), d.column() == null ? "" : text(d.column()),
          text(d.message())));
    }
    file(dir, "warnings.csv", List.of("file", "line", "column", "message"), warnings);
    file(dir, "checks.csv", CsvCells.CHECK_HEADERS, r.checks().stream().map(CsvCells::check).toList());
  }

  private static List<List<Object>> summary(SroiResult r) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("name", r.map().name() == null ? "" : text(r.map().name())));
    rows.add(List.of("investment", money(r.investment())));
    rows.add(List.of("present_value", money(r.presentValue())));
    rows.add(List.of("net_present_value", money(r.netPresentValue())));
    rows.add(List.of("ratio", ratio(r.ratio())));
    rows.add(List.of("net_ratio", ratio(r.netRatio())));
    rows.add(List.of("payback_months",
        r.paybackMonths() == null ? "" : r.paybackMonths().setScale(2, RoundingMode.HALF_UP).toPlainString()));
    rows.add(List.of("discount_rate", fraction(r.discounting().rate())));
    rows.add(List.of("discounting", r.discounting().convention().id()));
    rows.add(List.of("value", money(r.value())));
    return rows;
  }

  private static void file(Path dir, String name, List<String> header, List<List<Object>> rows) throws IOException {
    AtomicFiles.write(dir.resolve(name), out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      record(w, header);
      for (List<Object> row : rows) {
        record(w, row);
      }
      w.flush();
    });
  }

  /** One RFC 4180 record: fields with a comma, quote or line break are quoted, quotes doubled. */
  private static void record(Writer w, List<?> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String f = String.valueOf(fields.get(i));
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        w.write('"' + f.replace("\"", "\"\"") + '"');
      } else {
        w.write(f);
      }
    }
    w.write('\n');
  }

  private static String parameter(String id, BigDecimal v) {
    if (v == null) {
      return "";
    }
    if (id.equals(Parameter.PROXY_VALUE.id())) {
      return money(v);
    }
    return fraction(v);
  }
}
