package org.impactkit.report.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import com.fasterxml.jackson.core.JsonGenerator;
import org.impactkit.compare.Comparison;
import org.impactkit.compare.Comparison.ItemLines;
import org.impactkit.compare.Comparison.Line;
import org.impactkit.compare.Measure;
import org.impactkit.compare.YearResult;
import org.impactkit.valuation.Rounding;

/**
 * Writes a {@link Comparison} as JSON {@code impact/compare/v1}: both years, each figure in both (the
 * older restated when the prices differ, with the figure as its report gave it), the change and the
 * change in percent. Money rounded half-up to pence, ratios to 4 places, percentages to 2.
 */
public final class ComparisonJson extends JsonReport {
  /** The schema id of the output. */
  public static final String SCHEMA = "impact/compare/v1";

  private ComparisonJson(JsonGenerator g) {
    super(g);
  }

  /** Writes the comparison, pretty-printed, followed by a newline. The stream is left open. */
  public static void write(Comparison c, OutputStream out) throws IOException {
    JsonReport.write(out, SCHEMA, g -> new ComparisonJson(g).comparison(c));
  }

  private void comparison(Comparison c) throws IOException {
    year("older", c.older());
    year("newer", c.newer());
    g.writeBooleanField("bankChanged", c.bankChanged());
    if (c.restatement() == null) {
      g.writeNullField("restated");
    } else {
      g.writeObjectFieldStart("restated");
      g.writeNumberField("from", c.restatement().from());
      g.writeNumberField("to", c.restatement().to());
      g.writeNumberField("factor", Rounding.fraction(c.restatement().factor()));
      g.writeStringField("series", "gdp-deflator");
      g.writeStringField("indices", c.restatement().indices());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("totals");
    for (Line l : c.totals()) {
      line(l);
    }
    g.writeEndObject();
    items("byAgeBand", "ageBand", c.byAgeBand());
    items("byOutcome", "outcome", c.byOutcome());
    items("byActivity", "activity", c.byActivity());
    g.writeArrayFieldStart("warnings"); // what the terminal and the other formats say before the figures
    for (String w : c.warnings()) {
      g.writeString(w);
    }
    g.writeEndArray();
  }

  private void year(String field, YearResult y) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("file", y.file());
    g.writeStringField("label", y.label());
    g.writeStringField("name", y.name());
    if (y.period() == null) {
      g.writeNullField("period");
    } else {
      g.writeObjectFieldStart("period");
      g.writeStringField("start", y.period().start().toString());
      g.writeStringField("end", y.period().end().toString());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("bank");
    g.writeStringField("id", y.bank().id());
    g.writeStringField("version", y.bank().version());
    g.writeStringField("currency", y.bank().currency());
    g.writeNumberField("priceYear", y.bank().priceYear());
    g.writeEndObject();
    g.writeNumberField("priceYear", y.priceYear());
    g.writeEndObject();
  }

  private void items(String field, String idField, List<ItemLines> items) throws IOException {
    g.writeArrayFieldStart(field);
    for (ItemLines i : items) {
      g.writeStartObject();
      g.writeStringField(idField, i.id());
      g.writeStringField("label", i.label());
      g.writeBooleanField("inOlder", i.inOlder());
      g.writeBooleanField("inNewer", i.inNewer());
      for (Line l : i.lines()) {
        line(l);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void line(Line l) throws IOException {
    g.writeObjectFieldStart(l.measure().key());
    figure("older", l.measure(), l.older());
    if (l.older() != null && l.olderAsReported() != null && l.older().compareTo(l.olderAsReported()) != 0) {
      figure("olderAsReported", l.measure(), l.olderAsReported());
    }
    figure("newer", l.measure(), l.newer());
    figure("change", l.measure(), l.change());
    if (l.changeFraction() == null) {
      g.writeNullField("changePercent");
    } else {
      g.writeNumberField("changePercent", l.changeFraction().movePointRight(2).setScale(2, RoundingMode.HALF_UP));
    }
    g.writeEndObject();
  }

  private void figure(String field, Measure m, BigDecimal v) throws IOException {
    switch (m.kind()) {
      case MONEY -> money(field, v);
      case RATIO -> ratio(field, v);
      case COUNT -> {
        if (v == null) {
          g.writeNullField(field);
        } else {
          g.writeNumberField(field, v.setScale(0, RoundingMode.HALF_UP));
        }
      }
    }
  }
}
