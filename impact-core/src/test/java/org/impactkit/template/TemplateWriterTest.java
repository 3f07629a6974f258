package org.impactkit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Evaluation;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SettingsFile;
import org.impactkit.internal.TemplatePlaceholders;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.bank.Banks;
import org.impactkit.read.table.Field;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWriterTest {
  static List<String> headers(XSSFSheet s) {
    List<String> h = new ArrayList<>();
    s.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
    return h;
  }

  @Test
  @DisplayName("§7 impact template: Activities, Participants, Counts and Instructions, with an example row each")
  void sheets(@TempDir Path dir) throws IOException {
    ValueBank bank = Banks.defaultBank();
    List<Path> written = TemplateWriter.write(bank, bank.id(), dir, false);
    assertThat(written).containsExactly(dir.resolve("evaluation.xlsx"), dir.resolve("evaluation.yaml"));
    try (InputStream in = Files.newInputStream(dir.resolve("evaluation.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Instructions")).isNotNull();
      assertThat(headers(wb.getSheet("Activities")))
          .containsExactly("activity_id", "activity_name", "annual_budget", "region", "partner");
      assertThat(headers(wb.getSheet("Participants"))).startsWith("participant_id", "activity_id", "outcome", "age",
          "age_band");
      assertThat(headers(wb.getSheet("Counts")))
          .containsExactly("activity_id", "outcome", "age_band", "region", "count");
      for (String name : List.of("Activities", "Participants", "Counts")) {
        XSSFSheet s = wb.getSheet(name);
        assertThat(s.getLastRowNum()).as(name + " has one example row").isEqualTo(1);
        Row example = s.getRow(1);
        assertThat(example.getCell(0).getStringCellValue()).isNotBlank();
        assertThat(s.getRow(0).getCell(0).getCellComment().getString().getString()).startsWith("Required.");
      }
      String outcome = wb.getSheet("Participants").getRow(1).getCell(2).getStringCellValue();
      assertThat(bank.outcome(outcome)).isPresent();
      assertThat(wb.isSheetHidden(wb.getSheetIndex("Lists"))).isTrue();
    }
  }

  @Test
  @DisplayName("§2 the template's columns are the reader's: same names, same order, same required ones")
  void columnsAreTheReadersFields(@TempDir Path dir) throws IOException {
    assertColumnsAreFields(TemplateWriter.ACTIVITIES, RecordReaders.ACTIVITY_FIELDS);
    assertColumnsAreFields(TemplateWriter.PARTICIPANTS.subList(0, RecordReaders.PARTICIPANT_FIELDS.size()),
        RecordReaders.PARTICIPANT_FIELDS);
    assertThat(TemplateWriter.PARTICIPANTS.get(RecordReaders.PARTICIPANT_FIELDS.size()).header())
        .as("the example breakdown column after the reader's fields").isEqualTo("gender");
    assertColumnsAreFields(TemplateWriter.COUNTS, RecordReaders.COUNT_FIELDS);
    ValueBank bank = Banks.defaultBank();
    TemplateWriter.write(bank, bank.id(), dir, false);
    try (InputStream in = Files.newInputStream(dir.resolve("evaluation.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(headers(wb.getSheet("Counts")))
          .containsExactlyElementsOf(RecordReaders.COUNT_FIELDS.stream().map(Field::name).toList());
      XSSFSheet counts = wb.getSheet("Counts");
      for (int i = 0; i < RecordReaders.COUNT_FIELDS.size(); i++) {
        assertThat(counts.getRow(0).getCell(i).getCellComment().getString().getString())
            .startsWith(RecordReaders.COUNT_FIELDS.get(i).required() ? "Required. " : "Optional. ");
      }
    }
  }

  private static void assertColumnsAreFields(List<TemplateWriter.Column> columns, List<Field> fields) {
    assertThat(columns).extracting(TemplateWriter.Column::header)
        .containsExactlyElementsOf(fields.stream().map(Field::name).toList());
    assertThat(columns).extracting(TemplateWriter.Column::required)
        .containsExactlyElementsOf(fields.stream().map(Field::required).toList());
    assertThat(columns).allSatisfy(c -> assertThat(c.note()).isNotBlank());
  }

  @Test
  @DisplayName("§7 impact template: drop-down lists of the bank's outcomes, age bands and regions")
  void validations(@TempDir Path dir) throws IOException {
    ValueBank bank = Banks.defaultBank();
    try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(TemplateWriter.workbook(bank)))) {
      var participants = wb.getSheet("Participants").getDataValidations();
      List<String> formulas = participants.stream().map(v -> v.getValidationConstraint().getFormula1()).toList();
      assertThat(formulas).contains("OutcomeList", "AgeBandList", "RegionList", "ActivityIds");
      var outcomes = wb.getName("OutcomeList");
      assertThat(outcomes.getRefersToFormula()).isEqualTo("Lists!$A$2:$A$" + (bank.outcomes().size() + 1));
      XSSFSheet lists = wb.getSheet("Lists");
      for (int i = 0; i < bank.outcomes().size(); i++) {
        assertThat(lists.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(bank.outcomes().get(i).id());
      }
      for (int i = 0; i < bank.ageBands().size(); i++) {
        assertThat(lists.getRow(i + 1).getCell(1).getStringCellValue()).isEqualTo(bank.ageBands().get(i).label());
      }
      assertThat(wb.getSheet("Counts").getDataValidations()).hasSize(5);
    }
  }

  @Test
  @DisplayName("§10 example-rows: the example's id replaced throughout by one Find and Replace leaves its activity's"
      + " name, and its Counts row; the check warns, naming the activity and what to delete")
  void exampleIdReplacedThroughout(@TempDir Path dir) throws IOException {
    ValueBank bank = Banks.defaultBank();
    TemplateWriter.write(bank, bank.id(), dir, false);
    CalculationResult untouched = Evaluation.prepare(EvaluationFiles.of(dir), b -> {}).calculate();
    assertThat(untouched.checks()).filteredOn(c -> c.id() == CheckId.EXAMPLE_ROWS).singleElement()
        .satisfies(c -> assertThat(c.message()).as("the example's id is still there: no talk of replacing it")
            .contains("worked example rows").doesNotContain("is still named"));
    Path book = dir.resolve("evaluation.xlsx");
    try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (String sheet : List.of("Activities", "Participants", "Counts")) {
        wb.getSheet(sheet).forEach(row -> row.forEach(cell -> {
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().equals(TemplateWriter.EXAMPLE_ACTIVITY)) {
            cell.setCellValue("ACT1");
          }
        }));
      }
      wb.getSheet("Participants").getRow(1).getCell(0).setCellValue("P1"); // the user's own person
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    Files.writeString(dir.resolve("evaluation.yaml"), "name: Sports 2024/25\norganisation: Club\n"
        + "period: 2024/25\n");
    CalculationResult result = Evaluation.prepare(EvaluationFiles.of(dir), b -> {}).calculate();
    assertThat(result.checks()).filteredOn(c -> c.id() == CheckId.EXAMPLE_ROWS).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CheckStatus.WARN);
      assertThat(c.message()).isEqualTo("activity 'ACT1' is still named '" + TemplatePlaceholders.ACTIVITY_NAME
          + "', the template's worked example, with 6 claims: if its id was replaced and the example's rows are"
          + " still on the Activities, Participants and Counts sheets, delete them; else give the activity its own"
          + " name");
    });
  }

  @Test
  @DisplayName("§4.6 the template's evaluation.yaml is read by the settings reader without a problem")
  void config(@TempDir Path dir) throws IOException {
    ValueBank bank = Banks.defaultBank();
    TemplateWriter.write(bank, bank.id(), dir, false);
    String yaml = Files.readString(dir.resolve("evaluation.yaml"));
    assertThat(yaml).contains("# ").contains("bank: uk-wellby-open");
    Settings config = SettingsFile.read(dir.resolve("evaluation.yaml")).applyTo(Settings.builder()).build();
    assertThat(config.bank()).isEqualTo("uk-wellby-open");
    assertThat(config.name()).isEqualTo("My evaluation 2024/25");
    // the example-rows check (SPEC §10) knows each placeholder as the template writes it
    assertThat(TemplatePlaceholders.isPlaceholder(config.name(), TemplatePlaceholders.NAME)).isTrue();
    assertThat(TemplatePlaceholders.isPlaceholder(config.organisation(), TemplatePlaceholders.ORGANISATION)).isTrue();
    assertThat(config.title()).isEqualTo("My evaluation: social value 2024/25");
    assertThat(TemplatePlaceholders.isPlaceholder(config.title(), TemplatePlaceholders.TITLE)).isTrue();
  }

  @Test
  @DisplayName("§7 impact template refuses to overwrite unless forced")
  void noOverwrite(@TempDir Path dir) throws IOException {
    ValueBank bank = Banks.defaultBank();
    Files.writeString(dir.resolve("evaluation.yaml"), "name: mine\n");
    assertThatThrownBy(() -> TemplateWriter.write(bank, bank.id(), dir, false))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.render()).endsWith("evaluation.yaml: already exists");
            assertThat(d.advice()).isEqualTo(Advice.REPLACE_EXISTING);
          });
        });
    assertThat(Files.readString(dir.resolve("evaluation.yaml"))).isEqualTo("name: mine\n");
    assertThat(dir.resolve("evaluation.xlsx")).doesNotExist();
    TemplateWriter.write(bank, bank.id(), dir, true);
    assertThat(Files.readString(dir.resolve("evaluation.yaml"))).startsWith("# Settings");
  }
}
