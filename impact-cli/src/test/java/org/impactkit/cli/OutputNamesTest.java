package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o}'s extension is the report's format's, or the report is refused before anything is read. */
class OutputNamesTest {
  @TempDir Path tmp;
  Path evaluation;
  /** Where the reports would go: empty unless one was written. */
  Path out;

  @BeforeEach
  void evaluation() throws IOException {
    evaluation = OutputSafetyTest.evaluation(tmp, "eval");
    out = Files.createDirectory(tmp.resolve("out"));
  }

  private String at(String name) {
    return out.resolve(name).toString();
  }

  private void refused(Cli run, String message) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message).contains("--help").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).as("nothing written").isEmpty();
    }
  }

  @Test
  @DisplayName("calculate -o report.pdf: impact does not write PDF, and says how to get one")
  void pdf() throws IOException {
    refused(Cli.run("calculate", evaluation.toString(), "-o", at("report.pdf")), "-o " + at("report.pdf")
        + ": impact does not write PDF; write --format html and print it, or open the workbook and print it");
    refused(Cli.run("calculate", evaluation.toString(), "--format", "xlsx", "-o", at("report.PDF")),
        "impact does not write PDF");
  }

  @Test
  @DisplayName("calculate -o report.txt: an extension no format has is refused, naming those there are")
  void unknownExtension() throws IOException {
    refused(Cli.run("calculate", evaluation.toString(), "-o", at("report.txt")),
        "impact does not write .txt files; end the name in .xlsx, .json, .md or .html, or give --format csv and a folder");
  }

  @Test
  @DisplayName("--format md -o x.html: the extension of another format is refused, with the two ways out")
  void mismatch() throws IOException {
    refused(Cli.run("calculate", evaluation.toString(), "--format", "md", "-o", at("x.html")),
        "a --format md report's name ends in .md, not .html; name it " + at("x.md")
            + ", or leave out --format to write html");
    refused(Cli.run("calculate", evaluation.toString(), "--format", "json", "-o", at("x.txt")),
        "name it " + at("x.json"));
  }

  @Test
  @DisplayName("--format csv -o out.csv: a folder of tables is not made under a file's name")
  void csvFolderWithExtension() throws IOException {
    refused(Cli.run("calculate", evaluation.toString(), "--format", "csv", "-o", at("out.csv")),
        "--format csv writes a folder of tables, and .csv is a file's extension; give a folder without one, e.g. -o "
            + at("out"));
  }

  @Test
  @DisplayName("-o - , names without an extension, the format's own extension and an existing folder work as before")
  void stillWritten() throws IOException {
    assertThat(Cli.run("calculate", evaluation.toString(), "--format", "json", "-o", "-", "-q").out()).startsWith("{");
    for (String[] args : new String[][] {{"--format", "json", "-o", at("report")}, {"-o", at("report.xlsx")},
        {"--format", "md", "-o", at("summary.MD")}, {"--format", "csv", "-o", at("tables")},
        {"-o", at("report.2024")}}) {
      Cli run = Cli.run(Stream.concat(Stream.of("calculate", evaluation.toString(), "-q"), Stream.of(args))
          .toArray(String[]::new));
      assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
    }
    Path existing = Files.createDirectory(out.resolve("tables.v2"));
    assertThat(Cli.run("calculate", evaluation.toString(), "--format", "csv", "-o", existing.toString(), "-q")
        .exitCode()).isZero();
    assertThat(existing.resolve("summary.csv")).exists();
  }

  @Test
  @DisplayName("sroi refuses before reading its map, and offers no HTML")
  void sroi() throws IOException {
    Path map = tmp.resolve("not-read.csv");
    refused(Cli.run("sroi", map.toString(), "--investment", "1", "-o", at("r.pdf")),
        "impact does not write PDF; open the workbook and print it");
    refused(Cli.run("sroi", map.toString(), "--investment", "1", "-o", at("r.txt")),
        "end the name in .xlsx, .json or .md, or give --format csv");
    refused(Cli.run("sroi", map.toString(), "--investment", "1", "-o", at("r.html")),
        "--format html is not available for sroi");
    refused(Cli.run("sroi", map.toString(), "--investment", "1", "--format", "json", "-o", at("r.md")),
        "name it " + at("r.json"));
  }

  @Test
  @DisplayName("compare, whose CSV is one table: .csv names it; other mismatches are refused before reading")
  void compare() throws IOException {
    String a = tmp.resolve("a.json").toString();
    String b = tmp.resolve("b.json").toString();
    refused(Cli.run("compare", a, b, "-o", at("c.pdf")),
        "impact does not write PDF; write --format html and print it, or open the workbook and print it");
    refused(Cli.run("compare", a, b, "-o", at("c.txt")), "end the name in .xlsx, .json, .csv, .md or .html");
    refused(Cli.run("compare", a, b, "--format", "csv", "-o", at("c.json")), "name it " + at("c.csv"));
    refused(Cli.run("compare", a, b, "--format", "html", "-o", at("c.md")), "or leave out --format to write md");
  }

  @Test
  @DisplayName("an extension is letters and digits after the last dot of the name, with a letter")
  void extensions() {
    assertThat(OutputNames.extension("report.PDF")).isEqualTo("pdf");
    assertThat(OutputNames.extension("report.tar.gz")).isEqualTo("gz");
    assertThat(OutputNames.extension("report.2024")).isNull();
    assertThat(OutputNames.extension(".profile")).isNull();
    assertThat(OutputNames.extension("report.")).isNull();
    assertThat(OutputNames.extension("report")).isNull();
    assertThat(OutputNames.extension("a.b c")).isNull();
  }
}
