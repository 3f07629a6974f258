package org.impactkit.bank;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An outcome's annual value per person: one figure for every region and age band, or one per
 * region and band.
 */
public final class ValueTable {
  private final BigDecimal uniform;
  private final Map<String, Map<String, BigDecimal>> byRegionAndBand;

  private ValueTable(BigDecimal uniform, Map<String, Map<String, BigDecimal>> byRegionAndBand) {
    this.uniform = uniform;
    this.byRegionAndBand = byRegionAndBand;
  }

  /**
   * One figure for every region and band.
   *
   * @param value the value per person per year
   * @return the table
   */
  public static ValueTable uniform(BigDecimal value) {
    return new ValueTable(Objects.requireNonNull(value, "value"), Map.of());
  }

  /**
   * Figures by region id, then band id (including {@code unknown}).
   *
   * @param values value per person per year by region id, then band id
   * @return the table
   */
  public static ValueTable byRegionAndBand(Map<String, Map<String, BigDecimal>> values) {
    Map<String, Map<String, BigDecimal>> copy = new java.util.LinkedHashMap<>();
    values.forEach((r, bands) -> copy.put(r, Map.copyOf(bands)));
    return new ValueTable(null, java.util.Collections.unmodifiableMap(copy));
  }

  /** {@return whether one value holds for every region and band} */
  public boolean isUniform() {
    return uniform != null;
  }

  /** {@return the uniform value, or {@code null} when values vary by region and band} */
  public BigDecimal uniformValue() {
    return uniform;
  }

  /** {@return the region → band → value map; empty when uniform} */
  public Map<String, Map<String, BigDecimal>> byRegionAndBand() {
    return byRegionAndBand;
  }

  /**
   * The value for a region and band.
   *
   * @param regionId the region's id
   * @param bandId the band's id
   * @return the value per person per year, or {@code null} when the table has none
   */
  public BigDecimal value(String regionId, String bandId) {
    if (uniform != null) {
      return uniform;
    }
    Map<String, BigDecimal> bands = byRegionAndBand.get(regionId);
    return bands == null ? null : bands.get(bandId);
  }
}
