package org.impactkit.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.impactkit.bank.InvalidBankException.Problem;
import org.impactkit.internal.Texts;

/**
 * A versioned table of outcomes and their annual per-person values (SPEC §3.1). Immutable; the
 * constructor checks every rule and reports all problems at once.
 */
public final class ValueBank {
  private final Info info;
  private final List<AgeBand> ageBands;
  private final List<Region> regions;
  private final Map<String, BigDecimal> deadweightCategories;
  private final List<Outcome> outcomes;
  private final List<List<String>> conflicts;

  private final Map<String, Outcome> outcomeByKey = new HashMap<>();
  private final Map<String, Region> regionByKey = new HashMap<>();
  private final Map<String, AgeBand> bandByKey = new HashMap<>();
  private final Map<String, Set<String>> conflictsById = new HashMap<>();

  /**
   * Describes a bank.
   *
   * @param id stable id, e.g. {@code uk-wellby-open}
   * @param name display name
   * @param version the bank's own version
   * @param currency ISO currency code, e.g. {@code GBP}
   * @param priceYear the year whose prices the values are in
   * @param licence licence of the values, or {@code null}
   * @param attribution the attribution the licence asks for, or {@code null}
   * @param wellbyValue money value of one WELLBY the bank's derived values use, or {@code null}
   * @param uprating how the bank's values are uprated (SPEC §5.4), or {@code null} when it declares none
   */
  public record Info(
      String id,
      String name,
      String version,
      String currency,
      int priceYear,
      String licence,
      String attribution,
      BigDecimal wellbyValue,
      Uprating uprating) {
    public Info {
      Objects.requireNonNull(id, "id");
      name = name == null ? id : name;
      version = version == null ? "" : version;
      currency = currency == null ? "GBP" : currency;
    }

    /** A bank that declares no uprating method. */
    public Info(String id, String name, String version, String currency, int priceYear, String licence,
        String attribution, BigDecimal wellbyValue) {
      this(id, name, version, currency, priceYear, licence, attribution, wellbyValue, null);
    }
  }

  /**
   * @param info the bank's description
   * @param ageBands declared bands in order, without {@code unknown}; empty or {@code null} for the
   *     defaults
   * @param regions declared regions; empty or {@code null} for the single region {@code uk}
   * @param deadweightCategories deadweight fraction by category
   * @param outcomes the outcomes
   * @param conflicts pairs of outcome ids that cannot both be claimed for one person
   * @throws InvalidBankException listing every rule the bank breaks
   */
  public ValueBank(
      Info info,
      List<AgeBand> ageBands,
      List<Region> regions,
      Map<String, BigDecimal> deadweightCategories,
      List<Outcome> outcomes,
      List<List<String>> conflicts) {
    this.info = Objects.requireNonNull(info, "info");
    List<AgeBand> bands = new ArrayList<>(ageBands == null || ageBands.isEmpty() ? AgeBand.DEFAULTS : ageBands);
    bands.removeIf(AgeBand::isUnknown);
    bands.add(AgeBand.UNKNOWN);
    this.ageBands = List.copyOf(bands);
    this.regions = List.copyOf(regions == null || regions.isEmpty() ? List.of(Region.UK) : regions);
    this.deadweightCategories =
        Collections.unmodifiableMap(new LinkedHashMap<>(deadweightCategories == null ? Map.of() : deadweightCategories));
    this.outcomes = List.copyOf(outcomes);
    this.conflicts = conflicts == null ? List.of() : conflicts.stream().map(List::copyOf).toList();

    List<Problem> problems = new ArrayList<>();
    indexBandsAndRegions(problems);
    indexOutcomes(problems);
    indexConflicts(problems);
    if (!problems.isEmpty()) {
      throw new InvalidBankException(problems);
    }
  }

  private void indexBandsAndRegions(List<Problem> problems) {
    for (AgeBand band : ageBands) {
      for (String spelling : band.spellings()) {
        AgeBand previous = bandByKey.putIfAbsent(Texts.key(spelling), band);
        if (previous != null && previous != band && (spelling.equals(band.id()) || spelling.equals(band.label()))) {
          problems.add(new Problem(null, "ageBands", "band '" + band.id() + "' is named like band '" + previous.id() + "'"));
        }
      }
    }
    for (int i = 0; i < ageBands.size(); i++) {
      for (int j = i + 1; j < ageBands.size(); j++) {
        if (overlap(ageBands.get(i), ageBands.get(j))) {
          problems.add(new Problem(null, "ageBands",
              "bands '" + ageBands.get(i).id() + "' and '" + ageBands.get(j).id() + "' overlap"));
        }
      }
    }
    for (Region region : regions) {
      List<String> names = new ArrayList<>(List.of(region.id(), region.label()));
      names.addAll(region.aliases());
      for (String name : names) {
        Region previous = regionByKey.putIfAbsent(Texts.key(name), region);
        if (previous != null && previous != region) {
          problems.add(new Problem(null, "regions", "'" + name + "' names both region '" + previous.id()
              + "' and region '" + region.id() + "'"));
        }
      }
    }
    deadweightCategories.forEach((category, fraction) -> {
      if (!isFraction(fraction)) {
        problems.add(new Problem(null, "deadweightCategories." + category,
            "deadweight must be a fraction from 0 to 1, found " + plain(fraction)));
      }
    });
  }

