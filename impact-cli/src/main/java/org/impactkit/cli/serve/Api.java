package org.impactkit.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import com.sun.net.httpserver.HttpExchange;
import org.impactkit.Impact;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.valuation.CalculationResult;

/**
 * The API of SPEC §11: {@code POST /api/calculate} answers the JSON of {@code impact calculate --format
 * json}, {@code POST /api/report?format=F} the report file, both from one upload ({@code &result=ID}, the id
 * a reply's {@code X-Impact-Result} header gave, renders the last result again without reading the files); {@code GET
 * /api/template} the blank template; {@code GET /api/info} what the page needs to start. Each upload
 * lives in its own private folder, deleted when the reply is made, whatever happened.
 */
final class Api {
  private final Limits limits;
  private final TempFolders temp;
  /**
   * One calculation (and its report) at a time: the engine already uses both cores, and memory grows
   * with the upload, so a second request waits rather than competing for the heap.
   */
  private final Semaphore calculating = new Semaphore(1, true);
  /**
   * The last result calculated, under a random id the reply names ({@value #RESULT_HEADER}): the page's
   * one-page report and downloads of the same inputs are rendered from it instead of uploading and
   * calculating everything again. Aggregates only (no participant id), replaced by the next calculation.
   */
  private volatile Calculated last;

  /** The header that names a reply's result, and the query parameter that asks for it again. */
  static final String RESULT_HEADER = "X-Impact-Result";
  static final String RESULT_PARAMETER = "result";

  private record Calculated(String id, CalculationResult result) {}

  Api(Limits limits, TempFolders temp) {
    this.limits = limits;
    this.temp = temp;
  }

  /** A reply: status, media type, body, extra headers, and what the log may say about it (counts only). */
  record Reply(int status, String mediaType, byte[] body, Map<String, String> headers, String summary) {
    static Reply json(int status, byte[] body, String summary) {
      return new Reply(status, "application/json; charset=utf-8", body, Map.of(), summary);
    }

    static Reply error(int status, String message) {
      try {
        return json(status, Replies.error(message), message);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Calculates an upload and answers the report in {@code format}, or why it cannot.
   *
   * @param download whether the report is a file to save (named as the command line would name it), not
   *     the figures the page reads
   */
  Reply calculate(HttpExchange exchange, Reports.Format format, boolean download) throws IOException {
    Calculated cached = last;
    String asked = Access.query(exchange.getRequestURI(), RESULT_PARAMETER);
    if (asked != null && cached != null && cached.id().equals(asked)) {
      try {
        acquire(); // rendering a workbook takes memory too
      } catch (Refused r) {
        return Reply.error(r.status, r.getMessage());
      }
      try {
        return rendered(cached, format, download, "the result calculated last");
      } finally {
        calculating.release();
      }
    }
    Path dir = temp.newRequestFolder();
    Names names = Names.of(dir);
    String counts = "no files";
    try {
      Upload.Parts parts = Upload.receive(exchange, dir, limits);
      counts = parts.counts();
      Upload.Received upload = Upload.arrange(parts, dir, limits);
      names = new Names(dir, upload.folder(), upload.shownAs());
      Options options = Options.of(upload.fields(), upload.folder());
      acquire();
      try {
        Calculated calculated = new Calculated(UUID.randomUUID().toString(),
            names.shown(Calculation.run(upload, options)));
        last = calculated;
        return rendered(calculated, format, download, counts);
      } finally {
        calculating.release();
      }
    } catch (Refused r) {
      return refusal(r, names, counts);
    } catch (InvalidInputException e) {
      long errors = e.diagnostics().stream().filter(Diagnostic::isError).count() + e.moreErrors();
      return refusal(new Refused(422, (errors == 1 ? "1 problem found" : errors + " problems found")
          + "; nothing was calculated", e.diagnostics(), List.of(), e.moreErrors()), names, counts);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // saving the upload failed: the server's disk, not the user's files
    } catch (IOException e) {
      // As the command line reports it: a file of the upload that could not be read.
      return refusal(Refused.invalid(null, "could not be read: " + e.getMessage()), names, counts);
    } finally {
      temp.delete(dir);
    }
  }

  private static Reply rendered(Calculated calculated, Reports.Format format, boolean download, String summary)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(RESULT_HEADER, calculated.id());
    if (download) {
      headers.put("Content-Disposition", "attachment; filename=\"" + Reports.fileName(calculated.result(), format)
          + "\"");
    }
    return new Reply(200, format.mediaType, Reports.render(calculated.result(), format), headers, summary);
  }

  private void acquire() throws Refused {
    try {
      calculating.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused(503, "the server is stopping");
    }
  }

  /** A refusal; the log gets its counts only, as its message can name the user's files. */
  private static Reply refusal(Refused r, Names names, String counts) throws IOException {
    String summary = counts + (r.diagnostics.isEmpty() ? "" : "; " + r.diagnostics.size()
        + (r.diagnostics.size() == 1 ? " problem" : " problems")) + (r.checks.isEmpty() ? "" : "; "
        + r.checks.size() + (r.checks.size() == 1 ? " check" : " checks") + " not passing");
    return Reply.json(r.status, Replies.refusal(r, names), summary);
  }

  /** The blank template (SPEC §7 {@code impact template}): {@code evaluation.xlsx} or {@code evaluation.yaml}. */
  Reply template(String file, String bank) throws IOException {
    String id = bank == null || bank.isBlank() ? Impact.DEFAULT_BANK : bank;
    if (!Impact.BUNDLED_BANKS.contains(id)) {
      return Reply.error(400, "bank must be one of " + Impact.BUNDLED_BANKS);
    }
    boolean yaml = "yaml".equals(file);
    if (!yaml && file != null && !"xlsx".equals(file)) {
      return Reply.error(400, "file must be xlsx or yaml");
    }
    byte[] body = yaml ? Impact.templateSettings(Impact.bank(id), id).getBytes(StandardCharsets.UTF_8)
        : Impact.templateWorkbook(Impact.bank(id));
    String name = yaml ? "evaluation.yaml" : "evaluation.xlsx";
    return new Reply(200, yaml ? "application/yaml; charset=utf-8" : Reports.Format.XLSX.mediaType, body,
        Map.of("Content-Disposition", "attachment; filename=\"" + name + "\""), "template " + name);
  }

  /** What the page shows before an upload. */
  Reply info() throws IOException {
    return Reply.json(200, Replies.info(limits), null);
  }
}
