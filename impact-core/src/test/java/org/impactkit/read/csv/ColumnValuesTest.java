package org.impactkit.read.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("repeated column values shared as one String (issue 7)")
class ColumnValuesTest {
  private static String read(ColumnValues values, String text) {
    char[] buf = ("<<" + text + ">>").toCharArray(); // the value sits inside a larger buffer
    return values.text(buf, 2, text.length());
  }

  @Test
  @DisplayName("a repeated value comes back as the same instance, with the same text")
  void repeatsShareOneString() {
    ColumnValues values = new ColumnValues();
    String first = read(values, "Ward 17");
    String again = read(values, "Ward 17");
    assertThat(again).isEqualTo("Ward 17").isSameAs(first);
    assertThat(read(values, "Ward 1")).isEqualTo("Ward 1");
    assertThat(read(values, "")).isEmpty();
  }

  @Test
  @DisplayName("values that share a slot, and long values, are still read exactly")
  void collisionsAndLongValuesAreExact() {
    ColumnValues values = new ColumnValues();
    // "Aa" and "BB" have the same hash, so they share a slot and replace each other
    for (int i = 0; i < 3; i++) {
      assertThat(read(values, "Aa")).isEqualTo("Aa");
      assertThat(read(values, "BB")).isEqualTo("BB");
    }
    String longText = "x".repeat(ColumnValues.LONGEST + 1);
    assertThat(read(values, longText)).isEqualTo(longText).isNotSameAs(read(values, longText));
  }

  @Test
  @DisplayName("a column of mostly distinct values (ids) stops being cached; a column of categories keeps it")
  void distinctColumnsStopCaching() {
    ColumnValues ids = new ColumnValues();
    ColumnValues wards = new ColumnValues();
    for (int i = 0; i < ColumnValues.TRIAL; i++) {
      assertThat(read(ids, "P" + i)).isEqualTo("P" + i);
      read(wards, "Ward " + (i % 40));
    }
    assertThat(ids.caching()).isFalse();
    assertThat(wards.caching()).isTrue();
    assertThat(read(ids, "P7")).isEqualTo("P7");
  }
}
