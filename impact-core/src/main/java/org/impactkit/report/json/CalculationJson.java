package org.impactkit.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.ConstantNames;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.CalculationLine;
import org.impactkit.valuation.CalculationResult.CrossTab;
import org.impactkit.valuation.CalculationResult.CrossTabCell;
import org.impactkit.valuation.CalculationResult.Headcount;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.PartnerFigures;
import org.impactkit.valuation.CalculationResult.RegionFigures;
import org.impactkit.valuation.CalculationResult.Totals;
import org.impactkit.valuation.OutcomeFactors;
import org.impactkit.valuation.PriceYear;
import org.impactkit.valuation.Rounding;
import org.impactkit.valuation.Simulation;
import org.impactkit.valuation.ValuationSettings;
import org.impactkit.valuation.ValueRange;
import org.impactkit.valuation.ValueRange.BandRange;
import org.impactkit.valuation.ValueRange.Bound;

/**
 * Writes a {@link CalculationResult} as JSON {@code impact/calculate/v1} (SPEC §7.1). Field order is
 * fixed and nothing depends on the clock, so the same inputs give byte-identical output.
 */
public final class CalculationJson extends JsonReport {
  /** The schema id of the output. */
  public static final String SCHEMA = "impact/calculate/v1";

  private CalculationJson(JsonGenerator g) {
    super(g);
  }

  /** Writes the result, pretty-printed, followed by a newline. The stream is left open. */
  public static void write(CalculationResult result, OutputStream out) throws IOException {
    JsonReport.write(out, SCHEMA, g -> new CalculationJson(g).result(result));
  }

