package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactkit.testing.Fixtures.activity;
import static org.impactkit.testing.Fixtures.row;

import java.util.ArrayList;
import java.util.List;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Period;
import org.impactkit.model.RowRef;
import org.impactkit.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RowLookups: what a row names, resolved to the bank's numbers")
class RowLookupsTest {
  private static final ValueBank BANK = Fixtures.fakeBank();
  private final Diagnostics diagnostics = new Diagnostics();
  private final Activities activities = new Activities(BANK);
  private final List<Diagnostic> problems = new ArrayList<>();

  private RowLookups lookups(ValuationSettings settings) {
    activities.add(activity("a1", "100", "london"));
    activities.add(activity("a2", "100", null));
    return new RowLookups(BANK, settings, diagnostics, activities);
  }

  private RowLookups lookups() {
    return lookups(Settings.builder().period(Period.ukFinancialYear("2021/22")).build());
  }

  private static String band(AgeBand b) {
    return b == null ? null : b.id();
  }

  @Test
  @DisplayName("an outcome by id or by name is the bank's number for it; an unknown one is -1 (and stays so)")
  void outcomes() {
    RowLookups l = lookups();
    int volunteering = BANK.outcomes().indexOf(BANK.outcome("volunteering").orElseThrow());
    assertThat(volunteering).isPositive();
    assertThat(l.outcomeNumber("volunteering")).isEqualTo(volunteering);
    assertThat(l.outcomeNumber("Regular volunteering")).isEqualTo(volunteering);
    assertThat(l.outcomeNumber("volunteering")).isEqualTo(volunteering);
    assertThat(l.outcomeNumber("flying")).isEqualTo(-1);
    assertThat(l.outcomeNumber("flying")).isEqualTo(-1);
    assertThat(l.number(BANK.outcomes().get(volunteering))).isEqualTo(volunteering);
    assertThat(l.unknownOutcome(new RowRef(Fixtures.PARTICIPANTS, 3), "volunteerin").message())
        .contains("'volunteerin'", "fake-bank", "volunteering");
  }

  @Test
  @DisplayName("a participant's band: age_band, else age, else date of birth at the row's date or the period start")
  void bands() {
    RowLookups l = lookups();
    assertThat(band(l.band(row("p", "a1").band("25-49").age(30).build(), problems))).isEqualTo("25-49");
    assertThat(band(l.band(row("p", "a1").age(24).build(), problems))).isEqualTo("under-25");
    assertThat(band(l.band(row("p", "a1").age(120).build(), problems))).isEqualTo("50-plus");
    assertThat(band(l.band(row("p", "a1").dob("1990-06-01").date("2015-01-01").build(), problems))).isEqualTo("under-25");
    assertThat(band(l.band(row("p", "a1").dob("1990-06-01").build(), problems))).isEqualTo("25-49");
    assertThat(band(l.band(row("p", "a1").build(), problems))).isEqualTo("unknown");
    assertThat(problems).isEmpty();
    assertThat(l.number(BANK.ageBand("25-49").orElseThrow())).isEqualTo(1);
  }

  @Test
  @DisplayName("a band the row's age contradicts, or an unknown label, is a problem and the unknown band")
  void badBands() {
    RowLookups l = lookups();
    assertThat(band(l.band(row("p", "a1").band("50-plus").age(20).build(), problems))).isEqualTo("unknown");
    assertThat(band(l.band(row("p", "a1").band("teens").build(), problems))).isEqualTo("unknown");
    assertThat(problems).extracting(Diagnostic::message)
        .satisfiesExactly(m -> assertThat(m).contains("age 20", "50"), m -> assertThat(m).contains("'teens'"));
  }

  @Test
  @DisplayName("a counts row's band: none given is unknown; an unknown label is null with a problem")
  void countBands() {
    RowLookups l = lookups();
    RowRef ref = new RowRef(Fixtures.COUNTS, 2);
    assertThat(band(l.band(null, ref, problems))).isEqualTo("unknown");
    assertThat(band(l.band("Under 25", ref, problems))).isEqualTo("under-25");
    assertThat(l.band("teens", ref, problems)).isNull();
    assertThat(problems).hasSize(1);
  }

