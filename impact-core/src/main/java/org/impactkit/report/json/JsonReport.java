package org.impactkit.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.impactkit.diagnostic.Check;
import org.impactkit.valuation.Rounding;

/**
 * What every JSON report of this package shares: one object, its schema id first, pretty-printed with
 * plain decimals and followed by a newline, the stream left open; and how money and ratios are written.
 */
abstract class JsonReport {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Where the report's fields go. */
  final JsonGenerator g;

  JsonReport(JsonGenerator g) {
    this.g = g;
  }

  /** Writes a report's fields, after its schema id, within its object. */
  interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes one report to {@code out}: an object of the {@code schema} id and then the {@code fields}. */
  static void write(OutputStream out, String schema, Fields fields) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", schema);
      fields.write(g);
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** Money, half-up to the penny; {@code null} as such. */
  final void money(String field, BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, Rounding.money(value));
    }
  }

  /** A ratio to 4 places; {@code null} (nothing invested) as such. */
  final void ratio(String field, BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, Rounding.ratio(value));
    }
  }

  /** The assurance checks (SPEC §10) as {@code checks}: {@code [{id, status, message, count}]}, every one. */
  final void checks(List<Check> checks) throws IOException {
    g.writeArrayFieldStart("checks");
    for (Check c : checks) {
      g.writeStartObject();
      g.writeStringField("id", c.id().id());
      g.writeStringField("status", c.status().id());
      g.writeStringField("message", c.message());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
