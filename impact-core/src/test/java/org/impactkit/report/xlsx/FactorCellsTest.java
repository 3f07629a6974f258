package org.impactkit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.impactkit.report.xlsx.internal.Heading;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** FactorCells writes six cells side by side; each sheet that shows them must head them in that order. */
class FactorCellsTest {
  private static final List<String> WRITE_ORDER =
      List.of("DEADWEIGHT", "DISPLACEMENT", "ATTRIBUTION", "DURATION", "DROP_OFF", "PV_FACTOR");

  @Test
  @DisplayName("the Calculation and By outcome sheets have the six factor columns side by side, in write order")
  void factorColumnsStandAsTheCellsAreWritten() {
    for (int i = 0; i < WRITE_ORDER.size(); i++) {
      String name = WRITE_ORDER.get(i);
      assertThat(CalculationSheet.Column.valueOf(name).index()).as("Calculation %s", name)
          .isEqualTo(CalculationSheet.Column.DEADWEIGHT.index() + i);
      assertThat(ByOutcomeSheet.Column.valueOf(name).index()).as("By outcome %s", name)
          .isEqualTo(ByOutcomeSheet.Column.DEADWEIGHT.index() + i);
    }
    int first = CalculationSheet.Column.DEADWEIGHT.index();
    assertThat(CalculationSheet.Column.headers().subList(first, first + WRITE_ORDER.size()))
        .isEqualTo(Heading.headers(FactorCells.HEADINGS));
  }
}
