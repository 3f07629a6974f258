package org.impactkit.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.impactkit.bank.PriceIndices;
import org.impactkit.internal.Texts;
import org.impactkit.model.Adjustments;
import org.impactkit.model.Parameter;
import org.impactkit.model.Period;
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
 * @param threads how many threads a run may use, from 1 to {@value #MAX_THREADS} (see {@link
 *     ValuationSettings#threads()})
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
    String currency,
    int threads)
    implements ValuationSettings {

  /** The seed of a simulation that names none. */
  public static final long DEFAULT_SEED = 1;

  /**
   * The most threads a run may be given: each beyond two keeps a share of the participants with tables of
   * its own, and shares beyond the cores only cost memory.
   */
  public static final int MAX_THREADS = 64;

  /** The most threads a run uses unless told otherwise. */
  public static final int MAX_DEFAULT_THREADS = 4;

  /** The most runs a simulation may ask for: 10,000 take well under a second, a million about a minute. */
  public static final int MAX_RUNS = 1_000_000;

  /** Written in a title, stands for the period's label (SPEC §8): {@code "Stepping Out {period}"}. */
  public static final String PERIOD = "{period}";

  /**
   * Creates the record, checking its parts.
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
   * @param threads how many threads a run may use, from 1 to {@value #MAX_THREADS} (see {@link
   *     ValuationSettings#threads()})
   */
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
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("a run uses from 1 to " + MAX_THREADS + " threads, found " + threads);
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

  /**
   * The threads a run uses unless told otherwise: the processors there are, up to {@value #MAX_DEFAULT_THREADS}.
   * With two, reading and valuing overlap; with more, participants are kept on threads of their own.
   *
   * @return the number of threads, 1 or more
   */
  public static int defaultThreads() {
    return Math.max(1, Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * The column mapping of one kind of table.
   *
   * @param kind the kind of table, such as {@code participants}
   * @return the header to read for each spec column, by column; empty when the kind has none
   */
  public Map<String, String> columns(String kind) {
    return columns.getOrDefault(kind, Map.of());
  }

  /**
   * Every default: deadweight on, conflicts {@code lowest}, the Green Book's schedules (health for
   * WELLBY values), the bundled price indices, ranges on, no simulation, nothing else set.
   *
   * @return the default settings
   */
  public static Settings defaults() {
    return builder().build();
  }

  /** {@return A builder seeded with the {@link #defaults()}} */
  public static SettingsBuilder builder() {
    return new SettingsBuilder();
  }

  /** {@return A builder seeded with these settings} */
  public SettingsBuilder toBuilder() {
    return new SettingsBuilder().name(name).organisation(organisation).title(title).period(period).bank(bank)
        .defaultRegion(defaultRegion).deadweight(deadweight).conflictPolicy(conflictPolicy).discounting(discounting)
        .adjustments(adjustments).skipInvalid(skipInvalid).suppressBelow(suppressBelow).breakdowns(breakdowns)
        .columns(columns).allowEmpty(allowEmpty).crossTabs(crossTabs)
        .discounting(discounting, wellbyDiscounting).priceYear(priceYear).indices(indices).priceIndices(priceIndices)
        .range(range).simulate(simulationRuns).seed(simulationSeed).spread(spread).currency(currency)
        .threads(threads);
  }

  /**
   * An ISO 4217 code in capitals.
   *
   * @param code a currency code in any case, with spaces around it allowed, such as {@code " aud"}
   * @return the code in capitals, such as {@code AUD}
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
