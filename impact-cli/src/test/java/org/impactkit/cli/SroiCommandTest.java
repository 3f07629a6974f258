package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact sroi} in process (SPEC §7). */
class SroiCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  Path map() throws IOException {
    Path p = dir.resolve("impact-map.csv");
    // one outcome: 10 × 100 × (1 − 20%) = 800 a year for 2 years, 50% drop-off: 800, 400
    Files.writeString(p, "stakeholder,outcome,quantity,proxy_value,duration,deadweight,attribution,drop_off\n"
        + "People,Better,10,100,2,20,0,50\n");
    return p;
  }

  @Test
  @DisplayName("§7 sroi --format json without -o writes JSON to standard output and nothing else")
  void jsonToStdout() throws IOException {
    Run r = run("sroi", map().toString(), "--investment", "400", "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("schema").asText()).isEqualTo("impact/sroi/v1");
    // 800 + 400 / 1.035 = 1186.47; ratio 1186.47 / 400 = 2.9662
    assertThat(j.get("presentValue").decimalValue()).isEqualByComparingTo("1186.47");
    assertThat(j.get("ratio").decimalValue()).isEqualByComparingTo("2.9662");
  }

  @Test
  @DisplayName("§7 --discount-rate in percent and --discounting end-of-year")
  void discountingOptions() throws IOException {
    Run r = run("sroi", map().toString(), "--investment", "£400", "--discount-rate", "10", "--discounting",
        "end-of-year", "-o", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    JsonNode j = new ObjectMapper().readTree(r.out());
    // 800 / 1.1 + 400 / 1.21 = 727.27 + 330.58 = 1057.85
    assertThat(j.get("presentValue").decimalValue()).isEqualByComparingTo("1057.85");
    assertThat(j.get("discountRate").decimalValue()).isEqualByComparingTo("0.1");
    assertThat(j.get("discounting").asText()).isEqualTo("end-of-year");
  }

  @Test
  @DisplayName("§7 writing a file prints the summary: ratio, present value, NPV, payback, tipping points")
  void summary() throws IOException {
    Path out = dir.resolve("out.json");
    Run r = run("sroi", map().toString(), "--investment", "1000", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(out).exists();
    assertThat(r.out()).contains("Present value      £1,186.47").contains("£1.19 of social value for every £1")
        .contains("Net present value  £186.47")
        // payback: 1000 / (800 / 12) = 15 months
        .contains("Payback            15.0 months")
        .contains("Closest tipping points").contains("Report written to " + out);
    // deadweight 20% → break-even: 1 − 1000 / (10 × 100 × (1 + 0.5/1.035)) = 1 − 1000 / 1483.09 = 32.57%
    assertThat(r.out()).contains("Deadweight         20%       32.57%");
  }

  @Test
  @DisplayName("§7 -o with .xlsx writes the workbook (a zip), atomically, and no stray log noise on stderr")
  void workbook() throws IOException {
    Path out = dir.resolve("map.xlsx");
    Run r = run("sroi", map().toString(), "--investment", "1000", "-o", out.toString(), "-q");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    byte[] bytes = Files.readAllBytes(out);
    assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).doesNotContain("Log4j");
  }

  @Test
  @DisplayName("§7 --format md writes a Markdown report with the headline, tipping points and scenarios")
  void markdown() throws IOException {
    Path out = dir.resolve("map.md");
    Run r = run("sroi", map().toString(), "--investment", "1000", "-o", out.toString(), "-q");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out)).contains("| Present value | £1,186.47 |").contains("## Tipping points")
        .contains("| People | Better | Deadweight | 20% | 32.57% |").contains("## Scenarios");
  }

  @Test
  @DisplayName("§7 --format csv -o DIR writes one tidy CSV per table; text that could be a formula is defused")
  void csv() throws IOException {
    Path m = dir.resolve("impact-map.csv");
    Files.writeString(m, "stakeholder,outcome,quantity,proxy_value,duration,deadweight,drop_off\n"
        + "\"=SUM(A1)\",\"Better, happier\",10,100,2,20,50\n");
    Path out = dir.resolve("out");
    Run r = run("sroi", m.toString(), "--investment", "400", "--format", "csv", "-o", out.toString(), "-q");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(out.resolve("summary.csv")).content().contains("present_value,1186.47\n").contains("ratio,2.9662\n");
    assertThat(out.resolve("outcomes.csv")).content()
        .contains("'=SUM(A1),\"Better, happier\",10,100.00,2,1,0.2,0,0,0.5,800.00,1200.00,1186.47,1.0000,"
            + "800.00,400.00");
    assertThat(out.resolve("tipping-points.csv")).content().startsWith("stakeholder,outcome,parameter,current,"
        + "break_even,note\n");
    // -o x.csv without --format would be ambiguous; a workbook cannot go to standard output
    assertThat(run("sroi", m.toString(), "--investment", "1", "-o", dir.resolve("x.csv").toString()).code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("sroi", m.toString(), "--investment", "1", "--format", "xlsx", "-o", "-").code())
        .isEqualTo(ExitCodes.USAGE);
    // a folder of files cannot go to standard output
    assertThat(run("sroi", m.toString(), "--investment", "1", "--format", "csv", "-o", "-").code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  @DisplayName("§7 folder with impact-map.csv and inputs.csv")
  void folder() throws IOException {
    map();
    Files.writeString(dir.resolve("inputs.csv"), "stakeholder,description,value\nFunder,Grant,400\n");
    Run r = run("sroi", dir.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\"investment\" : 400.00");
  }

  @Test
  @DisplayName("§7 bad input: file:line:column message, exit 1, nothing written")
  void badInput() throws IOException {
    Path map = dir.resolve("bad.csv");
    Files.writeString(map, "stakeholder,outcome,quantity,proxy_value,attribution\nPeople,Better,10,100,150%\n");
    Path out = dir.resolve("out.json");
    Run r = run("sroi", map.toString(), "--investment", "400", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains(map + ":2:attribution: a percentage must be from 0 to 100").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("§7 usage errors exit 2: --inputs with --investment, a bad rate, a bad convention")
  void usage() throws IOException {
    String m = map().toString();
    assertThat(run("sroi", m, "--investment", "1", "--inputs", m).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("sroi", m, "--investment", "1", "--discount-rate", "x").code()).isEqualTo(ExitCodes.USAGE);
    Run r = run("sroi", m, "--investment", "1", "--discounting", "sometimes");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("year-zero or end-of-year");
  }

  @Test
  @DisplayName("§7 the tool never writes over its inputs")
  void neverOverwritesInput() throws IOException {
    Path m = map();
    String before = Files.readString(m);
    Run r = run("sroi", m.toString(), "--investment", "1", "-o", m.toString(), "--format", "json");
    assertThat(r.code()).as("a .csv name is no JSON report's").isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(m)).isEqualTo(before);
    Path link = Files.createSymbolicLink(m.resolveSibling("out.json"), m);
    r = run("sroi", m.toString(), "--investment", "1", "-o", link.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("this is one of the inputs");
    assertThat(Files.readString(m)).isEqualTo(before);
  }

  @Test
  @DisplayName("§10 high-ratio: the sample on an investment of 1,000 (£88.03 per £1) warns on standard error, in the"
      + " JSON's checks, the Markdown and checks.csv, naming the three largest rows")
  void highRatio() throws IOException {
    Path sample = Path.of("../samples/sroi-stepping-out-north-kent-2020");
    String warning = "the return is £88.03 for every £1 invested, above 10 to 1, which published reports rarely"
        + " reach; the largest contributions: 'Young people: Took up regular sport' £";
    Run json = run("sroi", sample.toString(), "--investment", "1000", "-o", dir.resolve("map.json").toString());
    assertThat(json.code()).as(json.err()).isEqualTo(ExitCodes.OK);
    assertThat(json.err()).contains("warning: high-ratio: " + warning);
    JsonNode check = new ObjectMapper().readTree(dir.resolve("map.json").toFile()).get("checks").get(0);
    assertThat(check.get("id").asText()).isEqualTo("high-ratio");
    assertThat(check.get("status").asText()).isEqualTo("warn");
    assertThat(check.get("message").asText()).startsWith(warning);
    assertThat(check.get("count").asInt()).isEqualTo(3);

    Run md = run("sroi", sample.toString(), "--investment", "1000", "--format", "md", "-o", "-", "-q");
    assertThat(md.out()).contains("## What an assessor would question\n\n- Warning: Size of the return: " + warning);
    Path csv = dir.resolve("csv");
    assertThat(run("sroi", sample.toString(), "--investment", "1000", "--format", "csv", "-o", csv.toString(), "-q")
        .code()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(csv.resolve("checks.csv"))).startsWith("check,status,message,count\n"
        + "high-ratio,warn,\"" + warning);

    // with its own inputs (£2.75 per £1) the check passes and the terminal says nothing of it
    Run inputs = run("sroi", sample.toString(), "-o", dir.resolve("own.json").toString());
    assertThat(inputs.err()).doesNotContain("high-ratio");
    assertThat(new ObjectMapper().readTree(dir.resolve("own.json").toFile()).get("checks").get(0).get("status")
        .asText()).isEqualTo("pass");
  }

  @Test
  @DisplayName("§10 high-ratio beside the review warnings: a map with no adjustments at all, 11.86 to 1")
  void highRatioUnadjusted() throws IOException {
    Path p = dir.resolve("bare.csv");
    // 10 × 100 = 1000 a year for 2 years, 50% drop-off: 1000 + 500 / 1.035 = 1483.09; on 125, 11.86 to 1
    Files.writeString(p, "stakeholder,outcome,quantity,proxy_value,duration,drop_off\nPeople,Better,10,100,2,50\n");
    Run r = run("sroi", p.toString(), "--investment", "125", "-o", dir.resolve("bare.json").toString());
    assertThat(r.err()).contains("no outcome has any deadweight, displacement or attribution")
        .contains("warning: high-ratio: the return is £11.86 for every £1 invested, above 10 to 1, which published"
            + " reports rarely reach; the largest contributions: 'People: Better' £1,483.09");
  }

  @Test
  @DisplayName("§7 the sample SROI folder runs")
  void sample() {
    Path sample = Path.of("../samples/sroi-stepping-out-north-kent-2020");
    Run r = run("sroi", sample.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\"name\" : \"Stepping Out 2020\"");
  }
}
