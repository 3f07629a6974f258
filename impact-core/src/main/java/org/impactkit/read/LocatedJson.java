package org.impactkit.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Texts;

/**
 * A JSON document that remembers where each value starts, so that a wrong field is reported as {@code
 * file:line:column: message} like any other input. Fields are read through small getters that note
 * each problem and go on, so every problem of a file is reported at once.
 */
final class LocatedJson {
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(64).maxNumberLength(64).maxStringLength(1 << 20).maxNameLength(1024).build();
  private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper JSON = new ObjectMapper(FACTORY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final int MAX_PROBLEMS = 50;

  final String file;
  final JsonNode root;
  private final Map<String, JsonLocation> where;
  private final List<Diagnostic> problems = new ArrayList<>();

  private LocatedJson(String file, JsonNode root, Map<String, JsonLocation> where) {
    this.file = file;
    this.root = root;
    this.where = where;
  }

  /**
   * Parses {@code bytes}.
   *
   * @param what what the file should be, for messages, e.g. {@code "a calculate report"}
   * @throws InvalidInputException at the line and column where the text stops being JSON
   */
  static LocatedJson parse(byte[] bytes, String file, String what) throws IOException {
    try {
      return new LocatedJson(file, JSON.readTree(bytes), locations(bytes));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInputException(Diagnostic.error(file, at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null || at.getColumnNr() < 1 ? null : Integer.toString(at.getColumnNr()),
          "not valid JSON: " + ParserMessages.describe(e, what)));
    } catch (CharConversionException e) {
      throw new InvalidInputException(Diagnostic.error(file, 0, null, "not UTF-8 JSON text"));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(Diagnostic.error(file, 0, null, "not valid JSON: a number is too large to read"));
    }
  }

  /** Where each value starts, by JSON pointer ({@code /totals/socialValue}). */
  private static Map<String, JsonLocation> locations(byte[] bytes) throws IOException {
    Map<String, JsonLocation> at = new HashMap<>();
    Deque<String> path = new ArrayDeque<>();
    Deque<int[]> index = new ArrayDeque<>(); // per open array, the next element's index; -1 in an object
    String field = null;
    try (JsonParser p = FACTORY.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          index.pop();
          path.pollLast();
          continue;
        }
        String segment = "";
        if (!index.isEmpty()) {
          int[] i = index.peek();
          segment = "/" + (i[0] < 0 ? field.replace("~", "~0").replace("/", "~1") : Integer.toString(i[0]++));
        }
        String pointer = (path.isEmpty() ? "" : path.peekLast()) + segment;
        at.put(pointer, p.currentTokenLocation());
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          path.addLast(pointer);
          index.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
        }
      }
    }
    return at;
  }

  /** Notes a problem with the value at {@code pointer} (or the nearest enclosing value that exists). */
  void problem(String pointer, String message) {
    if (problems.size() >= MAX_PROBLEMS) {
      return;
    }
    String p = pointer;
    while (!where.containsKey(p) && p.contains("/")) {
      p = p.substring(0, p.lastIndexOf('/'));
    }
    JsonLocation loc = where.get(p);
    String field = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.') + ": ";
    problems.add(Diagnostic.error(file, loc == null ? 0 : Math.max(0, loc.getLineNr()),
        loc == null || loc.getColumnNr() < 1 ? null : Integer.toString(loc.getColumnNr()), field + message));
  }

  /** Throws every problem noted, if any. */
  void done() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
  }

  /** The text at {@code pointer}; a problem when it is missing or not text, unless {@code optional}. */
  String text(String pointer, boolean optional) {
    JsonNode n = root.at(pointer);
    if (n.isTextual()) {
      return Texts.inert(n.textValue());
    }
    if ((n.isMissingNode() || n.isNull()) && optional) {
      return null;
    }
    problem(pointer, n.isMissingNode() ? "missing" : "expected text, found " + found(n));
    return null;
  }

  /** The number at {@code pointer}; {@code null} (and a problem unless {@code nullable}) when there is none. */
  BigDecimal number(String pointer, boolean nullable) {
    JsonNode n = root.at(pointer);
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isNull() && nullable) {
      return null;
    }
    problem(pointer, n.isMissingNode() ? "missing" : "expected a number, found " + found(n));
    return null;
  }

  /** A whole number at {@code pointer}, or {@code null} after noting a problem. */
  Integer integer(String pointer, boolean optional) {
    JsonNode n = root.at(pointer);
    if (n.isIntegralNumber() && n.canConvertToInt()) {
      return n.intValue();
    }
    if (n.isMissingNode() && optional) {
      return null;
    }
    problem(pointer, n.isMissingNode() ? "missing" : "expected a whole number, found " + found(n));
    return null;
  }

  /** The number of elements of the array at {@code pointer}; 0 and a problem when it is not an array. */
  int size(String pointer) {
    JsonNode n = root.at(pointer);
    if (n.isArray()) {
      return n.size();
    }
    problem(pointer, n.isMissingNode() ? "missing" : "expected a list, found " + found(n));
    return 0;
  }

  private static String found(JsonNode n) {
    return n.isTextual() ? "'" + Texts.shorten(n.textValue(), 30) + "'" : n.isNull() ? "null" : n.getNodeType()
        .name().toLowerCase(java.util.Locale.ROOT);
  }
}
