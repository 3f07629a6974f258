package org.impactkit.read.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impactkit.read.ParserMessages;
import org.impactkit.read.table.Cells;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.NearestMatch;
import org.impactkit.model.Period;
import org.impactkit.internal.Texts;
import org.impactkit.valuation.Adjustments;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code evaluation.yaml}. Unknown keys are errors that suggest the nearest known key; every
 * problem names the file and line.
 */
public final class ConfigReader {
  private static final Set<String> TOP = Set.of("name", "organisation", "organization", "period", "bank", "region",
      "deadweight", "conflicts", "discounting", "outcomes", "report");
  private static final Set<String> PERIOD = Set.of("start", "end");
  private static final Set<String> DISCOUNTING = Set.of("rate", "convention");
  private static final Set<String> ADJUSTMENTS = Set.of("attribution", "displacement", "duration", "dropOff",
      "drop_off", "deadweight");
  private static final Set<String> REPORT = Set.of("title", "suppressBelow", "breakdowns");

  /** The longest text setting (name, title, bank path …) accepted. */
  static final int MAX_TEXT_CHARS = 1000;

  /** The largest settings file read: a real one is a few hundred bytes. */
  public static final int MAX_BYTES = 1 << 20;

  /**
   * The YAML parser's own limits, well below SnakeYAML's defaults: settings nest three deep and never
   * need anchors, so aliases (the "billion laughs" attack) and deep nesting are refused early. A key
   * given twice would silently lose one of its values: an error instead.
   */
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(16)
          .maxNumberLength(64)
          .maxStringLength(64 * 1024)
          .maxNameLength(1024)
          .maxDocumentLength(MAX_BYTES)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(YAML)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String file;
  private final Map<String, Integer> lines;
  private final List<Diagnostic> problems = new ArrayList<>();

  private ConfigReader(String file, Map<String, Integer> lines) {
    this.file = file;
    this.lines = lines;
  }