  private static boolean overlap(AgeBand a, AgeBand b) {
    if (a.isUnknown() || b.isUnknown()) {
      return false;
    }
    long aMin = a.minAge() == null ? Long.MIN_VALUE : a.minAge();
    long aMax = a.maxAge() == null ? Long.MAX_VALUE : a.maxAge();
    long bMin = b.minAge() == null ? Long.MIN_VALUE : b.minAge();
    long bMax = b.maxAge() == null ? Long.MAX_VALUE : b.maxAge();
    return aMin <= bMax && bMin <= aMax;
  }

  private void indexOutcomes(List<Problem> problems) {
    Set<String> ids = new HashSet<>();
    for (Outcome o : outcomes) {
      if (!ids.add(o.id())) {
        problems.add(new Problem(o.id(), "id", "the id is used by another outcome"));
      }
      outcomeByKey.putIfAbsent(Texts.key(o.id()), o);
      if (o.deadweight() != null && !isFraction(o.deadweight())) {
        problems.add(new Problem(o.id(), "deadweight",
            "deadweight must be a fraction from 0 to 1, found " + plain(o.deadweight())));
      }
      if (o.deadweightCategory() != null && !deadweightCategories.containsKey(o.deadweightCategory())) {
        problems.add(new Problem(o.id(), "deadweightCategory",
            "no deadweight category '" + o.deadweightCategory() + "' in deadweightCategories"));
      }
      checkValues(o, problems);
      checkRange(o, problems);
    }
    for (Outcome o : outcomes) {
      outcomeByKey.putIfAbsent(Texts.key(o.name()), o);
    }
  }

  private void checkValues(Outcome o, List<Problem> problems) {
    ValueTable table = o.values();
    if (table.isUniform()) {
      return;
    }
    for (String regionId : table.byRegionAndBand().keySet()) {
      if (regions.stream().noneMatch(r -> r.id().equals(regionId))) {
        problems.add(new Problem(o.id(), "values", "region '" + regionId + "' is not one of the bank's regions "
            + regions.stream().map(Region::id).toList()));
      }
    }
    for (Region region : regions) {
      Map<String, BigDecimal> bands = table.byRegionAndBand().get(region.id());
      if (bands == null) {
        problems.add(new Problem(o.id(), "values", "region '" + region.id() + "' is missing"));
        continue;
      }
      for (AgeBand band : ageBands) {
        if (!bands.containsKey(band.id())) {
          problems.add(new Problem(o.id(), "values",
              "region '" + region.id() + "' has no value for age band '" + band.id() + "'"));
        }
      }
      for (String bandId : bands.keySet()) {
        if (ageBands.stream().noneMatch(b -> b.id().equals(bandId))) {
          problems.add(new Problem(o.id(), "values",
              "region '" + region.id() + "' has a value for '" + bandId + "', which is not an age band of the bank"));
        }
      }
    }
  }

  /** A range is published around one figure: low ≤ value ≤ high, both ends given. */
  private static void checkRange(Outcome o, List<Problem> problems) {
    if (!o.hasRange()) {
      return;
    }
    if (o.low() == null || o.high() == null) {
      problems.add(new Problem(o.id(), o.low() == null ? "low" : "high", "a range needs both 'low' and 'high'"));
    } else if (!o.values().isUniform()) {
      problems.add(new Problem(o.id(), "low", "a range ('low', 'high') goes with a single 'value', not with 'values'"
          + " by region and age band"));
    } else if (o.low().compareTo(o.values().uniformValue()) > 0 || o.high().compareTo(o.values().uniformValue()) < 0) {
      problems.add(new Problem(o.id(), "low", "the range " + plain(o.low()) + " to " + plain(o.high())
          + " must hold the value " + plain(o.values().uniformValue())));
    }
  }