  @Test
  @DisplayName("region: the row's, else the activity's, else the default; none at all is a problem when required")
  void regions() {
    RowRef ref = new RowRef(Fixtures.PARTICIPANTS, 9);
    RowLookups l = lookups();
    assertThat(l.region("Outside London", 0, ref, true, problems).id()).isEqualTo("outside-london");
    assertThat(l.region(null, 0, ref, true, problems).id()).isEqualTo("london");
    assertThat(l.region(null, 1, ref, false, problems)).isNull();
    assertThat(problems).isEmpty();
    assertThat(l.region(null, 1, ref, true, problems)).isNull();
    assertThat(l.region("Atlantis", 0, ref, true, problems)).isNull();
    assertThat(problems).extracting(Diagnostic::message).satisfiesExactly(
        m -> assertThat(m).contains("no region", "'a2'"), m -> assertThat(m).contains("'Atlantis'"));
    RowLookups withDefault = new RowLookups(BANK, Settings.builder().defaultRegion("outside-london").build(),
        diagnostics, activities);
    assertThat(withDefault.region(null, 1, ref, true, problems).id()).isEqualTo("outside-london");
    assertThat(withDefault.number(BANK.region("outside-london").orElseThrow())).isEqualTo(1);
  }

  @Test
  @DisplayName("a default region the bank does not have is one fatal problem, not one per row")
  void badDefault() {
    RowLookups l = lookups(Settings.builder().defaultRegion("Atlantis").build());
    assertThat(diagnostics.hasFatal()).isTrue();
    assertThat(l.region(null, 1, new RowRef(Fixtures.PARTICIPANTS, 9), true, problems)).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("an activity by number; an unknown one: invalid itself, not in the file, or no problem when unreadable")
  void unknownActivity() {
    RowLookups l = lookups();
    RowRef ref = new RowRef(Fixtures.PARTICIPANTS, 4);
    activities.invalid("bad", new RowRef(Fixtures.ACTIVITIES, 12));
    assertThat(l.activity("a2", ref, ROWS, problems)).isEqualTo(1);
    assertThat(l.activity("bad", ref, ROWS, problems)).isNull();
    assertThat(l.activity("a3", ref, ROWS, problems)).isNull();
    activities.unreadable();
    assertThat(l.activity("a4", ref, ROWS, problems)).isNull();
    assertThat(problems).extracting(Diagnostic::message).satisfiesExactly(
        m -> assertThat(m).contains("'bad' is itself invalid", "line 12"),
        m -> assertThat(m).contains("'a3' is not among the activities"));
  }

  @Test
  @DisplayName("an unknown activity that is the template's example says to delete the example rows")
  void exampleActivityLeftIn() {
    RowLookups l = lookups();
    assertThat(l.activity("EXAMPLE-ACT-01", new RowRef(Fixtures.COUNTS, 2), "counts rows", problems)).isNull();
    assertThat(problems).extracting(Diagnostic::message).containsExactly("activity 'EXAMPLE-ACT-01' is not among the"
        + " activities: this row is the blank template's worked example, left in after its activity was deleted;"
        + " delete the example rows (ids beginning EXAMPLE-)");
  }

  private static final String ROWS = "participant rows";

  @Test
  @DisplayName("rows naming one bad activity: a problem for the first, then one line counting the rest")
  void repeatedActivity() {
    RowLookups l = lookups();
    activities.invalid("bad", new RowRef(Fixtures.ACTIVITIES, 3));
    for (int line = 2; line < 182; line++) {
      assertThat(l.activity("bad", new RowRef(Fixtures.PARTICIPANTS, line), ROWS, problems)).isNull();
      assertThat(l.activity("a9", new RowRef(Fixtures.PARTICIPANTS, line), ROWS, problems)).isNull();
    }
    assertThat(l.activity("a9", new RowRef(Fixtures.COUNTS, 2), "counts rows", problems)).isNull();
    assertThat(problems).extracting(Diagnostic::render).satisfiesExactly(
        m -> assertThat(m).contains(":2:").contains("activity 'bad' is itself invalid (see").contains("line 3"),
        m -> assertThat(m).contains(":2:").contains("activity 'a9' is not among the activities"),
        m -> assertThat(m).contains(":2:").contains("activity 'a9' is not among the activities"));
    assertThat(l.repeated()).extracting(Diagnostic::render).satisfiesExactly(
        m -> assertThat(m).contains(":3:").endsWith("… and 179 more participant rows of activity 'bad', which is"
            + " itself invalid, so they cannot be valued either"),
        m -> assertThat(m).contains(":3:").endsWith("… and 179 more participant rows of activity 'a9', which is not"
            + " among the activities"));
    assertThat(l.repeated()).allMatch(Diagnostic::isError);
    assertThat(l.activity("bad", new RowRef(Fixtures.COUNTS, 2), "counts rows", problems)).isNull();
    assertThat(l.activity("bad", new RowRef(Fixtures.COUNTS, 3), "counts rows", problems)).isNull();
    assertThat(l.repeated()).extracting(Diagnostic::message).contains("… and 1 more counts row of activity 'bad',"
        + " which is itself invalid, so it cannot be valued either");
  }
}
