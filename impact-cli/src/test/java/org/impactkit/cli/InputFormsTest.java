package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §4.1: the same evaluation given as CSV, as separate XLSX files and as one evaluation.xlsx gives the same JSON. */
class InputFormsTest {
  @TempDir Path tmp;

  private static final List<String> TABLES = List.of("activities", "participants", "counts");

  private String calculate(Path dir) {
    Path json = tmp.resolve(dir.getParent().getFileName() + ".json");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "calculate", dir.toString(),
        "--format", "json", "-o", json.toString(), "-q");
    assertThat(code).as(err.toString()).isZero();
    try {
      return Files.readString(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"camden-community-partnership-2008-12", "stepping-out-north-kent-2020"})
  @DisplayName("§4.1/§4.2: CSV, separate .xlsx files and one evaluation.xlsx give identical JSON")
  void sameFiguresFromEveryForm(String sample) throws IOException {
    Path source = Path.of("..", "samples", sample);
    Path csv = Files.createDirectories(tmp.resolve("csv").resolve(sample));
    Path xlsx = Files.createDirectories(tmp.resolve("xlsx").resolve(sample));
    Path book = Files.createDirectories(tmp.resolve("book").resolve(sample));
    List<XlsxFixtures.SheetSource> sheets = new ArrayList<>();
    for (String table : TABLES) {
      Path file = source.resolve(table + ".csv");
      if (!Files.exists(file)) {
        continue;
      }
      Files.copy(file, csv.resolve(table + ".csv"));
      XlsxFixtures.write(xlsx.resolve(table + ".xlsx"), List.of(new XlsxFixtures.SheetSource(table, file)));
      // Sheet names as a person might type them: matched loosely.
      String sheet = table.substring(0, 1).toUpperCase() + table.substring(1);
      sheets.add(new XlsxFixtures.SheetSource(table.equals("participants") ? " participant " : sheet, file));
    }
    XlsxFixtures.write(book.resolve("evaluation.xlsx"), sheets);
    for (Path dir : List.of(csv, xlsx, book)) {
      Files.copy(source.resolve("evaluation.yaml"), dir.resolve("evaluation.yaml"));
    }
    try (Stream<Path> files = Files.list(book)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("evaluation.xlsx",
          "evaluation.yaml");
    }
    String fromCsv = calculate(csv);
    var totals = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fromCsv).get("totals");
    assertThat(totals.get("claims").asLong()).isPositive();
    assertThat(totals.get("socialValue").decimalValue()).isPositive();
    assertThat(calculate(xlsx)).isEqualTo(fromCsv);
    assertThat(calculate(book)).isEqualTo(fromCsv);
  }
}
