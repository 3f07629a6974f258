package org.impactkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.Impact;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.OutcomeFactors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The method text's sentence on discounting says what the figures show (SPEC §8, §10: a report never
 * describes a method it did not apply), for each convention (§5.2) and schedule (§5.6): a claim in words is
 * checked against the present-value factors the outcomes were valued with. Bank values are fake.
 */
class DiscountingTextTest {
  /** A fake bank: one outcome derived from WELLBYs (health schedule by default), two not (standard schedule). */
  private static final String BANK = """
      {"schema": "impact/bank/v1", "id": "fake-bank", "name": "Fake", "version": "1", "currency": "GBP",
       "priceYear": 2020, "licence": "test", "attribution": "test",
       "outcomes": [
         {"id": "alpha", "name": "Alpha outcome", "category": "Test", "requiresSurvey": false, "deadweight": 0.2,
          "value": 1000, "uprating": "none"},
         {"id": "beta", "name": "Beta outcome", "category": "Test", "requiresSurvey": false, "deadweight": 0.1,
          "value": 100, "uprating": "none"},
         {"id": "gamma", "name": "Gamma outcome", "category": "Test", "requiresSurvey": false, "deadweight": 0.1,
          "value": 500, "uprating": "wellby"}
       ]}
      """;

  /** Alpha lasts three years; beta and gamma one. */
  private static final String THREE_YEARS = "outcomes:\n  alpha: {duration: 3, dropOff: 20%}\n";

  @TempDir Path dir;

  private CalculationResult run(String yaml) throws IOException {
    Files.writeString(dir.resolve("bank.json"), BANK);
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget\nA1,10000\n");
    Files.writeString(dir.resolve("counts.csv"), "activity_id,outcome,count\nA1,alpha,3\nA1,beta,4\nA1,gamma,2\n");
    Files.writeString(dir.resolve("evaluation.yaml"), "bank: bank.json\npriceYear: 2020\n" + yaml);
    return Evaluation.prepare(dir).calculate();
  }

  private static String sentence(CalculationResult r) {
    return ReportText.method(r).stream().filter(l -> l.startsWith("Discounting")).findFirst().orElseThrow();
  }

  static Stream<Arguments> settings() {
    List<Arguments> all = new ArrayList<>();
    for (String convention : List.of("year-zero", "end-of-year")) {
      for (String schedule : List.of("", "schedule: green-book, ", "schedule: green-book-health, ", "rate: 3.5%, ",
          "rate: 0%, ")) {
        for (String outcomes : List.of("", THREE_YEARS)) {
          all.add(Arguments.of(convention, "discounting: {" + schedule + "convention: " + convention + "}\n"
              + outcomes));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("settings")
  @DisplayName("§5.2, §5.6, §8: each claim of the discounting sentence holds for the factors the outcomes were"
      + " valued with")
  void sayWhatTheNumbersDid(String convention, String yaml) throws IOException {
    CalculationResult r = run(yaml);
    String text = sentence(r);
    List<OutcomeFactors> oneYear = r.byOutcome().stream().map(OutcomeFigures::factors)
        .filter(f -> f.adjustments().duration() == 1).toList();
    boolean firstYearInFull = oneYear.stream().allMatch(f -> f.pvFactor().compareTo(BigDecimal.ONE) == 0);
    boolean anyChanged = r.byOutcome().stream().map(OutcomeFigures::factors).anyMatch(f -> f.pvFactor()
        .compareTo(new Discounting(BigDecimal.ZERO, Discounting.Convention.YEAR_ZERO)
            .presentValueFactor(f.adjustments().duration(), f.adjustments().dropOff())) != 0);

    // "only changes outcomes that last more than one year" and "changed no figure" both say one-year outcomes
    // are unchanged: true only when their present-value factor is exactly 1
    boolean saysOneYearUnchanged = text.contains("only changes outcomes that last more than one year")
        || text.contains("changed no figure");
    assertThat(saysOneYearUnchanged).as(text).isEqualTo(firstYearInFull);
    assertThat(text.contains("changed no figure")).as(text).isEqualTo(!anyChanged);
    // "no outcome claimed has value after its first year" is the reason only where the first year counts in full
    if (text.contains("no outcome claimed has value after its first year")) {
      assertThat(oneYear).hasSameSizeAs(r.byOutcome());
      assertThat(convention).isEqualTo("year-zero");
    }
    assertThat(text.contains("the first year is not discounted")).as(text)
        .isEqualTo(convention.equals("year-zero"));
    if (!firstYearInFull) {
      // the factor it names is the one each one-year outcome's value was multiplied by
      for (OutcomeFactors f : oneYear) {
        assertThat(text).contains(f.pvFactor().setScale(4, RoundingMode.HALF_UP).toPlainString());
      }
      assertThat(text).startsWith("Discounting: every year is discounted, the first included,")
          .contains("those that last one year too");
    }
  }

  @Test
  @DisplayName("§5.2 end-of-year at a flat 3.5%: one-year outcomes are reduced, and the text gives the factor")
  void endOfYearFlat() throws IOException {
    CalculationResult r = run("discounting: {rate: 3.5%, convention: end-of-year}\n");
    assertThat(sentence(r)).isEqualTo("Discounting: every year is discounted, the first included, by a flat 3.5% a"
        + " year for every outcome; so it changes every outcome, those that last one year too: a first year's value"
        + " is multiplied by 0.9662.");
  }

  @Test
  @DisplayName("§5.6 end-of-year by default schedules: the health and standard schedules' first-year factors, named")
  void endOfYearBySchedule() throws IOException {
    CalculationResult r = run("discounting: {convention: end-of-year}\n");
    // 1 / 1.035 for the standard schedule, 1 / 1.015 for the health one (gamma, derived from WELLBYs)
    assertThat(sentence(r)).endsWith("a first year's value is multiplied by 0.9662 for Alpha outcome, Beta outcome;"
        + " by 0.9852 for Gamma outcome.");
  }

  @Test
  @DisplayName("§5.2 year-zero: with only one-year outcomes it says discounting changed no figure")
  void yearZeroOneYear() throws IOException {
    assertThat(sentence(run("discounting: {rate: 3.5%, convention: year-zero}\n"))).isEqualTo("Discounting changed"
        + " no figure: no outcome claimed has value after its first year. Future years are discounted by a flat 3.5% a"
        + " year for every outcome (the first year is not discounted).");
    assertThat(sentence(run("discounting: {rate: 3.5%, convention: year-zero}\n" + THREE_YEARS)))
        .endsWith("(the first year is not discounted); it only changes outcomes that last more than one year.");
  }

  @Test
  @DisplayName("§8 the Markdown, HTML and workbook carry the end-of-year sentence, and none the year-zero one")
  void everyFormat() throws IOException {
    CalculationResult r = run("discounting: {rate: 3.5%, convention: end-of-year}\n");
    String said = "so it changes every outcome, those that last one year too: a first year's value is multiplied by"
        + " 0.9662.";
    for (ReportFormat format : List.of(ReportFormat.MD, ReportFormat.HTML)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Impact.write(r, format, out);
      String text = out.toString(StandardCharsets.UTF_8).replace("&#39;", "'").replace("&#x27;", "'");
      assertThat(text).as(format.name()).contains(said).doesNotContain("only changes outcomes");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Impact.write(r, ReportFormat.XLSX, out);
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Row row : wb.getSheet("Summary")) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING) {
            cells.add(c.getStringCellValue());
          }
        }
      }
    }
    assertThat(cells).anyMatch(c -> c.contains(said)).noneMatch(c -> c.contains("only changes outcomes"));
  }
}
