package org.impactkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adjustments writes equals and hashCode itself (for start-up speed); they must mean what a record's do. */
class AdjustmentsTest {
  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final Adjustments SOME = new Adjustments(TENTH, new BigDecimal("0.2"), new BigDecimal("0.3"), 3,
      new BigDecimal("0.4"));

  @Test
  void equalWhenEveryComponentIs() {
    Adjustments same = new Adjustments(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.3"), 3,
        new BigDecimal("0.4"));
    assertThat(same).isEqualTo(SOME).hasSameHashCodeAs(SOME);
    assertThat(new Adjustments(null, null, null, 1, null)).isEqualTo(Adjustments.NONE)
        .hasSameHashCodeAs(Adjustments.NONE);
  }

  @Test
  void differentWhenAnyComponentIs() {
    List<Adjustments> others = List.of(
        new Adjustments(null, SOME.displacement(), SOME.attribution(), 3, SOME.dropOff()),
        new Adjustments(TENTH, TENTH, SOME.attribution(), 3, SOME.dropOff()),
        new Adjustments(TENTH, SOME.displacement(), TENTH, 3, SOME.dropOff()),
        new Adjustments(TENTH, SOME.displacement(), SOME.attribution(), 4, SOME.dropOff()),
        new Adjustments(TENTH, SOME.displacement(), SOME.attribution(), 3, TENTH),
        // as a record's equals, BigDecimal's: the same number at another scale is another value
        new Adjustments(new BigDecimal("0.10"), SOME.displacement(), SOME.attribution(), 3, SOME.dropOff()));
    for (Adjustments other : others) {
      assertThat(other).as("%s", other).isNotEqualTo(SOME);
    }
    assertThat(SOME).isNotEqualTo(null).isNotEqualTo("adjustments");
  }
}
