package org.impactkit.evaluation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Texts;
import org.impactkit.model.Adjustments;
import org.impactkit.model.Parameter;
import org.impactkit.model.Period;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.table.Field;
import org.impactkit.read.yaml.YamlFile;
import org.impactkit.read.yaml.YamlNode;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;

/**
 * {@code evaluation.yaml} (SPEC §4.6): which keys it has and how each sets a {@link Settings} value.
 * Unknown keys are errors that suggest the nearest known key; every problem names the file, line and
 * key, all of them at once. The file is kept so that settings checked later (outcomes and regions,
 * against the bank) can still point at their lines.
 */
public final class SettingsFile {
  private static final Set<String> TOP = Set.of("name", "organisation", "organization", "period", "bank", "region",
      "deadweight", "conflicts", "discounting", "outcomes", "report", "columns", "priceYear", "indices", "range",
      "simulate", "spread", "currency");
  private static final Set<String> PERIOD = Set.of("start", "end");
  private static final Set<String> DISCOUNTING = Set.of("rate", "schedule", "convention");
  private static final Set<String> SIMULATE = Set.of("runs", "seed");
  private static final Map<String, Parameter> SPREAD = Map.of("deadweight", Parameter.DEADWEIGHT, "displacement",
      Parameter.DISPLACEMENT, "attribution", Parameter.ATTRIBUTION, "dropOff", Parameter.DROP_OFF, "drop_off",
      Parameter.DROP_OFF);
  private static final Set<String> ADJUSTMENTS = Set.of("attribution", "displacement", "duration", "dropOff",
      "drop_off", "deadweight", "reason");
  private static final Set<String> REPORT = Set.of("title", "suppressBelow", "breakdowns", "crossTabs");
  /** The most columns one cross-tab may combine: more would print as a table nobody can read. */
  static final int CROSS_TAB_COLUMNS = 4;

  /** What a settings file is, in messages. */
  private static final String WHAT = "evaluation.yaml";

  private final YamlFile yaml;
  private final Path path;

  private SettingsFile(YamlFile yaml, Path path) {
    this.yaml = yaml;
    this.path = path;
  }

  /**
   * Reads a settings file.
   *
   * @param path the file
   * @return the settings it gives
   * @throws InvalidInputException listing every problem
   * @throws IOException when the file cannot be read
   */
  public static SettingsFile read(Path path) throws IOException {
    SettingsFile file = new SettingsFile(YamlFile.read(path, path.toString(), WHAT), path);
    file.applyTo(Settings.builder()); // every problem now, before anything else is read
    return file;
  }

  /**
   * Reads settings text.
   *
   * @param text the YAML text
   * @param name how to name it in messages
   * @return the settings it gives
   * @throws InvalidInputException listing every problem
   */
  public static SettingsFile parse(String text, String name) {
    SettingsFile file = new SettingsFile(YamlFile.parse(text, name, WHAT), null);
    file.applyTo(Settings.builder());
    return file;
  }

  /** {@return the file, or {@code null} for settings parsed from text} */
  public Path path() {
    return path;
  }

  /** {@return the file's name in messages} */
  public String name() {
    return yaml.name();
  }

  /** {@return whether the file sets nothing (it is empty or holds only comments)} */
  public boolean isEmpty() {
    return !yaml.root().isPresent();
  }

  /**
   * The line of a key.
   *
   * @param pointer the key as a JSON pointer, e.g. {@code /outcomes/employment}
   * @return its 1-based line, or 0 when the file does not have it
   */
  public long line(String pointer) {
    return yaml.line(pointer);
  }

  /**
   * An error about one setting, with the file, line and key.
   *
   * @param pointer the key as a JSON pointer, e.g. {@code /region}
   * @param message what is wrong
   * @return the error
   */
  public Diagnostic error(String pointer, String message) {
    return yaml.error(pointer, message);
  }

  /**
   * Sets on {@code b} every value the file gives; outcome adjustments keep their keys as written (ids or
   * names), to be resolved against the bank.
   *
   * @param b the settings so far
   * @return {@code b}
   * @throws InvalidInputException listing every problem
   */
  public SettingsBuilder applyTo(SettingsBuilder b) {
    YamlNode root = yaml.root();
    if (root.isPresent() && !root.group(TOP, "evaluation.yaml holds settings as 'key: value' lines, such as 'name:"
        + " My evaluation'")) {
      yaml.throwIfProblems();
    }
    String organisation = root.get("organisation").text();
    b.name(root.get("name").text())
        .organisation(organisation != null ? organisation : root.get("organization").text())
        .period(period(root.get("period")))
        .bank(root.get("bank").text())
        .defaultRegion(root.get("region").text())
        .deadweight(deadweight(root.get("deadweight")))
        .conflictPolicy(conflicts(root.get("conflicts")))
        .adjustments(outcomes(root.get("outcomes")))
        .priceYear(root.get("priceYear").wholeNumber(1000, 9999, "a year such as 2024"))
        .indices(root.get("indices").text())
        .range(flag(root.get("range")))
        .spread(spread(root.get("spread")))
        .currency(currency(root.get("currency")));
    discounting(root.get("discounting"), b);
    simulate(root.get("simulate"), b);
    b.columns(columns(root.get("columns")));
    YamlNode report = root.get("report");
    if (report.group(REPORT, "expected title, suppressBelow, breakdowns and crossTabs under 'report:'")) {
      b.title(report.get("title").text())
          .suppressBelow(report.get("suppressBelow").wholeNumber(0, Integer.MAX_VALUE, "a whole number of 0 or more"))
          .breakdowns(report.get("breakdowns").texts("expected a list of column names, such as [gender, partner]"))
          .crossTabs(crossTabs(report.get("crossTabs")));
    }
    yaml.throwIfProblems();
    return b;
  }

