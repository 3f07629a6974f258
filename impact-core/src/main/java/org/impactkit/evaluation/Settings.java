package org.impactkit.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.impactkit.bank.PriceIndices;
import org.impactkit.internal.Texts;
import org.impactkit.model.Adjustments;
import org.impactkit.model.Parameter;
import org.impactkit.model.Period;
import org.impactkit.read.bank.PriceIndexReader;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.ValuationSettings;

/**
 * Every setting of a run, in one place (SPEC §4.6, §7). Built once per run: the defaults, then
 * {@code evaluation.yaml}, then the caller's options (a command line, or an analyst's code), each
 * overriding the one before. The engines read the parts they need through their own interfaces
 * ({@link ValuationSettings}); none of them knows where a value came from.
 *
 * @param name the evaluation's name, or {@code null}
 * @param organisation the organisation reporting, or {@code null}
 * @param title the report title, or {@code null} to derive one from the name
 * @param period the evaluation period, or {@code null} (then no row is outside it)
 * @param bank a bundled bank id or a bank file path, or {@code null} for the bundled default
 * @param defaultRegion the region for rows and activities that name none, or {@code null}
 * @param deadweight whether deadweight is applied ({@code false} when a comparison group was used)
 * @param conflictPolicy how conflicting outcomes of one person are resolved
 * @param discounting how later years are discounted
 * @param adjustments per-outcome adjustments, by bank outcome id once the bank is known
 * @param skipInvalid whether invalid rows are left out (and listed) instead of stopping the run
 * @param suppressBelow headcounts and claims below this are shown as {@code <N}; 0 shows everything
 * @param breakdowns extra columns to break headcounts down by, or {@code null} for all of them
 * @param columns the header to read for a spec column, by kind of table ({@code participants}) and column
 * @param allowEmpty whether a run whose records give no claim may still write a report (with a warning)
 * @param crossTabs cross-tabulated headcounts, each the two or more columns whose combinations are
 *     counted; empty for none
 * @param wellbyDiscounting how later years of outcomes derived from WELLBYs are discounted
 * @param priceYear the year whose prices the report is in, or {@code null} for the default (SPEC §5.4)
 * @param indices the price-index file named, as written, or {@code null} for the bundled vintage
 * @param priceIndices the price indices used (the bundled vintage unless a file was loaded)
 * @param range whether low, central and high figures are given (SPEC §5.5)
 * @param simulationRuns runs of the Monte Carlo, or {@code null} for none
 * @param simulationSeed the seed of its random numbers
 * @param spread ± spread of each adjustment the simulation varies
 * @param currency the ISO 4217 currency of an impact map (SPEC §6), or {@code null} for GBP
 */
