package org.impactkit.read.bank;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.InvalidBankException;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;
import org.impactkit.bank.ValueTable;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Currencies;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.read.ParserMessages;
import org.impactkit.read.table.Cells;

/**
 * Reads a value bank in the JSON format {@code impact/bank/v1} (SPEC §3.1). Every problem names the
 * bank file, the outcome and the field; all are reported at once. Every text the file gives is made
 * {@linkplain Texts#inert inert} as it is read, since names, labels and sources reach terminals and reports.
 */
public final class BankReader {
  /** The schema id a bank file declares. */
  public static final String SCHEMA = "impact/bank/v1";

  /** The largest bank file read; the bundled bank is under 20 KB, a full licensed bank a few hundred KB. */
  public static final long MAX_BYTES = 16L << 20;

  /** The longest id (bank, outcome, region, age band) accepted. */
  static final int MAX_ID_CHARS = 100;

  /** Problems listed before the rest are only counted. */
  private static final int MAX_PROBLEMS = 100;

  /**
   * Limits on the JSON itself, far above any real bank (which nests five deep), so that hostile files
   * are refused by the parser before they cost time or memory.
   */
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(32)
      .maxNumberLength(64)
      .maxStringLength(1 << 20)
      .maxNameLength(1024)
      .maxDocumentLength(MAX_BYTES)
      .build();

  static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Set<String> BANK_KEYS = Set.of("schema", "id", "name", "version", "currency", "priceYear",
      "licence", "license", "attribution", "wellbyValue", "wellbyValueSource", "ageBands", "regions",
      "deadweightCategories", "outcomes", "conflicts", "description", "notes", "uprating");
  private static final Set<String> OUTCOME_KEYS = Set.of("id", "name", "category", "evidence", "requiresSurvey",
      "deadweight", "deadweightCategory", "source", "value", "values", "lifeSatisfactionChange",
      "lifeSatisfactionRange", "valueBasis", "population", "notes", "derivation", "low", "high", "uprating",
      "priceYear", "priceYearStated");

  private final String file;
  private final List<String> problems = new ArrayList<>();

  private BankReader(String file) {
    this.file = file;
  }

