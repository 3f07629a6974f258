package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.valuation.CalculationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets of an evaluation's workbooks that hold rows impact does not read are named, never passed over. */
class UnreadSheetsTest {
  @TempDir Path dir;

  private static final String[] ACTIVITIES = {"Activities", "activity_id,annual_budget,region", "A1,1000,London"};
  private static final String[] PARTICIPANTS = {"Participants", "participant_id,activity_id,outcome",
      "P1,A1,employment"};
  private static final String[] PARTNER_B = {"", "participant_id,activity_id,outcome", "B1,A1,employment",
      "B2,A1,employment", "B3,A1,regular-volunteering", "B4,A1,employment"};

  private void workbook(String name, String[]... sheets) throws IOException {
    SheetFixtures.write(dir.resolve(name), sheets);
  }

  private static String[] named(String name, String[] sheet) {
    String[] copy = sheet.clone();
    copy[0] = name;
    return copy;
  }

  private CalculationResult calculate() throws IOException {
    return Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate();
  }

  private List<String> warnings(CalculationResult result) {
    return result.diagnostics().stream().map(Diagnostic::render).map(s -> s.replace(dir + "/", "")).toList();
  }

  @Test
  @DisplayName("§4.1: a second participants sheet (Participants-partnerB) is not read, and a warning names it")
  void partnerSheet() throws IOException {
    workbook("evaluation.xlsx", ACTIVITIES, PARTICIPANTS, named("Participants-partnerB", PARTNER_B));
    CalculationResult result = calculate();
    assertThat(result.totals().claims()).isEqualTo(1);
    assertThat(warnings(result)).containsExactly("evaluation.xlsx: warning: the sheet 'Participants-partnerB'"
        + " holds participant rows, but impact reads only the sheets named 'Activities', 'Participants' and 'Counts',"
        + " so none of its rows is in any figure; if they belong in this evaluation, move them into the sheet"
        + " 'Participants', and if the sheet is a copy or kept for reference, delete or hide it");
  }

  @Test
  @DisplayName("§4.1: Excel's copy of a sheet, Participants (2), is named in a warning and never merged")
  void copiedSheet() throws IOException {
    workbook("evaluation.xlsx", ACTIVITIES, PARTICIPANTS, named("Participants (2)", PARTICIPANTS));
    CalculationResult result = calculate();
    assertThat(result.totals().claims()).isEqualTo(1);
    assertThat(warnings(result)).containsExactly("evaluation.xlsx: warning: the sheet 'Participants (2)' holds"
        + " participant rows, but impact reads only the sheets named 'Activities', 'Participants' and 'Counts', so"
        + " none of its rows is in any figure; Excel names a copy of a sheet so: if it is a copy of 'Participants',"
        + " delete it, and if it holds other rows, move them into 'Participants'");
  }

  @Test
  @DisplayName("§4.1: a renamed participants sheet beside counts is named, saying to rename it")
  void renamedBesideCounts() throws IOException {
    workbook("evaluation.xlsx", ACTIVITIES, named("Participant list", PARTNER_B),
        new String[] {"Counts", "activity_id,outcome,count", "A1,employment,3"});
    CalculationResult result = calculate();
    assertThat(result.totals().participants()).isZero();
    assertThat(warnings(result)).containsExactly("evaluation.xlsx: warning: the sheet 'Participant list' holds"
        + " participant rows, but impact reads only the sheets named 'Activities', 'Participants' and 'Counts', so"
        + " none of its rows is in any figure; if it is this evaluation's participants, rename it 'Participants'");
  }

