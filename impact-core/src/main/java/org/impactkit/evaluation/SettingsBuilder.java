package org.impactkit.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.impactkit.bank.PriceIndices;
import org.impactkit.model.Adjustments;
import org.impactkit.model.Parameter;
import org.impactkit.model.Period;
import org.impactkit.read.bank.PriceIndexReader;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;

/**
 * Builds {@link Settings}. Every setter takes {@code null} as "not given" and leaves the value as it
 * is, so a layer of settings (a file, the options of a command) sets only what it names.
 */
public final class SettingsBuilder {

  private String name;
  private String organisation;
  private String title;
  private Period period;
  private String bank;
  private String defaultRegion;
  private boolean deadweight = true;
  private ConflictPolicy conflictPolicy = ConflictPolicy.LOWEST;
  private Discounting discounting = new Discounting(DiscountSchedules.bundled(DiscountSchedules.GREEN_BOOK),
      Discounting.Convention.YEAR_ZERO);
  private Discounting wellbyDiscounting = new Discounting(
      DiscountSchedules.bundled(DiscountSchedules.GREEN_BOOK_HEALTH), Discounting.Convention.YEAR_ZERO);
  private Integer priceYear;
  private String indices;
  private PriceIndices priceIndices;
  private boolean range = true;
  private Integer simulationRuns;
  private long seed = Settings.DEFAULT_SEED;
  private final Map<Parameter, BigDecimal> spread = new EnumMap<>(Parameter.class);
  private String currency;
  private final Map<String, Adjustments> adjustments = new LinkedHashMap<>();
  private boolean skipInvalid;
  private int suppressBelow;
  private List<String> breakdowns;
  private final Map<String, Map<String, String>> columns = new LinkedHashMap<>();
  private boolean allowEmpty;
  private List<List<String>> crossTabs = List.of();
  private int threads = Settings.defaultThreads();

  SettingsBuilder() {}

  /**
   * The evaluation's name. Default: none (a folder's run takes the folder's name).
   *
   * @param name the name, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder name(String name) {
    this.name = name != null ? name : this.name;
    return this;
  }

  /** Whether a name was given. */
  boolean hasName() {
    return name != null;
  }

  /**
   * The organisation reporting. Default: none.
   *
   * @param organisation the organisation, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder organisation(String organisation) {
    this.organisation = organisation != null ? organisation : this.organisation;
    return this;
  }

  /**
   * The report title. Default: derived from the name.
   *
   * @param title the title, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder title(String title) {
    this.title = title != null ? title : this.title;
    return this;
  }

  /**
   * The evaluation period. Default: none, so no row is outside it.
   *
   * @param period the period, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder period(Period period) {
    this.period = period != null ? period : this.period;
    return this;
  }

  /**
   * A bundled bank id or a bank file path. Default: the bundled {@code uk-wellby-open}.
   *
   * @param idOrPath the bank's id or file, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder bank(String idOrPath) {
    this.bank = idOrPath != null ? idOrPath : this.bank;
    return this;
  }

  /**
   * The region for rows and activities that name none. Default: none (the bank's only region, if
   * one).
   *
   * @param region a region id, label or alias of the bank, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder defaultRegion(String region) {
    this.defaultRegion = region != null ? region : this.defaultRegion;
    return this;
  }

  /**
   * Whether deadweight is applied. Default: {@code true}.
   *
   * @param apply {@code false} when a comparison group already took out what would have happened anyway, or
   *     {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder deadweight(Boolean apply) {
    this.deadweight = apply != null ? apply : this.deadweight;
    return this;
  }

  /**
   * How conflicting outcomes are resolved. Default: {@link ConflictPolicy#LOWEST}.
   *
   * @param policy the policy, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder conflictPolicy(ConflictPolicy policy) {
    this.conflictPolicy = policy != null ? policy : this.conflictPolicy;
    return this;
  }

  /**
   * How later years of every outcome are discounted, WELLBY-derived ones included. Default: as
   * {@link #discountSchedule} says.
   *
   * @param discounting the schedule and convention, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder discounting(Discounting discounting) {
    return discounting(discounting, discounting);
  }

  SettingsBuilder discounting(Discounting general, Discounting wellby) {
    this.discounting = general != null ? general : this.discounting;
    this.wellbyDiscounting = wellby != null ? wellby : this.wellbyDiscounting;
    return this;
  }

  /**
   * A flat discount rate (a fraction) for every outcome and every year, keeping the convention.
   * Default: none, the Green Book's schedules.
   *
   * @param rate the rate a year as a fraction, e.g. {@code 0.035} for 3.5%, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder discountRate(BigDecimal rate) {
    return rate == null ? this : discounting(new Discounting(rate, discounting.convention()));
  }

  /**
   * A bundled schedule ({@code green-book}, {@code green-book-health}) for every outcome, keeping the
   * convention. Default: {@code green-book-health} for values derived from WELLBYs (Wellbeing Guidance,
   * p.57), {@code green-book} for the rest (SPEC §5.6).
   *
   * @param id the bundled schedule's id, or {@code null} to leave it as it is
   * @return this builder
   * @throws IllegalArgumentException naming the schedules, for an id that is none of them
   */
  public SettingsBuilder discountSchedule(String id) {
    return id == null ? this : discounting(new Discounting(DiscountSchedules.bundled(id), discounting.convention()));
  }

