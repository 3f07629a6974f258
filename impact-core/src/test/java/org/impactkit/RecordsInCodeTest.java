package org.impactkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.NotClaimedReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Records built in code (issue 19, points 3–5): builders with named setters, a key of the caller's own
 * in place of file and line, and every problem of every record reported at once, in the data's terms.
 * The values are the open bank's (HM Treasury WELLBY-derived), not invented ones: employment is
 * £13,000 × 0.46 = £5,980 a year with no deadweight in that bank.
 */
class RecordsInCodeTest {
  private static final Activity CLUB = Activity.builder().id("club").name("Job club")
      .budget(new BigDecimal("10000")).region("outside-london").key("act-1").build();

  private static ParticipantRecord.Builder person(String id) {
    return ParticipantRecord.builder().participantId(id).activityId("club").outcome("employment").age(30);
  }

  @Test
  @DisplayName("records from builders are calculated like rows of files")
  void calculates() {
    CalculationResult r = Impact.calculate(Impact.defaultBank(), Settings.defaults(), List.of(CLUB),
        List.of(person("p1").build(), person("p2").date(LocalDate.of(2021, 5, 1)).build(),
            ParticipantRecord.builder().participantId("p3").activityId("club").build()),
        List.of(CountRecord.builder().activityId("club").outcome("employment").ageBand("25-49").count(3).build()));
    assertThat(r.totals().participants()).isEqualTo(3);
    assertThat(r.totals().claims()).isEqualTo(5);
    assertThat(r.totals().socialValue()).isEqualByComparingTo("29900"); // 5 × 5,980
    assertThat(r.totals().roundedRatio()).contains(new BigDecimal("2.9900"));
  }

  @Test
  @DisplayName("every problem of every record at once, each with the record's key and field, in the data's terms")
  void everyProblemWithItsKey() {
    List<Activity> activities = List.of(CLUB,
        Activity.builder().id("cafe").budget(new BigDecimal("-5")).key("act-2").build(),
        Activity.builder().name("no id").key("act-3").build());
    List<ParticipantRecord> people = List.of(
        person("p1").key("crm-41").build(),
        person("p2").age(130).outcome("employmnet").key("crm-42").build(),
        ParticipantRecord.builder().activityId("gym").key("crm-43").build());
    List<CountRecord> counts = List.of(CountRecord.builder().activityId("club").outcome("employment").count(-2)
        .key("sheet-9").build());

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Impact.calculate(Impact.defaultBank(), Settings.defaults(), activities, people, counts));

    assertThat(e.errors()).extracting(Diagnostic::render).containsExactlyInAnyOrder(
        "activities[act-2]:annual_budget: a budget cannot be negative, found -5",
        "activities[act-3]:activity_id: the activity id is missing",
        "activities[act-3]:annual_budget: the budget is missing",
        "participants[crm-42]:age: age must be from 0 to 120, found 130",
        "participants[crm-42]:outcome: outcome 'employmnet' is not in bank uk-wellby-open; did you mean 'employment'?",
        "participants[crm-43]:participant_id: the participant id is missing",
        "participants[crm-43]:activity_id: activity 'gym' is not among the activities",
        "counts[sheet-9]:count: the count must be from 0 to 1000000000, found -2");
    assertThat(e.errors()).extracting(Diagnostic::key).doesNotContainNull();
    assertThat(e.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.contains("--") || m.contains("file"));
  }

  @Test
  @DisplayName("a record without a key is known by its position in its list")
  void positionWithoutKey() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Impact.calculate(Impact.defaultBank(), Settings.defaults(), List.of(CLUB),
            List.of(person("p1").build(), person("p2").age(-1).build()), List.of()));
    assertThat(e.errors()).extracting(Diagnostic::render)
        .containsExactly("participants:2:age: age must be from 0 to 120, found -1");
  }

  @Test
  @DisplayName("with invalid records skipped, the rest are calculated and each skipped one is listed with its key")
  void skipInvalid() {
    CalculationResult r = Impact.calculate(Impact.defaultBank(), Settings.builder().skipInvalid(true).build(),
        List.of(CLUB), List.of(person("p1").build(), person("p2").age(200).key("crm-2").build()), List.of());
    assertThat(r.totals().claims()).isEqualTo(1);
    assertThat(r.notClaimed()).anySatisfy(n -> {
      assertThat(n.reason()).isEqualTo(NotClaimedReason.INVALID_ROW);
      assertThat(n.count()).isEqualTo(1);
    });
    assertThat(r.diagnostics()).extracting(Diagnostic::key).contains("crm-2");
  }

  @Test
  @DisplayName("a conflict found after the records have gone by still names them by their keys")
  void conflictWithKeys() {
    // two outcomes the open bank says cannot both be claimed for one person
    Settings stop = Settings.builder().conflictPolicy(org.impactkit.valuation.ConflictPolicy.ERROR).build();
    var bank = Impact.defaultBank();
    var pair = bank.conflicts().get(0);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Impact.calculate(bank, stop, List.of(CLUB),
            List.of(person("p1").outcome(pair.get(0)).key("crm-1").build(),
                person("p1").outcome(pair.get(1)).key("crm-2").build()), List.of()));
    assertThat(e.errors()).singleElement().satisfies(d -> {
      assertThat(d.key()).isIn("crm-1", "crm-2");
      assertThat(d.message()).contains("conflicts with outcome").contains("on record");
    });
  }

  @Test
  @DisplayName("a source of one's own names the records in messages")
  void ownSource() {
    SourceFile crm = SourceFile.inMemory("crm export");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Impact.calculate(Impact.defaultBank(), Settings.defaults(), List.of(CLUB),
            List.of(person("p1").activityId("").source(crm).key("7").build()), List.of()));
    assertThat(e.errors()).extracting(Diagnostic::render)
        .containsExactly("crm export[7]:activity_id: the activity id is missing");
  }

  @Test
  @DisplayName("the exception keeps every problem when serialised")
  void serialisable() throws IOException, ClassNotFoundException {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Impact.calculate(Impact.defaultBank(), Settings.defaults(), List.of(CLUB),
            List.of(person("p1").age(130).key("k1").build(), person("p2").outcome("nope").build()), List.of()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    InvalidInputException back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (InvalidInputException) in.readObject();
    }
    assertThat(back.diagnostics()).hasSize(2).isEqualTo(e.diagnostics());
    assertThat(back.getMessage()).isEqualTo(e.getMessage());
  }
}
