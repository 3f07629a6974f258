package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactkit.testing.Fixtures.activity;
import static org.impactkit.testing.Fixtures.row;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.SourceFile;
import org.impactkit.testing.Fixtures;
import org.impactkit.valuation.CalculationResult.Headcount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fake bank bands: under-25 (0), 25-49 (1), 50-plus (2), unknown (3). */
@DisplayName("Headcounts: distinct participants per band, activity, partner and breakdown column")
class HeadcountsTest {
  private static final ValueBank BANK = Fixtures.fakeBank();
  private static final SourceFile FILE = new SourceFile("people.csv", Map.of(), List.of("Gender", "Partner"));
  private final Activities activities = new Activities(BANK);
  private final Headcounts headcounts;
  private final ParticipantShard people;

  HeadcountsTest() {
    activities.add(activity("a1", "100", "london", "Refocus"));
    activities.add(activity("a2", "100", "london"));
    headcounts = new Headcounts(activities, BANK.ageBands().size());
    people = shard(headcounts);
  }

  private ParticipantShard shard(Headcounts layout) {
    return new ParticipantShard(activities.size(), BANK.outcomes().size(), BANK.regions().size(), layout,
        new boolean[BANK.outcomes().size()]);
  }

  /** Tags a row's participant as the calculator does (the row's tags, then the shard), and counts so far. */
  private static void tag(Headcounts h, ParticipantShard shard, ParticipantRecord r, int activity, int band) {
    int[] tags = h.rowTags(r.extras(), r.ref().file(), activity, band);
    shard.row(r.participantId(), activity, band, tags, 0, h.rowTagCount(), -1, 0, 0, 0);
    h.countsFrom(shard.addTagCounts(new long[0]));
  }

  private void tag(String id, int activity, int band, String gender, String partner) {
    tag(headcounts, people, row(id, activities.get(activity).id()).file(FILE)
        .extras(java.util.Arrays.asList(gender, partner)).build(), activity, band);
  }

  private static List<String> lines(List<Headcount> list) {
    return list.stream().map(h -> h.dimension() + "|" + h.value() + "|" + h.participants()).toList();
  }

  @Test
  @DisplayName("a participant counts once per band and activity, however many rows and cells they have")
  void distinct() {
    tag("p1", 0, 0, "F", "");
    tag("p1", 0, 0, "F", "");
    tag("p1", 1, 0, "F", "");
    tag("p1", 1, 1, "F", "");
    tag("p2", 1, 1, "M", "");
    assertThat(headcounts.inBand(0)).isEqualTo(1);
    assertThat(headcounts.inBand(1)).isEqualTo(2);
    assertThat(headcounts.inBand(2)).isZero();
    assertThat(headcounts.inActivity(0)).isEqualTo(1);
    assertThat(headcounts.inActivity(1)).isEqualTo(2);
    assertThat(headcounts.inActivityBand(1, 0)).isEqualTo(1);
    assertThat(headcounts.inActivityBand(1, 1)).isEqualTo(2);
    assertThat(headcounts.inActivityBand(0, 1)).isZero();
  }

  @Test
  @DisplayName("the partner is the row's partner column, else its activity's; values are stripped, blanks shown")
  void partnersAndColumns() {
    tag("p1", 0, 0, "F", "");
    tag("p2", 0, 0, " F ", "Kent FA");
    tag("p3", 1, 0, "  ", "");
    assertThat(headcounts.ofPartner("Refocus")).isEqualTo(1);
    assertThat(headcounts.ofPartner("Kent FA")).isEqualTo(1);
    assertThat(headcounts.ofPartner("Nobody")).isZero();
    assertThat(lines(headcounts.list(BANK.ageBands(), null, new Diagnostics()))).containsExactly(
        "age band|under-25|3", "age band|25-49|0", "age band|50-plus|0", "age band|unknown|0",
        "activity|a1|2", "activity|a2|1",
        "partner|Kent FA|1", "partner|Refocus|1",
        "Gender|(blank)|1", "Gender|F|2");
  }

  @Test
  @DisplayName("only the breakdowns asked for are listed (partner always); one that is no column is warned about")
  void breakdowns() {
    tag("p1", 0, 0, "F", "");
    Diagnostics diagnostics = new Diagnostics();
    List<Headcount> list = headcounts.list(BANK.ageBands(), List.of("ethnicity"), diagnostics);
    assertThat(lines(list)).contains("partner|Refocus|1").noneMatch(l -> l.startsWith("Gender"));
    assertThat(diagnostics.sorted()).extracting(Diagnostic::message)
        .singleElement().asString().contains("'ethnicity'", "Gender");
    assertThat(lines(headcounts.list(BANK.ageBands(), List.of("gender"), new Diagnostics())))
        .contains("Gender|F|1");
  }

