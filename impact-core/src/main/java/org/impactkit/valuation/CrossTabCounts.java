package org.impactkit.valuation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.impactkit.bank.AgeBand;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.valuation.CalculationResult.CrossTab;
import org.impactkit.valuation.CalculationResult.CrossTabCell;
import org.impactkit.valuation.internal.LongIntMap;

/**
 * Cross-tabulated headcounts (SPEC §8): distinct participants per combination of the values of two or
 * more columns, with row and column totals, counted with {@link Headcounts}' tags as rows stream in.
 *
 * <p>Each row tags its participant with the combination of its values (a cell) and, for three or more
 * columns, of all but the last (a row's total), so every total counts different people, as the cells
 * do. A total over one column is that value's own headcount, already counted (a row without the column
 * counts as its {@code (blank)}, there too). A combination's tag is found from the row's value tags
 * through a tree of primitive map lookups, one per column, so a row allocates nothing; memory grows
 * with the distinct combinations and the participants having them.
 */
final class CrossTabCounts {
  /** A column of a cross-tab that is the row's age band, or its activity, rather than a breakdown column. */
  private static final int BAND = -2;
  private static final int ACTIVITY = -3;
  /** A combination's part standing for "any value", in the totals. */
  private static final int ANY = -1;
  private static final int CELL = 0;
  private static final int ROW_TOTAL = 1;
  private static final int COLUMN_TOTAL = 2;
  /** The kinds of combination in the tree (cells and rows' totals); column totals are values' own counts. */
  private static final int KINDS = 2;

  private final Headcounts headcounts;
  private final List<List<String>> names;
  /** Per cross-tab, the dimension of each column (or {@link #BAND}, {@link #ACTIVITY}). */
  private final int[][] dims;
  /** Per dimension up to the highest a cross-tab names, this row's value tag, or -1 when it has none. */
  private final int[] rowValue;
  /** Per dimension, the tag of its {@code (blank)} value, or -1 until needed. */
  private int[] blankTag = new int[8];
  /**
   * The tree of combinations: (node, part) → the next node, or at the last column the combination's
   * tag. Cross-tab k's kinds of combination start at node {@code KINDS × k + kind}; nodes made on the
   * way are numbered after those.
   */
  private final LongIntMap tree = new LongIntMap();
  private int nodes;
  /** Per combination: its tag, cross-tab, kind, then the value tag (or {@link #ANY}) of each column. */
  private final List<int[]> combinations = new ArrayList<>();
  private int[] parts = new int[4];

  /**
   * @param names the columns of each cross-tab: breakdown columns, {@code partner}, {@code activity} or
   *     {@code age band}
   */
  CrossTabCounts(Headcounts headcounts, List<List<String>> names) {
    this.headcounts = headcounts;
    this.names = List.copyOf(names);
    this.dims = new int[names.size()][];
    for (int k = 0; k < dims.length; k++) {
      List<String> columns = names.get(k);
      dims[k] = new int[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        String column = columns.get(i);
        dims[k][i] = switch (Headcounts.dimensionKey(column)) {
          case "age band", "band" -> BAND;
          case "activity", "activity id" -> ACTIVITY;
          default -> headcounts.dimensionNamed(column);
        };
      }
      parts = columns.size() > parts.length ? new int[columns.size()] : parts;
    }
    this.nodes = KINDS * dims.length;
    // the cross-tabs' dimensions are numbered first, before any file's, so this covers them all
    int highest = Arrays.stream(dims).flatMapToInt(Arrays::stream).max().orElse(0);
    rowValue = new int[highest + 1];
    Arrays.fill(rowValue, -1);
    Arrays.fill(blankTag, -1);
  }

  /** Forgets the values of the previous row. */
  void newRow() {
    if (dims.length > 0) {
      Arrays.fill(rowValue, -1);
    }
  }

  /** Notes this row's value of one dimension. */
  void value(int dimension, int tag) {
    if (dimension < rowValue.length) {
      rowValue[dimension] = tag;
    }
  }

  /** Adds this row's combinations (and the blanks standing for values it lacks) to the row's tags. */
  void tags(int activity, int band) {
    for (int k = 0; k < dims.length; k++) {
      int[] columns = dims[k];
      for (int i = 0; i < columns.length; i++) {
        parts[i] = switch (columns[i]) {
          case BAND -> headcounts.bandTag(band);
          case ACTIVITY -> headcounts.activityTag(activity);
          default -> valueOf(columns[i]);
        };
      }
      headcounts.addRowTag(combination(k, CELL));
      if (columns.length > 2) {
        headcounts.addRowTag(combination(k, ROW_TOTAL));
      }
    }
  }

  /** This row's value of a dimension; a row without one counts as its {@code (blank)}. */
  private int valueOf(int dimension) {
    int v = rowValue[dimension];
    if (v >= 0) {
      return v;
    }
    if (dimension >= blankTag.length) {
      int old = blankTag.length;
      blankTag = Arrays.copyOf(blankTag, Math.max(dimension + 1, old * 2));
      Arrays.fill(blankTag, old, blankTag.length, -1);
    }
    if (blankTag[dimension] < 0) {
      blankTag[dimension] = headcounts.blankTag(dimension);
    }
    headcounts.addRowTag(blankTag[dimension]); // so the value's own headcount, a total here, has them too
    return blankTag[dimension];
  }

