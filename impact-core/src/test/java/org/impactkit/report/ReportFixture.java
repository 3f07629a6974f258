package org.impactkit.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.bank.ValueTable;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SettingsBuilder;
import org.impactkit.model.Activity;
import org.impactkit.model.Adjustments;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.Period;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.report.json.CalculationJson;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.impactkit.valuation.ValuationSettings;

/**
 * A small evaluation with obviously fake values, hostile text in its inputs, SROI adjustments on one
 * outcome and a skipped invalid row, for the report writer tests.
 */
public final class ReportFixture {
  public static final String HOSTILE_PARTNER = "=HYPERLINK(\"http://evil.example\",\"click\")";
  public static final String HOSTILE_NAME = "+SUM(1,2)";
  public static final String HOSTILE_GENDER = "@attack";
  public static final List<String> PARTICIPANT_IDS = List.of("PID-SECRET-01", "PID-SECRET-02", "PID-SECRET-03",
      "PID-SECRET-04", "PID-SECRET-05");

  private ReportFixture() {}

  public static ValueBank bank() {
    Map<String, Map<String, BigDecimal>> employment = Map.of(
        "london", Map.of("under-25", bd("1000"), "25-49", bd("2000"), "50-plus", bd("1500"), "unknown", bd("1700")),
        "outside-london", Map.of("under-25", bd("900"), "25-49", bd("1800"), "50-plus", bd("1300"),
            "unknown", bd("1500")));
    List<Outcome> outcomes = List.of(
        new Outcome("employment", "Moved into employment", "Employment", "Records of movement into employment", false,
            null, "employment", ValueTable.byRegionAndBand(employment),
            new Outcome.Provenance("Made-up source for tests", null, "Invented figures", null, null)),
        new Outcome("volunteering", "Regular volunteering", "Social", "Survey", true, bd("0.1"), null,
            ValueTable.uniform(bd("911")), new Outcome.Provenance("Another made-up source", bd("0.5"),
                "0.5 x a made-up WELLBY", null, null)));
    return new ValueBank(
        new ValueBank.Info("test-bank", "Test bank", "1.0", "GBP", 2019, "Test licence", "Test attribution", null),
        null,
        List.of(new Region("london", "London", List.of()), new Region("outside-london", "Outside London", List.of())),
        Map.of("employment", bd("0.23")), outcomes, List.of(List.of("employment", "volunteering")));
  }

  public static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  public static SettingsBuilder settings() {
    return Settings.builder()
        .name("Test evaluation")
        .organisation("Test Org & Partners")
        .title("Test evaluation: social value")
        .period(new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)))
        .adjustments("volunteering", new Adjustments(null, BigDecimal.ZERO, bd("0.25"), 2, bd("0.5")))
        .skipInvalid(true);
  }

  public static CalculationResult result() {
    return result(settings().build());
  }

  /**
   * A1 (London, £1,000): PID-01 employment age 20, PID-02 volunteering age 30, PID-03 no outcome.
   * A2 (outside London, £2,500.50): PID-04 employment age 60 and volunteering (conflict: lowest kept),
   * PID-05 employment age 40. Counts: A2 employment 25-49 × 3. One invalid row skipped.
   */
  public static CalculationResult result(ValuationSettings settings) {
    SourceFile acts = org.impactkit.testing.Fixtures.file("activities.csv");
    SourceFile people = new SourceFile("participants.csv", Map.of("participant_id", "participant_id",
        "activity_id", "activity_id", "outcome", "outcome", "age", "age"), List.of("gender"));
    SourceFile counts = org.impactkit.testing.Fixtures.file("counts.csv");
    List<Activity> activities = List.of(
        new Activity("A1", HOSTILE_NAME, bd("1000"), "london", HOSTILE_PARTNER, new RowRef(acts, 2)),
        new Activity("A2", "Second activity", bd("2500.50"), "outside-london", "Partner B", new RowRef(acts, 3)));
    Diagnostics diagnostics = new Diagnostics();
    Calculator c = new Calculator(bank(), settings, activities, diagnostics);
    List<String> ids = PARTICIPANT_IDS;
    c.participant(person(people, 2, ids.get(0), "A1", "employment", 20, "Female"));
    c.participant(person(people, 3, ids.get(1), "A1", "volunteering", 30, HOSTILE_GENDER));
    c.participant(person(people, 4, ids.get(2), "A1", null, 22, "Male"));
    c.participant(person(people, 5, ids.get(3), "A2", "employment", 60, "Female"));
    c.participant(person(people, 6, ids.get(3), "A2", "volunteering", 60, "Female"));
    c.participant(person(people, 7, ids.get(4), "A2", "employment", 40, "Male"));
    c.count(new CountRecord("A2", "employment", "25-49", null, 3, new RowRef(counts, 2)));
    RowRef bad = new RowRef(people, 8);
    diagnostics.add(Diagnostic.error("participants.csv", 8, "age", "-age 130 is out of range 0 to 120"));
    c.rejected(bad);
    return c.finish();
  }

  private static ParticipantRecord person(SourceFile f, long line, String id, String activity, String outcome, int age,
      String gender) {
    return new ParticipantRecord(id, activity, outcome, age, null, null, null, LocalDate.of(2021, 6, 1), null, null,
        new ArrayList<>(List.of(gender)), new RowRef(f, line));
  }

  /** The JSON output of the same result, parsed: the reference every other format must match. */
  public static JsonNode json(CalculationResult r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CalculationJson.write(r, out);
    return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(out.toByteArray());
  }
}
