package org.impactkit.read.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.ColumnMappings;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.model.Lookalike;
import org.impactkit.model.SourceFile;

/**
 * Matches a table's header row to the fields the spec names (SPEC §4.2): ignoring case, surrounding
 * spaces and the difference between spaces, {@code _} and {@code -}, and accepting aliases. Columns
 * it does not name are kept as breakdown dimensions.
 */
public final class Columns {
  private final Map<String, Integer> indexByField;
  private final int[] extraIndexes;
  private final SourceFile source;
  private final List<String> leftOut;
  /** How many columns the header has: a row with more holds a value split by an unquoted comma. */
  private final int width;
  /** Dates as written and as read: a file repeats a few hundred dates across all its rows. */
  private final Map<String, LocalDate> dates = new HashMap<>();

  /** Whether the table is delimited text (CSV): see {@link Table#isDelimitedText()}. */
  private final boolean delimitedText;
  /** How the table's numbers are written: see {@link Table#notation()}. */
  private final Cells.Notation notation;
  /** What separates the cells: see {@link Table#delimiter()}. */
  private final char delimiter;

  private Columns(Map<String, Integer> indexByField, int[] extraIndexes, SourceFile source, List<String> leftOut,
      int width, boolean delimitedText, Cells.Notation notation, char delimiter) {
    this.indexByField = indexByField;
    this.width = width;
    this.delimitedText = delimitedText;
    this.notation = notation;
    this.delimiter = delimiter;
    this.extraIndexes = extraIndexes;
    this.source = source;
    this.leftOut = List.copyOf(leftOut);
  }

  /**
   * The field each column of the header holds, by column: {@code null} for a breakdown column or one left
   * out.
   */
  public List<String> fieldOfColumns() {
    String[] fields = new String[width];
    indexByField.forEach((field, i) -> fields[i] = field);
    return Arrays.asList(fields);
  }

  /** The columns kept as breakdowns, by index, in the order of {@link #extras(Row)}. */
  public int[] extraColumns() {
    return extraIndexes.clone();
  }

  /** Headers, as written, of the columns left out of fields and breakdowns, in file order. */
  public List<String> leftOut() {
    return leftOut;
  }