  /**
   * Whether the first year is discounted, keeping the rates. Default: year zero, not discounted.
   *
   * @param convention the convention, applied to both schedules, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder discountConvention(Discounting.Convention convention) {
    if (convention != null) {
      discounting(new Discounting(discounting.schedule(), convention),
          new Discounting(wellbyDiscounting.schedule(), convention));
    }
    return this;
  }

  /**
   * The year whose prices the report is in. Default: as SPEC §5.4 says (the period's end for the open bank).
   *
   * @param year the price year, such as {@code 2024}, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder priceYear(Integer year) {
    this.priceYear = year != null ? year : this.priceYear;
    return this;
  }

  /**
   * The price-index file named (as written; the caller loads it with {@link #priceIndices}). Default: none,
   * the bundled vintage.
   *
   * @param file the file's path as written, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder indices(String file) {
    this.indices = file != null ? file : this.indices;
    return this;
  }

  /**
   * The price indices to uprate with. Default: the bundled vintage.
   *
   * @param indices the indices, or {@code null} to leave them as they are
   * @return this builder
   */
  public SettingsBuilder priceIndices(PriceIndices indices) {
    this.priceIndices = indices != null ? indices : this.priceIndices;
    return this;
  }

  /**
   * Whether low, central and high figures are given. Default: {@code true}.
   *
   * @param on whether to give the range, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder range(Boolean on) {
    this.range = on != null ? on : this.range;
    return this;
  }

  /**
   * Runs of the Monte Carlo simulation. Default: none.
   *
   * @param runs the number of runs, from 1 to {@value Settings#MAX_RUNS}, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder simulate(Integer runs) {
    this.simulationRuns = runs != null ? runs : this.simulationRuns;
    return this;
  }

  /**
   * The simulation's seed. Default: {@value Settings#DEFAULT_SEED}.
   *
   * @param seed the seed of its random numbers, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder seed(Long seed) {
    this.seed = seed != null ? seed : this.seed;
    return this;
  }

  /**
   * The ± spread (a fraction) of adjustments the simulation varies, merged into those set before.
   * Default: none.
   *
   * @param spread the ± spread of each adjustment, as a fraction, or {@code null} to leave them as they are
   * @return this builder
   * @throws IllegalArgumentException for a parameter other than deadweight, displacement, attribution,
   *     drop-off, or a spread outside 0–100%
   */
  public SettingsBuilder spread(Map<Parameter, BigDecimal> spread) {
    if (spread != null) {
      spread.forEach((p, v) -> {
        if (!Parameter.SHARES.contains(p)) { // the adjustments a simulation may vary (SPEC §5.5)
          throw new IllegalArgumentException("a spread is for deadweight, displacement, attribution or dropOff, "
              + "not " + p.id());
        }
        this.spread.put(p, Adjustments.requireFraction(v, p.id() + " spread"));
      });
    }
    return this;
  }

  /**
   * The ISO 4217 currency of an impact map, e.g. {@code AUD}. Default: GBP.
   *
   * @param code the currency code, in any case and with spaces around it allowed, or {@code null} to leave it
   *     as it is
   * @return this builder
   * @throws IllegalArgumentException when it is not an ISO 4217 code
   */
  public SettingsBuilder currency(String code) {
    if (code != null) {
      this.currency = Settings.isoCurrency(code);
    }
    return this;
  }

