package org.impactkit.read.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.read.RecordReaders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§4.2 column rules: headers")
class ColumnsTest {
  private static Table table(String... header) {
    return new Table() {
      @Override
      public String name() {
        return "participants.csv";
      }

      @Override
      public List<String> header() {
        return Arrays.asList(header);
      }

      @Override
      public Row next() {
        return null;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  @DisplayName("§4.2 headers match ignoring case, surrounding spaces and space/_/- differences; aliases accepted")
  void matching() {
    List<Diagnostic> problems = new ArrayList<>();
    Columns c = Columns.match(table(" Participant ID ", "ACTIVITY", "Outcome-Id", "Date of Birth", "gender"),
        RecordReaders.PARTICIPANT_FIELDS, problems);
    assertThat(problems).isEmpty();
    assertThat(c.has("participant_id")).isTrue();
    assertThat(c.has("activity_id")).isTrue();
    assertThat(c.has("outcome")).isTrue();
    assertThat(c.has("date_of_birth")).isTrue();
    assertThat(c.source().header("participant_id")).isEqualTo("Participant ID");
    Row row = new Row(2, new String[] {" p1 ", "a", "employment", "2000-01-01", " Female "});
    assertThat(c.get(row, "participant_id")).isEqualTo("p1");
    assertThat(c.extras(row)).containsExactly("Female");
  }

  @Test
  @DisplayName("§4.2 unknown columns are kept as breakdown dimensions, never an error")
  void extras() {
    List<Diagnostic> problems = new ArrayList<>();
    Columns c = Columns.match(table("id", "activity", "ward", "Partner Org"), RecordReaders.PARTICIPANT_FIELDS,
        problems);
    assertThat(problems).isEmpty();
    assertThat(c.source().extraColumns()).containsExactly("ward", "Partner Org");
  }

  @Test
  @DisplayName("§4.2 a missing required column names the column and lists the headers found")
  void missing() {
    List<Diagnostic> problems = new ArrayList<>();
    Columns c = Columns.match(table("who", "activity_id", "outcome"), RecordReaders.PARTICIPANT_FIELDS,
        problems);
    assertThat(c).isNull();
    assertThat(problems).singleElement().extracting(Diagnostic::render).isEqualTo(
        "participants.csv:1: missing required column 'participant_id' (also accepted: person_id, id);"
            + " headers found: 'who', 'activity_id', 'outcome'");
  }

  @Test
  @DisplayName("§4.2 a title row above the header: the message says the header must be the first row")
  void titleAboveHeader() {
    List<Diagnostic> problems = new ArrayList<>();
    Columns.match(table("Stepping Out participants export", null, null), RecordReaders.PARTICIPANT_FIELDS, problems);
    assertThat(problems).first().extracting(Diagnostic::render).asString()
        .endsWith("headers found: 'Stepping Out participants export'; the header must be the table's first row: if the"
            + " columns' names are further down, delete the rows above them");
    List<Diagnostic> piped = new ArrayList<>();
    Columns.match(table("participant_id|activity_id|outcome"), RecordReaders.PARTICIPANT_FIELDS, piped);
    assertThat(piped).first().extracting(Diagnostic::render).asString()
        .endsWith("the names seem to be separated by '|': save the file with commas, semicolons or tabs between values");
  }

  @Test
  @DisplayName("§4.2 a misspelt required column gets a 'did you mean'")
  void misspelt() {
    List<Diagnostic> problems = new ArrayList<>();
    Columns.match(table("participant_idd", "activity_id"), RecordReaders.PARTICIPANT_FIELDS, problems);
    assertThat(problems).singleElement().extracting(Diagnostic::message).asString()
        .contains("did you mean 'participant_idd'?");
  }

  @Test
  @DisplayName("two columns meaning the same field is an error")
  void repeated() {
    List<Diagnostic> problems = new ArrayList<>();
    Columns c = Columns.match(table("id", "participant_id", "activity"), RecordReaders.PARTICIPANT_FIELDS, problems);
    assertThat(c).isNull();
    assertThat(problems).singleElement().extracting(Diagnostic::message).asString()
        .contains("repeats column 'id'");
  }

  @Test
  @DisplayName("§4.2 a header holding a missing spec column's name as a word is a lookalike, unless a breakdown")
  void lookalikes() {
    List<Diagnostic> problems = new ArrayList<>();
    ColumnMapping none = new ColumnMapping("participants", java.util.Map.of(), java.util.Set.of("Age (years)"));
    Columns c = Columns.match(table("participant_id", "activity", "Outcome achieved", "Age (years)", "Budget £"),
        RecordReaders.PARTICIPANT_FIELDS, java.util.Set.of(), none, problems);
    assertThat(problems).isEmpty();
    assertThat(c.source().lookalikes()).extracting(l -> l.header() + "->" + l.field())
        .containsExactly("Outcome achieved->outcome");
    assertThat(c.source().kind()).isEqualTo("participants");
  }

  @Test
  @DisplayName("§4.2 'Birth date' and 'Birthdate' look like date_of_birth; a counts table's 'Age' or 'Ages' like "
      + "age_band, as counts have no ages; a participants table's 'Age' is its age")
  void datesOfBirthAndCountsAges() {
    List<Diagnostic> problems = new ArrayList<>();
    ColumnMapping none = new ColumnMapping("participants", java.util.Map.of(), java.util.Set.of());
    for (String header : List.of("Birth date", "Birthdate", "BIRTH DATE (dd/mm/yyyy)")) {
      Columns c = Columns.match(table("participant_id", "activity", "outcome", "date", header),
          RecordReaders.PARTICIPANT_FIELDS, java.util.Set.of(), none, problems);
      assertThat(c.source().lookalikes()).as(header).extracting(l -> l.header() + "->" + l.field())
          .containsExactly(header + "->date_of_birth");
    }
    ColumnMapping counts = new ColumnMapping("counts", java.util.Map.of(), java.util.Set.of());
    for (String header : List.of("Age", "Ages", "AGES")) {
      Columns c = Columns.match(table("activity_id", "outcome", header, "count"), RecordReaders.COUNT_FIELDS,
          java.util.Set.of(), counts, problems);
      assertThat(c.source().lookalikes()).as(header).extracting(l -> l.header() + "->" + l.field())
          .containsExactly(header + "->age_band");
    }
    // with the age column there, 'Ages' is no typo of a missing one: only the first-word rule could name it
    Columns participants = Columns.match(table("participant_id", "activity", "outcome", "age", "Ages"),
        RecordReaders.PARTICIPANT_FIELDS, java.util.Set.of(), none, problems);
    assertThat(participants.source().lookalikes()).as("participants have ages: 'Ages' is not their age band")
        .isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("§4.2 columns: maps a spec column to the header a file really has; a mapped header must exist")
  void mapping() {
    List<Diagnostic> problems = new ArrayList<>();
    ColumnMapping mapping = new ColumnMapping("participants",
        java.util.Map.of("outcome", "Outcome achieved", "participant_id", "Participant ref"), java.util.Set.of());
    Columns c = Columns.match(table("Participant ref", "activity", "Outcome achieved"),
        RecordReaders.PARTICIPANT_FIELDS, java.util.Set.of(), mapping, problems);
    assertThat(problems).isEmpty();
    assertThat(c.has("outcome")).isTrue();
    assertThat(c.source().header("participant_id")).isEqualTo("Participant ref");
    assertThat(c.source().lookalikes()).isEmpty();
    Columns missing = Columns.match(table("participant_id", "activity"), RecordReaders.PARTICIPANT_FIELDS,
        java.util.Set.of(), new ColumnMapping("participants", java.util.Map.of("outcome", "Outcome achieved"),
            java.util.Set.of()), problems);
    assertThat(missing).isNull();
    assertThat(problems).singleElement().satisfies(d -> assertThat(d.message())
        .contains("reads 'outcome' from 'Outcome achieved', but the table has no such column"));
  }

  @Test
  @DisplayName("§4.2 a required spec column missing beside its lookalike: the error shows the columns: line")
  void requiredLookalike() {
    List<Diagnostic> problems = new ArrayList<>();
    Columns c = Columns.match(table("Participant ref", "activity"), RecordReaders.PARTICIPANT_FIELDS,
        java.util.Set.of(), ColumnMapping.none("participants"), problems);
    assertThat(c).isNull();
    assertThat(problems).singleElement().satisfies(d -> assertThat(d.message())
        .contains("did you mean 'Participant ref'?")
        .contains("columns: {participants: {participant_id: \"Participant ref\"}}"));
  }
}
