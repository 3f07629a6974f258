package org.impactkit.read.bank;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.impactkit.bank.PriceIndices;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.read.ParserMessages;
import org.impactkit.read.table.Cells;

/**
 * Reads price indices in the JSON format {@code impact/indices/v1} (SPEC §5.4): the bundled vintage, or
 * a newer one a user gives. Every problem names the file and the series or year; all are reported at
 * once.
 */
public final class PriceIndexReader {
  /** The schema id an indices file declares. */
  public static final String SCHEMA = "impact/indices/v1";

  /** The vintage shipped inside impact-core: ONS YBGB, release of 30 June 2025. */
  public static final String BUNDLED_ID = "ons-2025-06";

  /** The series the file holds, by the names it gives them. */
  static final String DEFLATOR = "gdp-deflator";
  static final String REAL_GDP_PER_HEAD = "real-gdp-per-head";

  /** An indices file is a few kilobytes; anything far larger is not one. */
  private static final long MAX_BYTES = 1L << 20;

  private static final Set<String> KEYS = Set.of("schema", "id", "release", "licence", "license", "source", "series",
      "notes");
  private static final Set<String> SERIES_KEYS = Set.of("code", "values", "base", "title", "notes");

  private static volatile PriceIndices bundled;

  private final String file;
  private final List<String> problems = new ArrayList<>();

  private PriceIndexReader(String file) {
    this.file = file;
  }

  /** The bundled vintage, read once. */
  public static PriceIndices bundled() {
    PriceIndices b = bundled;
    if (b == null) {
      String resource = "/org/impactkit/bank/indices/" + BUNDLED_ID + ".json";
      try (InputStream in = PriceIndexReader.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("bundled price indices missing from the jar: " + resource);
        }
        b = read(in, BUNDLED_ID + ".json");
        bundled = b;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b;
  }

  /**
   * Reads an indices file, named in messages as {@code name}.
   *
   * @throws InvalidInputException listing every problem
   */
  public static PriceIndices load(Path path, String name) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "no such price-index file"));
    }
    if (Files.size(path) > MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "the file is larger than "
          + (MAX_BYTES >> 20) + " MB, so it is not a price-index file (" + SCHEMA + ")"));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, name);
    }
  }

  /**
   * Reads indices from JSON.
   *
   * @throws InvalidInputException listing every problem
   */
  public static PriceIndices read(InputStream in, String name) throws IOException {
    JsonNode root;
    try {
      root = BankReader.JSON.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInputException(Diagnostic.error(name, at == null ? 0 : Math.max(0, at.getLineNr()), null,
          "not valid JSON: " + ParserMessages.describe(e, "a price-index file")));
    } catch (CharConversionException e) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "not UTF-8 JSON text"));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "not valid JSON: a number is too large to read"));
    }
    return new PriceIndexReader(name).indices(root);
  }

  private PriceIndices indices(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw fail(List.of("a price-index file is a JSON object with \"schema\": \"" + SCHEMA + "\""));
    }
    unknown(root, KEYS, "");
    if (!SCHEMA.equals(root.path("schema").asText(null))) {
      problems.add("field 'schema': expected \"" + SCHEMA + "\"");
    }
    String id = text(root, "id");
    if (id == null) {
      problems.add("field 'id': missing; the vintage, such as \"ons-2025-06\"");
    }
    JsonNode series = root.get("series");
    PriceIndices.Series deflator = null;
    PriceIndices.Series growth = null;
    if (series == null || !series.isObject()) {
      problems.add("field 'series': expected {\"" + DEFLATOR + "\": {…}, \"" + REAL_GDP_PER_HEAD + "\": {…}}");
    } else {
      unknown(series, Set.of(DEFLATOR, REAL_GDP_PER_HEAD), "series.");
      deflator = series(series.get(DEFLATOR), DEFLATOR, true);
      growth = series(series.get(REAL_GDP_PER_HEAD), REAL_GDP_PER_HEAD, false);
    }
    String licence = text(root, "licence") != null ? text(root, "licence") : text(root, "license");
    String release = text(root, "release");
    String source = text(root, "source");
    if (!problems.isEmpty()) {
      throw fail(problems);
    }
    return new PriceIndices(id, release, licence, source, deflator, growth);
  }

  private PriceIndices.Series series(JsonNode node, String name, boolean required) {
    String where = "series '" + name + "'";
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(where + ": missing; uprating needs the GDP deflator");
      }
      return new PriceIndices.Series(null, Map.of());
    }
    if (!node.isObject()) {
      problems.add(where + ": expected {\"code\": …, \"values\": {\"2019\": 90.3, …}}");
      return null;
    }
    unknown(node, SERIES_KEYS, "series." + name + ".");
    Map<Integer, BigDecimal> values = new TreeMap<>();
    JsonNode vs = node.get("values");
    if (vs == null || !vs.isObject()) {
      problems.add(where + ", field 'values': expected an object of year → index, such as {\"2019\": 90.3}");
    } else {
      vs.properties().forEach(e -> {
        Integer year = year(e.getKey());
        JsonNode v = e.getValue();
        if (year == null) {
          problems.add(where + ": " + Texts.quote(Texts.shorten(e.getKey(), 20)) + " is not a year such as \"2019\"");
        } else if (!v.isNumber() || !Cells.isFigure(v.decimalValue()) || v.decimalValue().signum() <= 0) {
          problems.add(where + ", year " + year + ": expected an index above 0");
        } else {
          values.put(year, v.decimalValue());
        }
      });
    }
    if (required && vs != null && vs.isObject() && vs.isEmpty()) {
      problems.add(where + ": holds no year");
    }
    return new PriceIndices.Series(text(node, "code"), values);
  }

  private static Integer year(String key) {
    if (key.length() != 4 || !key.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.parseInt(key);
  }

  private void unknown(JsonNode node, Set<String> known, String prefix) {
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        problems.add("field " + Texts.quote(prefix + Texts.shorten(k, 40)) + ": not a field of a price-index file"
            + NearestMatch.hint(k, known));
      }
    });
  }

  private String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      problems.add("field '" + field + "': expected text");
      return null;
    }
    return Texts.inert(v.asText());
  }

  private InvalidInputException fail(List<String> messages) {
    return new InvalidInputException(messages.stream().limit(100)
        .map(m -> Diagnostic.error(file, 0, null, Texts.shorten(m, 500))).toList(), Math.max(0, messages.size() - 100));
  }
}
