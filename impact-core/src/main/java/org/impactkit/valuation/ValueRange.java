package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.List;
import org.impactkit.bank.AgeBand;

/**
 * The figures at the low and high ends of every value's published range, beside the central ones
 * (SPEC §5.5). Values without a range count at their central figure in all three.
 *
 * @param low the figures with every value at the low end of its range
 * @param central the central figures (the headline)
 * @param high the figures with every value at the high end
 * @param byAgeBand social value per band, every band of the bank
 */
public record ValueRange(Bound low, Bound central, Bound high, List<BandRange> byAgeBand) {
  /**
   * Creates the record, copying its bands.
   *
   * @param low the figures with every value at the low end of its range
   * @param central the central figures (the headline)
   * @param high the figures with every value at the high end
   * @param byAgeBand social value per band, every band of the bank
   */
  public ValueRange {
    byAgeBand = List.copyOf(byAgeBand);
  }

  /**
   * One end of a range, or its centre.
   *
   * @param socialValue the social value
   * @param netSocialValue social value less investment
   * @param ratio social value per unit invested, or {@code null} when nothing was invested
   */
  public record Bound(BigDecimal socialValue, BigDecimal netSocialValue, BigDecimal ratio) {}

  /**
   * The range of one age band's social value. A band has no investment of its own, so no net value or
   * ratio.
   *
   * @param band the band
   * @param low social value at the low ends
   * @param central social value at the central values
   * @param high social value at the high ends
   */
  public record BandRange(AgeBand band, BigDecimal low, BigDecimal central, BigDecimal high) {}
}