  @Test
  @DisplayName("§10 empty-result: with no records read, the check names the sheet that holds participant rows")
  void renamedWithEmptyCounts() throws IOException {
    workbook("evaluation.xlsx", ACTIVITIES, named("Sheet2", PARTNER_B),
        new String[] {"Counts", "activity_id,outcome,count"});
    Check empty = calculate().checks().stream().filter(c -> c.id() == CheckId.EMPTY_RESULT).findFirst().orElseThrow();
    assertThat(empty.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(empty.message().replace(dir + "/", "")).isEqualTo("no claims, so every figure is zero: there are no"
        + " participant or counts records; evaluation.xlsx[Counts] has a header but no rows; the sheet 'Sheet2' of"
        + " evaluation.xlsx holds participant rows but is not read: rename it 'Participants'");
  }

  @Test
  @DisplayName("§4.1: a workbook with neither a Participants nor a Counts sheet names the sheet that looks like one")
  void renamedAlone() throws IOException {
    workbook("evaluation.xlsx", ACTIVITIES, named("Participant list", PARTNER_B));
    assertThatThrownBy(() -> EvaluationFiles.of(dir).locate()).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.diagnostics()).extracting(d -> d.render().replace(dir + "/", "")).containsExactly(
            "evaluation.xlsx: the workbook has no sheet 'Participants' or 'Counts'; sheets found: 'Activities',"
                + " 'Participant list'; the sheet 'Participant list' holds participant rows: rename it"
                + " 'Participants'"));
  }

  @Test
  @DisplayName("§4.1: instructions, empty sheets, a header alone and hidden sheets are no table left unread")
  void notTables() throws IOException {
    workbook("evaluation.xlsx", new String[] {"Instructions", "How to fill in this evaluation", "",
        "1. Activities: one row per activity"}, ACTIVITIES, PARTICIPANTS, new String[] {"Empty"},
        named("Participants (2)", new String[] {"", "participant_id,activity_id,outcome"}),
        named("~Old participants", PARTNER_B));
    assertThat(warnings(calculate())).isEmpty();
  }

  @Test
  @DisplayName("§4.1: a table on a sheet impact does not read is named, with how to keep a reference sheet quiet")
  void otherTable() throws IOException {
    workbook("evaluation.xlsx", ACTIVITIES, PARTICIPANTS, new String[] {"Budget", "line,amount", "Venue,300"});
    assertThat(warnings(calculate())).containsExactly("evaluation.xlsx: warning: the sheet 'Budget' holds a table"
        + " that is not read: impact reads only the sheets named 'Activities', 'Participants' and 'Counts'; if it"
        + " holds records, move them into one of those, and if it is kept for reference, hide it (right-click its"
        + " tab, Hide) to leave it out of this warning");
  }

  @Test
  @DisplayName("§4.1: a participants workbook given as one file reads one sheet; another sheet with rows is named")
  void separateWorkbookFile() throws IOException {
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\nA1,1000,London\n");
    workbook("participants-north.xlsx", named("North", PARTICIPANTS), named("South", PARTNER_B));
    CalculationResult result = calculate();
    assertThat(result.totals().claims()).isEqualTo(1);
    assertThat(warnings(result)).containsExactly("participants-north.xlsx: warning: the sheet 'South' holds"
        + " participant rows that impact does not read: it reads one sheet of this file, 'North' (a sheet named"
        + " 'Participants', else the first), so none of its rows is in any figure; if they belong in this"
        + " evaluation, move them into 'North' or save the sheet as a file of its own, and if the sheet is kept for"
        + " reference, hide it");
  }

  @Test
  @DisplayName("§4.1: an activities workbook with a participants sheet left in is told to save that sheet as a file")
  void otherKindInAFile() throws IOException {
    workbook("activities.xlsx", ACTIVITIES, PARTICIPANTS);
    Files.writeString(dir.resolve("participants.csv"), "participant_id,activity_id,outcome\nP1,A1,employment\n");
    CalculationResult result = calculate();
    assertThat(warnings(result)).singleElement().asString().startsWith("activities.xlsx: warning: the sheet"
        + " 'Participants' holds participant rows that impact does not read").contains("if they belong in this"
        + " evaluation, save the sheet as a participants file of its own (e.g. participants-2.xlsx)");
  }
}
