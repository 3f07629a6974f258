package org.impactkit.cli.differential;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a generated value bank means (SPEC §3.1), independent of how it is written to JSON. The oracle
 * reads figures from here, never from the engine's bank classes.
 */
record BankModel(
    boolean explicitBands,
    List<BandModel> bands,
    boolean regionsDeclared,
    List<RegionModel> regions,
    Map<String, BigDecimal> deadweightCategories,
    List<OutcomeModel> outcomes,
    List<List<String>> conflicts) {

  /** SPEC §3.1's default three bands, then {@code unknown}, with the spellings §4.4 accepts for them. */
  static final List<BandModel> DEFAULT_BANDS = List.of(
      new BandModel("under-25", "Under 25", null, 24, List.of("under-25", "Under 25", "<25")),
      new BandModel("25-49", "25-49", 25, 49, List.of("25-49", "25 to 49")),
      new BandModel("50-plus", "50+", 50, null, List.of("50-plus", "50+")),
      new BandModel("unknown", "Unknown", null, null, List.of("unknown")));

  /** Bands a bank may declare instead, so boundaries come from the bank and not from the defaults. */
  static final List<BandModel> CUSTOM_BANDS = List.of(
      new BandModel("young", "Young people", null, 29, List.of("young", "Young people")),
      new BandModel("adult", "Adults", 30, 59, List.of("adult", "Adults")),
      new BandModel("older", "Older people", 60, null, List.of("older", "Older people")),
      new BandModel("unknown", "Unknown", null, null, List.of("unknown")));

  static final String UNKNOWN = "unknown";

  BankModel {
    bands = List.copyOf(bands);
    regions = List.copyOf(regions);
    deadweightCategories = Map.copyOf(deadweightCategories);
    outcomes = List.copyOf(outcomes);
    conflicts = List.copyOf(conflicts);
  }

  OutcomeModel outcome(String id) {
    return outcomes.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  RegionModel region(String id) {
    return regions.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  /** SPEC §3.1: the outcome's own deadweight, else its category's, else 0. */
  BigDecimal deadweight(String outcomeId) {
    OutcomeModel o = outcome(outcomeId);
    if (o.deadweight() != null) {
      return o.deadweight();
    }
    if (o.deadweightCategory() != null) {
      return Objects.requireNonNull(deadweightCategories.get(o.deadweightCategory()));
    }
    return BigDecimal.ZERO;
  }

  boolean conflict(String a, String b) {
    return conflicts.stream().anyMatch(p -> p.contains(a) && p.contains(b) && !a.equals(b));
  }

  /** The band an age falls in (SPEC §3.1 minAge/maxAge). */
  String bandOfAge(int age) {
    for (BandModel b : bands) {
      if (b.id().equals(UNKNOWN)) {
        continue;
      }
      if ((b.minAge() == null || age >= b.minAge()) && (b.maxAge() == null || age <= b.maxAge())) {
        return b.id();
      }
    }
    throw new IllegalArgumentException("no band for age " + age);
  }

  /** An age band: id, label, bounds, and the spellings §4.4 accepts in an {@code age_band} cell. */
  record BandModel(String id, String label, Integer minAge, Integer maxAge, List<String> spellings) {}

  /** A region with its label (null for the default region {@code uk}) and aliases. */
  record RegionModel(String id, String label, List<String> aliases) {}

  /**
   * An outcome. Either {@code value} (one figure) or {@code values} (region → band → figure) is set;
   * {@code deadweight} and {@code deadweightCategory} may each be null.
   */
  record OutcomeModel(
      String id,
      String name,
      boolean requiresSurvey,
      BigDecimal deadweight,
      String deadweightCategory,
      BigDecimal value,
      Map<String, Map<String, BigDecimal>> values) {

    BigDecimal value(String region, String band) {
      return value != null ? value : Objects.requireNonNull(values.get(region).get(band), region + "/" + band);
    }
  }
}
