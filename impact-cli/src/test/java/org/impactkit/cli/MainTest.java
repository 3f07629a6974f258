package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("§7 command line")
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A small evaluation with the bundled bank: employment is 0.46 × £13,000 = £5,980, no deadweight. */
  private Path evaluation() throws Exception {
    Path e = Files.createDirectories(dir.resolve("my-eval"));
    Files.writeString(e.resolve("activities.csv"), "activity_id,annual_budget,region\njobs,\"£2,990\",outside-london\n");
    Files.writeString(e.resolve("participants.csv"), "participant_id,activity_id,outcome,age\n"
        + "p1,jobs,employment,30\np2,jobs,employment,19\np3,jobs,,40\n");
    return e;
  }

  @Test
  @DisplayName("§7 --format json without -o writes JSON to standard output, and no summary")
  void jsonToStdout() throws Exception {
    Cli r = Cli.run("calculate", evaluation().toString(), "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get("schema").asText()).isEqualTo("impact/calculate/v1");
    assertThat(json.at("/totals/socialValue").decimalValue()).isEqualByComparingTo("11960");
    assertThat(json.at("/totals/ratio").decimalValue()).isEqualByComparingTo("4");
    assertThat(json.at("/totals/participants").asInt()).isEqualTo(3);
    assertThat(r.err()).contains("warning: deadweight: no deadweight was taken off employment");
  }

  @Test
  @DisplayName("§7 after a run, a short aligned summary: social value, investment, £X per £1, by age band")
  void summary() throws Exception {
    Path out = dir.resolve("report.json");
    Cli r = Cli.run("calculate", evaluation().toString(), "-o", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(out).exists();
    assertThat(r.out()).contains("my-eval", "Social value      £11,960.00", "Investment        £2,990.00",
        "£4.00 of social value for every £1 invested", "Participants      3", "Report written to " + out);
    assertThat(r.out()).containsPattern("Under 25\\s+1\\s+1\\s+£5,980.00");
    assertThat(r.out()).containsPattern("25-49\\s+2\\s+1\\s+£5,980.00");
  }

  @Test
  @DisplayName("§7 usage errors say what is wrong in words: a mistyped command, an empty -o; exit 2")
  void usageInWords() throws Exception {
    Cli typo = Cli.run("calcualte", evaluation().toString());
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).startsWith("impact: 'calcualte' is not a command").contains("impact calculate")
        .doesNotContain("Unmatched");
    Cli empty = Cli.run("calculate", evaluation().toString(), "-o", "");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).startsWith("impact: -o needs a file name, or - for standard output");
    Cli show = Cli.run("bank", "show", "employmnet");
    assertThat(show.exitCode()).isEqualTo(1);
    assertThat(show.err()).contains("did you mean 'employment'?").endsWith("1 problem found; nothing to show.\n")
        .doesNotContain("written");
  }

  @Test
  @DisplayName("§7 --quiet prints no summary")
  void quiet() throws Exception {
    Cli r = Cli.run("calculate", evaluation().toString(), "-o", dir.resolve("r.json").toString(), "--quiet");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  @DisplayName("§7 invalid input: every problem as file:line:column: message, exit 1, nothing written")
  void invalid() throws Exception {
    Path e = evaluation();
    Files.writeString(e.resolve("participants.csv"), "participant_id,activity_id,outcome,age\n"
        + "p1,jobs,employmnt,30\np2,jbos,employment,130\n");
    Path out = dir.resolve("report.json");
    Cli r = Cli.run("calculate", e.toString(), "-o", out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    String participants = e.resolve("participants.csv").toString();
    assertThat(r.err()).contains(
        participants + ":2:outcome: outcome 'employmnt' is not in bank uk-wellby-open; did you mean 'employment'?",
        participants + ":3:age: age must be from 0 to 120, found 130",
        "problems found; nothing was written.");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("§7 an existing report is left untouched when a run fails")
  void oldReportUntouched() throws Exception {
    Path e = evaluation();
    Path out = dir.resolve("report.json");
    Files.writeString(out, "old");
    Files.writeString(e.resolve("activities.csv"), "activity_id,annual_budget\njobs,lots\n");
    assertThat(Cli.run("calculate", e.toString(), "-o", out.toString()).exitCode()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("old");
  }

  @Test
  @DisplayName("§7 a missing folder is exit 1 naming the path")
  void missingFolder() {
    Cli r = Cli.run("calculate", dir.resolve("nope").toString(), "--format", "json");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(dir.resolve("nope") + ": no such folder");
  }

  @Test
  @DisplayName("§7 usage errors exit 2 with a pointer to help")
  void usage() throws Exception {
    Cli r = Cli.run("calculate", "--conflicts", "random", evaluation().toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("expected one of [lowest, highest, first, error]", "--help");
    assertThat(Cli.run("calculate", "--frm", "2021-01-01").exitCode()).isEqualTo(2);
    assertThat(Cli.run("nonsense").exitCode()).isEqualTo(2);
    Cli noInput = Cli.run("calculate");
    assertThat(noInput.exitCode()).isEqualTo(2);
    assertThat(noInput.err()).contains("give an evaluation folder");
  }

  @Test
  @DisplayName("§7 options override: --bank, --region, --no-deadweight, --conflicts, --from/--to")
  void options() throws Exception {
    Path e = evaluation();
    Files.writeString(e.resolve("activities.csv"), "activity_id,annual_budget\njobs,100\n");
    Files.writeString(e.resolve("participants.csv"), "participant_id,activity_id,outcome,date\n"
        + "p1,jobs,employment,2021-05-01\np2,jobs,employment,2020-05-01\n");
    Cli r = Cli.run("calculate", e.toString(), "--format", "json", "--region", "London", "--no-deadweight",
        "--from", "01/04/2021", "--to", "2022-03-31");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.at("/totals/claims").asInt()).isEqualTo(1);
    assertThat(json.at("/byRegion/0/region").asText()).isEqualTo("london");
    assertThat(json.at("/method/deadweight").asBoolean()).isFalse();
    assertThat(json.at("/evaluation/period/start").asText()).isEqualTo("2021-04-01");
  }

  @Test
  @DisplayName("--version and --help")
  void versionAndHelp() {
    Cli v = Cli.run("--version");
    assertThat(v.exitCode()).isZero();
    assertThat(v.out()).startsWith("impact ");
    Cli h = Cli.run("--help");
    assertThat(h.exitCode()).isZero();
    assertThat(h.out()).contains("calculate", "bank", "Exit codes:");
  }

  @Test
  @DisplayName("bank list and bank show describe the bundled open bank")
  void bank() {
    Cli list = Cli.run("bank", "list");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).contains("uk-wellby-open", "employment", "£5,980.00");
    Cli show = Cli.run("bank", "show", "Employment");
    assertThat(show.exitCode()).isZero();
    assertThat(show.out()).contains("£5,980.00", "+0.46 points", "Source:", "Open Government Licence");
    Cli unknown = Cli.run("bank", "show", "employmnt");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("did you mean 'employment'?");
  }

  @Test
  @DisplayName("participant ids never appear in the report")
  void privacy() throws Exception {
    Path out = dir.resolve("r.json");
    Cli.run("calculate", evaluation().toString(), "-o", out.toString());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).doesNotContain("\"p1\"", "\"p2\"", "\"p3\"");
  }
}
