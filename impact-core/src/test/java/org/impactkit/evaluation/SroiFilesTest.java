package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.report.json.SroiJson;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.Discounting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading impact maps and inputs (SPEC §6, §4.2 column rules) and the JSON output (§7.2). */
class SroiFilesTest {
  @TempDir Path dir;

  static final String MAP = """
      Stakeholder,Outcome,Quantity,Financial Proxy,Duration,Start,Deadweight,Displacement,Attribution,Drop-off,notes
      Young people,Took up sport,20,"£1,000",3,1,20%,0,25,10%,anything
      Residents,Noise,30,-100,,,,,,,
      """;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  SroiEvaluations.Request request(Path map, Path inputs, String investment) {
    return new SroiEvaluations.Request(map, inputs, investment == null ? null : new BigDecimal(investment));
  }

  @Test
  @DisplayName("§4.1 a folder's files are found ignoring case, as Windows writes them: Impact-Map.csv, Inputs.csv")
  void namesIgnoringCase() throws IOException {
    write("Impact-Map.csv", MAP);
    write("Inputs.CSV", "stakeholder,description,value\nFunder,Grant,2000\n");
    write("Evaluation.YAML", "name: Cased\n");
    SroiEvaluations.Located located = SroiEvaluations.locate(request(dir, null, null));
    assertThat(located.map()).isEqualTo(dir.resolve("Impact-Map.csv"));
    assertThat(located.inputs()).isEqualTo(dir.resolve("Inputs.CSV"));
    assertThat(located.config()).isEqualTo(dir.resolve("Evaluation.YAML"));
    SroiResult r = SroiEvaluations.calculate(request(dir, null, null), options -> {});
    assertThat(r.investment()).isEqualByComparingTo("2000");
    assertThat(r.map().name()).isEqualTo("Cased");
  }

  @Test
  @DisplayName("§6/§4.2 impact map columns: aliases, percent points with or without %, money with £ and commas,"
      + " defaults for blanks, extra columns ignored")
  void readsColumnRules() throws IOException {
    write("impact-map.csv", MAP);
    write("inputs.csv", "stakeholder,description,value\nFunder,Grant,\"£1,500\"\nVolunteers,,500\n");
    SroiResult r = SroiEvaluations.calculate(request(dir, null, null), options -> {});
    ImpactMapRow sport = r.map().rows().get(0);
    assertThat(sport.proxyValue()).isEqualByComparingTo("1000");
    assertThat(sport.deadweight()).isEqualByComparingTo("0.20");
    assertThat(sport.displacement()).isEqualByComparingTo("0");
    assertThat(sport.attribution()).isEqualByComparingTo("0.25");
    assertThat(sport.dropOff()).isEqualByComparingTo("0.10");
    assertThat(sport.duration()).isEqualTo(3);
    ImpactMapRow noise = r.map().rows().get(1);
    assertThat(noise.proxyValue()).isEqualByComparingTo("-100");
    assertThat(noise.duration()).isEqualTo(1);
    assertThat(noise.start()).isEqualTo(1);
    assertThat(noise.ref().line()).isEqualTo(3);
    assertThat(r.investment()).isEqualByComparingTo("2000");
    // year 1: 12000 − 3000 = 9000; payback 2000 / (9000 / 12) = 2.666… months
    assertThat(r.paybackMonths()).isBetween(new BigDecimal("2.6666"), new BigDecimal("2.6667"));
    // §5.6: impact sroi discounts by the Green Book's stepped schedule unless told otherwise
    assertThat(r.discounting()).isEqualTo(new Discounting(DiscountSchedules.bundled("green-book"),
        Discounting.Convention.YEAR_ZERO));
  }

