package org.impactkit.read.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.Texts;

/**
 * The merged ranges of one sheet that would change what is read (SPEC §4.2). A merged range keeps its value
 * in its first cell; Excel shows that value across the range, but every other cell of it is empty in the
 * file. In the header, the columns under the other cells would have no header and be left out unseen. Over
 * data rows of a column read, the rows under the first cell would read as blank (engaged with no outcome, an
 * unknown age band, "the activity id is missing") while the user sees the value in them. A range over columns
 * no reader takes values from (notes), over rows with nothing else in them, or with nothing in its first cell
 * changes no figure and passes.
 *
 * <p>XLSX keeps the merged ranges after the rows, so the sheet is followed as it streams past ({@link #row}),
 * remembering which rows hold values and which cells of the columns read do, one bit each, and judged at the
 * end ({@link #range}, {@link #problems}).
 */
final class MergedCells {
  /** Excel's own limit on rows; a row number beyond it is damage, and is taken as holding values. */
  private static final int EXCEL_ROWS = 1_048_576;

  /** Merged ranges named in one message, at most. */
  private static final int NAMED = 5;

  private final String table;
  private final long headerLine;
  /** The columns read, by index, with their headers as written. */
  private final Map<Integer, String> read;
  /** Rows that hold a value in any column, so are records. */
  private final BitSet rows = new BitSet();
  /** The columns read, in order, and for each the rows where it holds a value: looked at in every row. */
  private final int[] columns;
  private final BitSet[] valued;
  /** How many rows up to each row number hold values, made once the first data range is judged. */
  private int[] recordsUpTo;
  private final List<String> header = new ArrayList<>();
  private final Map<Integer, Column> data = new TreeMap<>();

  /** A merged range as the sheet writes it, and where it starts. */
  private record Range(String ref, long row, int column) {}

  /** The data ranges found in one column read, and the rows they would blank. */
  private static final class Column {
    final List<Range> ranges = new ArrayList<>();
    long blanked;
  }

  /**
   * Follows a sheet whose header is read.
   *
   * @param table the sheet as named in messages
   * @param headerLine the header's row number
   * @param read the columns read, by 0-based index, with their headers
   */
  MergedCells(String table, long headerLine, Map<Integer, String> read) {
    this.table = table;
    this.headerLine = headerLine;
    this.read = Map.copyOf(read);
    this.columns = read.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    this.valued = new BitSet[columns.length];
    for (int i = 0; i < columns.length; i++) {
      valued[i] = new BitSet();
    }
  }

  /** A data row as read, blank or not. */
  void row(long number, String[] cells) {
    if (number > EXCEL_ROWS) {
      return;
    }
    boolean any = false;
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        any = true;
        break;
      }
    }
    if (!any) {
      return;
    }
    rows.set((int) number);
    for (int i = 0; i < columns.length && columns[i] < cells.length; i++) {
      String c = cells[columns[i]];
      if (c != null && !c.isBlank()) {
        valued[i].set((int) number);
      }
    }
  }

  /** A merged range, as the sheet writes it ({@code C2:C4}); one that cannot be parsed is passed over. */
  void range(String ref) {
    String r = ref.strip();
    int colon = r.indexOf(':');
    String first = colon < 0 ? r : r.substring(0, colon);
    String last = colon < 0 ? r : r.substring(colon + 1);
    int firstColumn;
    int lastColumn;
    try {
      firstColumn = XlsxTable.column(first.replace("$", ""));
      lastColumn = XlsxTable.column(last.replace("$", ""));
    } catch (IllegalArgumentException e) {
      return;
    }
    long firstRow = rowOf(first);
    long lastRow = rowOf(last);
    if (firstRow < 1 || lastRow < firstRow || lastColumn < firstColumn) {
      return;
    }
    if (firstRow <= headerLine && lastRow >= headerLine) {
      header.add(r);
    } else if (firstRow > headerLine) {
      data(r, firstRow, lastRow, firstColumn, lastColumn);
    }
  }

  private void data(String ref, long firstRow, long lastRow, int firstColumn, int lastColumn) {
    int first = Arrays.binarySearch(columns, firstColumn);
    if (first >= 0 && firstRow <= EXCEL_ROWS && !valued[first].get((int) firstRow)) {
      return; // nothing to show across the range: it reads as it looks, blank
    }
    for (Map.Entry<Integer, String> e : read.entrySet()) {
      int column = e.getKey();
      if (column < firstColumn || column > lastColumn) {
        continue;
      }
      // The range's first cell holds its value; in that column the rows under it are blanked.
      long from = column == firstColumn ? firstRow + 1 : firstRow;
      long blanked = records(from, lastRow);
      if (blanked > 0) {
        Column c = data.computeIfAbsent(column, k -> new Column());
        c.ranges.add(new Range(ref, firstRow, firstColumn));
        c.blanked += blanked;
      }
    }
  }

  /**
   * The rows from {@code from} to {@code to} that hold values, counting any beyond Excel's limit. By running
   * totals, so that a file of many tall ranges costs no more than one of a few.
   */
  private long records(long from, long to) {
    if (from > to) {
      return 0;
    }
    if (recordsUpTo == null) {
      recordsUpTo = new int[rows.length() + 1];
      for (int r = 1; r < recordsUpTo.length; r++) {
        recordsUpTo[r] = recordsUpTo[r - 1] + (rows.get(r) ? 1 : 0);
      }
    }
    long beyond = to > EXCEL_ROWS ? to - Math.max(from, EXCEL_ROWS + 1L) + 1 : 0;
    int last = recordsUpTo.length - 1;
    int end = (int) Math.min(Math.min(to, EXCEL_ROWS), last);
    return (from <= end ? recordsUpTo[end] - recordsUpTo[(int) from - 1] : 0) + beyond;
  }

  private static long rowOf(String cell) {
    String digits = cell.strip().replaceAll("^[A-Za-z$]+|\\$", "");
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One error for merged header cells, and one for each column read whose data rows a merged range blanks. */
  List<Diagnostic> problems() {
    List<Diagnostic> problems = new ArrayList<>();
    if (!header.isEmpty()) {
      problems.add(Diagnostic.error(table, headerLine, null, "header cells " + String.join(", ",
          header.subList(0, Math.min(NAMED, header.size()))) + " are merged, so only the first cell of each range"
          + " has a header and the other columns would not be read; unmerge them and give every column its own"
          + " header"));
    }
    data.forEach((column, c) -> {
      String header = read.get(column);
      // In the sheet's order, whatever order the program that saved it wrote them in
      c.ranges.sort(Comparator.comparingLong(Range::row).thenComparingInt(Range::column));
      List<String> named = c.ranges.stream().limit(NAMED).map(Range::ref).toList();
      String ranges = Texts.listed(named) + (c.ranges.size() > NAMED ? " (" + c.ranges.size() + " ranges in all)"
          : "");
      problems.add(Diagnostic.error(table, c.ranges.get(0).row(), header, "cells " + ranges + " are merged: a"
          + " merged range keeps its value in its first cell only, so " + (c.blanked == 1 ? "1 row" : c.blanked + " rows")
          + " would be read with a blank " + Texts.quote(header) + " though the sheet shows a value there;"
          + " unmerge the cells (Merge & Center in Excel) and fill the value into every row"));
    });
    return problems;
  }
}
