package org.impactkit.read.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonLocation;
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
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Texts;
import org.impactkit.read.ParserMessages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A small YAML settings file, read safely: size, nesting and text limits, no anchors or aliases, no key
 * given twice, UTF-8 only. Every key remembers its line, so a problem found while reading a value, or
 * later (an outcome the bank does not have), names the file, line and key. Values are read through
 * {@link YamlNode}, which turns a wrong value into a problem rather than an exception.
 */
public final class YamlFile {
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

  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  /** A line's key, as in {@code   organisation: ...} or {@code - name: ...}. */
  private static final Pattern KEY = Pattern.compile("[ -]*([\\p{L}\\p{N}_.-]{1,40}):");

  private final String name;
  private final Map<String, Integer> lines;
  private final JsonNode root;
  private final List<Diagnostic> problems = new ArrayList<>();

  private YamlFile(String name, Map<String, Integer> lines, JsonNode root) {
    this.name = name;
    this.lines = lines;
    this.root = root;
  }

  /**
   * Reads a settings file.
   *
   * @param path the file
   * @param name how to name it in messages
   * @param what what the file is, for messages such as "this is not evaluation.yaml"
   * @throws InvalidInputException when it is too large, not UTF-8 text, or not valid YAML
   */
  public static YamlFile read(Path path, String name, String what) throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "the file is " + size / 1024
          + " KB; a settings file is at most " + MAX_BYTES / 1024 + " KB, so this is not " + what));
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
          "the file holds binary data, not YAML text; is it really " + what + "?"));
    }
    return parse(text, name, what);
  }

  /**
   * Reads settings text.
   *
   * @throws InvalidInputException when it is too large or not valid YAML
   */
  public static YamlFile parse(String text, String name, String what) {
    if (text.length() > MAX_BYTES) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "the text is " + text.length() / 1024
          + " KB; a settings file is at most " + MAX_BYTES / 1024 + " KB, so this is not " + what));
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
      // Where SnakeYAML found the problem, rather than where Jackson's parser had got to.
      Mark mark = e.getCause() instanceof MarkedYAMLException m ? m.getProblemMark() : null;
      JsonLocation at = e.getLocation();
      long line = mark != null ? mark.getLine() + 1L : at == null ? 0 : Math.max(0, at.getLineNr());
      int column = mark != null ? mark.getColumn() + 1 : at == null || line == 0 ? 0 : at.getColumnNr();
      throw new InvalidInputException(Diagnostic.error(name, line, column < 1 ? null : Integer.toString(column),
          "not valid YAML: " + Texts.shorten(advice(problem(e), text, line), 300)));
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "not valid YAML: " + e.getMessage()));
    } catch (YAMLException e) {
      // SnakeYAML's own limits (aliases, nesting, size) can surface unwrapped.
      String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "not valid YAML: " + Texts.shorten(msg, 200)));
    }
    return new YamlFile(name, lines, root == null || root.isNull() ? MissingNode.getInstance() : root);
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
   * SnakeYAML's message as one sentence: the problem and what it was parsing, without the source
   * excerpts and caret lines, e.g. {@code expected ',' or '}', but got <scalar> (while parsing a flow
   * mapping from line 2)}.
   */
  private static String problem(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (!(e instanceof StreamReadException) || e instanceof StreamConstraintsException || original == null
        || original.startsWith("Duplicate field") || original.startsWith("Trailing token")) {
      return ParserMessages.describe(e, "a settings file");
    }
    List<String> statements = new ArrayList<>();
    String contextLine = null;
    for (String l : original.split("\n")) {
      if (l.isBlank() || Character.isWhitespace(l.charAt(0)) || l.startsWith("^")) {
        Matcher m = LINE.matcher(l);
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
   * What to do, for the mistakes people make most when they write YAML by hand, instead of the parser's
   * account of them; {@code problem} as it is for any other.
   *
   * @param problem the parser's complaint, in one sentence
   * @param text the settings text
   * @param line the 1-based line the parser stopped at, or 0
   */
  private static String advice(String problem, String text, long line) {
    if (problem.contains("mapping values are not allowed here")) {
      Matcher key = KEY.matcher(line < 1 ? "" : text.lines().skip(line - 1).findFirst().orElse(""));
      return "a value containing ': ' must be in quotes, e.g. " + (key.lookingAt() ? key.group(1) : "name")
          + ": \"...\"";
    }
    if (problem.contains("found character '\\t(TAB)' that cannot start any token")) {
      return "indent with spaces, not a tab";
    }
    return problem;
  }

  /** The file's name in messages. */
  public String name() {
    return name;
  }

  /** The whole document; missing when the file holds nothing but comments. */
  public YamlNode root() {
    return new YamlNode(this, root, "");
  }

  /**
   * The line of a key, for messages about settings checked after reading (such as outcome ids, checked
   * against the bank).
   *
   * @param pointer the key's path, e.g. {@code /outcomes/employment}
   * @return the 1-based line, or 0 when there is no such key
   */
  public long line(String pointer) {
    Integer line = lines.get(pointer);
    return line == null ? 0 : line;
  }

  /** An error about the value at {@code pointer}, named by its key and line. */
  public Diagnostic error(String pointer, String message) {
    String key = pointer.isEmpty() ? null : pointer.substring(pointer.lastIndexOf('/') + 1);
    return Diagnostic.error(name, line(pointer), key, message);
  }

  /** Notes a problem with the value at {@code pointer}; {@link #throwIfProblems} reports them all. */
  void problem(String pointer, String message) {
    problems.add(error(pointer, message));
  }

  /**
   * Throws when reading any value found a problem.
   *
   * @throws InvalidInputException with every problem, in reading order
   */
  public void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
  }
}