  /** {@code columns: {participants: {outcome: "Outcome achieved"}}}: headers to read for spec columns. */
  private static Map<String, Map<String, String>> columns(YamlNode node) {
    Map<String, List<Field>> fieldsByKind = RecordReaders.fieldsByKind();
    if (!node.group(fieldsByKind.keySet(), "expected kinds of table with the headers to read for spec columns, such"
        + " as 'participants: {outcome: \"Outcome achieved\"}'")) {
      return null;
    }
    Map<String, Map<String, String>> byKind = new LinkedHashMap<>();
    node.entries().forEach((kind, mapping) -> {
      if (!fieldsByKind.containsKey(kind)) {
        return; // an unknown kind of table, already reported with the nearest known one
      }
      Set<String> fields = fieldsByKind.get(kind).stream().map(Field::name).collect(Collectors.toSet());
      if (mapping.group(fields, "expected spec columns with the header to read for each, such as 'outcome:"
          + " \"Outcome achieved\"'")) {
        Map<String, String> byField = new LinkedHashMap<>();
        mapping.entries().forEach((field, header) -> {
          String text = header.text();
          if (text != null && fields.contains(field)) {
            byField.put(field, text);
          }
        });
        byKind.put(kind, byField);
      }
    });
    return byKind;
  }

  /**
   * {@code [[strand, gender], …]}: each cross-tab two to {@value #CROSS_TAB_COLUMNS} different columns.
   * Problems are noted at the {@code crossTabs} key (a list's items have no key of their own to name).
   */
  private static List<List<String>> crossTabs(YamlNode node) {
    String expected = "expected a list of cross-tabs, each a list of two or more columns, such as [[strand, gender]]";
    List<YamlNode> items = node.items(expected);
    if (items == null) {
      return null;
    }
    List<List<String>> tables = new ArrayList<>();
    for (YamlNode item : items) {
      List<String> columns = item.isPresent() && !item.isGroup() && !item.isText() ? item.texts(expected) : null;
      if (columns == null) {
        node.problem(expected + ", found " + Texts.quote(String.valueOf(item.text())));
        continue;
      }
      Set<String> distinct = new HashSet<>();
      columns.forEach(c -> distinct.add(Texts.key(c)));
      if (columns.size() < 2 || columns.size() > CROSS_TAB_COLUMNS) {
        node.problem("cross-tab " + columns + " combines " + columns.size() + " column" + (columns.size() == 1 ? "" : "s")
            + "; a cross-tab combines 2 to " + CROSS_TAB_COLUMNS);
      } else if (distinct.size() < columns.size() || distinct.contains("")) {
        node.problem("cross-tab " + columns + " names a column twice or a blank one; name different columns");
      } else {
        tables.add(columns);
      }
    }
    return tables;
  }

  private static Period period(YamlNode node) {
    if (!node.isPresent()) {
      return null;
    }
    try {
      if (node.isText()) {
        return Period.ukFinancialYear(node.text());
      }
      if (!node.group(PERIOD, "expected {start: 2021-04-01, end: 2022-03-31} or a financial year such as 2021/22")) {
        return null;
      }
      LocalDate start = node.get("start").date();
      LocalDate end = node.get("end").date();
      if (start == null || end == null) {
        boolean onlyKnownKeys = PERIOD.containsAll(node.entries().keySet()); // else that is the problem to fix
        if (onlyKnownKeys && (!node.get("start").isPresent() || !node.get("end").isPresent())) {
          node.problem("a period needs both 'start' and 'end'");
        }
        return null;
      }
      return new Period(start, end);
    } catch (IllegalArgumentException e) {
      node.problem(e.getMessage());
      return null;
    }
  }

  /** {@code bank} (the bank's figures) or {@code off} (a comparison group was used); on/off words too. */
  private static Boolean deadweight(YamlNode node) {
    return onOff(node, "bank", "none", "expected 'bank' or 'off'");
  }

  private static ConflictPolicy conflicts(YamlNode node) {
    String c = node.text();
    if (c == null) {
      return null;
    }
    try {
      return ConflictPolicy.parse(c);
    } catch (IllegalArgumentException e) {
      node.problem(e.getMessage());
      return null;
    }
  }

