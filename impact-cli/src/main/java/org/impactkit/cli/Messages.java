package org.impactkit.cli;

import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;

/**
 * Diagnostics as the terminal shows them: {@code file:line:column: message}, with the library's advice
 * worded as this tool's options. The library's own messages never name an option (SPEC §2), since a
 * web page or an analyst's code meets them too.
 */
final class Messages {
  private Messages() {}

  /** One diagnostic, with the options that help when it carries advice. */
  static String render(Diagnostic d) {
    return d.render() + (d.advice() == null ? "" : advice(d.advice()));
  }

  /** One assurance check, with the options that help when it did not pass. */
  static String render(Check c) {
    String line = c.status() == CheckStatus.PASS ? "passed: " + c.id().id() + ": " + c.message() : c.render();
    String advice = !c.notPassing() ? "" : switch (c.id()) {
      case EMPTY_RESULT -> c.status() == CheckStatus.FAIL ? " (--allow-empty writes the report anyway)" : "";
      case DEADWEIGHT -> " (--no-deadweight if a comparison group was used)";
      case PERIOD_COVERAGE -> " (--period or --from/--to)";
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
    };
  }
}
