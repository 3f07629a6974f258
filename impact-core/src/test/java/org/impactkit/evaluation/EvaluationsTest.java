package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.model.Period;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.NotClaimedReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationsTest {
  @TempDir Path dir;

  private static final String ACTIVITIES = "activity_id,annual_budget,region\nA-LONDON,1000,London\nA-KENT,2000,\n";

  private void file(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private List<String> problems(EvaluationFiles files) {
    try {
      Evaluation.prepare(files, options -> {}).calculate();
    } catch (InvalidInputException e) {
      return e.diagnostics().stream().map(Diagnostic::render).map(s -> s.replace(dir + "/", "")).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected problems");
  }

  private List<String> problems() {
    return problems(EvaluationFiles.of(dir));
  }

  @Test
  @DisplayName("§4.4: participants referring to unknown activities are errors suggesting the nearest id")
  void unknownActivity() throws IOException {
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A-LONDN,employment\nP2,A-LONDON,employment\n");
    assertThat(problems()).containsExactly(
        "participants.csv:2:activity_id: activity 'A-LONDN' is not among the activities; did you mean 'A-LONDON'?");
  }

  @Test
  @DisplayName("§4.3: duplicate activity ids are an error at the second, naming the first")
  void duplicateActivity() throws IOException {
    file("activities.csv", ACTIVITIES + "A-LONDON,500,London\n");
    file("participants.csv", "participant_id,activity_id\nP1,A-LONDON\n");
    assertThat(problems()).containsExactly(
        "activities.csv:4:activity_id: activity id 'A-LONDON' is already used on line 2; activity ids must be unique");
  }

  @Test
  @DisplayName("§5.2: a region the bank does not have is an error listing the regions and the nearest")
  void unknownRegion() throws IOException {
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id,outcome,Region\nP1,A-LONDON,employment,Londn\n");
    assertThat(problems()).containsExactly("participants.csv:2:Region: region 'Londn' is not a region of bank"
        + " uk-wellby-open; expected one of ['London', 'Outside London']; did you mean 'london'?");
  }

  @Test
  @DisplayName("§7: a row with more values than the header says a comma outside quotes split a value")
  void unquotedComma() throws IOException {
    file("activities.csv", "activity_id,name,annual_budget\nA-LONDON,Outreach, equipment boxes,1000\n"
        + "A-TWO,\"Outreach, equipment boxes\",1000\n");
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A-TWO,employment\n");
    file("evaluation.yaml", "region: london\n");
    assertThat(problems()).containsExactly("activities.csv:2:annual_budget: expected an amount of money such as"
        + " 1234.50, 1,234.50 or £1,234.50, found 'equipment boxes'; this row has 4 values for the header's 3"
        + " columns: a value holding a comma must be in double quotes, e.g. \"Outreach, equipment boxes\"");
  }

  @Test
  @DisplayName("§4.1: a partner's 'participants 2.csv' or 'Participants (1).csv' beside participants.csv is not "
      + "read, and says so; participants-2.csv is merged; files named one by one leave the folder's others unsaid")
  void lookalikeFilesNotRead() throws IOException {
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A-LONDON,employment\n");
    file("participants 2.csv", "participant_id,activity_id,outcome\nP2,A-LONDON,employment\n");
    file("Participants (1).csv", "participant_id,activity_id,outcome\nP3,A-LONDON,employment\n");
    file("activities-old.csv", ACTIVITIES);
    file("notes.csv", "anything\n");
    file("evaluation.yaml", "region: london\n");
    CalculationResult result = Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate();
    assertThat(result.totals().participants()).isEqualTo(1L);
    assertThat(result.diagnostics()).filteredOn(d -> d.message().contains("not read"))
        .extracting(d -> d.render().replace(dir + "/", "")).containsExactly(
            "Participants (1).csv: warning: this file is in the evaluation folder but not read: impact reads"
                + " participants.csv and files named participants-….csv or participants_….csv (merged as one"
                + " evaluation); rename it (e.g. participants-2.csv) to include it, or move it out of the folder",
            "activities-old.csv: warning: this file is in the evaluation folder but not read: impact reads one"
                + " activities file, activities.csv or activities.xlsx; move it out of the folder if it is not meant"
                + " to be read",
            "participants 2.csv: warning: this file is in the evaluation folder but not read: impact reads"
                + " participants.csv and files named participants-….csv or participants_….csv (merged as one"
                + " evaluation); rename it (e.g. participants-2.csv) to include it, or move it out of the folder");
    Files.move(dir.resolve("participants 2.csv"), dir.resolve("participants-2.csv"));
    CalculationResult merged = Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate();
    assertThat(merged.totals().participants()).isEqualTo(2L);
    Files.delete(dir.resolve("participants-2.csv"));
    Files.delete(dir.resolve("activities-old.csv"));
    Files.delete(dir.resolve("activities.csv"));
    Files.move(dir.resolve("participants.csv"), dir.resolve("kept.txt"));
    workbook("evaluation.xlsx", new String[] {"Activities", "activity_id,annual_budget,region", "A-LONDON,1000,London"},
        new String[] {"Participants", "participant_id,activity_id,outcome", "P1,A-LONDON,employment"});
    assertThat(Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate().diagnostics())
        .as("beside evaluation.xlsx, renaming the file would only stop the run").filteredOn(d -> d.message()
            .contains("not read")).extracting(Diagnostic::message).containsExactly("this file is in the evaluation"
                + " folder but not read: impact reads this evaluation from evaluation.xlsx (its sheets 'Activities',"
                + " 'Participants' and 'Counts'); move the file's rows into the sheet they belong to, or move the file"
                + " out of the folder");
    Files.delete(dir.resolve("evaluation.xlsx"));
    Files.move(dir.resolve("kept.txt"), dir.resolve("participants.csv"));
    file("activities.csv", ACTIVITIES);
    file("participants-2.csv", "participant_id,activity_id,outcome\nP2,A-LONDON,employment\n");
    CalculationResult named = Evaluation.prepare(EvaluationFiles.builder().directory(dir)
        .participants(dir.resolve("participants.csv")).build(), options -> {}).calculate();
    assertThat(named.diagnostics()).as("participants named one by one").noneMatch(d -> d.message()
        .contains("participants-….csv"));
  }

  @Test
  @DisplayName("§10: an activity whose claims are valued against a budget of 0 warns: its value raises the ratio "
      + "with no investment beside it; an activity of 0 with no claims, or every budget 0 (no ratio), says nothing")
  void valueAgainstABudgetOfZero() throws IOException {
    file("activities.csv", "activity_id,annual_budget,region\nPAID,1000,London\nFREE,0,London\nIDLE,0,London\n");
    file("participants.csv", "participant_id,activity_id,outcome\nP1,PAID,employment\nP2,FREE,employment\n");
    CalculationResult result = Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate();
    assertThat(result.diagnostics()).filteredOn(d -> d.message().contains("budget of 0"))
        .extracting(d -> d.render().replace(dir + "/", "")).singleElement().asString()
        .startsWith("activities.csv:3:annual_budget: warning: activity 'FREE' has 1 claim worth £")
        .endsWith(" but a budget of 0, so that value counts against no investment and raises the ratio: give what"
            + " it cost (staff time, and in-kind help at its value), or leave 0 if it truly cost nothing");
    file("activities.csv", "activity_id,annual_budget,region\nPAID,0,London\nFREE,0,London\n");
    assertThat(Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate().diagnostics())
        .noneMatch(d -> d.message().contains("budget of 0"));
  }

  @Test
  @DisplayName("§4.3: a period of about three years warns that budgets are for the whole period, as a year's budget "
      + "would make the ratio three times too high; a year or eighteen months says nothing")
  void budgetsOverSeveralYears() throws IOException {
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A-LONDON,employment\n");
    file("evaluation.yaml", "region: london\nperiod: {start: 2021-04-01, end: 2024-03-31}\n");
    CalculationResult result = Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate();
    assertThat(result.diagnostics()).filteredOn(d -> d.message().contains("whole period"))
        .extracting(d -> d.render().replace(dir + "/", "")).containsExactly("warning: the period"
            + " (2021-04-01 to 2024-03-31) is about 3 years long, and each activity's budget is read as the money"
            + " invested over the whole period: if the budgets are for one year, give each activity's total for the"
            + " period, or the ratio is about 3 times too high");
    for (String end : List.of("2022-03-31", "2022-09-30")) {
      file("evaluation.yaml", "region: london\nperiod: {start: 2021-04-01, end: " + end + "}\n");
      assertThat(Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate().diagnostics()).as(end)
          .noneMatch(d -> d.message().contains("whole period"));
    }
  }

  @Test
  @DisplayName("§4.4: an age no band of the bank covers (bands from 16) is valued as unknown and says so, whether"
      + " the row is read as a record or coded")
  void ageOutsideEveryBand() throws IOException {
    file("bank.json", """
        {"schema": "impact/bank/v1", "id": "teen-bank", "name": "Test", "version": "1", "currency": "GBP",
         "priceYear": 2020, "licence": "test", "attribution": "test",
         "ageBands": [{"id": "16-24", "label": "16-24", "minAge": 16, "maxAge": 24},
                      {"id": "25-plus", "label": "25+", "minAge": 25}],
         "regions": [{"id": "london", "label": "London"}],
         "outcomes": [{"id": "fake", "name": "Fake outcome", "category": "Test", "requiresSurvey": false,
                       "value": 100}]}
        """);
    file("activities.csv", "activity_id,annual_budget,region\nA1,1000,london\n");
    file("evaluation.yaml", "bank: bank.json\n");
    // the first file's rows are plain, so coded; the second's padded age makes every row a record
    for (String rows : List.of("P1,A1,fake,10\nP2,A1,fake,30\nP3,A1,fake,12\n",
        "P1,A1,fake, 10\nP2,A1,fake,30\nP3,A1,fake,12\n")) {
      file("participants.csv", "participant_id,activity_id,outcome,age\n" + rows);
      CalculationResult result = Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate();
      assertThat(result.diagnostics()).extracting(Diagnostic::render).as(rows).contains("warning: 2 participant"
          + " rows give ages that no age band of bank teen-bank covers (e.g. 10; its bands: 16-24, 25+), so they are"
          + " valued at the bank's figure for an unknown age; check the ages, or use a bank whose bands cover them");
    }
  }

  @Test
  @DisplayName("§9: in a file with semicolons between cells, a long row is said to be split by a semicolon")
  void rowLongerThanTheHeaderWithSemicolons() throws IOException {
    file("activities.csv", "activity_id;activity_name;annual_budget\nA1;Job club; boxes;10000\n");
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A1,employment\n");
    file("evaluation.yaml", "region: london\n");
    assertThat(problems()).first().asString().endsWith("this row has 4 values for the header's 3 columns: a value"
        + " holding a semicolon must be in double quotes, e.g. \"Outreach; equipment boxes\"");
    file("activities.csv", "activity_id;activity_name;annual_budget\nA1;Job club;10000;spare\n");
    assertThat(problems()).first().asString().endsWith("this row has 4 values for the header's 3 columns, so a"
        + " value was split by a semicolon outside quotes (each value after it moves one column along) or a column"
        + " has no name in the header: a value holding a semicolon must be in double quotes, e.g. \"Outreach;"
        + " equipment boxes\"");
  }

  @Test
  @DisplayName("§9: a row with more values than the header is refused even when every cell reads: a budget of "
      + "10,000 unquoted would be 10, its 000 past the header's end; trailing empty cells are no values")
  void rowLongerThanTheHeader() throws IOException {
    file("activities.csv", "activity_id,activity_name,annual_budget\nA1,Job club,10,000\nA2,Sport club,5000,,\n");
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A2,employment\n");
    file("evaluation.yaml", "region: london\n");
    assertThat(problems()).containsExactly("activities.csv:2:annual_budget: this row has 4 values for the header's"
        + " 3 columns, so a value was split by a comma outside quotes (each value after it moves one column along) or"
        + " a column has no name in the header: a value holding a comma must be in double quotes, e.g. \"10,000\"");
    file("activities.csv", "activity_id,activity_name,annual_budget\nA1,Job club,10000\nA2,Sport club,5000\n");
    file("counts.csv", "activity_id,outcome,age_band,count\nA1,employment,25-49,1,200\nA2,employment,25-49,3,note\n");
    Files.delete(dir.resolve("participants.csv"));
    assertThat(problems()).containsExactly(
        "counts.csv:2:count: this row has 5 values for the header's 4 columns, so a value was split by a comma"
            + " outside quotes (each value after it moves one column along) or a column has no name in the header: a"
            + " value holding a comma must be in double quotes, e.g. \"1,200\"",
        "counts.csv:3: this row has 5 values for the header's 4 columns, so a value was split by a comma outside"
            + " quotes (each value after it moves one column along) or a column has no name in the header: a value"
            + " holding a comma must be in double quotes, e.g. \"Outreach, equipment boxes\"");
  }

  @Test
  @DisplayName("§4.2: in a file with semicolons between cells, 6,500 may be 6.5 with a decimal comma: refused, "
      + "naming both; 6,500.00 and 1,234,567 are not in doubt, and 6500,00 is told the decimal point is a dot")
  void decimalCommaWhereSemicolonsSeparate() throws IOException {
    file("activities.csv", "activity_id;annual_budget;region\nA-ONE;6,500;London\nA-TWO;6,500.00;London\n"
        + "A-THREE;1,234,567;London\nA-FOUR;6500,00;London\n");
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A-TWO,employment\n");
    assertThat(problems()).containsExactly(
        "activities.csv:2:annual_budget: '6,500' could be 6500 (a comma grouping thousands) or 6.5 (a comma as the"
            + " decimal point): write 6500 or 6.50 for the one you mean",
        "activities.csv:5:annual_budget: expected an amount of money such as 1234.50, 1,234.50 or £1,234.50, found"
            + " '6500,00': impact reads a dot as the decimal point (write 6500.00)");
    file("activities.csv", "activity_id,annual_budget,region\nA-ONE,\"6,500\",London\nA-TWO,1,London\n");
    CalculationResult result = Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).calculate();
    assertThat(result.totals().investment()).as("with commas between cells, a comma groups thousands")
        .isEqualByComparingTo("6501");
  }

  @Test
  @DisplayName("§4.4: age and age band that disagree on one row are an error")
  void ageAndBandDisagree() throws IOException {
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id,outcome,age,age_band\nP1,A-LONDON,employment,30,Under 25\n"
        + "P2,A-LONDON,employment,30,25 to 49\n");
    assertThat(problems()).containsExactly(
        "participants.csv:2:age: age 30 is in band '25-49', but the row's age_band says 'Under 25'");
  }

  @Test
  @DisplayName("§7: every problem of every file in one run, sorted by file and line, each with its column")
  void everyProblemSorted() throws IOException {
    file("activities.csv", "activity_id,annual_budget\nA-LONDON,1000\nA-BAD,lots\n");
    file("participants.csv", "participant_id,activity_id,outcome,age,band\nP1,A-LONDON,employmnet,130,\n"
        + "P2,A-BAD,employment,,\nP3,A-LONDON,employment,,unknwn\n");
    file("evaluation.yaml", "region: london\n");
    assertThat(problems()).containsExactly(
        "activities.csv:3:annual_budget: expected an amount of money such as 1234.50, 1,234.50 or £1,234.50, found"
            + " 'lots'",
        "participants.csv:2:age: age must be from 0 to 120, found 130",
        "participants.csv:3:activity_id: activity 'A-BAD' is itself invalid (see activities.csv line 3), so this row"
            + " cannot be valued",
        "participants.csv:4:band: age band 'unknwn' is not one of ['Under 25', '25-49', '50+', 'Unknown']; did you"
            + " mean 'unknown'?");
  }

  @Test
  @DisplayName("§4.2: a missing column names the column, suggests the misspelt header and lists those found")
  void missingColumn() throws IOException {
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_di,activity_id\nP1,A-LONDON\n");
    assertThat(problems()).containsExactly("participants.csv:1: missing required column 'participant_id' (also"
        + " accepted: person_id, id); did you mean 'participant_di'? (rename it, or add to evaluation.yaml: columns: {participants:"
        + " {participant_id: \"participant_di\"}}); headers found: 'participant_di', 'activity_id'");
  }

  @Test
  @DisplayName("§4.1: an unreadable activities file is reported once, not again for every participant row")
  void unreadableActivitiesNoCascade() throws IOException {
    file("activities.csv", "activity,budgte\nA-LONDON,1000\n");
    file("participants.csv", "participant_id,activity_id\nP1,A-LONDON\nP2,A-LONDON\n");
    assertThat(problems()).containsExactly("activities.csv:1: missing required column 'annual_budget' (also accepted:"
        + " budget, investment); did you mean 'budgte'? (rename it, or add to evaluation.yaml: columns: {activities: {annual_budget:"
        + " \"budgte\"}}); headers found: 'activity', 'budgte'");
  }

  @Test
  @DisplayName("§7: a missing input file is an error with its path")
  void missingFile() throws IOException {
    file("activities.csv", ACTIVITIES);
    Path nowhere = dir.resolve("nowhere.csv");
    assertThat(problems(EvaluationFiles.builder().activities(dir.resolve("activities.csv")).participants(nowhere)
        .build())).containsExactly("nowhere.csv: no such file");
  }

  @Test
  @DisplayName("§7: --skip-invalid goes on without invalid rows and lists each (file, line, reason)")
  void skipInvalid() throws IOException {
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id,outcome,age\nP1,A-LONDON,employment,130\n"
        + "P2,A-LONDON,employment,40\nP3,A-LONDON,employmnet,40\n");
    CalculationResult r = Evaluation.prepare(EvaluationFiles.of(dir), s -> s.skipInvalid(true)).calculate();
    assertThat(r.totals().claims()).isEqualTo(1);
    assertThat(r.notClaimed()).filteredOn(n -> n.reason() == NotClaimedReason.INVALID_ROW)
        .singleElement().satisfies(n -> assertThat(n.count()).isEqualTo(2));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(d -> d.file().replace(dir + "/", "")
        + ":" + d.line() + ":" + d.column()).containsExactly("participants.csv:2:age", "participants.csv:4:outcome");
  }

  @Test
  @DisplayName("§4.6: command-line options override evaluation.yaml, which overrides the defaults")
  void optionsOverrideConfig() throws IOException {
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id\nP1,A-LONDON\n");
    file("evaluation.yaml", "name: From file\nperiod: 2020/21\nregion: london\ndeadweight: bank\nconflicts: highest\n");
    Settings fromFile = Evaluation.prepare(EvaluationFiles.of(dir), options -> {}).settings();
    assertThat(fromFile.period().start()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(fromFile.defaultRegion()).isEqualTo("london");
    assertThat(fromFile.deadweight()).isTrue();
    assertThat(fromFile.conflictPolicy()).isEqualTo(ConflictPolicy.HIGHEST);
    Settings overridden = Evaluation.prepare(EvaluationFiles.of(dir), options -> options
        .period(Period.ukFinancialYear("2021/22")).defaultRegion("outside-london").deadweight(false)
        .conflictPolicy(ConflictPolicy.FIRST)).settings();
    assertThat(overridden.name()).isEqualTo("From file");
    assertThat(overridden.period()).isEqualTo(new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)));
    assertThat(overridden.defaultRegion()).isEqualTo("outside-london");
    assertThat(overridden.deadweight()).isFalse();
    assertThat(overridden.conflictPolicy()).isEqualTo(ConflictPolicy.FIRST);
  }

  @Test
  @DisplayName("§4.1: file names in the folder are matched ignoring case, as Windows users write them")
  void namesIgnoringCase() throws IOException {
    file("Activities.CSV", ACTIVITIES);
    file("Participants-North.csv", "participant_id,activity_id\nP1,A-LONDON\n");
    file("Evaluation.yaml", "name: Cased\n");
    EvaluationFiles inputs = EvaluationFiles.of(dir).locate();
    assertThat(inputs.activities()).isEqualTo(dir.resolve("Activities.CSV"));
    assertThat(inputs.participants()).containsExactly(dir.resolve("Participants-North.csv"));
    assertThat(inputs.config()).isEqualTo(dir.resolve("Evaluation.yaml"));
  }

  private void workbook(String name, String[]... sheets) throws IOException {
    SheetFixtures.write(dir.resolve(name), sheets);
  }

  @Test
  @DisplayName("§4.1: one evaluation.xlsx with sheets Activities and Participants stands for the separate files")
  void singleWorkbook() throws IOException {
    workbook("evaluation.xlsx", new String[] {"activities", "activity_id,annual_budget,region", "A1,1000,London"},
        new String[] {"Participant", "participant_id,activity_id,outcome", "P1,A1,employment", "P2,A9,employment"});
    EvaluationFiles inputs = EvaluationFiles.of(dir).locate();
    assertThat(inputs.workbook()).isEqualTo(dir.resolve("evaluation.xlsx"));
    assertThat(inputs.activities()).isEqualTo(inputs.workbook());
    assertThat(inputs.participants()).containsExactly(inputs.workbook());
    assertThat(inputs.counts()).isEmpty();
    assertThat(problems()).containsExactly("evaluation.xlsx[Participant]:3:activity_id: activity 'A9' is not among"
        + " the activities; did you mean 'A1'?");
  }

  @Test
  @DisplayName("§4.1: an evaluation.xlsx without an Activities sheet says which sheets it has")
  void workbookWithoutActivities() throws IOException {
    workbook("evaluation.xlsx", new String[] {"Activitys list", "activity_id,annual_budget"},
        new String[] {"Participants", "participant_id,activity_id"});
    assertThatThrownBy(() -> EvaluationFiles.of(dir).locate())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(d -> d.render().replace(dir + "/", "")).containsExactly(
                "evaluation.xlsx: the workbook has no sheet 'Activities'; sheets found: 'Activitys list',"
                    + " 'Participants'"));
  }

  private void templateLikeWorkbook() throws IOException {
    workbook("evaluation.xlsx", new String[] {"Activities", "activity_id,annual_budget,region", "EXAMPLE-ACT-01,1000,London"},
        new String[] {"Participants", "participant_id,activity_id,outcome", "EXAMPLE-P-0001,EXAMPLE-ACT-01,employment"});
  }

  private List<String> locateProblems(EvaluationFiles files) {
    try {
      files.locate();
    } catch (InvalidInputException e) {
      return e.diagnostics().stream().map(Diagnostic::render).map(s -> s.replace(dir.toString(), "DIR")).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected problems");
  }

  @Test
  @DisplayName("§4.1: evaluation.xlsx beside separate tables is refused naming both, not silently mixed or ignored")
  void workbookBesideTables() throws IOException {
    templateLikeWorkbook();
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A-LONDON,employment\n");
    assertThat(locateProblems(EvaluationFiles.of(dir))).containsExactly("DIR: holds both evaluation.xlsx and"
        + " activities.csv, participants.csv; impact reads one or the other: move the one you do not mean out of the"
        + " folder, or name the files to read one by one");
    assertThat(problems()).hasSize(1);
    assertThatThrownBy(() -> SroiEvaluations.locate(new SroiEvaluations.Request(dir, null, null)))
        .hasMessageContaining("holds both evaluation.xlsx and activities.csv, participants.csv");

    Files.delete(dir.resolve("participants.csv"));
    assertThat(locateProblems(EvaluationFiles.of(dir))).singleElement().asString()
        .startsWith("DIR: holds both evaluation.xlsx and activities.csv;");

    Files.delete(dir.resolve("activities.csv"));
    file("counts_ymca.csv", "activity_id,outcome,count\nA-LONDON,employment,3\n");
    assertThat(locateProblems(EvaluationFiles.of(dir))).singleElement().asString()
        .startsWith("DIR: holds both evaluation.xlsx and counts_ymca.csv;");
  }

  @Test
  @DisplayName("§4.1: files named one by one are read as given beside a folder's evaluation.xlsx")
  void namedFilesBesideWorkbook() throws IOException {
    templateLikeWorkbook();
    file("activities.csv", ACTIVITIES);
    file("participants.csv", "participant_id,activity_id,outcome\nP1,A-LONDON,employment\n");
    EvaluationFiles named = EvaluationFiles.builder().directory(dir).activities(dir.resolve("activities.csv"))
        .participants(dir.resolve("participants.csv")).build().locate();
    assertThat(named.workbook()).isNull();
    assertThat(named.activities()).isEqualTo(dir.resolve("activities.csv"));
    assertThat(named.participants()).containsExactly(dir.resolve("participants.csv"));

    Files.delete(dir.resolve("activities.csv"));
    EvaluationFiles participantsOnly = EvaluationFiles.builder().directory(dir)
        .participants(dir.resolve("participants.csv")).build().locate();
    assertThat(participantsOnly.activities()).isEqualTo(dir.resolve("evaluation.xlsx"));
    assertThat(participantsOnly.participants()).containsExactly(dir.resolve("participants.csv"));
  }

  @Test
  @DisplayName("§4.4: rows of one invalid or missing activity give one problem and a count, not one line each")
  void rowsOfABadActivity() throws IOException {
    file("activities.csv", ACTIVITIES + "A-BAD,lots,London\n");
    StringBuilder rows = new StringBuilder("participant_id,activity_id,outcome\n");
    for (int i = 0; i < 5; i++) {
      rows.append("P").append(i).append(",A-BAD,employment\n").append("Q").append(i).append(",A-GONE,employment\n");
    }
    file("participants.csv", rows.toString());
    List<String> problems = problems();
    assertThat(problems).hasSize(5);
    assertThat(problems.get(0)).startsWith("activities.csv:4:annual_budget:");
    assertThat(problems.subList(1, 5)).containsExactly(
        "participants.csv:2:activity_id: activity 'A-BAD' is itself invalid (see activities.csv line 4), so this row"
            + " cannot be valued",
        "participants.csv:3:activity_id: activity 'A-GONE' is not among the activities",
        "participants.csv:4:activity_id: … and 4 more participant rows of activity 'A-BAD', which is itself invalid,"
            + " so they cannot be valued either",
        "participants.csv:5:activity_id: … and 4 more participant rows of activity 'A-GONE', which is not among the"
            + " activities");
  }
}
