package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.impactkit.diagnostic.CheckId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trust issue's promises end to end (SPEC §4.2, §8, §10): ordinary mistakes stop the run with a
 * message that says what to do, and the samples' reports say only what was done.
 */
class TrustTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DERBY = Path.of("..", "samples", "derby-youth-alliance-2021-22");
  /** A command-line option, as a report must never show one. */
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");

  @TempDir Path temp;

  static Stream<Path> evaluations() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("..", "samples"))) {
      return s.filter(Files::isDirectory).filter(d -> !Files.exists(d.resolve("impact-map.csv"))).sorted().toList()
          .stream();
    }
  }

  /** A copy of the Derby sample whose participants' header says 'Outcome achieved' for 'outcome'. */
  private Path derbyWithRenamedOutcome() throws IOException {
    Path dir = temp.resolve("derby-renamed");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(DERBY)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path participants = dir.resolve("participants.csv");
    String text = Files.readString(participants, StandardCharsets.UTF_8);
    int eol = text.indexOf('\n');
    String header = text.substring(0, eol);
    assertThat(header).contains(",outcome,");
    Files.writeString(participants, header.replace(",outcome,", ",Outcome achieved,") + text.substring(eol),
        StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  @DisplayName("§4.2/§10 a renamed column stops the run naming it and the columns: line; mapped, the totals return")
  void renamedColumn() throws IOException {
    Path dir = derbyWithRenamedOutcome();
    Path report = temp.resolve("renamed.json");
    Cli refused = Cli.run("calculate", dir.toString(), "--format", "json", "-o", report.toString(), "-q");
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
    assertThat(report).doesNotExist();
    assertThat(refused.err()).contains("unmapped-column").contains("'Outcome achieved'")
        .contains("columns: {participants: {outcome: \"Outcome achieved\"}}");

    Files.writeString(dir.resolve("evaluation.yaml"), Files.readString(dir.resolve("evaluation.yaml"))
        + "\ncolumns: {participants: {outcome: \"Outcome achieved\"}}\n");
    Cli mapped = Cli.run("calculate", dir.toString(), "--format", "json", "-o", report.toString(), "-q");
    assertThat(mapped.exitCode()).as(mapped.err()).isZero();
    Cli original = Cli.run("calculate", DERBY.toString(), "--format", "json", "-o", "-", "-q");
    assertThat(JSON.readTree(report.toFile()).get("totals")).isEqualTo(JSON.readTree(original.out()).get("totals"));
  }

  @Test
  @DisplayName("§10 empty-result: a period excluding every row stops the run, saying the rows are outside it")
  void periodExcludingEveryRow() throws IOException {
    Path report = temp.resolve("empty.json");
    Cli refused = Cli.run("calculate", DERBY.toString(), "--from", "2040-01-01", "--to", "2040-12-31", "--format",
        "json", "-o", report.toString(), "-q");
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
    assertThat(refused.err()).contains("empty-result").contains("outside").contains("nothing was written");
    assertThat(report).doesNotExist();
    Cli allowed = Cli.run("calculate", DERBY.toString(), "--from", "2040-01-01", "--to", "2040-12-31", "--format",
        "json", "-o", report.toString(), "-q", "--allow-empty");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    assertThat(report).exists();
  }

  @Test
  @DisplayName("§5.4 the Markdown states the prices its figures are in: the report's year, not the bank's")
  void markdownPriceYear() {
    Cli md = Cli.run("calculate", DERBY.toString(), "--format", "md", "-o", "-", "-q");
    assertThat(md.out()).contains("*Figures in 2022 prices, GBP").doesNotContain("Figures in 2019 prices");
  }

  @Test
  @DisplayName("§10 impact check on an impact map's folder: its map read, its check and review printed, exit 0; a bad"
      + " map exit 1")
  void checkOfAnImpactMap(@TempDir Path temp) throws IOException {
    Path sroi = Path.of("..", "samples", "sroi-stepping-out-north-kent-2020");
    Cli check = Cli.run("check", sroi.toString());
    assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("holds an impact map, read without a problem")
        .contains("passed: high-ratio: the return is £2.75 for every £1 invested")
        .contains("'impact sroi " + sroi + "' writes its report");
    Path broken = Files.createDirectories(temp.resolve("map"));
    for (String f : List.of("impact-map.csv", "inputs.csv")) {
      Files.copy(sroi.resolve(f), broken.resolve(f));
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(broken.resolve("impact-map.csv")));
    lines.set(1, lines.get(1).replaceFirst(",[0-9.]+%?,", ",lots,"));
    Files.write(broken.resolve("impact-map.csv"), lines);
    Cli bad = Cli.run("check", broken.toString());
    assertThat(bad.exitCode()).as(bad.out() + bad.err()).isEqualTo(1);
    assertThat(bad.err()).contains("impact-map.csv:2:");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  @DisplayName("§10 every sample: impact check exits 0, and its JSON carries every check")
  void samplesPassTheirChecks(Path sample) throws IOException {
    Cli check = Cli.run("check", sample.toString());
    assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    Cli json = Cli.run("calculate", sample.toString(), "--format", "json", "-o", "-", "-q");
    List<String> ids = new ArrayList<>();
    for (JsonNode c : JSON.readTree(json.out()).get("checks")) {
      ids.add(c.get("id").asText());
      assertThat(c.get("status").asText()).isIn("pass", "warn", "fail");
      assertThat(c.get("message").asText()).isNotBlank();
    }
    assertThat(ids).containsExactly(Stream.of(CheckId.values()).map(CheckId::id).toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  @DisplayName("§8 every sample's Markdown and workbook: no option, no {period}, 'after deadweight' only if applied")
  void samplesSayOnlyWhatWasDone(Path sample) throws IOException {
    Path md = temp.resolve(sample.getFileName() + ".md");
    Path xlsx = temp.resolve(sample.getFileName() + ".xlsx");
    Path json = temp.resolve(sample.getFileName() + ".json");
    assertThat(Cli.run("calculate", sample.toString(), "-o", md.toString(), "-q").exitCode()).isZero();
    assertThat(Cli.run("calculate", sample.toString(), "-o", xlsx.toString(), "-q").exitCode()).isZero();
    assertThat(Cli.run("calculate", sample.toString(), "-o", json.toString(), "-q").exitCode()).isZero();
    int outcomes = 0;
    int withDeadweight = 0;
    for (JsonNode o : JSON.readTree(json.toFile()).get("byOutcome")) {
      outcomes++;
      withDeadweight += o.get("deadweight").decimalValue().signum() != 0 ? 1 : 0;
    }
    for (String text : List.of(Files.readString(md, StandardCharsets.UTF_8), workbookText(xlsx))) {
      assertThat(OPTION.matcher(text).find()).as("an option in %s", sample).isFalse();
      assertThat(text).doesNotContain("{period}");
      if (withDeadweight == 0) {
        assertThat(text).doesNotContain("after deadweight");
      } else if (withDeadweight < outcomes) {
        // never a bare "after deadweight" when some outcomes had none taken off
        assertThat(text).doesNotContain("after deadweight<", "after deadweight |", "after deadweight\n")
            .contains("after deadweight on " + withDeadweight + " of its " + outcomes + " outcomes");
      }
    }
  }

  /** Every part of a workbook as text: cells, headers and footers, properties. */
  private static String workbookText(Path xlsx) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().endsWith(".xml")) {
          try (InputStream in = zip.getInputStream(e)) {
            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
          }
        }
      }
    }
    return text.toString();
  }
}
