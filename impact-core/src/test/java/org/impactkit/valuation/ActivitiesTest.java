package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactkit.testing.Fixtures.activity;

import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.Activity;
import org.impactkit.model.RowRef;
import org.impactkit.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Activities: the activity table of a run")
class ActivitiesTest {
  private final Activities activities = new Activities(Fixtures.fakeBank());

  @Test
  @DisplayName("numbered in input order, each with its region (or none) and partner number (or -1)")
  void numbering() {
    assertThat(activities.add(activity("a1", "100", "london", "Refocus"))).isNull();
    assertThat(activities.add(activity("a2", "200", null))).isNull();
    assertThat(activities.add(activity("a3", "300", "Outside of London", "Kent FA"))).isNull();
    assertThat(activities.add(activity("a4", "400", null, "Refocus"))).isNull();
    assertThat(activities.size()).isEqualTo(4);
    assertThat(activities.number("a3")).isEqualTo(2);
    assertThat(activities.number("a5")).isNull();
    assertThat(activities.get(1).id()).isEqualTo("a2");
    assertThat(activities.region(0).id()).isEqualTo("london");
    assertThat(activities.region(1)).isNull();
    assertThat(activities.region(2).id()).isEqualTo("outside-london");
    assertThat(activities.partners()).containsExactly("Refocus", "Kent FA");
    assertThat(activities.partner(0)).isEqualTo(0);
    assertThat(activities.partner(1)).isEqualTo(-1);
    assertThat(activities.partner(2)).isEqualTo(1);
    assertThat(activities.partner(3)).isEqualTo(0);
  }

  @Test
  @DisplayName("a repeated id is left out with an error naming the first one's line; the first one stays")
  void duplicate() {
    Activity first = activity("a1", "100", "london");
    activities.add(first);
    Diagnostic problem = activities.add(activity("a1", "999", "london"));
    assertThat(problem).isNotNull();
    assertThat(problem.message()).contains("'a1'", "line " + first.ref().line(), "unique");
    assertThat(activities.size()).isEqualTo(1);
    assertThat(activities.get(0).budget()).isEqualByComparingTo("100");
    assertThat(activities.invalidRow("a1")).isNull();
  }

  @Test
  @DisplayName("a region the bank does not have leaves the activity out as invalid, so rows naming it can say so")
  void unknownRegion() {
    Activity a = activity("a1", "100", "Mars");
    Diagnostic problem = activities.add(a);
    assertThat(problem.message()).contains("region 'Mars'", "fake-bank");
    assertThat(activities.number("a1")).isNull();
    assertThat(activities.invalidRow("a1")).isEqualTo(a.ref());
  }

  @Test
  @DisplayName("an invalid activity noted by the reader is remembered unless one by that id was added")
  void invalid() {
    activities.add(activity("a1", "100", "london"));
    RowRef ref = new RowRef(Fixtures.ACTIVITIES, 7);
    activities.invalid("a1", ref);
    activities.invalid("a2", ref);
    assertThat(activities.invalidRow("a1")).isNull();
    assertThat(activities.invalidRow("a2")).isEqualTo(ref);
    assertThat(activities.isUnreadable()).isFalse();
    activities.unreadable();
    assertThat(activities.isUnreadable()).isTrue();
  }
}
