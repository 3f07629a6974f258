package org.impactkit.bank;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An outcome of a value bank and how it is valued.
 *
 * @param id stable id, e.g. {@code employment}
 * @param name what the person achieved, in plain words
 * @param category grouping for reports, or {@code null}
 * @param evidence what records are needed to claim it, or {@code null}
 * @param requiresSurvey whether claiming it needs survey (baseline / follow-up) evidence
 * @param deadweight the outcome's own deadweight fraction 0–1, or {@code null}
 * @param deadweightCategory key into the bank's deadweight categories, or {@code null}
 * @param values the annual value per person
 * @param provenance where the value comes from and how it was derived
 * @param low the low end of the value's range as its source publishes it (SPEC §5.5), or {@code null}
 * @param high the high end of the value's range, or {@code null}
 * @param uprating how the value is uprated, or {@code null} for the bank's method (SPEC §5.4)
 * @param priceYear the year whose prices the value is in, or {@code null} for the bank's
 * @param priceYearStated {@code false} when the source states no price year, so the bank's is assumed
 */
public record Outcome(
    String id,
    String name,
    String category,
    String evidence,
    boolean requiresSurvey,
    BigDecimal deadweight,
    String deadweightCategory,
    ValueTable values,
    Provenance provenance,
    BigDecimal low,
    BigDecimal high,
    Uprating uprating,
    Integer priceYear,
    boolean priceYearStated) {

  public Outcome {
    Objects.requireNonNull(id, "id");
    name = name == null || name.isBlank() ? id : name;
    Objects.requireNonNull(values, "values");
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /** An outcome without a range, uprated and priced as its bank says. */
  public Outcome(String id, String name, String category, String evidence, boolean requiresSurvey,
      BigDecimal deadweight, String deadweightCategory, ValueTable values, Provenance provenance) {
    this(id, name, category, evidence, requiresSurvey, deadweight, deadweightCategory, values, provenance, null, null,
        null, null, true);
  }

  /** Whether the source publishes a range around the value. */
  public boolean hasRange() {
    return low != null || high != null;
  }

  /**
   * Where a value comes from.
   *
   * @param source citation of the publication, or {@code null}
   * @param lifeSatisfactionChange the change in 0–10 life satisfaction the value is derived from, or
   *     {@code null} when the value was published in money
   * @param derivation how the money figure was obtained, in words, or {@code null}
   * @param population who the estimate is for, or {@code null}
   * @param notes caveats, or {@code null}
   */
  public record Provenance(
      String source, BigDecimal lifeSatisfactionChange, String derivation, String population, String notes) {
    public static final Provenance NONE = new Provenance(null, null, null, null, null);
  }
}
