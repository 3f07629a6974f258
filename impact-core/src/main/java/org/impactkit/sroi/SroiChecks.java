package org.impactkit.sroi;

import java.math.BigDecimal;
import java.util.List;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.HighRatio;
import org.impactkit.sroi.SroiResult.OutcomeFigures;
import org.impactkit.valuation.Formats;

/**
 * The assurance checks of SPEC §10 that an impact map can be judged by, as pure functions of its figures:
 * {@code high-ratio}, with the same threshold and words as {@code impact calculate}'s ({@link HighRatio}). The
 * other checks read participant and counts records, which a map has none of; what an assessor would question
 * about the map's own assumptions is in {@link SroiResult#warnings()}.
 */
final class SroiChecks {
  private SroiChecks() {}

  /**
   * Every check, in the order of {@link org.impactkit.diagnostic.CheckId}.
   *
   * @param currency the map's currency, for the figures in the messages
   * @param ratio present value per unit invested, or {@code null} when nothing was invested
   * @param outcomes the rows' figures: the contributions to the present value
   */
  static List<Check> of(String currency, BigDecimal ratio, List<OutcomeFigures> outcomes) {
    // An impact map has no published range around its proxies (SPEC §5.5), so only the central return is judged:
    // the scenario table's ±25% cases are what-ifs, not a range a report quotes.
    return List.of(HighRatio.check(ratio, null, outcomes.stream()
        .map(o -> new HighRatio.Contribution("'" + o.row().label() + "'", o.presentValue())).toList(),
        v -> Formats.money(v, currency)));
  }
}
