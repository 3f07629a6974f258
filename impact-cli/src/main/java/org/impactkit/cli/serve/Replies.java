package org.impactkit.cli.serve;

import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.impactkit.Impact;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;

/**
 * The JSON the page reads besides a calculation's own: a refusal ({@code {"error", "diagnostics",
 * "checks"}}) and what the page needs to know to start. Diagnostics name files as the user uploaded
 * them, never by the server's temporary folder, and carry advice in the page's terms, as the terminal
 * gives it in its options' terms.
 */
final class Replies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Replies() {}

  /**
   * How a refusal reads. {@code diagnostics} have {@code severity}, {@code file}, {@code line}, {@code
   * column}, {@code message}, {@code text} (the terminal's {@code file:line:column: message}), and
   * {@code advice} or {@code field} (the form field at fault) where there is one.
   *
   * @param names how to show the paths of the request's folder
   */
  static byte[] refusal(Refused r, Names names) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", names.show(r.getMessage()));
    ArrayNode diagnostics = body.putArray("diagnostics");
    for (Diagnostic d0 : r.diagnostics) {
      Diagnostic d = names.shown(d0);
      ObjectNode o = diagnostics.addObject();
      o.put("severity", d.isError() ? "error" : "warning");
      o.put("file", d.file());
      o.put("line", d.line());
      o.put("column", d.column());
      o.put("message", d.message());
      if (d.file() == null && d.column() != null) {
        o.put("field", d.column());
        o.put("text", d.message());
      } else {
        o.put("text", d.render());
      }
      String advice = advice(d.advice());
      if (advice != null) {
        o.put("advice", advice);
      }
    }
    if (r.moreErrors > 0) {
      body.put("moreErrors", r.moreErrors);
    }
    ArrayNode checks = body.putArray("checks");
    for (Check c : r.checks) {
      ObjectNode o = checks.addObject();
      o.put("id", c.id().id());
      o.put("title", c.id().title());
      o.put("status", c.status() == CheckStatus.FAIL ? "fail" : c.status() == CheckStatus.WARN ? "warn" : "pass");
      o.put("message", names.show(c.message()));
      o.put("count", c.count());
      String advice = advice(c);
      if (advice != null) {
        o.put("advice", advice);
      }
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
  }

  /** What the page shows before any upload: the size limit, the banks, the report formats. */
  static byte[] info(Limits limits) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("limitBytes", limits.bytes());
    body.put("limit", Limits.megabytes(limits.bytes()));
    body.put("maxFiles", limits.files());
    body.put("defaultBank", Impact.DEFAULT_BANK);
    ArrayNode banks = body.putArray("banks");
    for (String id : Impact.BUNDLED_BANKS) {
      banks.addObject().put("id", id).put("name", Impact.bank(id).info().name());
    }
    ArrayNode formats = body.putArray("formats");
    for (Reports.Format f : Reports.Format.values()) {
      formats.add(f.id);
    }
    ObjectNode titles = body.putObject("checkTitles");
    for (CheckId id : CheckId.values()) {
      titles.put(id.id(), id.title());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
  }

  /** A short JSON error for a request the page did not make as it should (a wrong path or method). */
  static byte[] error(String message) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", message);
    body.putArray("diagnostics");
    body.putArray("checks");
    return JSON.writeValueAsBytes(body);
  }

  /** The library's advice in the page's words (the terminal words it as options). */
  static String advice(Advice advice) {
    if (advice == null) {
      return null;
    }
    return switch (advice) {
      case NAME_THE_FILES -> "Upload only the files to be read.";
      case NAME_THE_ACTIVITIES -> "Add activities.csv, or use one evaluation.xlsx with an Activities sheet.";
      case NAME_THE_RECORDS -> "Add participants.csv or counts.csv, or use one evaluation.xlsx with a Participants"
          + " or Counts sheet.";
      case SET_A_DEFAULT_REGION -> "Give every row a region, or set 'region:' in evaluation.yaml.";
      case LIST_THE_BANK -> "The blank template's drop-down lists hold the bank's outcomes.";
      case SWITCH_DEADWEIGHT_OFF -> "If a comparison group was used, set 'deadweight: off' in evaluation.yaml.";
      case GIVE_NEWER_INDICES, GIVE_PRICE_INDICES ->
          "Choose a price year the bundled price indices cover, or leave it empty.";
      // Advice for commands the page does not offer (sroi, compare) or options it has no need of.
      case GIVE_THE_INVESTMENT, CHOOSE_THE_OUTPUT, ALLOW_BANK_CHANGE, REPLACE_EXISTING -> null;
    };
  }

  private static String advice(Check c) {
    if (!c.notPassing()) {
      return null;
    }
    if (c.id() == CheckId.EMPTY_RESULT && c.status() == CheckStatus.FAIL) {
      return "To make the report anyway, tick \u201cMake the report even if no record gives a claim\u201d.";
    }
    if (c.id() == CheckId.PERIOD_COVERAGE) {
      return "Check the period chosen under Options, or the one in evaluation.yaml.";
    }
    return null;
  }
}
