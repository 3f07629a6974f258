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
}