  private void result(CalculationResult r) throws IOException {
    ValuationSettings s = r.settings();
    g.writeObjectFieldStart("evaluation");
    g.writeStringField("name", s.name());
    g.writeStringField("organisation", s.organisation());
    g.writeStringField("title", s.title());
    if (s.period() == null) {
      g.writeNullField("period");
    } else {
      g.writeObjectFieldStart("period");
      g.writeStringField("start", s.period().start().toString());
      g.writeStringField("end", s.period().end().toString());
      g.writeEndObject();
    }
    g.writeEndObject();
    bank(r.bank());
    priceYear(r.priceYear());
    g.writeObjectFieldStart("method");
    g.writeBooleanField("deadweight", s.deadweight());
    g.writeStringField("conflicts", s.conflictPolicy().id());
    g.writeObjectFieldStart("discounting");
    g.writeNumberField("rate", Rounding.fraction(s.discounting().rate()));
    g.writeStringField("convention", s.discounting().convention().id());
    g.writeStringField("schedule", s.discounting().schedule().id());
    g.writeStringField("wellbySchedule", s.wellbyDiscounting().schedule().id());
    g.writeEndObject();
    g.writeBooleanField("skipInvalid", s.skipInvalid());
    g.writeEndObject();
    totals(r.totals(), r.range());
    g.writeArrayFieldStart("byAgeBand");
    for (int i = 0; i < r.byAgeBand().size(); i++) {
      band(r.byAgeBand().get(i), true, r.range() == null ? null : r.range().byAgeBand().get(i));
    }
    g.writeEndArray();
    simulation(r.simulation());
    discounting(r);
    g.writeArrayFieldStart("byActivity");
    for (ActivityFigures a : r.byActivity()) {
      activity(a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("byOutcome");
    for (OutcomeFigures o : r.byOutcome()) {
      outcome(o);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("byRegion");
    for (RegionFigures x : r.byRegion()) {
      g.writeStartObject();
      g.writeStringField("region", x.region().id());
      g.writeStringField("label", x.region().label());
      g.writeNumberField("claims", x.claims());
      money("grossValue", x.grossValue());
      money("socialValue", x.socialValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("byPartner");
    for (PartnerFigures p : r.byPartner()) {
      g.writeStartObject();
      g.writeStringField("partner", p.partner());
      money("investment", p.investment());
      g.writeNumberField("participants", p.participants());
      g.writeNumberField("claims", p.claims());
      money("grossValue", p.grossValue());
      money("socialValue", p.socialValue());
      ratio("ratio", CalculationResult.ratio(p.socialValue(), p.investment()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("headcounts");
    for (Headcount h : r.headcounts()) {
      g.writeStartObject();
      g.writeStringField("dimension", h.dimension());
      g.writeStringField("value", h.value());
      g.writeStringField("label", h.label());
      g.writeNumberField("participants", h.participants());
      g.writeEndObject();
    }
    g.writeEndArray();
    crossTabs(r.crossTabs());
    g.writeArrayFieldStart("calculation");
    for (CalculationLine line : r.calculation()) {
      line(line);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notClaimed");
    for (NotClaimedCount n : r.notClaimed()) {
      g.writeStartObject();
      g.writeStringField("reason", n.reason().id());
      g.writeNumberField("count", n.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    diagnostics(r.diagnostics());
    checks(r.checks());
  }

  /** {@code crossTabs}: each with its dimensions, cells, row and column totals and total (SPEC §7.1). */
  private void crossTabs(List<CrossTab> tables) throws IOException {
    g.writeArrayFieldStart("crossTabs");
    for (CrossTab t : tables) {
      g.writeStartObject();
      g.writeArrayFieldStart("dimensions");
      for (String d : t.dimensions()) {
        g.writeString(d);
      }
      g.writeEndArray();
      crossTabCells("rows", t.cells());
      crossTabCells("rowTotals", t.rowTotals());
      crossTabCells("columnTotals", t.columnTotals());
      g.writeNumberField("total", t.total());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void crossTabCells(String field, List<CrossTabCell> cells) throws IOException {
    g.writeArrayFieldStart(field);
    for (CrossTabCell c : cells) {
      g.writeStartObject();
      g.writeArrayFieldStart("values");
      for (String v : c.values()) {
        g.writeString(v);
      }
      g.writeEndArray();
      g.writeNumberField("participants", c.participants());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void bank(ValueBank bank) throws IOException {
    g.writeObjectFieldStart("bank");
    g.writeStringField("id", bank.id());
    g.writeStringField("name", bank.info().name());
    g.writeStringField("version", bank.info().version());
    g.writeStringField("currency", bank.info().currency());
    g.writeNumberField("priceYear", bank.info().priceYear());
    g.writeStringField("licence", bank.info().licence());
    g.writeStringField("attribution", bank.info().attribution());
    g.writeEndObject();
  }

  /** The prices of the figures (SPEC §5.4). */
  private void priceYear(PriceYear p) throws IOException {
    g.writeObjectFieldStart("priceYear");
    g.writeNumberField("bank", p.bank());
    g.writeNumberField("report", p.report());
    g.writeObjectFieldStart("factors");
    for (Uprating m : Uprating.values()) {
      if (p.factors().containsKey(m)) {
        g.writeNumberField(m.id(), Rounding.fraction(p.factors().get(m)));
      }
    }
    g.writeEndObject();
    g.writeStringField("indices", p.indices());
    g.writeBooleanField("capped", p.capped());
    g.writeBooleanField("realIncomeGrowth", !p.realIncomeMissing());
    g.writeArrayFieldStart("notStated");
    for (String id : p.notStated()) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void totals(Totals t, ValueRange range) throws IOException {
    g.writeObjectFieldStart("totals");
    money("investment", t.investment());
    money("grossValue", t.grossValue());
    money("socialValue", t.socialValue());
    money("netSocialValue", t.netSocialValue());
    ratio("ratio", t.ratio());
    g.writeNumberField("participants", t.participants());
    g.writeNumberField("claims", t.claims());
    if (range != null) {
      g.writeObjectFieldStart("range");
      bound("low", range.low());
      bound("central", range.central());
      bound("high", range.high());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void bound(String field, Bound b) throws IOException {
    g.writeObjectFieldStart(field);
    money("socialValue", b.socialValue());
    money("netSocialValue", b.netSocialValue());
    ratio("ratio", b.ratio());
    g.writeEndObject();
  }

  private void band(BandFigures b, boolean withParticipants) throws IOException {
    band(b, withParticipants, null);
  }

  private void band(BandFigures b, boolean withParticipants, BandRange range) throws IOException {
    g.writeStartObject();
    g.writeStringField("ageBand", b.band().id());
    g.writeStringField("label", b.band().label());
    if (withParticipants) {
      g.writeNumberField("participants", b.participants());
    }
    g.writeNumberField("claims", b.claims());
    money("grossValue", b.grossValue());
    money("socialValue", b.socialValue());
    if (range != null) {
      // a band has no investment of its own, so its range is of social value alone
      g.writeObjectFieldStart("range");
      for (String end : List.of("low", "central", "high")) {
        g.writeObjectFieldStart(end);
        money("socialValue", end.equals("low") ? range.low() : end.equals("high") ? range.high() : range.central());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The Monte Carlo's percentiles (SPEC §5.5), when one was run. */
  private void simulation(Simulation m) throws IOException {
    if (m == null) {
      return;
    }
    g.writeObjectFieldStart("simulation");
    g.writeNumberField("runs", m.runs());
    g.writeNumberField("seed", m.seed());
    g.writeStringField("percentiles", "nearest-rank");
    g.writeObjectFieldStart("socialValue");
    money("p5", m.p5());
    money("p50", m.p50());
    money("p95", m.p95());
    g.writeEndObject();
    g.writeObjectFieldStart("ratio");
    ratio("p5", m.ratioP5());
    ratio("p50", m.ratioP50());
    ratio("p95", m.ratioP95());
    g.writeEndObject();
    ratio("shareBelowOne", m.shareBelowOne());
    g.writeEndObject();
  }

  /** The schedule each outcome claimed is discounted by (SPEC §5.6). */
  private void discounting(CalculationResult r) throws IOException {
    g.writeObjectFieldStart("discounting");
    g.writeStringField("convention", r.settings().discounting().convention().id());
    g.writeObjectFieldStart("byOutcome");
    for (OutcomeFigures o : r.byOutcome()) {
      g.writeStringField(o.outcome().id(), o.factors().discounting().schedule().id());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void activity(ActivityFigures a) throws IOException {
    g.writeStartObject();
    g.writeStringField("activity", a.activity().id());
    g.writeStringField("name", a.activity().name());
    g.writeStringField("partner", a.activity().partner());
    g.writeStringField("region", a.activity().region());
    money("investment", a.activity().budget());
    g.writeNumberField("participants", a.participants());
    g.writeNumberField("claims", a.claims());
    money("grossValue", a.grossValue());
    money("socialValue", a.socialValue());
    ratio("ratio", a.ratio());
    g.writeArrayFieldStart("byAgeBand");
    for (BandFigures b : a.byAgeBand()) {
      band(b, true);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void outcome(OutcomeFigures o) throws IOException {
    g.writeStartObject();
    g.writeStringField("outcome", o.outcome().id());
    g.writeStringField("name", o.outcome().name());
    g.writeStringField("category", o.outcome().category());
    factors(o.factors());
    g.writeNumberField("claims", o.claims());
    money("grossValue", o.grossValue());
    money("socialValue", o.socialValue());
    g.writeArrayFieldStart("byAgeBand");
    for (BandFigures b : o.byAgeBand()) {
      band(b, false);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void factors(OutcomeFactors f) throws IOException {
    g.writeNumberField("deadweight", Rounding.fraction(f.deadweight()));
    g.writeStringField("deadweightSource", ConstantNames.kebab(f.deadweightSource()));
    if (f.adjustments().deadweightReason() != null) {
      g.writeStringField("deadweightReason", f.adjustments().deadweightReason());
    }
    g.writeNumberField("displacement", Rounding.fraction(f.adjustments().displacement()));
    g.writeNumberField("attribution", Rounding.fraction(f.adjustments().attribution()));
    g.writeNumberField("duration", f.adjustments().duration());
    g.writeNumberField("dropOff", Rounding.fraction(f.adjustments().dropOff()));
    g.writeNumberField("pvFactor", Rounding.fraction(f.pvFactor()));
    g.writeNumberField("upratingFactor", Rounding.fraction(f.uprating()));
  }

  private void line(CalculationLine l) throws IOException {
    g.writeStartObject();
    g.writeStringField("activity", l.activity().id());
    g.writeStringField("outcome", l.outcome().id());
    g.writeStringField("region", l.region().id());
    g.writeStringField("ageBand", l.band().id());
    g.writeNumberField("claims", l.claims());
    money("unitValue", l.unitValue());
    factors(l.factors());
    money("unitSocialValue", l.unitSocialValue());
    money("grossValue", l.grossValue());
    money("socialValue", l.socialValue());
    g.writeEndObject();
  }

  private void diagnostics(List<Diagnostic> diagnostics) throws IOException {
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : diagnostics) {
      g.writeStartObject();
      g.writeStringField("severity", d.severity().label());
      g.writeStringField("file", d.file());
      if (d.line() > 0) {
        g.writeNumberField("line", d.line());
      } else {
        g.writeNullField("line");
      }
      g.writeStringField("column", d.column());
      g.writeStringField("message", d.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

}