  /**
   * Adjustments of one outcome, replacing any it had. Default: none.
   *
   * @param outcome the outcome's id or name in the bank
   * @param adjustments its adjustments
   * @return this builder
   */
  public SettingsBuilder adjustments(String outcome, Adjustments adjustments) {
    this.adjustments.put(Objects.requireNonNull(outcome, "outcome"), Objects.requireNonNull(adjustments, "adjustments"));
    return this;
  }

  /**
   * Adjustments of every outcome, replacing all earlier ones.
   *
   * @param byOutcome adjustments by outcome id or name, or {@code null} to leave them as they are
   * @return this builder
   */
  public SettingsBuilder adjustments(Map<String, Adjustments> byOutcome) {
    if (byOutcome != null) {
      this.adjustments.clear();
      this.adjustments.putAll(byOutcome);
    }
    return this;
  }

  /**
   * Whether invalid rows are left out (and listed). Default: {@code false}, they stop the run.
   *
   * @param skip whether to leave them out, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder skipInvalid(Boolean skip) {
    this.skipInvalid = skip != null ? skip : this.skipInvalid;
    return this;
  }

  /**
   * Small-number suppression threshold: headcounts and claims below it are shown as {@code <N}.
   * Default: 0, nothing suppressed.
   *
   * @param n the threshold, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder suppressBelow(Integer n) {
    this.suppressBelow = n != null ? n : this.suppressBelow;
    return this;
  }

  /**
   * Extra columns to break headcounts down by. Default: all of them.
   *
   * @param columns the columns' headers, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder breakdowns(List<String> columns) {
    this.breakdowns = columns != null ? columns : this.breakdowns;
    return this;
  }

  /**
   * Headers to read for spec columns, by kind of table ({@code activities}, {@code participants},
   * {@code counts}) and column, added to any given before. Default: none.
   *
   * @param byKind the header of each spec column, by kind of table and column, or {@code null} to leave them as
   *     they are
   * @return this builder
   */
  public SettingsBuilder columns(Map<String, Map<String, String>> byKind) {
    if (byKind != null) {
      byKind.forEach((kind, byField) -> columns.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putAll(byField));
    }
    return this;
  }

  /**
   * Whether a run whose records give no claim may write a report. Default: {@code false}, it stops.
   *
   * @param allow whether such a run writes a report (with a warning), or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder allowEmpty(Boolean allow) {
    this.allowEmpty = allow != null ? allow : this.allowEmpty;
    return this;
  }

  /**
   * Cross-tabulated headcounts, each the two or more columns whose combinations are counted, such as
   * {@code [[strand, gender]]}. Default: none.
   *
   * @param tables the cross-tabs, each a list of two or more columns' headers, or {@code null} to leave them as
   *     they are
   * @return this builder
   */
  public SettingsBuilder crossTabs(List<List<String>> tables) {
    this.crossTabs = tables != null ? tables : this.crossTabs;
    return this;
  }

  /**
   * How many threads a run may use: one reads, one values rows in file order, and each one more keeps a
   * share of the participants. The figures are the same, byte for byte, whatever the number. Default:
   * {@link Settings#defaultThreads()}.
   *
   * @param threads from 1 to {@value Settings#MAX_THREADS}, or {@code null} to leave it as it is
   * @return this builder
   */
  public SettingsBuilder threads(Integer threads) {
    this.threads = threads != null ? threads : this.threads;
    return this;
  }

  /**
   * Builds the settings, with the bundled price indices when none were given.
   *
   * @return the settings
   * @throws IllegalArgumentException for simulation runs outside 1 to {@value Settings#MAX_RUNS}, a negative
   *     suppression threshold, a cross-tab of fewer than two columns, or threads outside 1 to {@value
   *     Settings#MAX_THREADS}
   */
  public Settings build() {
    return new Settings(name, organisation, title, period, bank, defaultRegion, deadweight, conflictPolicy,
        discounting, adjustments, skipInvalid, suppressBelow, breakdowns, columns, allowEmpty, crossTabs,
        wellbyDiscounting, priceYear, indices, priceIndices != null ? priceIndices : PriceIndexReader.bundled(), range,
        simulationRuns, seed, spread, currency, threads);
  }
}
