package org.impactkit.read.bank;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.InvalidBankException;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.bank.ValueTable;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Currencies;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.model.RowRef;
import org.impactkit.read.table.Cells;
import org.impactkit.read.table.Columns;
import org.impactkit.read.table.CutShortRows;
import org.impactkit.read.table.Field;
import org.impactkit.read.table.Row;
import org.impactkit.read.table.RowReader;
import org.impactkit.read.table.Table;

/**
 * Turns a value table (SPEC §3.3) into a {@link ValueBank}: one row per outcome × region × age band,
 * as licence holders keep their values in a spreadsheet. An outcome with the same figure in every
 * cell becomes a uniform value; an outcome may also have a single row with region and age band left
 * blank, meaning one figure for every region and band. Every problem is reported at once, each
 * naming file, line and column.
 */
public final class BankTableImporter {
  /** The columns of a value table. */
  public static final List<Field> FIELDS = List.of(
      Field.required("outcome_id", "outcome", "id"),
      Field.optional("outcome_name", "name"),
      Field.optional("category"),
      Field.optional("region"),
      Field.optional("age_band", "band"),
      Field.required("value", "annual_value"),
      Field.optional("deadweight"),
      Field.optional("evidence"),
      Field.optional("requires_survey", "survey"),
      Field.optional("conflicts", "conflicts_with"),
      Field.optional("source"));