  /**
   * Reads and validates a bank.
   *
   * @param in the JSON
   * @param file the file name for messages
   * @throws InvalidInputException listing every problem, each naming file, outcome and field
   */
  public static ValueBank read(InputStream in, String file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : Math.max(0, at.getLineNr());
      throw new InvalidInputException(Diagnostic.error(file, line, null,
          "not valid JSON: " + ParserMessages.describe(e, "a bank")));
    } catch (CharConversionException e) {
      throw new InvalidInputException(Diagnostic.error(file, 0, null, "not UTF-8 JSON text; save the bank as UTF-8"));
    } catch (NumberFormatException | ArithmeticException e) {
      // Found by BankFuzzTest: Jackson reads every decimal as a BigDecimal and lets BigDecimal's own
      // complaint about an exponent such as e100000000888… escape unwrapped.
      throw new InvalidInputException(Diagnostic.error(file, 0, null,
          "not valid JSON: a number is too large or too precise to read (an exponent of more than 9 digits?)"));
    }
    return new BankReader(file).bank(root);
  }

  private ValueBank bank(JsonNode root) {
    if (root == null || root.isMissingNode() || !root.isObject()) {
      throw fail(List.of("a bank file is a JSON object with \"schema\": \"" + SCHEMA + "\""));
    }
    unknownKeys(root, BANK_KEYS, "bank");
    String schema = text(root, "schema", "bank");
    if (schema != null && !schema.equals(SCHEMA)) {
      problems.add("field 'schema': expected \"" + SCHEMA + "\", found \"" + Texts.shorten(schema, 40) + "\"");
    } else if (schema == null) {
      problems.add("field 'schema': missing; a bank file declares \"schema\": \"" + SCHEMA + "\"");
    }
    String id = id(text(root, "id", "bank"), "field 'id'");
    if (id == null && !root.hasNonNull("id")) {
      problems.add("field 'id': missing");
    }
    Integer priceYear = null;
    JsonNode py = root.get("priceYear");
    if (py == null) {
      problems.add("field 'priceYear': missing; the year whose prices the values are in");
    } else if (!py.canConvertToInt() || !py.isIntegralNumber()) {
      problems.add("field 'priceYear': expected a year such as 2019");
    } else {
      priceYear = py.intValue();
    }
    BigDecimal wellby = number(root, "wellbyValue", "bank");
    Uprating uprating = uprating(root, "bank");
    List<AgeBand> bands = ageBands(root.get("ageBands"));
    List<Region> regions = regions(root.get("regions"));
    Map<String, BigDecimal> categories = new LinkedHashMap<>();
    JsonNode dc = root.get("deadweightCategories");
    if (dc != null) {
      if (!dc.isObject()) {
        problems.add("field 'deadweightCategories': expected an object of category → fraction");
      } else {
        dc.properties().forEach(e -> {
          if (e.getValue().isNumber()) {
            categories.put(Texts.inert(e.getKey()),
                figure(e.getValue().decimalValue(), "field 'deadweightCategories'"));
          } else {
            problems.add("field 'deadweightCategories." + Texts.shorten(e.getKey(), 40)
                + "': expected a fraction from 0 to 1");
          }
        });
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    JsonNode os = root.get("outcomes");
    if (os == null || !os.isArray() || os.isEmpty()) {
      problems.add("field 'outcomes': expected a non-empty list of outcomes");
    } else {
      for (int i = 0; i < os.size(); i++) {
        Outcome o = outcome(os.get(i), i, wellby, priceYear, textOrNull(root, "currency"));
        if (o != null) {
          outcomes.add(o);
        }
      }
    }
    List<List<String>> conflicts = conflicts(root.get("conflicts"));
    if (!problems.isEmpty()) {
      throw fail(problems);
    }
    String licence = root.hasNonNull("licence") ? textOrNull(root, "licence") : textOrNull(root, "license");
    try {
      return new ValueBank(
          new ValueBank.Info(id, textOrNull(root, "name"), textOrNull(root, "version"), textOrNull(root, "currency"),
              priceYear, licence, textOrNull(root, "attribution"), wellby, uprating),
          bands, regions, categories, outcomes, conflicts);
    } catch (InvalidBankException e) {
      throw fail(e.problems().stream().map(InvalidBankException.Problem::render).toList());
    }
  }

  /** An amount as reports write it ({@code £13,000}), every digit kept: a derivation is audited against it. */
  private static String amount(BigDecimal v, String currency) {
    return (v.signum() < 0 ? "-" : "") + (currency == null ? "" : Currencies.symbol(currency))
        + Texts.grouped(v.abs().toPlainString());
  }

  private Outcome outcome(JsonNode node, int index, BigDecimal wellby, Integer priceYear, String currency) {
    if (node == null || !node.isObject()) {
      problems.add("field 'outcomes[" + index + "]': expected an object");
      return null;
    }
    String id = id(textOrNull(node, "id"), "outcome #" + (index + 1) + ", field 'id'");
    String where = id == null ? "outcome #" + (index + 1) : "outcome '" + id + "'";
    if (id == null && !node.hasNonNull("id")) {
      problems.add(where + ", field 'id': missing");
    }
    unknownKeys(node, OUTCOME_KEYS, where);
    BigDecimal deadweight = number(node, "deadweight", where);
    BigDecimal lifeSatisfaction = number(node, "lifeSatisfactionChange", where);
    BigDecimal value = number(node, "value", where);
    ValueTable table = null;
    String derivation = textOrNull(node, "derivation");
    if (node.has("values")) {
      table = valuesTable(node.get("values"), where);
      if (value != null) {
        problems.add(where + ", field 'value': give either 'value' or 'values', not both");
      }
    } else if (value != null) {
      table = ValueTable.uniform(value);
      if (derivation == null) {
        derivation = textOrNull(node, "valueBasis") != null ? textOrNull(node, "valueBasis") : "as published";
      }
    } else if (lifeSatisfaction != null) {
      if (wellby == null) {
        problems.add(where + ", field 'lifeSatisfactionChange': the bank needs a 'wellbyValue' to derive a value");
      } else {
        BigDecimal derived = lifeSatisfaction.multiply(wellby);
        table = ValueTable.uniform(derived);
        if (derivation == null) {
          derivation = "ΔLS " + lifeSatisfaction.toPlainString() + " × " + amount(wellby, currency) + " per WELLBY"
              + (priceYear == null ? "" : " (" + priceYear + " prices)") + " = " + amount(derived, currency);
        }
      }
    } else if (id != null) {
      problems.add(where + ", field 'value': missing; give 'value', 'values' or 'lifeSatisfactionChange'");
    }
    JsonNode rs = node.get("requiresSurvey");
    if (rs != null && !rs.isBoolean()) {
      problems.add(where + ", field 'requiresSurvey': expected true or false");
    }
    JsonNode stated = node.get("priceYearStated");
    if (stated != null && !stated.isBoolean()) {
      problems.add(where + ", field 'priceYearStated': expected true or false");
    }
    BigDecimal low = number(node, "low", where);
    BigDecimal high = number(node, "high", where);
    Uprating uprating = uprating(node, where);
    Integer ownYear = year(node, where);
    if (id == null || table == null) {
      return null;
    }
    return new Outcome(id, textOrNull(node, "name"), textOrNull(node, "category"), textOrNull(node, "evidence"),
        rs != null && rs.asBoolean(), deadweight, textOrNull(node, "deadweightCategory"), table,
        new Outcome.Provenance(textOrNull(node, "source"), lifeSatisfaction, derivation, textOrNull(node, "population"),
            textOrNull(node, "notes")), low, high, uprating, ownYear, stated == null || stated.asBoolean());
  }

  /** An {@code uprating} field (SPEC §5.4), or {@code null} when absent or wrong (with a problem). */
  private Uprating uprating(JsonNode node, String where) {
    String text = text(node, "uprating", where);
    if (text == null) {
      return null;
    }
    try {
      return Uprating.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add((where.equals("bank") ? "" : where + ", ") + "field 'uprating': " + e.getMessage());
      return null;
    }
  }

  /** An outcome's own {@code priceYear}, or {@code null} when absent or wrong (with a problem). */
  private Integer year(JsonNode node, String where) {
    JsonNode v = node.get("priceYear");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1000 || v.intValue() > 9999) {
      problems.add(where + ", field 'priceYear': expected a year such as 2019");
      return null;
    }
    return v.intValue();
  }

  private ValueTable valuesTable(JsonNode node, String where) {
    if (!node.isObject()) {
      problems.add(where + ", field 'values': expected an object of region → age band → value");
      return null;
    }
    Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> region = it.next();
      if (!region.getValue().isObject()) {
        problems.add(where + ", field 'values." + Texts.shorten(region.getKey(), 40)
            + "': expected an object of age band → value");
        ok = false;
        continue;
      }
      Map<String, BigDecimal> bands = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> b = region.getValue().properties().iterator(); b.hasNext(); ) {
        Map.Entry<String, JsonNode> band = b.next();
        if (!band.getValue().isNumber()) {
          problems.add(where + ", field 'values." + Texts.shorten(region.getKey(), 40) + "."
              + Texts.shorten(band.getKey(), 40) + "': expected a number");
          ok = false;
        } else {
          BigDecimal v = figure(band.getValue().decimalValue(), where + ", field 'values'");
          if (v == null) {
            ok = false;
          }
          bands.put(Texts.inert(band.getKey()), v);
        }
      }
      values.put(Texts.inert(region.getKey()), bands);
    }
    return ok ? ValueTable.byRegionAndBand(values) : null;
  }

  private List<AgeBand> ageBands(JsonNode node) {
    List<AgeBand> bands = new ArrayList<>();
    if (node == null) {
      return bands;
    }
    if (!node.isArray()) {
      problems.add("field 'ageBands': expected a list of {id, label, minAge, maxAge}");
      return bands;
    }
    for (JsonNode b : node) {
      String id = id(textOrNull(b, "id"), "field 'ageBands'");
      if (id == null) {
        problems.add("field 'ageBands': every band needs an 'id'");
        continue;
      }
      Integer min = wholeOrNull(b, "minAge", "age band '" + id + "'");
      Integer max = wholeOrNull(b, "maxAge", "age band '" + id + "'");
      try {
        bands.add(new AgeBand(id, textOrNull(b, "label"), min, max));
      } catch (IllegalArgumentException e) {
        problems.add("field 'ageBands': " + e.getMessage());
      }
    }
    return bands;
  }

  private List<Region> regions(JsonNode node) {
    List<Region> regions = new ArrayList<>();
    if (node == null) {
      return regions;
    }
    if (!node.isArray()) {
      problems.add("field 'regions': expected a list of {id, label, aliases}");
      return regions;
    }
    for (JsonNode r : node) {
      String id = id(textOrNull(r, "id"), "field 'regions'");
      if (id == null) {
        problems.add("field 'regions': every region needs an 'id'");
        continue;
      }
      List<String> aliases = new ArrayList<>();
      JsonNode a = r.get("aliases");
      if (a != null && a.isArray()) {
        a.forEach(x -> aliases.add(Texts.inert(x.asText())));
      } else if (a != null) {
        problems.add("field 'regions': region '" + id + "': 'aliases' must be a list of names");
      }
      regions.add(new Region(id, textOrNull(r, "label"), aliases));
    }
    return regions;
  }

  private List<List<String>> conflicts(JsonNode node) {
    List<List<String>> pairs = new ArrayList<>();
    if (node == null) {
      return pairs;
    }
    if (!node.isArray()) {
      problems.add("field 'conflicts': expected a list of pairs of outcome ids");
      return pairs;
    }
    for (JsonNode pair : node) {
      if (!pair.isArray()) {
        problems.add("field 'conflicts': expected a pair such as [\"employment\", \"volunteering\"]");
        continue;
      }
      List<String> ids = new ArrayList<>();
      pair.forEach(x -> ids.add(Texts.inert(x.asText())));
      pairs.add(ids);
    }
    return pairs;
  }

  private void unknownKeys(JsonNode node, Set<String> known, String where) {
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        problems.add((where.equals("bank") ? "" : where + ", ") + "field " + Texts.quote(k) + ": not a field of a "
            + (where.equals("bank") ? "bank" : "bank outcome") + NearestMatch.hint(k, known));
      }
    });
  }

  private String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      problems.add((where.equals("bank") ? "" : where + ", ") + "field '" + field + "': expected text");
      return null;
    }
    return Texts.inert(v.asText());
  }

  /** Text the bank gives, made {@linkplain Texts#inert inert}: it reaches terminals and reports. */
  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : Texts.inert(v.asText());
  }

  private BigDecimal number(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      problems.add((where.equals("bank") ? "" : where + ", ") + "field '" + field + "': expected a number");
      return null;
    }
    return figure(v.decimalValue(), (where.equals("bank") ? "" : where + ", ") + "field '" + field + "'");
  }

  /**
   * A figure within what a bank can sensibly hold, or {@code null} with a problem: a value such as
   * {@code 1e999999999} would otherwise cost gigabytes when printed in full.
   */
  private BigDecimal figure(BigDecimal v, String where) {
    if (!Cells.isFigure(v)) {
      problems.add(where + ": expected a figure " + Cells.FIGURE_BOUNDS);
      return null;
    }
    return v;
  }

  /** An id within {@link #MAX_ID_CHARS}, or {@code null} (with a problem when it was too long). */
  private String id(String id, String where) {
    if (id != null && id.length() > MAX_ID_CHARS) {
      problems.add(where + ": an id is at most " + MAX_ID_CHARS + " characters, found one of " + id.length());
      return null;
    }
    return id;
  }

  private Integer wholeOrNull(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      problems.add(where + ", field '" + field + "': expected a whole number of years");
      return null;
    }
    return v.intValue();
  }

  private InvalidInputException fail(List<String> messages) {
    List<Diagnostic> ds = messages.stream().limit(MAX_PROBLEMS)
        .map(m -> Diagnostic.error(file, 0, null, Texts.shorten(m, 500))).toList();
    return new InvalidInputException(ds, Math.max(0, messages.size() - MAX_PROBLEMS));
  }
}
