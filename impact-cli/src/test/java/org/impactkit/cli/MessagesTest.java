package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the terminal adds to a check: the options that help, and only where they do. */
class MessagesTest {
  @Test
  @DisplayName("period-coverage points at the period options for rows outside it, not for rows without a date")
  void periodAdvice() {
    assertThat(Messages.render(Check.warn(CheckId.PERIOD_COVERAGE, "all 12 dated rows lie outside 2021/22 (100%)", 12)))
        .endsWith(" (--period or --from/--to)");
    assertThat(Messages.render(Check.warn(CheckId.PERIOD_COVERAGE,
        "1 participant row of 762 carries no date and counts in 2021/22 whatever its date", 1)))
        .doesNotContain("--period");
  }

  @Test
  @DisplayName("deadweight offers --no-deadweight for an outcome without one, and says where it was switched off")
  void deadweightAdvice() {
    assertThat(Messages.render(Check.warn(CheckId.DEADWEIGHT, "no deadweight was taken off employment: …", 1)))
        .endsWith(" (--no-deadweight if a comparison group was used)");
    assertThat(Messages.render(Check.warn(CheckId.DEADWEIGHT, "deadweight is switched off for the whole evaluation,"
        + " so the deadweight given under 'outcomes:' for employment (15%) was not taken off: if a comparison group"
        + " was used, remove it from 'outcomes:'; if not, switch deadweight back on", 1)))
        .endsWith("if not, switch deadweight back on (it was switched off by --no-deadweight or by 'deadweight: off'"
            + " in evaluation.yaml)");
  }
}