  /** Whether column {@code i} of a combination of this kind counts any value. */
  private static boolean any(int kind, int i, int columns) {
    return kind == ROW_TOTAL && i == columns - 1;
  }

  /** The tag of this row's combination of one kind for cross-tab {@code k}. */
  private int combination(int k, int kind) {
    int n = dims[k].length;
    int node = KINDS * k + kind;
    for (int i = 0; i < n; i++) {
      int part = any(kind, i, n) ? ANY : parts[i];
      long key = ((long) node << 32) | (part & 0xFFFF_FFFFL);
      int next = tree.get(key);
      if (next == LongIntMap.MISSING) {
        next = i == n - 1 ? newCombination(k, kind) : nodes++;
        tree.put(key, next);
      }
      node = next;
    }
    return node;
  }

  private int newCombination(int k, int kind) {
    int n = dims[k].length;
    int tag = headcounts.newCombinationTag();
    int[] c = new int[3 + n];
    c[0] = tag;
    c[1] = k;
    c[2] = kind;
    for (int j = 0; j < n; j++) {
      c[3 + j] = any(kind, j, n) ? ANY : parts[j];
    }
    combinations.add(c);
    return tag;
  }

  /**
   * Every cross-tab, in the order configured, leaving out (with a warning) one that names a column no
   * file has.
   *
   * @param participants distinct participants in all, each cross-tab's total
   */
  List<CrossTab> result(List<AgeBand> bandList, long participants, Diagnostics diagnostics) {
    List<CrossTab> result = new ArrayList<>();
    for (int k = 0; k < dims.length; k++) {
      List<String> missing = new ArrayList<>();
      List<String> dimensions = new ArrayList<>();
      for (int i = 0; i < dims[k].length; i++) {
        int d = dims[k][i];
        if (d >= 0 && !headcounts.isColumn(d)) {
          missing.add(names.get(k).get(i));
        }
        dimensions.add(d == BAND ? "age band" : d == ACTIVITY ? "activity" : headcounts.dimensionName(d));
      }
      if (!missing.isEmpty()) {
        diagnostics.add(Diagnostic.warning("cross-tab " + names.get(k) + " is left out: " + String.join(", ", missing)
            + (missing.size() == 1 ? " is" : " are") + " not a column of the participant files; columns: "
            + headcounts.columnNames()));
        continue;
      }
      int cross = k;
      List<int[]> mine = new ArrayList<>(combinations.stream().filter(c -> c[1] == cross).toList());
      mine.addAll(oneColumnTotals(k, mine));
      mine.sort(order(k, bandList));
      List<List<CrossTabCell>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int[] c : mine) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < dims[k].length; i++) {
          if (c[3 + i] != ANY) {
            values.add(shown(dims[k][i], c[3 + i], bandList));
          }
        }
        byKind.get(c[2]).add(new CrossTabCell(values, headcounts.counted(c[0])));
      }
      result.add(new CrossTab(dimensions, byKind.get(CELL), byKind.get(ROW_TOTAL), byKind.get(COLUMN_TOTAL),
          participants));
    }
    return result;
  }

  /**
   * The totals over one column, as combinations whose tag is the value's own: each value of the last
   * column (column totals) and, of two columns, each value of the first (row totals).
   */
  private List<int[]> oneColumnTotals(int k, List<int[]> combinations) {
    int n = dims[k].length;
    java.util.Map<Long, int[]> totals = new java.util.LinkedHashMap<>();
    for (int[] c : combinations) {
      if (c[2] != CELL) {
        continue;
      }
      int last = c[3 + n - 1];
      totals.computeIfAbsent(((long) COLUMN_TOTAL << 32) | last, key -> total(k, COLUMN_TOTAL, n - 1, last));
      if (n == 2) {
        totals.computeIfAbsent(((long) ROW_TOTAL << 32) | c[3], key -> total(k, ROW_TOTAL, 0, c[3]));
      }
    }
    return List.copyOf(totals.values());
  }

  /** A total of one kind over value {@code tag} of column {@code column}, any value elsewhere. */
  private int[] total(int k, int kind, int column, int tag) {
    int[] t = new int[3 + dims[k].length];
    Arrays.fill(t, ANY);
    t[0] = tag;
    t[1] = k;
    t[2] = kind;
    t[3 + column] = tag;
    return t;
  }

  private String shown(int dimension, int tag, List<AgeBand> bandList) {
    return switch (dimension) {
      case BAND -> bandList.get(tag).label();
      case ACTIVITY -> headcounts.activityOf(tag);
      default -> headcounts.valueOf(tag);
    };
  }

  /**
   * Combinations in the order of their values, column by column: age bands in the bank's order and
   * activities in input order (their tags are in that order), other values alphabetically.
   */
  private Comparator<int[]> order(int k, List<AgeBand> bandList) {
    return (a, b) -> {
      for (int i = 0; i < dims[k].length; i++) {
        int x = a[3 + i];
        int y = b[3 + i];
        if (x == y) {
          continue;
        }
        if (x == ANY || y == ANY) {
          return x == ANY ? 1 : -1;
        }
        int c = dims[k][i] < 0 ? Integer.compare(x, y)
            : shown(dims[k][i], x, bandList).compareTo(shown(dims[k][i], y, bandList));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }
}
