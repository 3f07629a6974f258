package org.impactkit.read.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.read.table.Cells;

/**
 * One value of a {@link YamlFile}, read as the type a setting needs. A value of the wrong kind is noted
 * as a problem of the file (with its line and key) and read as absent ({@code null}), so that one pass
 * finds every problem of a file.
 *
 * @param file the file the value is in, where its problems are noted
 * @param node the value as read, or {@code null} (or a missing node) when the file does not give it
 * @param pointer the key path of this value, e.g. {@code /report/title}
 */
public record YamlNode(YamlFile file, JsonNode node, String pointer) {
  /** The longest text setting (name, title, bank path …) accepted. */
  public static final int MAX_TEXT_CHARS = 1000;

  /** Whether the file gives this value (a key with an empty value counts as not given). */
  public boolean isPresent() {
    return node != null && !node.isMissingNode() && !node.isNull();
  }

  /** Whether this is a group of {@code key: value} lines. */
  public boolean isGroup() {
    return isPresent() && node.isObject();
  }

  /** Whether this is text (not a number, a yes/no, a list or a group). */
  public boolean isText() {
    return isPresent() && node.isTextual();
  }

  /** The value under {@code key}; absent when there is none. */
  public YamlNode get(String key) {
    return new YamlNode(file, isGroup() ? node.get(key) : null, pointer + "/" + key);
  }

  /** The values of a group by key, in the file's order. */
  public Map<String, YamlNode> entries() {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    if (isGroup()) {
      node.properties().forEach(e -> entries.put(e.getKey(), new YamlNode(file, e.getValue(), pointer + "/" + e.getKey())));
    }
    return entries;
  }

  /**
   * Requires a group of known keys: notes a problem when this is not a group (with {@code expected},
   * saying what was), and for each unknown key with the nearest known one.
   *
   * @return whether this is a group
   */
  public boolean group(Set<String> known, String expected) {
    if (!isPresent()) {
      return false;
    }
    if (!node.isObject()) {
      problem(expected);
      return false;
    }
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        file.problem(pointer + "/" + k, "unknown key " + Texts.quote(k) + NearestMatch.hint(k, known)
            + (NearestMatch.among(k, known).isEmpty() ? "; known keys: " + known.stream().sorted().toList() : ""));
      }
    });
    return true;
  }

  /** The value as text, at most {@link #MAX_TEXT_CHARS} characters; {@code null} when absent or not text. */
  public String text() {
    if (!isPresent()) {
      return null;
    }
    if (node.isContainerNode()) {
      problem("expected a single value, not a list or a group");
      return null;
    }
    String text = node.asText();
    if (text.length() > MAX_TEXT_CHARS) {
      problem("expected at most " + MAX_TEXT_CHARS + " characters, found " + text.length());
      return null;
    }
    return text;
  }

  /** A percentage ({@code 25%}, {@code 25}) as a fraction 0–1; {@code null} when absent or invalid. */
  public BigDecimal percent() {
    String text = text();
    if (text == null) {
      return null;
    }
    try {
      return Cells.percent(text);
    } catch (Cells.CellException e) {
      problem(e.getMessage());
      return null;
    }
  }

  /** A date, ISO or UK style; {@code null} when absent or invalid. */
  public LocalDate date() {
    String text = text();
    if (text == null) {
      return null;
    }
    try {
      return Cells.date(text);
    } catch (Cells.CellException e) {
      problem(e.getMessage());
      return null;
    }
  }

  /** A whole number from {@code min} to {@code max}; {@code null} when absent or outside. */
  public Integer wholeNumber(int min, int max, String what) {
    if (!isPresent()) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= min && node.intValue() <= max) {
      return node.intValue();
    }
    problem("expected " + what + ", found " + Texts.quote(node.asText()));
    return null;
  }

  /** A list of texts, such as {@code [gender, partner]}; {@code null} when absent or not a list. */
  public List<String> texts(String expected) {
    if (!isPresent()) {
      return null;
    }
    if (!node.isArray()) {
      problem(expected);
      return null;
    }
    List<String> texts = new ArrayList<>();
    node.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  /**
   * The items of a list, such as {@code [[strand, gender], [partner, gender]]}, each at its place
   * ({@code /report/crossTabs/0}); {@code null} when absent or not a list.
   */
  public List<YamlNode> items(String expected) {
    if (!isPresent()) {
      return null;
    }
    if (!node.isArray()) {
      problem(expected);
      return null;
    }
    List<YamlNode> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(new YamlNode(file, node.get(i), pointer + "/" + i));
    }
    return items;
  }

  /** Notes a problem with this value, at its key and line. */
  public void problem(String message) {
    file.problem(pointer, message);
  }
}
