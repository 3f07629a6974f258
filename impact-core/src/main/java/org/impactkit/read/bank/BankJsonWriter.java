package org.impactkit.read.bank;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;

/**
 * Writes a value bank in the JSON format {@code impact/bank/v1} (SPEC §3.1), the form {@link
 * BankReader} reads back. Numbers are written exactly as held (no rounding), fields in a fixed order,
 * so the same bank always gives the same bytes.
 */
public final class BankJsonWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private BankJsonWriter() {}

  /** Writes the bank as JSON, ending with a newline; leaves {@code out} open. */
  public static void write(ValueBank bank, OutputStream out) throws IOException {
    JSON.writeValue(out, tree(bank));
    out.write('\n');
  }

  /** The bank as a JSON tree. */
  static ObjectNode tree(ValueBank bank) {
    ValueBank.Info info = bank.info();
    ObjectNode root = NODES.objectNode();
    root.put("schema", BankReader.SCHEMA);
    root.put("id", info.id());
    root.put("name", info.name());
    root.put("version", info.version());
    root.put("currency", info.currency());
    root.put("priceYear", info.priceYear());
    if (info.uprating() != null) {
      root.put("uprating", info.uprating().id());
    }
    putIfPresent(root, "licence", info.licence());
    putIfPresent(root, "attribution", info.attribution());
    if (info.wellbyValue() != null) {
      root.put("wellbyValue", info.wellbyValue());
    }
    ArrayNode bands = root.putArray("ageBands");
    for (AgeBand band : bank.ageBands()) {
      if (band.isUnknown()) {
        continue; // always exists; never declared
      }
      ObjectNode b = bands.addObject().put("id", band.id()).put("label", band.label());
      if (band.minAge() != null) {
        b.put("minAge", band.minAge());
      }
      if (band.maxAge() != null) {
        b.put("maxAge", band.maxAge());
      }
    }
    ArrayNode regions = root.putArray("regions");
    for (Region region : bank.regions()) {
      ObjectNode r = regions.addObject().put("id", region.id()).put("label", region.label());
      if (!region.aliases().isEmpty()) {
        ArrayNode aliases = r.putArray("aliases");
        region.aliases().forEach(aliases::add);
      }
    }
    if (!bank.deadweightCategories().isEmpty()) {
      ObjectNode dc = root.putObject("deadweightCategories");
      bank.deadweightCategories().forEach(dc::put);
    }
    ArrayNode outcomes = root.putArray("outcomes");
    for (Outcome o : bank.outcomes()) {
      outcomes.add(outcome(bank, o));
    }
    if (!bank.conflicts().isEmpty()) {
      ArrayNode conflicts = root.putArray("conflicts");
      for (List<String> pair : bank.conflicts()) {
        ArrayNode p = conflicts.addArray();
        pair.forEach(p::add);
      }
    }
    return root;
  }

  private static ObjectNode outcome(ValueBank bank, Outcome o) {
    ObjectNode n = NODES.objectNode();
    n.put("id", o.id());
    n.put("name", o.name());
    putIfPresent(n, "category", o.category());
    putIfPresent(n, "evidence", o.evidence());
    n.put("requiresSurvey", o.requiresSurvey());
    if (o.deadweight() != null) {
      n.put("deadweight", o.deadweight());
    }
    putIfPresent(n, "deadweightCategory", o.deadweightCategory());
    putIfPresent(n, "source", o.provenance().source());
    if (o.values().isUniform()) {
      n.put("value", o.values().uniformValue());
    } else {
      ObjectNode values = n.putObject("values");
      for (Region region : bank.regions()) {
        ObjectNode byBand = values.putObject(region.id());
        for (AgeBand band : bank.ageBands()) {
          BigDecimal v = o.values().value(region.id(), band.id());
          if (v != null) {
            byBand.put(band.id(), v);
          }
        }
      }
    }
    if (o.low() != null) {
      n.put("low", o.low());
    }
    if (o.high() != null) {
      n.put("high", o.high());
    }
    if (o.uprating() != null) {
      n.put("uprating", o.uprating().id());
    }
    if (o.priceYear() != null) {
      n.put("priceYear", o.priceYear());
    }
    if (!o.priceYearStated()) {
      n.put("priceYearStated", false);
    }
    if (o.provenance().lifeSatisfactionChange() != null) {
      n.put("lifeSatisfactionChange", o.provenance().lifeSatisfactionChange());
    }
    putIfPresent(n, "derivation", o.provenance().derivation());
    putIfPresent(n, "population", o.provenance().population());
    putIfPresent(n, "notes", o.provenance().notes());
    return n;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value);
    }
  }
}