  @Test
  @DisplayName("a breakdown the header names but no counted row fills is said to have no value, not to be missing")
  void breakdownInHeaderWithoutValues() {
    headcounts.header(List.of("Ward"));
    Diagnostics diagnostics = new Diagnostics();
    headcounts.list(BANK.ageBands(), List.of("ward", "ethnicity"), diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
        "report breakdown 'ward' has no value in the participant rows counted, so it has no headcount table",
        "report breakdown 'ethnicity' is not a column of the participant records; columns: []");
  }

  @Test
  @DisplayName("§8 cross-tabs: distinct people per combination, and totals that count people, not cells")
  void crossTabs() {
    Headcounts cross = new Headcounts(activities, BANK.ageBands().size(),
        List.of(List.of("partner", "Gender"), List.of("activity", "age band", "gender")));
    ParticipantShard crossPeople = shard(cross);
    BiConsumer<String, String[]> tag = (id, a) -> tag(cross, crossPeople,
        row(id, activities.get(Integer.parseInt(a[0])).id()).file(FILE).extras(java.util.Arrays.asList(a[2], a[3]))
            .build(), Integer.parseInt(a[0]), Integer.parseInt(a[1]));
    tag.accept("p1", new String[] {"0", "0", "F", ""}); // partner Refocus, from the activity
    tag.accept("p1", new String[] {"0", "0", "F", ""}); // the same again: still one person
    tag.accept("p2", new String[] {"0", "1", "M", "Kent FA"});
    tag.accept("p3", new String[] {"1", "0", "F", ""}); // no partner at all
    tag.accept("p4", new String[] {"0", "0", "F", ""});
    tag.accept("p4", new String[] {"1", "0", "M", "Kent FA"}); // one person in two cells
    List<CalculationResult.CrossTab> tabs = cross.crossTabs(BANK.ageBands(), 4, new Diagnostics());
    assertThat(tabs).hasSize(2);
    CalculationResult.CrossTab byPartner = tabs.get(0);
    assertThat(byPartner.dimensions()).containsExactly("partner", "Gender");
    assertThat(cells(byPartner.cells())).containsExactly("(blank)/F=1", "Kent FA/M=2", "Refocus/F=2");
    assertThat(cells(byPartner.rowTotals())).containsExactly("(blank)=1", "Kent FA=2", "Refocus=2");
    // p4 is F and M: counted once in each column, once in all
    assertThat(cells(byPartner.columnTotals())).containsExactly("F=3", "M=2");
    assertThat(byPartner.total()).isEqualTo(4);
    CalculationResult.CrossTab three = tabs.get(1);
    assertThat(three.dimensions()).containsExactly("activity", "age band", "Gender");
    // activities in input order, bands in bank order
    assertThat(cells(three.cells())).containsExactly(activities.get(0).name() + "/" + band(0) + "/F=2",
        activities.get(0).name() + "/" + band(1) + "/M=1", activities.get(1).name() + "/" + band(0) + "/F=1",
        activities.get(1).name() + "/" + band(0) + "/M=1");
    assertThat(cells(three.rowTotals())).containsExactly(activities.get(0).name() + "/" + band(0) + "=2",
        activities.get(0).name() + "/" + band(1) + "=1", activities.get(1).name() + "/" + band(0) + "=2");
  }

  @Test
  @DisplayName("§8 a cross-tab naming no column is left out with a warning naming the columns there are")
  void crossTabOfNoColumn() {
    Headcounts cross = new Headcounts(activities, BANK.ageBands().size(), List.of(List.of("strand", "gender")));
    tag("p1", 0, 0, "F", "");
    tag(cross, shard(cross), row("p1", activities.get(0).id()).file(FILE).extras(java.util.Arrays.asList("F",
        "")).build(), 0, 0);
    Diagnostics diagnostics = new Diagnostics();
    assertThat(cross.crossTabs(BANK.ageBands(), 1, diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::message).singleElement().asString()
        .contains("[strand, gender]", "strand is not a column", "Gender");
    // and the named column is no breakdown of its own
    assertThat(lines(cross.list(BANK.ageBands(), null, new Diagnostics()))).noneMatch(l -> l.startsWith("strand"));
  }

  private static String band(int b) {
    return BANK.ageBands().get(b).label();
  }

  private static List<String> cells(List<CalculationResult.CrossTabCell> cells) {
    return cells.stream().map(c -> String.join("/", c.values()) + "=" + c.participants()).toList();
  }
}