public record Settings(
    String name,
    String organisation,
    String title,
    Period period,
    String bank,
    String defaultRegion,
    boolean deadweight,
    ConflictPolicy conflictPolicy,
    Discounting discounting,
    Map<String, Adjustments> adjustments,
    boolean skipInvalid,
    int suppressBelow,
    List<String> breakdowns,
    Map<String, Map<String, String>> columns,
    boolean allowEmpty,
    List<List<String>> crossTabs,
    Discounting wellbyDiscounting,
    Integer priceYear,
    String indices,
    PriceIndices priceIndices,
    boolean range,
    Integer simulationRuns,
    long simulationSeed,
    Map<Parameter, BigDecimal> spread,
    String currency)
    implements ValuationSettings {

  /** The seed of a simulation that names none. */
  public static final long DEFAULT_SEED = 1;

  /** The most runs a simulation may ask for: 10,000 take well under a second, a million about a minute. */
  public static final int MAX_RUNS = 1_000_000;

  /** Written in a title, stands for the period's label (SPEC §8): {@code "Stepping Out {period}"}. */
  public static final String PERIOD = "{period}";

  public Settings {
    // Shown in terminals, reports and workbook properties: made inert once, here.
    name = Texts.inert(name);
    organisation = Texts.inert(organisation);
    title = Texts.inert(title);
    if (title != null && title.contains(PERIOD)) {
      title = period == null ? title.replace(PERIOD, "").replaceAll("\\s{2,}", " ").strip()
          : title.replace(PERIOD, period.label());
    }
    Objects.requireNonNull(conflictPolicy, "conflictPolicy");
    Objects.requireNonNull(discounting, "discounting");
    Objects.requireNonNull(wellbyDiscounting, "wellbyDiscounting");
    Objects.requireNonNull(priceIndices, "priceIndices");
    adjustments = Map.copyOf(adjustments);
    spread = Map.copyOf(spread);
    if (simulationRuns != null && (simulationRuns < 1 || simulationRuns > MAX_RUNS)) {
      throw new IllegalArgumentException("a simulation has from 1 to " + MAX_RUNS + " runs, found " + simulationRuns);
    }
    if (suppressBelow < 0) {
      throw new IllegalArgumentException("suppressBelow must not be negative, found " + suppressBelow);
    }
    breakdowns = breakdowns == null ? null : List.copyOf(breakdowns);
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    columns.forEach((kind, byField) -> copy.put(kind, Map.copyOf(byField)));
    columns = Collections.unmodifiableMap(copy);
    crossTabs = crossTabs.stream().map(List::copyOf).toList();
    for (List<String> table : crossTabs) {
      if (table.size() < 2) {
        throw new IllegalArgumentException("a cross-tab counts the combinations of two or more columns, found "
            + table);
      }
    }
  }

  /** The column mapping of one kind of table (empty when it has none). */
  public Map<String, String> columns(String kind) {
    return columns.getOrDefault(kind, Map.of());
  }

  /**
   * Every default: deadweight on, conflicts {@code lowest}, the Green Book's schedules (health for
   * WELLBY values), the bundled price indices, ranges on, no simulation, nothing else set.
   */
  public static Settings defaults() {
    return builder().build();
  }

  /** A builder seeded with the {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder seeded with these settings. */
  public Builder toBuilder() {
    return new Builder().name(name).organisation(organisation).title(title).period(period).bank(bank)
        .defaultRegion(defaultRegion).deadweight(deadweight).conflictPolicy(conflictPolicy).discounting(discounting)
        .adjustments(adjustments).skipInvalid(skipInvalid).suppressBelow(suppressBelow).breakdowns(breakdowns)
        .columns(columns).allowEmpty(allowEmpty).crossTabs(crossTabs)
        .discounting(discounting, wellbyDiscounting).priceYear(priceYear).indices(indices).priceIndices(priceIndices)
        .range(range).simulate(simulationRuns).seed(simulationSeed).spread(spread).currency(currency);
  }

  /**
   * Builds {@link Settings}. Every setter takes {@code null} as "not given" and leaves the value as it
   * is, so a layer of settings (a file, the options of a command) sets only what it names.
   */
  public static final class Builder {
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
    private long seed = DEFAULT_SEED;
    private final Map<Parameter, BigDecimal> spread = new EnumMap<>(Parameter.class);
    private String currency;
    private final Map<String, Adjustments> adjustments = new LinkedHashMap<>();
    private boolean skipInvalid;
    private int suppressBelow;
    private List<String> breakdowns;
    private final Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    private boolean allowEmpty;
    private List<List<String>> crossTabs = List.of();

    private Builder() {}

    /** The evaluation's name. Default: none (a folder's run takes the folder's name). */
    public Builder name(String name) {
      this.name = name != null ? name : this.name;
      return this;
    }

    /** Whether a name was given. */
    boolean hasName() {
      return name != null;
    }

    /** The organisation reporting. Default: none. */
    public Builder organisation(String organisation) {
      this.organisation = organisation != null ? organisation : this.organisation;
      return this;
    }

    /** The report title. Default: derived from the name. */
    public Builder title(String title) {
      this.title = title != null ? title : this.title;
      return this;
    }

    /** The evaluation period. Default: none, so no row is outside it. */
    public Builder period(Period period) {
      this.period = period != null ? period : this.period;
      return this;
    }

    /** A bundled bank id or a bank file path. Default: the bundled {@code uk-wellby-open}. */
    public Builder bank(String idOrPath) {
      this.bank = idOrPath != null ? idOrPath : this.bank;
      return this;
    }

    /** The region for rows and activities that name none. Default: none (the bank's only region, if one). */
    public Builder defaultRegion(String region) {
      this.defaultRegion = region != null ? region : this.defaultRegion;
      return this;
    }

    /** Whether deadweight is applied. Default: {@code true}. */
    public Builder deadweight(Boolean apply) {
      this.deadweight = apply != null ? apply : this.deadweight;
      return this;
    }

    /** How conflicting outcomes are resolved. Default: {@link ConflictPolicy#LOWEST}. */
    public Builder conflictPolicy(ConflictPolicy policy) {
      this.conflictPolicy = policy != null ? policy : this.conflictPolicy;
      return this;
    }

    /** How later years of every outcome are discounted. Default: as {@link #discountSchedule} says. */
    public Builder discounting(Discounting discounting) {
      return discounting(discounting, discounting);
    }

    private Builder discounting(Discounting general, Discounting wellby) {
      this.discounting = general != null ? general : this.discounting;
      this.wellbyDiscounting = wellby != null ? wellby : this.wellbyDiscounting;
      return this;
    }

    /**
     * A flat discount rate (a fraction) for every outcome and every year, keeping the convention.
     * Default: none, the Green Book's schedules.
     */
    public Builder discountRate(BigDecimal rate) {
      return rate == null ? this : discounting(new Discounting(rate, discounting.convention()));
    }

    /**
     * A bundled schedule ({@code green-book}, {@code green-book-health}) for every outcome, keeping the
     * convention. Default: {@code green-book-health} for values derived from WELLBYs (Wellbeing Guidance,
     * p.57), {@code green-book} for the rest (SPEC §5.6).
     *
     * @throws IllegalArgumentException naming the schedules, for an id that is none of them
     */
    public Builder discountSchedule(String id) {
      return id == null ? this : discounting(new Discounting(DiscountSchedules.bundled(id), discounting.convention()));
    }

    /** Whether the first year is discounted, keeping the rates. Default: year zero, not discounted. */
    public Builder discountConvention(Discounting.Convention convention) {
      if (convention != null) {
        discounting(new Discounting(discounting.schedule(), convention),
            new Discounting(wellbyDiscounting.schedule(), convention));
      }
      return this;
    }

    /** The year whose prices the report is in. Default: as SPEC §5.4 says (the period's end for the open bank). */
    public Builder priceYear(Integer year) {
      this.priceYear = year != null ? year : this.priceYear;
      return this;
    }

    /** The price-index file named (as written; the caller loads it with {@link #priceIndices}). */
    public Builder indices(String file) {
      this.indices = file != null ? file : this.indices;
      return this;
    }

    /** The price indices to uprate with. Default: the bundled vintage. */
    public Builder priceIndices(PriceIndices indices) {
      this.priceIndices = indices != null ? indices : this.priceIndices;
      return this;
    }

    /** Whether low, central and high figures are given. Default: {@code true}. */
    public Builder range(Boolean on) {
      this.range = on != null ? on : this.range;
      return this;
    }

    /** Runs of the Monte Carlo simulation. Default: none. */
    public Builder simulate(Integer runs) {
      this.simulationRuns = runs != null ? runs : this.simulationRuns;
      return this;
    }

    /** The simulation's seed. Default: {@value Settings#DEFAULT_SEED}. */
    public Builder seed(Long seed) {
      this.seed = seed != null ? seed : this.seed;
      return this;
    }

    /**
     * The ± spread (a fraction) of adjustments the simulation varies, merged into those set before.
     * Default: none.
     *
     * @throws IllegalArgumentException for a parameter other than deadweight, displacement, attribution,
     *     drop-off, or a spread outside 0–100%
     */
    public Builder spread(Map<Parameter, BigDecimal> spread) {
      if (spread != null) {
        spread.forEach((p, v) -> {
          if (!SPREADABLE.contains(p)) {
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
     * @throws IllegalArgumentException when it is not an ISO 4217 code
     */
    public Builder currency(String code) {
      if (code != null) {
        this.currency = isoCurrency(code);
      }
      return this;
    }

    /** Adjustments of one outcome, replacing any it had. Default: none. */
    public Builder adjustments(String outcome, Adjustments adjustments) {
      this.adjustments.put(Objects.requireNonNull(outcome, "outcome"), Objects.requireNonNull(adjustments, "adjustments"));
      return this;
    }

    /** Adjustments of every outcome, replacing all earlier ones. */
    public Builder adjustments(Map<String, Adjustments> byOutcome) {
      if (byOutcome != null) {
        this.adjustments.clear();
        this.adjustments.putAll(byOutcome);
      }
      return this;
    }

    /** Whether invalid rows are left out (and listed). Default: {@code false}, they stop the run. */
    public Builder skipInvalid(Boolean skip) {
      this.skipInvalid = skip != null ? skip : this.skipInvalid;
      return this;
    }

    /** Small-number suppression threshold. Default: 0, nothing suppressed. */
    public Builder suppressBelow(Integer n) {
      this.suppressBelow = n != null ? n : this.suppressBelow;
      return this;
    }

    /** Extra columns to break headcounts down by. Default: all of them. */
    public Builder breakdowns(List<String> columns) {
      this.breakdowns = columns != null ? columns : this.breakdowns;
      return this;
    }

    /**
     * Headers to read for spec columns, by kind of table ({@code activities}, {@code participants},
     * {@code counts}) and column, added to any given before. Default: none.
     */
    public Builder columns(Map<String, Map<String, String>> byKind) {
      if (byKind != null) {
        byKind.forEach((kind, byField) -> columns.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putAll(byField));
      }
      return this;
    }

    /** Whether a run whose records give no claim may write a report. Default: {@code false}, it stops. */
    public Builder allowEmpty(Boolean allow) {
      this.allowEmpty = allow != null ? allow : this.allowEmpty;
      return this;
    }

    /**
     * Cross-tabulated headcounts, each the two or more columns whose combinations are counted, such as
     * {@code [[strand, gender]]}. Default: none.
     */
    public Builder crossTabs(List<List<String>> tables) {
      this.crossTabs = tables != null ? tables : this.crossTabs;
      return this;
    }

    public Settings build() {
      return new Settings(name, organisation, title, period, bank, defaultRegion, deadweight, conflictPolicy,
          discounting, adjustments, skipInvalid, suppressBelow, breakdowns, columns, allowEmpty, crossTabs,
          wellbyDiscounting, priceYear, indices, priceIndices != null ? priceIndices : PriceIndexReader.bundled(), range,
          simulationRuns, seed, spread, currency);
    }
  }

  /** The adjustments a simulation may vary (SPEC §5.5). */
  private static final Set<Parameter> SPREADABLE =
      Set.of(Parameter.DEADWEIGHT, Parameter.DISPLACEMENT, Parameter.ATTRIBUTION, Parameter.DROP_OFF);

  /**
   * An ISO 4217 code in capitals.
   *
   * @throws IllegalArgumentException when the code is not one
   */
  public static String isoCurrency(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    try {
      if (c.length() == 3) {
        return Currency.getInstance(c).getCurrencyCode();
      }
    } catch (IllegalArgumentException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("expected an ISO 4217 currency code such as GBP, EUR or AUD, found '"
        + code + "'");
  }
}
