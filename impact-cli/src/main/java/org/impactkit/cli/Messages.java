package org.impactkit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.valuation.Formats;

/**
 * Diagnostics as the terminal shows them: {@code file:line:column: message}, with the library's advice
 * worded as this tool's options. The library's own messages never name an option (SPEC §2), since a
 * web page or an analyst's code meets them too.
 */
final class Messages {
  /** Rows shown for one column of one file before the rest are counted in one line. */
  static final int ROWS_SHOWN_PER_COLUMN = 5;

  private Messages() {}

  /**
   * The lines for {@code diagnostics}, in their order, with at most {@link #ROWS_SHOWN_PER_COLUMN} rows'
   * problems for each column of each file and then one line for the rest: a column of dates written
   * another way would otherwise print a line for every row and push the first, telling, ones off screen.
   * The reports and the JSON keep every one.
   */
  static List<String> render(Iterable<Diagnostic> diagnostics) {
    List<String> lines = new ArrayList<>();
    Map<List<String>, Integer> shown = new HashMap<>();
    Map<List<String>, long[]> rest = new LinkedHashMap<>(); // rows not shown: count, first line, last line
    for (Diagnostic d : diagnostics) {
      List<String> column = d.line() > 0 && d.column() != null
          ? Arrays.asList(d.file(), d.column(), d.severity().name()) : null; // an error never hides among warnings
      if (column != null && shown.merge(column, 1, Integer::sum) > ROWS_SHOWN_PER_COLUMN) {
        long[] r = rest.computeIfAbsent(column, k -> new long[] {0, d.line(), d.line()});
        r[0]++;
        r[1] = Math.min(r[1], d.line());
        r[2] = Math.max(r[2], d.line());
        continue;
      }
      lines.add(render(d));
    }
    rest.forEach((column, r) -> lines.add(column.get(0) + ": … and " + r[0] + " more row" + (r[0] == 1 ? "" : "s")
        + " with " + (column.get(2).equals("ERROR") ? "a problem" : "a warning") + " in column '" + column.get(1)
        + "' (lines " + r[1] + " to " + r[2] + ")"));
    return lines;
  }

  /** One diagnostic, with the options that help when it carries advice. */
  static String render(Diagnostic d) {
    return d.render() + (d.advice() == null ? "" : advice(d.advice()));
  }

  /** One assurance check, with the options that help when it did not pass. */
  static String render(Check c) {
    String line = c.status() == CheckStatus.PASS ? "passed: " + c.id().id() + ": " + c.message() : c.render();
    String advice = !c.notPassing() ? "" : switch (c.id()) {
      case EMPTY_RESULT -> c.status() == CheckStatus.FAIL ? " (--allow-empty writes the report anyway)" : "";
      // switched off already (yaml or option) while outcomes: gives a figure: say where it was switched off
      case DEADWEIGHT -> c.message().startsWith("deadweight is switched off")
          ? " (it was switched off by --no-deadweight or by 'deadweight: off' in evaluation.yaml)"
          : " (--no-deadweight if a comparison group was used)";
      // the period options help rows outside it, not rows without a date
      case PERIOD_COVERAGE -> c.message().contains("lie outside") || c.message().contains(" cover ")
          ? " (--period or --from/--to)" : "";
      default -> "";
    };
    return line + advice;
  }

  private static String advice(Advice advice) {
    return switch (advice) {
      case NAME_THE_FILES -> " (--activities, --participants, --counts)";
      case NAME_THE_ACTIVITIES -> ", or --activities FILE";
      case NAME_THE_RECORDS -> ", or --participants / --counts FILE";
      case SET_A_DEFAULT_REGION -> " (--region or 'region:' in evaluation.yaml)";
      case LIST_THE_BANK -> " (see 'impact bank list')";
      case GIVE_THE_INVESTMENT -> "; or give --inputs FILE or --investment N";
      case SWITCH_DEADWEIGHT_OFF -> " (--no-deadweight, or 'deadweight: off' in evaluation.yaml)";
      case CHOOSE_THE_OUTPUT -> "; choose where the report goes with -o";
      case GIVE_NEWER_INDICES -> "; choose another --price-year, or load newer indices with --indices FILE";
      case ALLOW_BANK_CHANGE -> " (--allow-bank-change compares them all the same, and the report says so)";
      case GIVE_PRICE_INDICES -> "; give a file of price indices with --indices FILE";
      case REPLACE_EXISTING -> "; use --force to replace it";
    };
  }

  /** {@code 1 region}, {@code 2 regions}: a count and its noun as a sentence needs them. */
  static String plural(long n, String one, String many) {
    return Formats.count(n) + " " + (n == 1 ? one : many);
  }
}
