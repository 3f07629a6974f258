package org.impactkit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.cli.Main;
import org.impactkit.cli.XlsxFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API of SPEC §11 over HTTP: the same figures as the command line, and reports, from uploads. */
class ServeApiTest {
  static final Path DERBY = Path.of("..", "samples", "derby-youth-alliance-2021-22");
  static final Path UNKNOWN_OUTCOME = Path.of("src", "test", "resources", "corpus", "unknown-outcome");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  Served served;

  @BeforeEach
  void start() throws IOException {
    served = new Served(temp, Limits.DEFAULT);
  }

  @AfterEach
  void stop() {
    served.close();
  }

  /** What {@code impact calculate DERBY -o - --quiet} prints with {@code options}. */
  static String cli(String... options) {
    StringWriter out = new StringWriter();
    List<String> args = new ArrayList<>(List.of("calculate", DERBY.toString(), "-o", "-", "--quiet"));
    args.addAll(List.of(options));
    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
    assertThat(code).isZero();
    return out.toString();
  }

  /** The JSON of {@code impact calculate DERBY --format json} with {@code options}. */
  static JsonNode cliJson(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("--format", "json"));
    args.addAll(List.of(options));
    return JSON.readTree(cli(args.toArray(String[]::new)));
  }

  static Form derbyFiles() {
    return new Form().file(DERBY.resolve("activities.csv")).file(DERBY.resolve("participants.csv"))
        .file(DERBY.resolve("evaluation.yaml"));
  }

  @Test
  @DisplayName("§11 the page's report of the same inputs is rendered from the last result, not calculated again")
  void reportFromTheLastResult() throws IOException {
    HttpResponse<byte[]> calculated = served.post("/api/calculate", derbyFiles());
    String id = calculated.headers().firstValue(Api.RESULT_HEADER).orElseThrow();
    // The files go along (a restarted server calculates from them), but a known id is not calculated again:
    // an empty form with the id still gives the report.
    HttpResponse<byte[]> again = served.post("/api/report?format=html&result=" + id, new Form());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.headers().firstValue(Api.RESULT_HEADER)).hasValue(id);
    String html = new String(served.post("/api/report?format=html", derbyFiles()).body(), StandardCharsets.UTF_8);
    assertThat(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo(html);
    HttpResponse<byte[]> unknown = served.post("/api/report?format=html&result=not-an-id", new Form());
    assertThat(unknown.statusCode()).as("an unknown id calculates from the files, and there are none").isEqualTo(422);
  }

  @Test
  @DisplayName("Done when: the Derby sample's files posted to /api/calculate give what 'impact calculate --format json' gives")
  void derbyFilesGiveTheCommandLinesJson() throws IOException {
    HttpResponse<byte[]> r = served.post("/api/calculate", derbyFiles());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode web = JSON.readTree(r.body());
    JsonNode cli = cliJson();
    assertThat(web.get("totals")).isEqualTo(cli.get("totals"));
    assertThat(web.at("/totals/socialValue").decimalValue()).isPositive();
    // Not only the totals: the whole document, as Derby has no diagnostic naming a file's path.
    assertThat(web).isEqualTo(cli);
    assertThat(served.leftovers()).isEmpty();
  }

  @Test
  @DisplayName("Done when: a zip of the Derby folder posted to /api/report?format=xlsx downloads the workbook")
  void zipOfTheFolderDownloadsAWorkbook() throws IOException {
    byte[] zip = Served.zipOf(DERBY, "__MACOSX/derby-youth-alliance-2021-22/._participants.csv",
        "derby-youth-alliance-2021-22/.DS_Store");

    HttpResponse<byte[]> r = served.post("/api/report?format=xlsx", new Form().file("derby.zip", zip));

    assertThat(r.statusCode()).as(Served.text(r)).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(Reports.Format.XLSX.mediaType);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"derby-youth-alliance-2021-22-impact.xlsx\"");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Summary");
      assertThat(wb.getSheet("Calculation")).isNotNull();
    }
    assertThat(served.leftovers()).isEmpty();
  }

  @Test
  @DisplayName("every report format is the command line's: md and html byte for byte, a zip of the CSV folder, json")
  void everyFormat() throws IOException {
    HttpResponse<byte[]> md = served.post("/api/report?format=md", derbyFiles());
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(Served.text(md)).isEqualTo(cli("--format", "md"));
    assertThat(md.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"derby-youth-alliance-2021-22-impact.md\"");

    HttpResponse<byte[]> html = served.post("/api/report?format=html", derbyFiles());
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(Served.text(html)).isEqualTo(cli("--format", "html"));
    assertThat(html.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"derby-youth-alliance-2021-22-impact.html\"");

    HttpResponse<byte[]> csv = served.post("/api/report?format=csv", derbyFiles());
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(csv.body()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null;) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).contains("derby-youth-alliance-2021-22-impact/summary.csv",
        "derby-youth-alliance-2021-22-impact/by-age-band.csv");

    HttpResponse<byte[]> json = served.post("/api/report?format=json", derbyFiles());
    assertThat(JSON.readTree(json.body())).isEqualTo(cliJson());
    assertThat(json.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"derby-youth-alliance-2021-22-impact.json\"");
    // the page reads /api/calculate's JSON itself: not a file to save
    assertThat(served.post("/api/calculate", derbyFiles()).headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(served.post("/api/report?format=pdf", derbyFiles()).statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("bad input: 422 with each problem's file, line and column, named as uploaded, never by a temporary path")
  void invalidInputIs422WithDiagnostics() throws IOException {
    HttpResponse<byte[]> r = served.post("/api/calculate", new Form()
        .file(UNKNOWN_OUTCOME.resolve("activities.csv")).file(UNKNOWN_OUTCOME.resolve("participants.csv")));

    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("error").asText()).isEqualTo("1 problem found; nothing was calculated");
    JsonNode d = body.at("/diagnostics/0");
    assertThat(d.get("file").asText()).isEqualTo("participants.csv");
    assertThat(d.get("line").asLong()).isEqualTo(2);
    assertThat(d.get("column").asText()).isEqualTo("outcome");
    assertThat(d.get("text").asText()).isEqualTo(
        "participants.csv:2:outcome: outcome 'employmnet' is not in bank uk-wellby-open; did you mean 'employment'?");
    assertThat(Served.text(r)).doesNotContain(temp.toString()).doesNotContain("impact-serve-");
    assertThat(served.leftovers()).isEmpty();
  }

  @Test
  @DisplayName("warnings in a result and its reports name files as uploaded, never by the server's temporary folder")
  void warningsNameFilesAsUploaded() throws IOException {
    Form form = new Form()
        .file("activities.csv", Files.readAllBytes(UNKNOWN_OUTCOME.resolve("activities.csv")))
        .file("participants.csv", ("participant_id,name,activity_id,outcome,age\n"
            + "P1,Ann Example,A1,employment,30\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> json = served.post("/api/calculate", form);
    assertThat(json.statusCode()).as(Served.text(json)).isEqualTo(200);
    JsonNode warning = JSON.readTree(json.body()).at("/diagnostics/0");
    assertThat(warning.get("file").asText()).isEqualTo("participants.csv");
    assertThat(warning.get("message").asText()).contains("identifies people");
    assertThat(Served.text(json)).doesNotContain(temp.toString()).doesNotContain("Ann Example");

    HttpResponse<byte[]> md = served.post("/api/report?format=md", form);
    assertThat(Served.text(md)).doesNotContain(temp.toString());
    HttpResponse<byte[]> xlsx = served.post("/api/report?format=xlsx", form);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      StringBuilder text = new StringBuilder();
      wb.getSheet("Not claimed").forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
      assertThat(text).contains("participants.csv:1:name: warning: this column identifies people")
          .doesNotContain(temp.toString());
    }
  }

  @Test
  @DisplayName("a failed check refuses the result as the command line does; allowEmpty makes it a warning")
  void failedCheckIsRefused() throws IOException {
    HttpResponse<byte[]> r = served.post("/api/calculate", derbyFiles().field("period", "2030/31"));

    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("error").asText()).startsWith("1 check failed");
    assertThat(body.findValuesAsText("id")).contains("empty-result");
    assertThat(body.at("/checks/0/advice").asText()).contains("Make the report even if no record gives a claim");

    HttpResponse<byte[]> allowed = served.post("/api/calculate",
        derbyFiles().field("period", "2030/31").field("allowEmpty", "true"));
    assertThat(allowed.statusCode()).isEqualTo(200);
    JsonNode checks = JSON.readTree(allowed.body()).get("checks");
    assertThat(checks.findValuesAsText("status")).doesNotContain("fail");
    assertThat(JSON.readTree(allowed.body()).get("totals")).isEqualTo(
        cliJson("--period", "2030/31", "--allow-empty").get("totals"));
  }

  @Test
  @DisplayName("the options as --period and --price-year set them; a wrong period, bank or price year is a 422 naming the field")
  void options() throws IOException {
    JsonNode web = JSON.readTree(served.post("/api/calculate", derbyFiles().field("period", "2021/22")).body());
    assertThat(web.at("/evaluation/period/start").asText()).isEqualTo("2021-04-01");
    assertThat(web.get("totals")).isEqualTo(cliJson("--period", "2021/22").get("totals"));

    HttpResponse<byte[]> bad = served.post("/api/calculate", derbyFiles().field("period", "2021")
        .field("bank", "hact").field("priceYear", "next year"));
    assertThat(bad.statusCode()).isEqualTo(422);
    JsonNode body = JSON.readTree(bad.body());
    assertThat(body.findValuesAsText("field")).containsExactly("bank", "period", "priceYear");

    HttpResponse<byte[]> misnamed = served.post("/api/calculate", derbyFiles().field("Period", "2021/22")
        .field("price_year", "2024"));
    assertThat(misnamed.statusCode()).as("a field the page does not take is never ignored").isEqualTo(422);
    JsonNode named = JSON.readTree(misnamed.body());
    assertThat(named.findValuesAsText("field")).containsExactly("Period", "price_year");
    assertThat(named.findValuesAsText("message")).anyMatch(m -> m.contains("'price_year' is not an option here; did"
        + " you mean 'priceYear'?; the options are bank, period, priceYear, allowEmpty"));

    HttpResponse<byte[]> twice = served.post("/api/calculate", derbyFiles().file("participants.csv",
        "participant_id,activity_id,outcome\nN1,A1,employment\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(new String(twice.body(), java.nio.charset.StandardCharsets.UTF_8)).as("two partners' exports")
        .contains("if they are two partners' records, rename them (e.g. participants-north.csv and"
            + " participants-south.csv), and both are read and merged");

    JsonNode priced = JSON.readTree(served.post("/api/calculate", derbyFiles().field("priceYear", "2024")).body());
    assertThat(priced.at("/priceYear/report").asInt()).isEqualTo(2024);
    assertThat(priced.get("totals")).isEqualTo(cliJson("--price-year", "2024").get("totals"))
        .isNotEqualTo(cliJson().get("totals"));
  }

  @Test
  @DisplayName("one workbook of the records under a name of its own, with evaluation.yaml, gives the CSV folder's figures")
  void oneWorkbook() throws IOException {
    Path workbook = temp.resolve("Derby 2021-22.xlsx");
    XlsxFixtures.write(workbook, List.of(new XlsxFixtures.SheetSource("Activities", DERBY.resolve("activities.csv")),
        new XlsxFixtures.SheetSource("Participants", DERBY.resolve("participants.csv"))));

    HttpResponse<byte[]> r = served.post("/api/calculate", new Form().file(workbook).file(DERBY.resolve("evaluation.yaml")));

    assertThat(r.statusCode()).as(Served.text(r)).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("totals")).isEqualTo(cliJson().get("totals"));

    // Its problems name it as uploaded, not as the evaluation.xlsx it is read as.
    Path bad = temp.resolve("Our programme.xlsx");
    XlsxFixtures.write(bad, List.of(new XlsxFixtures.SheetSource("Activities", UNKNOWN_OUTCOME.resolve("activities.csv")),
        new XlsxFixtures.SheetSource("Participants", UNKNOWN_OUTCOME.resolve("participants.csv"))));
    HttpResponse<byte[]> refused = served.post("/api/calculate", new Form().file(bad));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).at("/diagnostics/0/text").asText()).startsWith("Our programme.xlsx");
  }

  @Test
  @DisplayName("a bank file uploaded with the evaluation can be chosen by its name")
  void uploadedBank() throws IOException {
    String bank = new String(Files.readAllBytes(Path.of("..", "impact-core", "src", "main", "resources", "org",
        "impactkit", "bank", "uk-wellby-open.json")), StandardCharsets.UTF_8);
    HttpResponse<byte[]> r = served.post("/api/calculate",
        derbyFiles().file("my-bank.json", bank.getBytes(StandardCharsets.UTF_8)).field("bank", "my-bank.json"));

    assertThat(r.statusCode()).as(Served.text(r)).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("totals")).isEqualTo(cliJson().get("totals"));
  }

  @Test
  @DisplayName("one workbook under a name of its own is read as evaluation.xlsx; the untouched template fails example-rows")
  void loneWorkbookAndTheTemplate() throws IOException {
    HttpResponse<byte[]> template = served.get("/api/template?file=xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(template.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"evaluation.xlsx\"");

    HttpResponse<byte[]> r = served.post("/api/calculate", new Form().file("Our programme 2024.xlsx", template.body()));

    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.at("/checks/0/id").asText()).isEqualTo("example-rows");
    assertThat(body.at("/checks/0/status").asText()).isEqualTo("fail");
    assertThat(Served.text(served.get("/api/template?file=yaml"))).contains("name:");
  }

  @Test
  @DisplayName("files of a kind impact does not read, no files, and files and a zip together are refused with a reason")
  void uploadsThatCannotBeAnEvaluation() throws IOException {
    HttpResponse<byte[]> other = served.post("/api/calculate", derbyFiles().file("notes.docx", new byte[] {1, 2}));
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(other.body()).at("/diagnostics/0/file").asText()).isEqualTo("notes.docx");

    assertThat(served.post("/api/calculate", new Form().field("period", "2021/22")).statusCode()).isEqualTo(422);
    assertThat(served.post("/api/calculate", derbyFiles().file("derby.zip", Served.zipOf(DERBY))).statusCode())
        .isEqualTo(422);
    assertThat(served.leftovers()).isEmpty();
  }

  @Test
  @DisplayName("info gives the limit, banks and formats; unknown paths are 404 and wrong methods 405")
  void infoAndRouting() throws IOException {
    HttpResponse<byte[]> info = served.get("/api/info");
    JsonNode body = JSON.readTree(info.body());
    assertThat(body.get("limitBytes").asLong()).isEqualTo(Limits.DEFAULT_BYTES);
    assertThat(body.get("formats").toString()).contains("xlsx", "html", "md", "csv", "json");
    assertThat(body.at("/banks/0/id").asText()).isEqualTo("uk-wellby-open");
    assertThat(served.get("/etc/passwd").statusCode()).isEqualTo(404);
    assertThat(served.get("/../pom.xml").statusCode()).isEqualTo(404);
    assertThat(served.get("/api/calculate").statusCode()).isEqualTo(405);
    HttpResponse<byte[]> page = served.get("/");
    assertThat(Served.text(page)).contains("<input id=\"files\"");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("default-src 'none'", "script-src 'self';", "frame-ancestors 'self'"));
  }
}