  /**
   * {@code discounting: {schedule: green-book, convention: year-zero}} or {@code {rate: 3.5%}}: a
   * schedule or a flat rate for every outcome (SPEC §5.6); neither keeps the defaults.
   */
  private static void discounting(YamlNode node, SettingsBuilder b) {
    if (!node.group(DISCOUNTING, "expected {schedule: green-book, convention: year-zero} or {rate: 3.5%}")) {
      return;
    }
    String c = node.get("convention").text();
    if (c != null) {
      try {
        b.discountConvention(Discounting.Convention.parse(c));
      } catch (IllegalArgumentException e) {
        node.get("convention").problem(e.getMessage());
      }
    }
    String schedule = node.get("schedule").text();
    BigDecimal rate = node.get("rate").percent();
    if (schedule != null && rate != null) {
      node.problem("give either a schedule or a flat rate, not both");
      return;
    }
    try {
      b.discountSchedule(schedule);
    } catch (IllegalArgumentException e) {
      node.get("schedule").problem(e.getMessage());
    }
    if (rate != null && rate.compareTo(BigDecimal.ONE) >= 0) {
      node.get("rate").problem("discount rate must be from 0% to below 100%");
    } else {
      b.discountRate(rate);
    }
  }

  /** {@code simulate: {runs: 10000, seed: 1}} (SPEC §5.5). */
  private static void simulate(YamlNode node, SettingsBuilder b) {
    if (!node.group(SIMULATE, "expected {runs: 10000, seed: 1}")) {
      return;
    }
    Integer runs = node.get("runs").wholeNumber(1, Settings.MAX_RUNS, "a number of runs from 1 to " + Settings.MAX_RUNS);
    if (runs == null && !node.get("runs").isPresent()) {
      node.problem("a simulation needs its number of runs, such as {runs: 10000, seed: 1}");
    }
    String seed = node.get("seed").text();
    if (seed != null) {
      try {
        b.seed(Long.parseLong(seed.strip()));
      } catch (NumberFormatException e) {
        node.get("seed").problem("expected a whole number, found " + Texts.quote(seed));
      }
    }
    b.simulate(runs);
  }

  /** {@code spread: {deadweight: 10%, attribution: 5%}}: ± percentage points the simulation varies each by. */
  private static Map<Parameter, BigDecimal> spread(YamlNode node) {
    if (!node.group(SPREAD.keySet(), "expected spreads such as {deadweight: 10%, attribution: 10%}")) {
      return null;
    }
    Map<Parameter, BigDecimal> spread = new EnumMap<>(Parameter.class);
    node.entries().forEach((key, value) -> {
      BigDecimal v = value.percent();
      if (v != null && SPREAD.containsKey(key)) {
        spread.put(SPREAD.get(key), v);
      }
    });
    return spread;
  }

  /** On or off: {@code on}, {@code off}, {@code true}, {@code false}, {@code yes}, {@code no}. */
  private static Boolean flag(YamlNode node) {
    return onOff(node, "on", "off", "expected on or off");
  }

  /** A switch: {@code on}, {@code true}, {@code yes} or {@code alsoOn}; {@code off}, {@code false}, {@code no} or {@code alsoOff}. */
  private static Boolean onOff(YamlNode node, String alsoOn, String alsoOff, String expected) {
    String text = node.text();
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals(alsoOn) || t.equals("on") || t.equals("true") || t.equals("yes")) {
      return true;
    }
    if (t.equals(alsoOff) || t.equals("off") || t.equals("false") || t.equals("no")) {
      return false;
    }
    node.problem(expected + ", found " + Texts.quote(text));
    return null;
  }

  private static String currency(YamlNode node) {
    String text = node.text();
    if (text == null) {
      return null;
    }
    try {
      return Settings.isoCurrency(text);
    } catch (IllegalArgumentException e) {
      node.problem(e.getMessage());
      return null;
    }
  }

  private static Map<String, Adjustments> outcomes(YamlNode node) {
    Map<String, Adjustments> map = new LinkedHashMap<>();
    if (node.isPresent() && !node.isGroup()) {
      node.problem("expected outcome ids with their adjustments, such as 'employment: {deadweight: 20%}'");
    }
    node.entries().forEach((outcome, a) -> {
      if (!a.isGroup()) {
        a.problem("expected adjustments such as {attribution: 25%, duration: 2}");
        return;
      }
      a.group(ADJUSTMENTS, "");
      YamlNode dropOff = a.get("dropOff").isPresent() ? a.get("dropOff") : a.get("drop_off");
      Integer duration = a.get("duration").wholeNumber(1, 100, "a whole number of years from 1 to 100");
      map.put(outcome, new Adjustments(a.get("deadweight").percent(), a.get("displacement").percent(),
          a.get("attribution").percent(), duration == null ? 1 : duration, dropOff.percent(), a.get("reason").text()));
    });
    return map.isEmpty() ? null : map;
  }
}
