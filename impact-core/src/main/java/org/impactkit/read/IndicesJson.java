package org.impactkit.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import org.impactkit.compare.Deflator;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;

/**
 * Reads the GDP deflator from a price-index file ({@code impact/indices/v1}, SPEC §5.4): the series
 * {@code gdp-deflator}, by calendar year. Only what restating a year's figures needs; the valuation's
 * own uprating reads the same files.
 */
public final class IndicesJson {
  /** The schema this reads. */
  public static final String SCHEMA = "impact/indices/v1";
  /** The vintage used when a report names none. */
  public static final String DEFAULT_ID = "ons-2025-06";
  private static final String BUNDLED = "/org/impactkit/bank/indices/";
  private static final long MAX_BYTES = 16L << 20;

  private IndicesJson() {}

  /**
   * Reads the deflator of a file.
   *
   * @throws InvalidInputException listing every problem with its line and column
   */
  public static Deflator read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in.readNBytes((int) MAX_BYTES + 1), file.toString(), null);
    }
  }

  /**
   * The bundled file {@code id} ({@code ons-2025-06}, or {@link #DEFAULT_ID} when {@code null}), or
   * {@code null} when this build bundles no such file.
   */
  public static Deflator bundled(String id) throws IOException {
    String name = id == null ? DEFAULT_ID : id;
    if (!name.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
      return null;
    }
    try (InputStream in = IndicesJson.class.getResourceAsStream(BUNDLED + name + ".json")) {
      return in == null ? null : read(in.readNBytes((int) MAX_BYTES + 1), name + ".json", name);
    }
  }

  private static Deflator read(byte[] bytes, String file, String id) throws IOException {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(file, 0, null, "larger than 16 MB: not a price-index file"));
    }
    LocatedJson j = LocatedJson.parse(bytes, file, "a price-index file");
    String schema = j.text("/schema", true);
    if (!SCHEMA.equals(schema)) {
      j.problem("/schema", (schema == null ? "missing" : "'" + schema + "'") + ": expected \"" + SCHEMA + "\"");
      j.done();
    }
    String fileId = j.text("/id", true);
    JsonNode values = j.root.at("/series/gdp-deflator/values");
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    if (!values.isObject()) {
      j.problem("/series/gdp-deflator/values", "missing: the GDP deflator by year, e.g. {\"2019\": 90.3}");
    } else {
      for (Iterator<String> years = values.fieldNames(); years.hasNext(); ) {
        String year = years.next();
        String at = "/series/gdp-deflator/values/" + year;
        BigDecimal v = j.number(at, false);
        if (!year.matches("\\d{4}")) {
          j.problem(at, "expected a year such as 2019");
        } else if (v != null && v.signum() <= 0) {
          j.problem(at, "an index is above 0, found " + v.toPlainString());
        } else if (v != null) {
          byYear.put(Integer.parseInt(year), v);
        }
      }
    }
    j.done();
    return new Deflator(fileId != null ? fileId : id != null ? id : file, byYear);
  }
}
