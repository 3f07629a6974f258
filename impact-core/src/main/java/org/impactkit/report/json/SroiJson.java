package org.impactkit.report.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import com.fasterxml.jackson.core.JsonGenerator;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.valuation.Rounding;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.model.Parameter;
import org.impactkit.sroi.SroiResult;
import org.impactkit.sroi.SroiResult.Case;
import org.impactkit.sroi.SroiResult.OutcomeFigures;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.StakeholderFigures;
import org.impactkit.sroi.SroiResult.TippingPoint;
import org.impactkit.sroi.SroiResult.YearFigures;

/**
 * Writes an {@link SroiResult} as JSON {@code impact/sroi/v1} (SPEC §7.2), plus fields the spec allows
 * adding: the inputs, each outcome's assumptions and yearly values, the scenario table, warnings and
 * {@code checks} (SPEC §10, as {@code calculate} writes them). Money is rounded half-up to pence, ratios and
 * shares to 4 places, percentages are fractions. Field order is fixed, so the same map gives byte-identical
 * output.
 */
public final class SroiJson extends JsonReport {
  /** The schema id of the output. */
  public static final String SCHEMA = "impact/sroi/v1";

  private SroiJson(JsonGenerator g) {
    super(g);
  }

  /** Writes the result, pretty-printed, followed by a newline. The stream is left open. */
  public static void write(SroiResult result, OutputStream out) throws IOException {
    JsonReport.write(out, SCHEMA, g -> new SroiJson(g).result(result));
  }

  private void result(SroiResult r) throws IOException {
    g.writeStringField("name", r.map().name());
    g.writeStringField("currency", r.map().currency());
    if (r.map().priceYear() != null) {
      g.writeNumberField("priceYear", r.map().priceYear());
    }
    money("investment", r.investment());
    money("presentValue", r.presentValue());
    money("netPresentValue", r.netPresentValue());
    ratio("ratio", r.ratio());
    ratio("netRatio", r.netRatio());
    if (r.paybackMonths() == null) {
      g.writeNullField("paybackMonths");
    } else {
      g.writeNumberField("paybackMonths", r.paybackMonths().setScale(2, RoundingMode.HALF_UP));
    }
    g.writeNumberField("discountRate", Rounding.fraction(r.discounting().rate()));
    g.writeStringField("discounting", r.discounting().convention().id());
    g.writeStringField("discountSchedule", r.discounting().schedule().id());
    money("value", r.value());
    g.writeArrayFieldStart("inputs");
    for (Investment.Item i : r.inputs().items()) {
      g.writeStartObject();
      g.writeStringField("stakeholder", i.stakeholder());
      g.writeStringField("description", i.description());
      money("value", i.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("years");
    for (YearFigures y : r.years()) {
      g.writeStartObject();
      g.writeNumberField("year", y.year());
      money("value", y.value());
      money("presentValue", y.presentValue());
      g.writeNumberField("discountFactor", Rounding.fraction(y.discountFactor()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("byStakeholder");
    for (StakeholderFigures s : r.byStakeholder()) {
      g.writeStartObject();
      g.writeStringField("stakeholder", s.stakeholder());
      money("presentValue", s.presentValue());
      ratio("share", s.share());
      g.writeNumberField("outcomes", s.outcomes());
      money("value", s.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("outcomes");
    for (OutcomeFigures o : r.outcomes()) {
      outcome(o);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tippingPoints");
    for (TippingPoint t : r.tippingPoints()) {
      g.writeStartObject();
      g.writeStringField("stakeholder", t.row().stakeholder());
      g.writeStringField("outcome", t.row().outcome());
      g.writeStringField("parameter", t.parameter().id());
      parameter("current", t.parameter().id(), t.current());
      parameter("breakEven", t.parameter().id(), t.breakEven());
      g.writeStringField("note", t.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("scenarios");
    for (Scenario s : r.scenarios()) {
      scenario(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (Diagnostic d : r.warnings()) {
      g.writeStartObject();
      g.writeStringField("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("file", d.file());
      g.writeNumberField("line", d.line());
      g.writeStringField("column", d.column());
      g.writeStringField("message", d.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    checks(r.checks());
  }

  private void outcome(OutcomeFigures o) throws IOException {
    ImpactMapRow row = o.row();
    g.writeStartObject();
    g.writeStringField("stakeholder", row.stakeholder());
    g.writeStringField("outcome", row.outcome());
    money("impact", o.impact());
    money("presentValue", o.presentValue());
    ratio("share", o.share());
    g.writeStringField("indicator", row.indicator());
    g.writeNumberField("quantity", row.quantity());
    money("proxyValue", row.proxyValue());
    if (row.priceYear() != null) {
      g.writeNumberField("proxyPriceYear", row.priceYear()); // as given; proxyValue is in the map's priceYear
    }
    g.writeStringField("proxyDescription", row.proxyDescription());
    g.writeStringField("source", row.source());
    g.writeNumberField("duration", row.duration());
    g.writeNumberField("start", row.start());
    g.writeNumberField("deadweight", Rounding.fraction(row.deadweight()));
    g.writeNumberField("displacement", Rounding.fraction(row.displacement()));
    g.writeNumberField("attribution", Rounding.fraction(row.attribution()));
    g.writeNumberField("dropOff", Rounding.fraction(row.dropOff()));
    money("value", o.value());
    g.writeArrayFieldStart("values");
    for (BigDecimal v : o.values()) {
      g.writeNumber(Rounding.money(v));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void scenario(Scenario s) throws IOException {
    g.writeStartObject();
    g.writeStringField("stakeholder", s.row() == null ? null : s.row().stakeholder());
    g.writeStringField("outcome", s.row() == null ? null : s.row().outcome());
    g.writeStringField("parameter", s.parameter());
    parameter("base", s.parameter(), s.base());
    g.writeArrayFieldStart("cases");
    for (Case c : s.cases()) {
      g.writeStartObject();
      g.writeNumberField("change", c.change());
      parameter("value", s.parameter(), c.value());
      g.writeBooleanField("capped", c.capped());
      ratio("ratio", c.ratio());
      g.writeEndObject();
    }
    g.writeEndArray();
    ratio("minRatio", s.minRatio());
    ratio("maxRatio", s.maxRatio());
    g.writeEndObject();
  }

  /** Money for the proxy; otherwise the number as is (quantity) or a fraction (shares and rates). */
  private void parameter(String field, String parameterId, BigDecimal v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else if (parameterId.equals(Parameter.PROXY_VALUE.id())) {
      money(field, v);
    } else {
      g.writeNumberField(field, Rounding.fraction(v));
    }
  }
}