  /** The form headers are compared in: lower case, single spaces for runs of space, {@code _} and {@code -}. */
  public static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
  }

  /**
   * Matches a header row.
   *
   * @param table the table (for its name and header)
   * @param fields the fields the spec names for this kind of file
   * @param problems where missing or repeated columns are reported
   * @return the match, or {@code null} when a required column is missing or a column is repeated
   */
  public static Columns match(Table table, List<Field> fields, List<Diagnostic> problems) {
    // Impact maps, inputs and value tables ignore their other columns (with a warning), so none is read.
    return match(table, fields, Set.of(), ColumnMapping.none(null), false, problems);
  }

  /**
   * Matches a header row, with the user's mapping, leaving out columns that must never reach a report.
   *
   * @param leftOut headers (compared as {@link #normalise normalised}) that are neither fields nor
   *     breakdown dimensions, e.g. participants' names; see {@link #leftOut()}
   * @param mapping headers the user maps to fields, and deliberate breakdowns
   */
  public static Columns match(Table table, List<Field> fields, Set<String> leftOut, ColumnMapping mapping,
      List<Diagnostic> problems) {
    return match(table, fields, leftOut, mapping, true, problems);
  }

  /**
   * Matches a header row, saying whether the table's other columns are read as breakdowns.
   *
   * @param breakdownsRead whether the breakdown columns' values reach a report (participants tables), so
   *     that the table counts them among the columns it reads ({@link Table#readingColumns}); the
   *     breakdown columns of other tables are kept by name only
   * @see #match(Table, List, Set, ColumnMapping, List)
   */
  public static Columns match(Table table, List<Field> fields, Set<String> leftOut, ColumnMapping mapping,
      boolean breakdownsRead, List<Diagnostic> problems) {
    Map<String, Field> fieldByKey = new HashMap<>();
    for (Field f : fields) {
      fieldByKey.put(normalise(f.name()), f);
      for (String alias : f.aliases()) {
        fieldByKey.put(normalise(alias), f);
      }
    }
    List<String> header = table.header();
    boolean ok = mapped(table, fields, mapping, fieldByKey, problems);
    Map<String, Integer> indexByField = new LinkedHashMap<>();
    Map<String, String> headerByField = new LinkedHashMap<>();
    List<Integer> extras = new ArrayList<>();
    List<String> extraNames = new ArrayList<>();
    Map<String, Integer> extraSeen = new HashMap<>();
    List<String> dropped = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i) == null ? "" : header.get(i);
      if (h.isBlank()) {
        continue;
      }
      Field f = fieldByKey.get(normalise(h));
      if (f == null && leftOut.contains(normalise(h))) {
        dropped.add(h.strip());
        continue;
      }
      if (f != null) {
        Integer previous = indexByField.putIfAbsent(f.name(), i);
        if (previous != null) {
          problems.add(Diagnostic.error(table.name(), table.headerLine(), h, "column " + Texts.quote(h)
              + " repeats column " + Texts.quote(header.get(previous)) + " (both mean '" + f.name() + "'); keep one"));
          ok = false;
        }
        headerByField.putIfAbsent(f.name(), h.strip());
      } else {
        Integer previous = extraSeen.putIfAbsent(normalise(h), i);
        if (previous != null) {
          problems.add(Diagnostic.error(table.name(), table.headerLine(), h,
              "column " + Texts.quote(h) + " appears twice; keep one"));
          ok = false;
        }
        extras.add(i);
        extraNames.add(h.strip());
      }
    }
    List<Lookalike> lookalikes = new ArrayList<>();
    for (String extra : extraNames) {
      if (!mapping.breakdowns().contains(normalise(extra))) {
        Lookalikes.of(extra, fields, indexByField.keySet()).ifPresent(f -> lookalikes.add(new Lookalike(extra, f)));
      }
    }
    for (Field f : fields) {
      if (f.required() && !indexByField.containsKey(f.name())) {
        problems.add(Diagnostic.error(table.name(), table.headerLine(), null,
            missingMessage(f, header, extraNames, mapping.kind(), lookalikes)));
        ok = false;
      }
    }
    if (mapping.kind() == null) {
      // Tables without checks (impact maps, bank imports): a lookalike is a warning here.
      for (Lookalike l : lookalikes.stream().filter(l -> !fieldNamed(fields, l.field()).required()).toList()) {
        problems.add(Diagnostic.warning(table.name(), table.headerLine(), l.header(), "column "
            + Texts.quote(l.header()) + " is not one impact reads, so it is kept as a breakdown; did you mean '"
            + l.field() + "'?"));
      }
    }
    if (!ok) {
      return null;
    }
    Map<Integer, String> read = new TreeMap<>();
    indexByField.values().forEach(i -> read.put(i, header.get(i).strip()));
    if (breakdownsRead) {
      extras.forEach(i -> read.put(i, header.get(i).strip()));
    }
    table.readingColumns(read);
    return new Columns(indexByField, extras.stream().mapToInt(Integer::intValue).toArray(),
        new SourceFile(table.name(), mapping.kind(), headerByField, extraNames, lookalikes), dropped, header.size(),
        table.isDelimitedText(), table.notation(), table.delimiter());
  }

  /** {@return whether the table is delimited text (CSV), see {@link Table#isDelimitedText()}} */
  boolean delimitedText() {
    return delimitedText;
  }

  /** {@return what separates the cells, see {@link Table#delimiter()}} */
  char delimiter() {
    return delimiter;
  }

  /** {@return how the table's numbers are written, see {@link Table#notation()}} */
  public Cells.Notation notation() {
    return notation;
  }

  /** {@return how many columns the header has} */
  int width() {
    return width;
  }

  /**
   * Adds the user's mapping to {@code fieldByKey}: each mapped header reads as its field. A mapped header
   * the table does not have, or a field the table kind does not know, is an error.
   *
   * @return whether the mapping fits the table
   */
  private static boolean mapped(Table table, List<Field> fields, ColumnMapping mapping, Map<String, Field> fieldByKey,
      List<Diagnostic> problems) {
    boolean ok = true;
    for (Map.Entry<String, String> e : mapping.headerByField().entrySet()) {
      Field field = fields.stream().filter(f -> f.name().equals(e.getKey())).findFirst().orElse(null);
      boolean present =
          table.header().stream().anyMatch(h -> h != null && normalise(h).equals(normalise(e.getValue())));
      if (field == null) {
        problems.add(Diagnostic.error(table.name(), table.headerLine(), null, "the column mapping names "
            + Texts.quote(e.getKey()) + ", which is not a column of " + mapping.kind() + " tables; expected one of "
            + fields.stream().map(Field::name).toList()));
        ok = false;
      } else if (!present) {
        problems.add(Diagnostic.error(table.name(), table.headerLine(), null, "the column mapping reads '"
            + field.name() + "' from " + Texts.quote(e.getValue()) + ", but the table has no such column; headers"
            + " found: " + table.header().stream().filter(h -> h != null && !h.isBlank()).limit(20)
                .map(Texts::quote).toList()));
        ok = false;
      } else {
        fieldByKey.values().removeIf(f -> f == field); // the mapping replaces the spec's names for that field
        fieldByKey.put(normalise(e.getValue()), field);
      }
    }
    return ok;
  }

  private static Field fieldNamed(List<Field> fields, String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static String missingMessage(Field f, List<String> header, List<String> unmatched, String kind,
      List<Lookalike> lookalikes) {
    StringBuilder sb = new StringBuilder("missing required column '").append(f.name()).append('\'');
    if (!f.aliases().isEmpty()) {
      sb.append(" (also accepted: ").append(String.join(", ", f.aliases())).append(')');
    }
    List<String> names = new ArrayList<>(f.aliases());
    names.add(f.name());
    String guess = null;
    for (String h : unmatched) {
      if (NearestMatch.among(normalise(h), names.stream().map(Columns::normalise).toList()).isPresent()) {
        guess = h;
        break;
      }
    }
    Lookalike lookalike = lookalikes.stream().filter(l -> l.field().equals(f.name())).findFirst().orElse(null);
    if (guess == null && lookalike != null) {
      guess = lookalike.header();
    }
    List<String> named = header.stream().filter(h -> h != null && !h.isBlank()).toList();
    boolean piped = named.size() == 1 && named.get(0).indexOf('|') >= 0;
    if (guess != null && !piped) {
      sb.append("; did you mean ").append(Texts.quote(guess)).append('?');
      if (kind != null && lookalike != null && lookalike.header().equals(guess)) {
        sb.append(" (rename it, or add to evaluation.yaml: ").append(ColumnMappings.yaml(kind, lookalike.field(), lookalike.header())).append(')');
      }
    }
    List<String> shown = header.stream().filter(h -> h != null && !h.isBlank()).limit(20).map(Texts::quote).toList();
    sb.append("; headers found: ").append(shown.isEmpty() ? "none" : String.join(", ", shown));
    if (header.size() > 20) {
      sb.append(", … (").append(header.size()).append(" in all)");
    }
    if (piped) {
      sb.append("; the names seem to be separated by '|': save the file with commas, semicolons or tabs between"
          + " values");
    } else if (shown.size() == 1 && guess == null) {
      // One cell in the first row: most often a title or a note above the real header.
      sb.append("; the header must be the table's first row: if the columns' names are further down, delete the"
          + " rows above them");
    }
    return sb.toString();
  }

  /** What records read through these columns point at: the file, its headers and extra columns. */
  public SourceFile source() {
    return source;
  }

  /** Whether the file has a column for the field. */
  public boolean has(String field) {
    return indexByField.containsKey(field);
  }

  /** The field's cell in a row, trimmed, or {@code null} when the file has no such column or it is blank. */
  public String get(Row row, String field) {
    Integer i = indexByField.get(field);
    return i == null ? null : Texts.blankToNull(row.cell(i));
  }

  /** Reads a date cell, remembering each distinct text's date (at most a few thousand). */
  LocalDate date(String text) throws Cells.CellException {
    LocalDate date = dates.get(text);
    if (date == null) {
      date = Cells.date(text);
      if (dates.size() < 1 << 12) {
        dates.put(text, date);
      }
    }
    return date;
  }

  /**
   * A field and where this file holds it, looked up once per file so that a reader of many rows does
   * not look each field up by name in every row.
   *
   * @param field the field's name (as messages name it)
   * @param index the 0-based column index, or -1 when the file has no such column
   */
  public record Column(String field, int index) {
    /** The cell in a row, trimmed, or {@code null} when the file has no such column or it is blank. */
    public String get(Row row) {
      return index < 0 ? null : Texts.blankToNull(row.cell(index));
    }
  }

  /** The field's column in this file (index -1 when the file has none). */
  public Column column(String field) {
    Integer i = indexByField.get(field);
    return new Column(field, i == null ? -1 : i);
  }

  /** The row's extra (breakdown) cells, aligned with {@link SourceFile#extraColumns()}. */
  public List<String> extras(Row row) {
    if (extraIndexes.length == 0) {
      return List.of();
    }
    String[] values = new String[extraIndexes.length];
    for (int i = 0; i < extraIndexes.length; i++) {
      String c = row.cell(extraIndexes[i]);
      values[i] = c == null ? "" : c.strip();
    }
    return List.of(values);
  }
}
