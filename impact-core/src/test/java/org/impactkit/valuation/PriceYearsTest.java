package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.impactkit.bank.PriceIndices;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Restating money between price years (SPEC §5.4) by a deflator series, made up here. */
class PriceYearsTest {
  private static final PriceIndices GAPPED = new PriceIndices("made-up", "test", "test", "test",
      new PriceIndices.Series("D", Map.of(2019, new BigDecimal("80"), 2021, new BigDecimal("90"), 2024,
          new BigDecimal("100"))), new PriceIndices.Series("R", Map.of()));

  @Test
  @DisplayName("§5.4 a year inside the indices' span that they give no figure for is named as a gap, not as outside")
  void gapInTheIndices() {
    assertThat(PriceYears.deflator(GAPPED, 2019, 2024)).isEqualByComparingTo("1.25");
    assertThatThrownBy(() -> PriceYears.deflator(GAPPED, 2019, 2022)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price indices made-up give no GDP deflator for 2022, though they cover 2019 to 2024 around it:"
            + " add that year's figure");
    assertThatThrownBy(() -> PriceYears.deflator(GAPPED, 2019, 2030))
        .hasMessage("price year 2030 is outside the GDP deflator of price indices made-up, which covers 2019 to 2024");
  }
}
