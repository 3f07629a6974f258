package org.impactkit.report.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.CalculationSheet.Column;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.CalculationLine;

/**
 * Where the Calculation sheet's lines are, worked out from the result before any sheet is written, and
 * the formulas other sheets use to total them.
 *
 * @param firstRow the first line's row (0-based)
 * @param lastRow the last line's row, or the first row when there are no lines
 * @param activityBlocks each activity's first and last line, or {@code null} when an activity's lines
 *     are not all together
 * @param claimsSummable whether every line's claims are a number that formulas may total: false when
 *     some line's claims are suppressed, as they are then the text {@code <N}, which a sum would skip
 *     (then every count of claims is written as a value, shown as {@code <N} where suppressed)
 */
record CalculationRefs(int firstRow, int lastRow, Map<String, Block> activityBlocks, boolean claimsSummable) {
  /** The rows (0-based) of one activity's lines. */
  record Block(int first, int last) {}

  /** One SUMIFS condition: the Calculation column {@code column} holds exactly {@code key}. */
  record Match(Column column, String key) {}

  static CalculationRefs of(CalculationResult r) {
    List<CalculationLine> lines = r.calculation();
    int first = 1; // below the header
    // Claims are never negative, so when no line is suppressed no sum of lines is either: the formulas
    // then show exactly what the other reports show.
    boolean summable = lines.stream().noneMatch(l -> ReportText.suppressed(r, l.claims()));
    return new CalculationRefs(first, first + Math.max(lines.size(), 1) - 1, activityBlocks(lines, first),
        summable);
  }

  static Match where(Column column, String key) {
    return new Match(column, key);
  }

  /**
   * The engine lists lines activity by activity, so each activity is one block, summed exactly by
   * position: SUMIFS would read ids such as 1 and 001 as the same number.
   */
  private static Map<String, Block> activityBlocks(List<CalculationLine> lines, int firstRow) {
    Map<String, Block> blocks = new HashMap<>();
    String previous = null;
    for (int i = 0; i < lines.size(); i++) {
      String id = lines.get(i).activity().id();
      int row = firstRow + i;
      Block block = blocks.get(id);
      if (block == null) {
        blocks.put(id, new Block(row, row));
      } else if (id.equals(previous)) {
        blocks.put(id, new Block(block.first(), row));
      } else {
        return null;
      }
      previous = id;
    }
    return blocks;
  }

  /** All lines of one column, absolute: {@code 'Calculation'!$E$2:$E$40}. */
  String column(Column c) {
    return range(c, firstRow, lastRow);
  }

  private static String range(Column c, int first, int last) {
    return Refs.sheet(CalculationSheet.NAME) + Refs.absoluteColumn(c.index(), first, last);
  }

  /** Sums column {@code sum} over the lines that match every condition. */
  String sumIfs(Column sum, Match... matches) {
    StringBuilder f = new StringBuilder("SUMIFS(").append(column(sum));
    for (Match m : matches) {
      f.append(',').append(column(m.column())).append(',').append(Formulas.criterion(m.key()));
    }
    return f.append(')').toString();
  }

  /**
   * Sums column {@code sum} over one activity's lines (and one band's, by its label, when {@code band} is given), or
   * {@code null} when the activity has no lines.
   */
  String activitySum(Column sum, String activity, String band) {
    if (activityBlocks == null) {
      return band == null ? sumIfs(sum, where(Column.ACTIVITY, activity))
          : sumIfs(sum, where(Column.ACTIVITY, activity), where(Column.AGE_BAND, band));
    }
    Block block = activityBlocks.get(activity);
    if (block == null) {
      return null;
    }
    String lines = range(sum, block.first(), block.last());
    return band == null ? Formulas.sum(lines)
        : "SUMIFS(" + lines + "," + range(Column.AGE_BAND, block.first(), block.last()) + ","
            + Formulas.criterion(band) + ")";
  }
}
