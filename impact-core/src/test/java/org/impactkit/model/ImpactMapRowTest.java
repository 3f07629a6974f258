package org.impactkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ImpactMapRowTest {
  /** Every parameter a different value, so a parameter read from another's field shows. */
  private static final ImpactMapRow ROW = new ImpactMapRow("Young people", "Took up sport", new BigDecimal("40"),
      new BigDecimal("123.45"), 3, 2, new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.3"),
      new BigDecimal("0.4"), "indicator", "proxy", "source", null);

  @Test
  void eachParameterIsReadFromItsOwnField() {
    assertThat(ROW.get(Parameter.QUANTITY)).isEqualTo(ROW.quantity());
    assertThat(ROW.get(Parameter.PROXY_VALUE)).isEqualTo(ROW.proxyValue());
    assertThat(ROW.get(Parameter.DEADWEIGHT)).isEqualTo(ROW.deadweight());
    assertThat(ROW.get(Parameter.DISPLACEMENT)).isEqualTo(ROW.displacement());
    assertThat(ROW.get(Parameter.ATTRIBUTION)).isEqualTo(ROW.attribution());
    assertThat(ROW.get(Parameter.DROP_OFF)).isEqualTo(ROW.dropOff());
  }

  @Test
  void withChangesOneParameterAndKeepsEverythingElse() {
    BigDecimal changed = new BigDecimal("0.05");
    for (Parameter p : Parameter.values()) {
      ImpactMapRow row = ROW.with(p, changed);
      assertThat(row.get(p)).as("%s", p).isEqualTo(changed);
      for (Parameter other : Parameter.values()) {
        if (other != p) {
          assertThat(row.get(other)).as("%s after changing %s", other, p).isEqualTo(ROW.get(other));
        }
      }
      assertThat(row).as("%s", p).usingRecursiveComparison().ignoringFields(field(p)).isEqualTo(ROW);
    }
  }

  @Test
  void withChecksTheNewValueAsTheConstructorDoes() {
    assertThatThrownBy(() -> ROW.with(Parameter.ATTRIBUTION, new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribution");
    assertThatThrownBy(() -> ROW.with(Parameter.QUANTITY, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
  }

  private static String field(Parameter p) {
    return p.id();
  }
}