  /** The uprating method of an outcome: its own, else the bank's, else {@code null} (none declared). */
  public Uprating uprating(Outcome outcome) {
    return outcome.uprating() != null ? outcome.uprating() : info.uprating();
  }

  /** The year whose prices an outcome's value is in: its own, else the bank's. */
  public int priceYear(Outcome outcome) {
    return outcome.priceYear() != null ? outcome.priceYear() : info.priceYear();
  }

  /** Whether the bank, or any of its outcomes, declares how values are uprated. */
  public boolean declaresUprating() {
    return info.uprating() != null || outcomes.stream().anyMatch(o -> o.uprating() != null);
  }

  private void indexConflicts(List<Problem> problems) {
    for (List<String> pair : conflicts) {
      if (pair.size() != 2) {
        problems.add(new Problem(null, "conflicts", "each conflict is a pair of outcome ids, found " + pair));
        continue;
      }
      for (String id : pair) {
        if (outcomes.stream().noneMatch(o -> o.id().equals(id))) {
          problems.add(new Problem(null, "conflicts", "'" + id + "' is not an outcome id of the bank"));
        }
      }
      if (pair.get(0).equals(pair.get(1))) {
        problems.add(new Problem(null, "conflicts", "an outcome cannot conflict with itself: " + pair));
      }
      conflictsById.computeIfAbsent(pair.get(0), k -> new HashSet<>()).add(pair.get(1));
      conflictsById.computeIfAbsent(pair.get(1), k -> new HashSet<>()).add(pair.get(0));
    }
  }

  private static boolean isFraction(BigDecimal d) {
    return d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0;
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  public Info info() {
    return info;
  }

  public String id() {
    return info.id();
  }

  /** The bank's age bands in order, ending with {@code unknown}. */
  public List<AgeBand> ageBands() {
    return ageBands;
  }

  public List<Region> regions() {
    return regions;
  }

  public Map<String, BigDecimal> deadweightCategories() {
    return deadweightCategories;
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  public List<List<String>> conflicts() {
    return conflicts;
  }

  /** The outcome with this id or name, ignoring case and surrounding spaces. */
  public Optional<Outcome> outcome(String idOrName) {
    return Optional.ofNullable(outcomeByKey.get(Texts.key(idOrName)));
  }

  /** The region with this id, label or alias, ignoring case and surrounding spaces. */
  public Optional<Region> region(String idLabelOrAlias) {
    return Optional.ofNullable(regionByKey.get(Texts.key(idLabelOrAlias)));
  }

  /** The age band with this id, label or usual spelling ({@code <25}, {@code 25 to 49}, {@code 50+}). */
  public Optional<AgeBand> ageBand(String label) {
    return Optional.ofNullable(bandByKey.get(Texts.key(label)));
  }

  /** The band an age falls in, or {@code unknown} when no band holds it. */
  public AgeBand bandForAge(int age) {
    for (AgeBand band : ageBands) {
      if (band.contains(age)) {
        return band;
      }
    }
    return AgeBand.UNKNOWN;
  }

  /** Whether two outcomes draw on the same area of benefit and cannot both be claimed for one person. */
  public boolean conflict(String outcomeA, String outcomeB) {
    return conflictsById.getOrDefault(outcomeA, Set.of()).contains(outcomeB);
  }

  /** Whether an outcome conflicts with any other. */
  public boolean hasConflicts(String outcomeId) {
    return conflictsById.containsKey(outcomeId);
  }

  /**
   * The deadweight the bank gives an outcome: its own, else its category's, else empty (the caller
   * applies 0 and warns).
   */
  public Optional<BigDecimal> deadweight(Outcome outcome) {
    if (outcome.deadweight() != null) {
      return Optional.of(outcome.deadweight());
    }
    if (outcome.deadweightCategory() != null) {
      return Optional.ofNullable(deadweightCategories.get(outcome.deadweightCategory()));
    }
    return Optional.empty();
  }

  /** Every name a user may write for an outcome (ids and names), for "did you mean" hints. */
  public List<String> outcomeIds() {
    return outcomes.stream().map(Outcome::id).toList();
  }

  /** Every region id and label, for hints. */
  public List<String> regionNames() {
    List<String> names = new ArrayList<>();
    for (Region r : regions) {
      names.add(r.id());
      names.add(r.label());
      names.addAll(r.aliases());
    }
    return names;
  }

  /** Every band id and label, for hints. */
  public List<String> ageBandNames() {
    List<String> names = new ArrayList<>();
    for (AgeBand b : ageBands) {
      names.add(b.id());
      names.add(b.label());
    }
    return names;
  }

  @Override
  public String toString() {
    return info.id() + " " + info.version();
  }
}
