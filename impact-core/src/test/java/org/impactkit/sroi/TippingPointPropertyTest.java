package org.impactkit.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.impactkit.model.ImpactMap;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.model.Parameter;
import org.impactkit.sroi.SroiResult.TippingPoint;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.Discounting.Convention;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Property: putting a tipping point's break-even value into the map really gives a ratio of 1. */
class TippingPointPropertyTest {
  @Test
  @DisplayName("§6 tipping points: applying each break-even value gives ratio 1 (many random maps, fixed seed)")
  void applyingBreakEvenGivesRatioOne() {
    Random random = new Random(20261122L);
    int checked = 0;
    int none = 0;
    for (int m = 0; m < 200; m++) {
      List<ImpactMapRow> rows = new ArrayList<>();
      int n = 1 + random.nextInt(5);
      for (int i = 0; i < n; i++) {
        int proxy = (random.nextInt(10) == 0 ? -1 : 1) * (1 + random.nextInt(5000));
        rows.add(new ImpactMapRow("S" + random.nextInt(3), "O" + i, BigDecimal.valueOf(random.nextInt(50)),
            BigDecimal.valueOf(proxy), 1 + random.nextInt(5), 1 + random.nextInt(2), pct(random, 60),
            pct(random, 40), pct(random, 60), pct(random, 60), null, null, null, null));
      }
      ImpactMap map = new ImpactMap(null, rows);
      Discounting d = new Discounting(new BigDecimal(random.nextInt(8)).movePointLeft(2),
          random.nextBoolean() ? Convention.YEAR_ZERO : Convention.END_OF_YEAR);
      SroiCalculator calc = new SroiCalculator(d);
      BigDecimal investment = BigDecimal.valueOf(1 + random.nextInt(200_000));
      SroiResult r = calc.calculateFor(map, Investment.total(investment));
      for (TippingPoint t : r.tippingPoints()) {
        if (!t.exists()) {
          none++;
          continue;
        }
        List<ImpactMapRow> changed = new ArrayList<>(rows);
        changed.set(rows.indexOf(t.row()), t.row().with(t.parameter(), t.breakEven()));
        BigDecimal ratio = calc.calculateFor(new ImpactMap(null, changed), Investment.total(investment)).ratio();
        // linear parameters are solved at 34 digits; drop-off by bisection to 1e-12
        double tolerance = t.parameter() == Parameter.DROP_OFF ? 1e-8 : 1e-20;
        assertThat(ratio.subtract(BigDecimal.ONE).abs().doubleValue())
            .as("%s %s of %s in map %d", t.parameter(), t.breakEven(), t.row().outcome(), m)
            .isLessThanOrEqualTo(tolerance);
        if (t.parameter().isPercentage()) {
          assertThat(t.breakEven()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
        checked++;
      }
    }
    // the random maps must exercise both cases, or the property says little
    assertThat(checked).isGreaterThan(100);
    assertThat(none).isGreaterThan(100);
  }

  private static BigDecimal pct(Random random, int maxPoints) {
    return new BigDecimal(random.nextInt(maxPoints + 1)).divide(BigDecimal.valueOf(100), MathContext.DECIMAL128);
  }
}