  @Test
  @DisplayName("Impact.sroi: the facade reads a folder's map and inputs like the command does")
  void facade() throws IOException {
    write("impact-map.csv", MAP);
    write("inputs.csv", "stakeholder,description,value\nFunder,Grant,2000\n");
    SroiResult r = org.impactkit.Impact.sroi(dir, null);
    // 12000 − 3000 + 10800/1.035 + 9720/1.035² = 28508.51
    assertThat(r.presentValue().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("28508.51");
    assertThat(org.impactkit.Impact.sroi(r.map(), r.inputs()).presentValue()).isEqualByComparingTo(r.presentValue());
  }

  @Test
  @DisplayName("§6 inputs: a negative value and a missing stakeholder are errors at their line and column")
  void badInputs() throws IOException {
    write("impact-map.csv", MAP);
    Path inputs = write("inputs.csv", "Stakeholder,Description,Amount\nFunder,Grant,-5\n,Time,10\n");
    assertThatThrownBy(() -> SroiEvaluations.calculate(request(dir, null, null), options -> {}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(Diagnostic::render)
            .containsExactly(inputs + ":2:Amount: an input cannot be negative, found -5",
                inputs + ":3:Stakeholder: the stakeholder is missing"));
  }

  @Test
  @DisplayName("§6 price_year: one row left blank among rows that give one is refused at its line")
  void priceYearLeftBlank() throws IOException {
    Path map = write("impact-map.csv", "Stakeholder,Outcome,Quantity,Financial Proxy,price_year\n"
        + "Young people,Took up sport,20,1000,2019\nResidents,Less noise,30,100,\n");
    assertThatThrownBy(() -> SroiEvaluations.calculate(request(dir, null, "1000"), options -> {}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(Diagnostic::render)
            .containsExactly(map + ":3:price_year: the price year is blank here but given on other rows (the latest"
                + " 2019): give each row the year its proxy's prices are in, or none"));
    write("impact-map.csv", "Stakeholder,Outcome,Quantity,Financial Proxy,price_year\n"
        + "Young people,Took up sport,20,1000,2019\nResidents,Less noise,30,100,2019\n");
    assertThat(SroiEvaluations.calculate(request(dir, null, "1000"), options -> {}).presentValue()).isPositive();
  }

  /** A workbook with an Impact Map sheet (percentages as Excel percent cells) and an Inputs sheet. */
  Path workbook(String name, boolean withInputs) throws IOException {
    Path p = dir.resolve(name);
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var pct = wb.createCellStyle();
      pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
      var map = wb.createSheet("Impact Map");
      String[] head = {"Stakeholder", "Outcome", "Quantity", "Financial proxy", "Duration", "Start", "Deadweight",
          "Attribution", "Drop-off"};
      var h = map.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      var r = map.createRow(1);
      r.createCell(0).setCellValue("Young people");
      r.createCell(1).setCellValue("Took up sport");
      r.createCell(2).setCellValue(20);
      r.createCell(3).setCellValue(1000);
      r.createCell(4).setCellValue(3);
      r.createCell(5).setCellValue(1);
      double[] fractions = {0.2, 0.25, 0.1};
      for (int i = 0; i < 3; i++) {
        var c = r.createCell(6 + i);
        c.setCellValue(fractions[i]);
        c.setCellStyle(pct);
      }
      if (withInputs) {
        var in = wb.createSheet("Inputs");
        var ih = in.createRow(0);
        ih.createCell(0).setCellValue("stakeholder");
        ih.createCell(1).setCellValue("description");
        ih.createCell(2).setCellValue("value");
        var ir = in.createRow(1);
        ir.createCell(0).setCellValue("Funder");
        ir.createCell(1).setCellValue("Grant");
        ir.createCell(2).setCellValue(15000);
      }
      try (var out = Files.newOutputStream(p)) {
        wb.write(out);
      }
    }
    return p;
  }

  @Test
  @DisplayName("§6 XLSX: sheet 'Impact Map' (percent cells read as shown) with inputs from sheet 'Inputs'")
  void workbookMap() throws IOException {
    Path p = workbook("map.xlsx", true);
    SroiResult r = SroiEvaluations.calculate(request(p, null, null), options -> {});
    ImpactMapRow row = r.map().rows().get(0);
    assertThat(row.deadweight()).isEqualByComparingTo("0.2");
    assertThat(row.attribution()).isEqualByComparingTo("0.25");
    assertThat(row.dropOff()).isEqualByComparingTo("0.1");
    assertThat(r.investment()).isEqualByComparingTo("15000");
    // 12000 + 10800 / 1.035 + 9720 / 1.035² = 31508.51
    assertThat(r.presentValue().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("31508.51");
  }

  @Test
  @DisplayName("§6 XLSX: a workbook without an Inputs sheet needs --investment; a bad cell names file[sheet]")
  void workbookWithoutInputs() throws IOException {
    Path p = workbook("map.xlsx", false);
    assertThatThrownBy(() -> SroiEvaluations.calculate(request(p, null, null), options -> {}))
        .hasMessageContaining("no sheet 'Inputs'");
    assertThat(SroiEvaluations.calculate(request(p, null, "1000"), options -> {}).investment()).isEqualByComparingTo("1000");
  }

  @Test
  @DisplayName("§6 an evaluation folder's evaluation.xlsx with an Impact Map sheet is the map")
  void evaluationWorkbook() throws IOException {
    workbook("evaluation.xlsx", true);
    SroiResult r = SroiEvaluations.calculate(request(dir, null, null), options -> {});
    assertThat(r.investment()).isEqualByComparingTo("15000");
    assertThat(r.map().rows()).hasSize(1);
  }

  @Test
  @DisplayName("§6 --investment replaces inputs; evaluation.yaml in the folder names the map and sets discounting")
  void folderConfig() throws IOException {
    write("impact-map.csv", MAP);
    write("evaluation.yaml", "name: Test map\ndiscounting: {rate: 5%, convention: end-of-year}\n");
    SroiResult r = SroiEvaluations.calculate(request(dir, null, "1000"), options -> {});
    assertThat(r.map().name()).isEqualTo("Test map");
    assertThat(r.discounting().rate()).isEqualByComparingTo("0.05");
    assertThat(r.discounting().convention()).isEqualTo(Discounting.Convention.END_OF_YEAR);
    assertThat(r.investment()).isEqualByComparingTo("1000");
    // options override the file
    SroiResult o = SroiEvaluations.calculate(new SroiEvaluations.Request(dir, null, new BigDecimal("1000")),
        options -> options.discountRate(new BigDecimal("0.02")).discountConvention(Discounting.Convention.YEAR_ZERO));
    assertThat(o.discounting()).isEqualTo(new Discounting(new BigDecimal("0.02"), Discounting.Convention.YEAR_ZERO));
  }

  @Test
  @DisplayName("§9 bad input: every bad cell named by file, line and column (header as written), all at once")
  void badCells() throws IOException {
    Path map = write("map.csv", """
        stakeholder,outcome,quantity,value,duration,start,deadweight,drop_off
        A,B,ten,100,1,1,10,0
        A,C,5,abc,0,3,120%,0
        """);
    assertThatThrownBy(() -> SroiEvaluations.calculate(request(map, null, "100"), options -> {}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(Diagnostic::render)
            .anySatisfy(m -> assertThat(m).startsWith(map + ":2:quantity: expected a quantity"))
            .anySatisfy(m -> assertThat(m).startsWith(map + ":3:value: expected an amount of money"))
            .anySatisfy(m -> assertThat(m).startsWith(map + ":3:duration: the duration in years must be from 1"))
            .anySatisfy(m -> assertThat(m).startsWith(map + ":3:start: "))
            .anySatisfy(m -> assertThat(m).startsWith(map + ":3:deadweight: a percentage must be from 0 to 100"))
            .hasSize(5));
  }

  @Test
  @DisplayName("§4.2 a missing required column names it, its aliases and the headers found")
  void missingColumn() throws IOException {
    Path map = write("map.csv", "stakeholder,outcome,quantity\nA,B,1\n");
    assertThatThrownBy(() -> SroiEvaluations.calculate(request(map, null, "100"), options -> {}))
        .hasMessageContaining("missing required column 'proxy_value'")
        .hasMessageContaining("financial_proxy");
  }

  @Test
  @DisplayName("§6 no investment given: a clear error saying how to give one")
  void noInvestment() throws IOException {
    write("impact-map.csv", MAP);
    assertThatThrownBy(() -> SroiEvaluations.locate(request(dir, null, null)))
        .hasMessageContaining("no investment").hasMessageContaining("inputs.csv")
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::advice).containsExactly(Advice.GIVE_THE_INVESTMENT));
  }

  @Test
  @DisplayName("§7.2 JSON: schema impact/sroi/v1 with every named field, money to pence, ratio to 4 places")
  void json() throws IOException {
    write("impact-map.csv", MAP);
    SroiResult r = SroiEvaluations.calculate(request(dir, null, "15000"), options -> {});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SroiJson.write(r, out);
    JsonNode j = new ObjectMapper().readTree(out.toByteArray());
    assertThat(j.get("schema").asText()).isEqualTo("impact/sroi/v1");
    for (String f : List.of("investment", "presentValue", "netPresentValue", "ratio", "netRatio", "paybackMonths",
        "discountRate", "discounting", "years", "byStakeholder", "outcomes", "tippingPoints")) {
      assertThat(j.has(f)).as(f).isTrue();
    }
    // 12000 − 3000 + 10800/1.035 + 9720/1.035² = 9000 + 10434.78 + 9073.72 = 28508.51
    assertThat(j.get("presentValue").decimalValue()).isEqualByComparingTo("28508.51");
    assertThat(j.get("discountRate").decimalValue()).isEqualByComparingTo("0.035");
    assertThat(j.get("discounting").asText()).isEqualTo("year-zero");
    assertThat(j.get("years").get(1).get("year").asInt()).isEqualTo(2);
    assertThat(j.get("years").get(1).get("value").decimalValue()).isEqualByComparingTo("10800");
    assertThat(j.get("years").get(1).get("presentValue").decimalValue()).isEqualByComparingTo("10434.78");
    JsonNode harm = j.get("byStakeholder").get(1);
    assertThat(harm.get("stakeholder").asText()).isEqualTo("Residents");
    assertThat(harm.get("presentValue").decimalValue()).isEqualByComparingTo("-3000");
    // −3000 / 28508.51 = −0.1052
    assertThat(harm.get("share").decimalValue()).isEqualByComparingTo("-0.1052");
    assertThat(j.get("outcomes").get(0).get("impact").decimalValue()).isEqualByComparingTo("12000");
    JsonNode tp = j.get("tippingPoints").get(0);
    assertThat(tp.get("outcome").asText()).isEqualTo("Took up sport");
    assertThat(tp.get("parameter").asText()).isEqualTo("deadweight");
    assertThat(tp.get("current").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(j.get("tippingPoints").findValues("breakEven")).anyMatch(JsonNode::isNull);
    assertThat(j.get("ratio").decimalValue().scale()).isLessThanOrEqualTo(4);
    // determinism: the same map gives byte-identical JSON
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    SroiJson.write(SroiEvaluations.calculate(request(dir, null, "15000"), options -> {}), again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }
}