  private static final Set<String> UNKNOWN_BAND = Set.of("unknown", "age unknown", "unknown age", "not known");
  private static final Pattern UNDER = Pattern.compile("(?:under|<|less than)\\s*-?\\s*(\\d{1,3})");
  private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:-|–|to)\\s*(\\d{1,3})");
  private static final Pattern PLUS =
      Pattern.compile("(\\d{1,3})\\s*(?:\\+|-?\\s*plus|and over|or over|and above|or older)");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");

  /** A bank read from a table, with remarks that did not stop the import. */
  public record Imported(ValueBank bank, List<Diagnostic> warnings) {}

  private final Table table;
  private final ValueBank.Info info;
  private final String symbol;
  private final Diagnostics diagnostics = new Diagnostics();
  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  private final Map<String, Region> regions = new LinkedHashMap<>();
  private final Map<String, AgeBand> bands = new LinkedHashMap<>();

  private BankTableImporter(Table table, ValueBank.Info info) {
    this.table = table;
    this.info = info;
    this.symbol = Currencies.symbol(info.currency());
  }

  /**
   * Reads a value table into a bank.
   *
   * @param table the table (CSV file or workbook sheet)
   * @param info the bank's id, name, version, currency, price year, licence and attribution
   * @throws InvalidInputException listing every problem, each with file, line and column
   */
  public static Imported read(Table table, ValueBank.Info info) throws IOException {
    return new BankTableImporter(table, Objects.requireNonNull(info, "info")).read();
  }

  private Imported read() throws IOException {
    List<Diagnostic> headerProblems = new ArrayList<>();
    Columns columns = Columns.match(table, FIELDS, headerProblems);
    if (columns == null) {
      throw new InvalidInputException(headerProblems, 0);
    }
    List<Diagnostic> warnings = new ArrayList<>();
    List<String> known = FIELDS.stream().map(f -> Columns.normalise(f.name())).toList();
    for (String extra : columns.source().extraColumns()) {
      warnings.add(Diagnostic.warning(table.name(), 1, extra, "not a column of a value table, so it was ignored"
          + NearestMatch.hint(Columns.normalise(extra), known)));
    }
    long rows = 0;
    CutShortRows cutShort = new CutShortRows(table);
    for (Row row = table.next(); row != null; row = table.next()) {
      rows++;
      cutShort.see(row);
      row(new RowReader(columns, row));
    }
    cutShort.problems().forEach(diagnostics::add);
    if (rows == 0) {
      diagnostics.add(Diagnostic.error(table.name(), 0, null,
          "the table has a header but no rows; give one row per outcome × region × age band"));
    }
    diagnostics.throwIfErrors(false);
    ValueBank bank = assemble();
    for (Draft d : drafts.values()) {
      signsDiffer(d, warnings);
      if (d.deadweight == null) {
        warnings.add(Diagnostic.warning(d.first, "outcome_id", "outcome '" + d.id + "' has no deadweight; 0% will be applied,"
            + " with a warning in every report"));
      }
    }
    return new Imported(bank, List.copyOf(warnings));
  }

  /** Everything the rows say about one outcome, with the line each fact came from. */
  private static final class Draft {
    final String id;
    final RowRef first;
    final Map<String, Attribute> attributes = new LinkedHashMap<>();
    BigDecimal deadweight;
    BigDecimal uniform;
    RowRef uniformAt;
    final Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
    final Map<String, RowRef> cellAt = new LinkedHashMap<>();
    final Map<String, RowRef> conflicts = new LinkedHashMap<>();

    Draft(String id, RowRef first) {
      this.id = id;
      this.first = first;
    }
  }

  private record Attribute(String value, RowRef at) {}

  /**
   * Warns at the first value whose sign differs from the outcome's others: an outcome is a benefit or a
   * harm in every region and age band, so {@code -2000} among positive values is most often a stray minus.
   */
  private static void signsDiffer(Draft d, List<Diagnostic> warnings) {
    long negative = 0;
    long positive = 0;
    String firstNegative = null;
    String firstPositive = null;
    for (var region : d.values.entrySet()) {
      for (var band : region.getValue().entrySet()) {
        String cell = region.getKey() + "\u0000" + band.getKey();
        if (band.getValue().signum() < 0) {
          negative++;
          firstNegative = firstNegative == null ? cell : firstNegative;
        } else if (band.getValue().signum() > 0) {
          positive++;
          firstPositive = firstPositive == null ? cell : firstPositive;
        }
      }
    }
    if (negative > 0 && positive > 0) {
      String odd = negative <= positive ? firstNegative : firstPositive;
      warnings.add(Diagnostic.warning(d.cellAt.get(odd), "value", "outcome '" + d.id + "' has "
          + (negative <= positive ? "a negative value here among positive ones" : "a positive value here among"
              + " negative ones") + ": an outcome is a benefit or a harm in every region and age band; check the sign"));
    }
  }

  private void row(RowReader r) {
    String id = r.requiredText("outcome_id", "the outcome id");
    if (id != null && id.length() > BankReader.MAX_ID_CHARS) {
      r.problem("outcome_id", "an outcome id has at most " + BankReader.MAX_ID_CHARS + " characters, found "
          + id.length());
    }
    // money() refuses figures beyond what a bank file may hold (Cells.isFigure), so a problem points at its row
    BigDecimal value = r.money("value", symbol, true);
    Boolean survey = r.yesNo("requires_survey");
    BigDecimal deadweight = deadweight(r);
    String regionText = r.text("region");
    String bandText = r.text("age_band");
    Region region = regionText == null ? null : region(r, regionText);
    AgeBand band = bandText == null ? null : band(r, bandText);
    if ((regionText == null) != (bandText == null)) {
      r.problem(regionText == null ? "region" : "age_band", "give both a region and an age band, or leave both"
          + " blank for one figure for every region and age band");
    }
    if (!r.ok() || id == null) {
      diagnostics.addAll(r.problems());
      return;
    }
    Draft d = drafts.computeIfAbsent(Texts.key(id), k -> new Draft(id, r.ref()));
    if (!d.id.equals(id)) {
      r.problem("outcome_id", "outcome " + Texts.quote(id) + " is written differently on line " + d.first.line()
          + " (" + Texts.quote(d.id) + "); write an outcome id the same way on every row");
    }
    same(r, d, "outcome_name", r.text("outcome_name"));
    same(r, d, "category", r.text("category"));
    same(r, d, "evidence", r.text("evidence"));
    same(r, d, "source", r.text("source"));
    same(r, d, "requires_survey", survey == null ? null : survey.toString());
    if (deadweight != null) {
      // compared, and quoted, in percent points as the table writes them: '20%', not the fraction 0.2
      same(r, d, "deadweight", deadweight.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
      d.deadweight = deadweight;
    }
    String conflicts = r.text("conflicts");
    if (conflicts != null) {
      for (String other : LIST_SEPARATOR.split(conflicts)) {
        if (!other.isBlank()) {
          d.conflicts.putIfAbsent(other.strip(), r.ref());
        }
      }
    }
    if (region == null && band == null) {
      if (d.uniformAt != null) {
        r.problem("outcome_id", "outcome '" + d.id + "' already has one figure for every region and age band on line "
            + d.uniformAt.line() + "; give it once");
      } else if (!d.cellAt.isEmpty()) {
        r.problem("region", "outcome '" + d.id + "' has values by region and age band (line "
            + d.cellAt.values().iterator().next().line() + "); a row with blank region and age band cannot be added");
      } else {
        d.uniform = value;
        d.uniformAt = r.ref();
      }
    } else if (region != null && band != null) {
      String cell = region.id() + "\u0000" + band.id();
      RowRef previous = d.cellAt.putIfAbsent(cell, r.ref());
      if (d.uniformAt != null) {
        r.problem("region", "outcome '" + d.id + "' already has one figure for every region and age band (line "
            + d.uniformAt.line() + "); give either that row or one row per region and age band");
      } else if (previous != null) {
        r.problem("age_band", "outcome '" + d.id + "', region '" + region.label() + "', age band '" + band.label()
            + "' is already given on line " + previous.line());
      } else {
        d.values.computeIfAbsent(region.id(), k -> new LinkedHashMap<>()).put(band.id(), value);
      }
    }
    diagnostics.addAll(r.problems());
  }

  /** Checks that a fact about an outcome agrees with what an earlier row said. */
  private void same(RowReader r, Draft d, String field, String value) {
    if (value == null) {
      return;
    }
    Attribute earlier = d.attributes.putIfAbsent(field, new Attribute(value, r.ref()));
    if (earlier != null && !earlier.value().equals(value)) {
      r.problem(field, "outcome '" + d.id + "' has a different " + field.replace('_', ' ') + " on line "
          + earlier.at().line() + " (" + Texts.quote(earlier.value()) + "); an outcome has one");
    }
  }

  /**
   * Deadweight as percent points ({@code 23} or {@code 23%}, SPEC §4.2). A bare figure between 0 and
   * 1 is refused: it is most likely a fraction, and reading 0.23 as 0.23% would overstate the value.
   */
  private static BigDecimal deadweight(RowReader r) {
    String text = r.text("deadweight");
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (NUMBER.matcher(t).matches()) {
      BigDecimal n = new BigDecimal(t);
      if (n.signum() > 0 && n.compareTo(BigDecimal.ONE) < 0) {
        String points = n.movePointRight(2).stripTrailingZeros().toPlainString();
        r.problem("deadweight", "deadweight " + t + " is ambiguous: write it in percent points, " + points + " or "
            + points + "% (or " + t + "% if you mean less than one percent)");
        return null;
      }
    }
    try {
      return Cells.percent(t).stripTrailingZeros();
    } catch (Cells.CellException e) {
      r.problem("deadweight", e.getMessage());
      return null;
    }
  }

  /** The region a cell names; regions are created in the order they first appear. */
  private Region region(RowReader r, String text) {
    String id = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    if (id.isEmpty()) {
      r.problem("region", "expected a region name such as London, found " + Texts.quote(text));
      return null;
    }
    return regions.computeIfAbsent(id, k -> new Region(k, text.strip(), List.of()));
  }

  /** The age band a cell names: {@code Under 25}, {@code 25-49}, {@code 50+}, {@code Unknown} and the like. */
  private AgeBand band(RowReader r, String text) {
    String key = Texts.key(text);
    AgeBand parsed = null;
    Matcher m;
    if (UNKNOWN_BAND.contains(key)) {
      return AgeBand.UNKNOWN;
    } else if ((m = UNDER.matcher(key)).matches() && Integer.parseInt(m.group(1)) > 0) {
      int limit = Integer.parseInt(m.group(1));
      parsed = new AgeBand("under-" + limit, text.strip(), null, limit - 1);
    } else if ((m = RANGE.matcher(key)).matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
      parsed = new AgeBand(m.group(1) + "-" + m.group(2), text.strip(), Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)));
    } else if ((m = PLUS.matcher(key)).matches()) {
      parsed = new AgeBand(m.group(1) + "-plus", text.strip(), Integer.parseInt(m.group(1)), null);
    }
    if (parsed == null) {
      r.problem("age_band", "expected an age band such as Under 25, 25-49, 50+ or Unknown, found " + Texts.quote(text));
      return null;
    }
    AgeBand band = parsedOrDefault(parsed);
    return bands.computeIfAbsent(band.id(), k -> band);
  }

  /** Uses the default band's label when a cell names one of the default bands. */
  private static AgeBand parsedOrDefault(AgeBand parsed) {
    return AgeBand.DEFAULTS.stream().filter(b -> b.id().equals(parsed.id())).findFirst().orElse(parsed);
  }

  private ValueBank assemble() {
    List<Region> regionList = List.copyOf(regions.values());
    List<AgeBand> bandList = new ArrayList<>(bands.values());
    bandList.removeIf(AgeBand::isUnknown);
    bandList.sort(Comparator.comparing((AgeBand b) -> b.minAge() == null ? Integer.MIN_VALUE : b.minAge()));
    List<AgeBand> allBands = new ArrayList<>(bandList.isEmpty() && regionList.isEmpty() ? AgeBand.DEFAULTS : bandList);
    allBands.add(AgeBand.UNKNOWN);

    List<Outcome> outcomes = new ArrayList<>();
    for (Draft d : drafts.values()) {
      ValueTable values = d.uniformAt != null ? ValueTable.uniform(d.uniform) : grid(d, regionList, allBands);
      if (values == null) {
        continue;
      }
      outcomes.add(new Outcome(d.id, text(d, "outcome_name"), text(d, "category"), text(d, "evidence"),
          "true".equals(text(d, "requires_survey")), d.deadweight, null, values,
          new Outcome.Provenance(text(d, "source"), null, null, null, null)));
    }
    List<List<String>> conflicts = conflicts();
    diagnostics.throwIfErrors(false);
    try {
      return new ValueBank(info, bandList, regionList, Map.of(), outcomes, conflicts);
    } catch (InvalidBankException e) {
      throw new InvalidInputException(
          e.problems().stream().map(p -> Diagnostic.error(table.name(), 0, null, p.render())).toList(), 0);
    }
  }

  /** An outcome's values by region and band; every region and band must be there (SPEC §3.1). */
  private ValueTable grid(Draft d, List<Region> regionList, List<AgeBand> allBands) {
    List<String> missing = new ArrayList<>();
    Set<BigDecimal> distinct = new LinkedHashSet<>();
    for (Region region : regionList) {
      for (AgeBand band : allBands) {
        BigDecimal v = d.values.getOrDefault(region.id(), Map.of()).get(band.id());
        if (v == null) {
          missing.add(region.label() + " × " + band.label());
        } else {
          distinct.add(v.stripTrailingZeros());
        }
      }
    }
    if (!missing.isEmpty()) {
      diagnostics.add(Diagnostic.error(d.first, "outcome_id", "outcome '" + d.id + "' has no value for " + missing.size()
          + (missing.size() == 1 ? " region and age band: " : " regions and age bands: ")
          + String.join(", ", missing.subList(0, Math.min(6, missing.size())))
          + (missing.size() > 6 ? ", …" : "") + "; every outcome needs a row for each region and age band"
          + " (including Unknown, valued in its own right), or one row with both left blank"));
      return null;
    }
    if (distinct.size() == 1) {
      return ValueTable.uniform(d.values.values().iterator().next().values().iterator().next());
    }
    Map<String, Map<String, BigDecimal>> ordered = new LinkedHashMap<>();
    for (Region region : regionList) {
      Map<String, BigDecimal> byBand = new LinkedHashMap<>();
      for (AgeBand band : allBands) {
        byBand.put(band.id(), d.values.get(region.id()).get(band.id()));
      }
      ordered.put(region.id(), byBand);
    }
    return ValueTable.byRegionAndBand(ordered);
  }

  private static String text(Draft d, String field) {
    Attribute a = d.attributes.get(field);
    return a == null ? null : a.value();
  }

  /** Pairs from the conflicts column, each once, naming outcomes of the table. */
  private List<List<String>> conflicts() {
    Map<String, String> idByKey = new LinkedHashMap<>();
    drafts.values().forEach(d -> idByKey.put(Texts.key(d.id), d.id));
    Set<List<String>> seen = new LinkedHashSet<>();
    List<List<String>> pairs = new ArrayList<>();
    for (Draft d : drafts.values()) {
      d.conflicts.forEach((other, at) -> {
        String otherId = idByKey.get(Texts.key(other));
        if (otherId == null) {
          diagnostics.add(Diagnostic.error(at, "conflicts", "outcome '" + d.id + "' conflicts with " + Texts.quote(other)
              + ", which is not an outcome of the table" + NearestMatch.hint(other, idByKey.values())));
        } else if (otherId.equals(d.id)) {
          diagnostics.add(Diagnostic.error(at, "conflicts", "outcome '" + d.id + "' cannot conflict with itself"));
        } else {
          List<String> key = d.id.compareTo(otherId) < 0 ? List.of(d.id, otherId) : List.of(otherId, d.id);
          if (seen.add(key)) {
            pairs.add(List.of(d.id, otherId));
          }
        }
      });
    }
    return pairs;
  }
}
