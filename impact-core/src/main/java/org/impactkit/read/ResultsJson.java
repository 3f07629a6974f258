package org.impactkit.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.impactkit.compare.Measure;
import org.impactkit.compare.YearResult;
import org.impactkit.compare.YearResult.Item;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.model.Period;

/**
 * Reads a {@code calculate} report ({@code impact/calculate/v1}, SPEC §7.1) back into the figures a
 * comparison of two years needs. Every problem is reported as {@code file:line:column: message}.
 */
public final class ResultsJson {
  /** The schema this reads. */
  public static final String SCHEMA = "impact/calculate/v1";
  /** Larger than any report of a real evaluation (its calculation lines are aggregated cells). */
  static final long MAX_BYTES = 256L << 20;

  private final LocatedJson j;

  private ResultsJson(LocatedJson j) {
    this.j = j;
  }

  /**
   * Reads the report in {@code file}.
   *
   * @throws InvalidInputException listing every problem with its line and column
   */
  public static YearResult read(Path file) throws IOException {
    String name = file.toString();
    if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "larger than " + (MAX_BYTES >> 20)
          + " MB: not a calculate report"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in.readNBytes((int) MAX_BYTES + 1), name);
    }
  }

  /** Reads a report from its bytes; {@code file} names it in messages. */
  public static YearResult read(byte[] bytes, String file) throws IOException {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(file, 0, null, "larger than " + (MAX_BYTES >> 20)
          + " MB: not a calculate report"));
    }
    checkLooksLikeJson(bytes, file);
    LocatedJson j = LocatedJson.parse(bytes, file, "a calculate report");
    if (!j.root.isObject()) {
      j.problem("", "a calculate report is a JSON object with \"schema\": \"" + SCHEMA + "\"");
      j.done();
    }
    String schema = j.text("/schema", true);
    if (!SCHEMA.equals(schema)) {
      j.problem("/schema", (schema == null ? "missing" : "'" + schema + "'") + ": compare reads the reports of"
          + " impact calculate --format json, whose schema is \"" + SCHEMA + "\"");
      j.done();
    }
    return new ResultsJson(j).result();
  }

  /**
   * Refuses a file that does not start as JSON does (a CSV table, a workbook, a Markdown page), at the
   * first character that is not JSON: what a parser would say of it is no help there.
   */
  private static void checkLooksLikeJson(byte[] bytes, String file) {
    int line = 1;
    int column = 1;
    boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    int i = bom ? 3 : 0;
    for (; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        line++;
        column = 1;
      } else if (b == ' ' || b == '\t' || b == '\r') {
        column++;
      } else if (b == '{' || b == '[') {
        return; // JSON, or else the parser says where it stops being JSON
      } else {
        throw new InvalidInputException(Diagnostic.error(file, line, Integer.toString(column),
            "not a JSON report: compare reads the reports written with --format json"));
      }
    }
  }

  private YearResult result() {
    YearResult.Bank bank = new YearResult.Bank(orEmpty(j.text("/bank/id", false)),
        orEmpty(j.text("/bank/version", true)), orEmpty(j.text("/bank/currency", false)),
        orZero(j.integer("/bank/priceYear", false)));
    // A report from before price years were added (SPEC §5.4) is in its bank's prices.
    Integer reportYear = j.root.at("/priceYear").isObject() ? j.integer("/priceYear/report", false) : null;
    String indices = j.root.at("/priceYear").isObject() ? j.text("/priceYear/indices", true) : null;
    YearResult r = new YearResult(j.file, j.text("/evaluation/name", true), period(), bank,
        reportYear == null ? bank.priceYear() : reportYear, indices, totals(),
        items("/byAgeBand", "ageBand", "label", List.of(Measure.SOCIAL_VALUE, Measure.PARTICIPANTS, Measure.CLAIMS)),
        items("/byOutcome", "outcome", "name", List.of(Measure.SOCIAL_VALUE, Measure.CLAIMS)),
        items("/byActivity", "activity", "name",
            List.of(Measure.SOCIAL_VALUE, Measure.INVESTMENT, Measure.RATIO, Measure.PARTICIPANTS)));
    j.done();
    return r;
  }

  private Period period() {
    if (j.root.at("/evaluation/period").isMissingNode() || j.root.at("/evaluation/period").isNull()) {
      return null;
    }
    LocalDate start = date("/evaluation/period/start");
    LocalDate end = date("/evaluation/period/end");
    if (start == null || end == null) {
      return null;
    }
    if (end.isBefore(start)) {
      j.problem("/evaluation/period/end", "before the period's start " + start);
      return null;
    }
    return new Period(start, end);
  }

  private LocalDate date(String pointer) {
    String text = j.text(pointer, false);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      j.problem(pointer, "expected a date such as 2024-03-31, found '" + text + "'");
      return null;
    }
  }

  private Map<Measure, BigDecimal> totals() {
    Map<Measure, BigDecimal> t = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      put(t, m, j.number("/totals/" + m.key(), m == Measure.RATIO));
    }
    return t;
  }

  private List<Item> items(String list, String idField, String labelField, List<Measure> measures) {
    List<Item> items = new ArrayList<>();
    int n = j.size(list);
    for (int i = 0; i < n; i++) {
      String at = list + "/" + i + "/";
      Map<Measure, BigDecimal> figures = new EnumMap<>(Measure.class);
      for (Measure m : measures) {
        put(figures, m, j.number(at + m.key(), m == Measure.RATIO));
      }
      String id = j.text(at + idField, false);
      String label = j.text(at + labelField, true);
      if (id != null) {
        items.add(new Item(id, label == null ? id : label, figures));
      }
    }
    return items;
  }

  private static void put(Map<Measure, BigDecimal> figures, Measure m, BigDecimal value) {
    if (value != null) {
      figures.put(m, value);
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static int orZero(Integer i) {
    return i == null ? 0 : i;
  }
}