  /**
   * Reads a configuration file.
   *
   * @param path the file
   * @param name how to name it in messages
   * @throws InvalidInputException listing every problem
   */
  public static EvaluationConfig read(Path path, String name) throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "the file is " + size / 1024
          + " KB; a settings file is at most " + MAX_BYTES / 1024 + " KB, so this is not evaluation.yaml"));
    }
    byte[] bytes = Files.readAllBytes(path);
    boolean hasBom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    int bom = hasBom ? 3 : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null,
          "the file is not UTF-8 text; save it as UTF-8 (YAML files are always UTF-8)"));
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null,
          "the file holds binary data, not YAML text; is it really evaluation.yaml?"));
    }
    return read(text, name);
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(16);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    return options;
  }

  /**
   * Reads configuration text.
   *
   * @throws InvalidInputException listing every problem
   */
  public static EvaluationConfig read(String text, String name) throws IOException {
    if (text.length() > MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "the text is " + text.length() / 1024
          + " KB; a settings file is at most " + MAX_BYTES / 1024 + " KB, so this is not evaluation.yaml"));
    }
    Map<String, Integer> lines = new HashMap<>();
    JsonNode root;
    try {
      try (JsonParser p = YAML.createParser(text)) {
        while (p.nextToken() != null) {
          if (p instanceof YAMLParser y && (y.isCurrentAlias() || y.getObjectId() != null)) {
            throw new InvalidInputException(Diagnostic.error(name, p.currentTokenLocation().getLineNr(), null,
                "YAML anchors and aliases (& and *) are not supported in a settings file; write each value out"));
          }
          if (p.currentToken() == JsonToken.FIELD_NAME) {
            lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
          }
        }
      }
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      throw new InvalidInputException(Diagnostic.error(name, line, null, "not valid YAML: " + Texts.shorten(yamlProblem(e), 300)));
    } catch (YAMLException e) {
      // SnakeYAML's own limits (aliases, nesting, size) can surface unwrapped.
      String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "not valid YAML: " + Texts.shorten(msg, 200)));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return EvaluationConfig.EMPTY;
    }
    return new ConfigReader(name, lines).config(root);
  }

  /**
   * SnakeYAML's message as one sentence: the problem and what it was parsing, without the source
   * excerpts and caret lines, e.g. {@code expected ',' or '}', but got <scalar> (while parsing a flow
   * mapping from line 2)}.
   */
  private static String yamlProblem(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (!(e instanceof StreamReadException) || e instanceof StreamConstraintsException || original == null
        || original.startsWith("Duplicate field") || original.startsWith("Trailing token")) {
      return ParserMessages.describe(e, "a settings file");
    }
    if (original == null) {
      return "the text cannot be parsed";
    }
    List<String> statements = new ArrayList<>();
    String contextLine = null;
    for (String l : original.split("\n")) {
      if (l.isBlank() || Character.isWhitespace(l.charAt(0)) || l.startsWith("^")) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(l);
        if (contextLine == null && statements.size() == 1 && m.find()) {
          contextLine = m.group(1);
        }
        continue;
      }
      statements.add(l.strip());
    }
    if (statements.isEmpty()) {
      return Texts.plainParserMessage(original);
    }
    if (statements.size() == 1) {
      return statements.get(0);
    }
    String context = statements.get(0) + (contextLine == null ? "" : " from line " + contextLine);
    return String.join("; ", statements.subList(1, statements.size())) + " (" + context + ")";
  }

  /**
   * The line of a key in a configuration file, for messages about settings checked after reading (such
   * as outcome ids, checked against the bank).
   *
   * @param pointer the key's path, e.g. {@code /outcomes/employment}
   * @return the 1-based line, or 0 when it cannot be found
   */
  public static long line(Path path, String pointer) {
    try (JsonParser p = new YAMLFactory().createParser(Files.readString(path))) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME
            && p.getParsingContext().pathAsPointer().toString().equals(pointer)) {
          return p.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  private EvaluationConfig config(JsonNode root) {
    if (!root.isObject()) {
      problem("", "evaluation.yaml holds settings as 'key: value' lines, such as 'name: My evaluation'");
      throw fail();
    }
    keys(root, "", TOP);
    Period period = period(root.get("period"));
    Discounting discounting = discounting(root.get("discounting"));
    Map<String, Adjustments> outcomes = outcomes(root.get("outcomes"));
    JsonNode report = root.get("report");
    String title = null;
    Integer suppress = null;
    List<String> breakdowns = null;
    if (report != null && !report.isNull()) {
      if (!report.isObject()) {
        problem("/report", "expected title, suppressBelow and breakdowns under 'report:'");
      } else {
        keys(report, "/report", REPORT);
        title = text(report, "title", "/report/title");
        JsonNode sb = report.get("suppressBelow");
        if (sb != null && !sb.isNull()) {
          if (sb.canConvertToInt() && sb.isIntegralNumber() && sb.intValue() >= 0) {
            suppress = sb.intValue();
          } else {
            problem("/report/suppressBelow", "expected a whole number of 0 or more, found " + Texts.quote(sb.asText()));
          }
        }
        JsonNode bd = report.get("breakdowns");
        if (bd != null && !bd.isNull()) {
          breakdowns = new ArrayList<>();
          if (bd.isArray()) {
            for (JsonNode b : bd) {
              breakdowns.add(b.asText());
            }
          } else {
            problem("/report/breakdowns", "expected a list of column names, such as [gender, partner]");
          }
        }
      }
    }
    Boolean deadweight = null;
    String dw = text(root, "deadweight", "/deadweight");
    if (dw != null) {
      switch (dw.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "bank", "on", "true", "yes" -> deadweight = true;
        case "off", "false", "no", "none" -> deadweight = false;
        default -> problem("/deadweight", "expected 'bank' or 'off', found " + Texts.quote(dw));
      }
    }
    ConflictPolicy conflicts = null;
    String c = text(root, "conflicts", "/conflicts");
    if (c != null) {
      try {
        conflicts = ConflictPolicy.parse(c);
      } catch (IllegalArgumentException e) {
        problem("/conflicts", e.getMessage());
      }
    }
    String organisation = text(root, "organisation", "/organisation");
    if (organisation == null) {
      organisation = text(root, "organization", "/organization");
    }
    EvaluationConfig config = new EvaluationConfig(text(root, "name", "/name"), organisation, period,
        text(root, "bank", "/bank"), text(root, "region", "/region"), deadweight, conflicts, discounting, outcomes,
        title, suppress, breakdowns);
    if (!problems.isEmpty()) {
      throw fail();
    }
    return config;
  }

  private Period period(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      if (node.isTextual()) {
        return Period.ukFinancialYear(node.asText());
      }
      if (!node.isObject()) {
        problem("/period", "expected {start: 2021-04-01, end: 2022-03-31} or a financial year such as 2021/22");
        return null;
      }
      keys(node, "/period", PERIOD);
      LocalDate start = date(node, "start");
      LocalDate end = date(node, "end");
      if (start == null || end == null) {
        if (problems.isEmpty()) {
          problem("/period", "a period needs both 'start' and 'end'");
        }
        return null;
      }
      return new Period(start, end);
    } catch (IllegalArgumentException e) {
      problem("/period", e.getMessage());
      return null;
    }
  }

  private LocalDate date(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return Cells.date(v.asText());
    } catch (Cells.CellException e) {
      problem("/period/" + key, e.getMessage());
      return null;
    }
  }

  private Discounting discounting(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      problem("/discounting", "expected {rate: 3.5%, convention: year-zero}");
      return null;
    }
    keys(node, "/discounting", DISCOUNTING);
    BigDecimal rate = Discounting.GREEN_BOOK.rate();
    Discounting.Convention convention = Discounting.Convention.YEAR_ZERO;
    if (node.hasNonNull("rate")) {
      BigDecimal r = percent(node.get("rate"), "/discounting/rate");
      if (r != null) {
        rate = r;
      }
    }
    if (node.hasNonNull("convention")) {
      try {
        convention = Discounting.Convention.parse(node.get("convention").asText());
      } catch (IllegalArgumentException e) {
        problem("/discounting/convention", e.getMessage());
      }
    }
    try {
      return new Discounting(rate, convention);
    } catch (IllegalArgumentException e) {
      problem("/discounting/rate", e.getMessage());
      return null;
    }
  }

  private Map<String, Adjustments> outcomes(JsonNode node) {
    Map<String, Adjustments> map = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return map;
    }
    if (!node.isObject()) {
      problem("/outcomes", "expected outcome ids with their adjustments, such as 'employment: {deadweight: 20%}'");
      return map;
    }
    node.properties().forEach(e -> {
      String at = "/outcomes/" + e.getKey();
      JsonNode a = e.getValue();
      if (!a.isObject()) {
        problem(at, "expected adjustments such as {attribution: 25%, duration: 2}");
        return;
      }
      keys(a, at, ADJUSTMENTS);
      BigDecimal deadweight = a.hasNonNull("deadweight") ? percent(a.get("deadweight"), at + "/deadweight") : null;
      BigDecimal attribution = a.hasNonNull("attribution") ? percent(a.get("attribution"), at + "/attribution") : null;
      BigDecimal displacement =
          a.hasNonNull("displacement") ? percent(a.get("displacement"), at + "/displacement") : null;
      JsonNode dropNode = a.hasNonNull("dropOff") ? a.get("dropOff") : a.get("drop_off");
      BigDecimal dropOff = dropNode != null && !dropNode.isNull() ? percent(dropNode, at + "/dropOff") : null;
      int duration = 1;
      JsonNode d = a.get("duration");
      if (d != null && !d.isNull()) {
        if (d.isIntegralNumber() && d.canConvertToInt() && d.intValue() >= 1 && d.intValue() <= 100) {
          duration = d.intValue();
        } else {
          problem(at + "/duration", "expected a whole number of years from 1 to 100, found " + Texts.quote(d.asText()));
        }
      }
      map.put(e.getKey(), new Adjustments(deadweight, displacement, attribution, duration, dropOff));
    });
    return map;
  }

  private BigDecimal percent(JsonNode v, String at) {
    try {
      return Cells.percent(v.asText());
    } catch (Cells.CellException e) {
      problem(at, e.getMessage());
      return null;
    }
  }

  private String text(JsonNode node, String key, String at) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isContainerNode()) {
      problem(at, "expected a single value, not a list or a group");
      return null;
    }
    if (v.asText().length() > MAX_TEXT_CHARS) {
      problem(at, "expected at most " + MAX_TEXT_CHARS + " characters, found " + v.asText().length());
      return null;
    }
    return v.asText();
  }

  private void keys(JsonNode node, String at, Set<String> known) {
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        problem(at + "/" + k, "unknown key " + Texts.quote(k) + NearestMatch.hint(k, known)
            + (NearestMatch.among(k, known).isEmpty() ? "; known keys: " + known.stream().sorted().toList() : ""));
      }
    });
  }

  private void problem(String pointer, String message) {
    Integer line = lines.get(pointer);
    String key = pointer.isEmpty() ? null : pointer.substring(pointer.lastIndexOf('/') + 1);
    problems.add(Diagnostic.error(file, line == null ? 0 : line, key, message));
  }

  private InvalidInputException fail() {
    return new InvalidInputException(problems, 0);
  }
}
