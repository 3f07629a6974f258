package org.impactkit.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.impactkit.internal.Texts;
import org.impactkit.model.Adjustments;
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
    List<List<String>> crossTabs)
    implements ValuationSettings {

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
    adjustments = Map.copyOf(adjustments);
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

  /** Every default: deadweight on, conflicts {@code lowest}, Green Book discounting, nothing else set. */
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
        .columns(columns).allowEmpty(allowEmpty).crossTabs(crossTabs);
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
    private BigDecimal discountRate = Discounting.GREEN_BOOK.rate();
    private Discounting.Convention discountConvention = Discounting.GREEN_BOOK.convention();
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

    /** How later years are discounted: rate and convention. Default: {@link Discounting#GREEN_BOOK}. */
    public Builder discounting(Discounting discounting) {
      return discounting == null ? this : discountRate(discounting.rate()).discountConvention(discounting.convention());
    }

    /** The discount rate as a fraction, keeping the convention. Default: 0.035. */
    public Builder discountRate(BigDecimal rate) {
      this.discountRate = rate != null ? rate : this.discountRate;
      return this;
    }

    /** Whether the first year is discounted, keeping the rate. Default: year zero, not discounted. */
    public Builder discountConvention(Discounting.Convention convention) {
      this.discountConvention = convention != null ? convention : this.discountConvention;
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
          new Discounting(discountRate, discountConvention), adjustments, skipInvalid, suppressBelow, breakdowns,
          columns, allowEmpty, crossTabs);
    }
  }
}
