package org.impactkit.valuation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.impactkit.model.Period;
import org.impactkit.model.Texts;

/**
 * Everything about an evaluation besides its records: what it is called, the period, the rules and
 * the adjustments. Immutable; build with {@link #builder()}.
 */
public final class ValuationSettings {
  private final String name;
  private final String organisation;
  private final String title;
  private final Period period;
  private final String defaultRegion;
  private final boolean deadweight;
  private final ConflictPolicy conflictPolicy;
  private final Discounting discounting;
  private final Map<String, Adjustments> adjustments;
  private final boolean skipInvalid;
  private final int suppressBelow;
  private final List<String> breakdowns;

  private ValuationSettings(Builder b) {
    // Shown in terminals, reports and workbook properties: made inert once, here (Texts.inert).
    this.name = Texts.inert(b.name);
    this.organisation = Texts.inert(b.organisation);
    this.title = Texts.inert(b.title);
    this.period = b.period;
    this.defaultRegion = b.defaultRegion;
    this.deadweight = b.deadweight;
    this.conflictPolicy = Objects.requireNonNull(b.conflictPolicy, "conflictPolicy");
    this.discounting = Objects.requireNonNull(b.discounting, "discounting");
    this.adjustments = Map.copyOf(b.adjustments);
    this.skipInvalid = b.skipInvalid;
    if (b.suppressBelow < 0) {
      throw new IllegalArgumentException("suppressBelow must not be negative");
    }
    this.suppressBelow = b.suppressBelow;
    this.breakdowns = b.breakdowns == null ? null : List.copyOf(b.breakdowns);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The evaluation's name, or {@code null}. */
  public String name() {
    return name;
  }

  /** The organisation reporting, or {@code null}. */
  public String organisation() {
    return organisation;
  }

  /** The report title, or {@code null} to derive one from the name. */
  public String title() {
    return title;
  }

  /** The evaluation period, or {@code null} when none is set (then no row is outside it). */
  public Period period() {
    return period;
  }

  /** The region (id, label or alias) for rows and activities that name none, or {@code null}. */
  public String defaultRegion() {
    return defaultRegion;
  }

  /** Whether the bank's deadweight is applied ({@code false} when a comparison group was used). */
  public boolean deadweight() {
    return deadweight;
  }

  public ConflictPolicy conflictPolicy() {
    return conflictPolicy;
  }

  public Discounting discounting() {
    return discounting;
  }

  /** Adjustments by outcome id; outcomes not listed have none. */
  public Map<String, Adjustments> adjustments() {
    return adjustments;
  }

  public Adjustments adjustments(String outcomeId) {
    return adjustments.getOrDefault(outcomeId, Adjustments.NONE);
  }

  /** Whether any outcome has adjustments beyond deadweight. */
  public boolean hasSroiAdjustments() {
    return adjustments.values().stream().anyMatch(Adjustments::isSroi);
  }

  /** Whether invalid rows are left out (and listed) instead of stopping the run. */
  public boolean skipInvalid() {
    return skipInvalid;
  }

  /** Headcounts and claims below this are shown as {@code <N} in reports; 0 shows everything. */
  public int suppressBelow() {
    return suppressBelow;
  }

  /** Extra columns to break headcounts down by, or {@code null} for all of them. */
  public List<String> breakdowns() {
    return breakdowns;
  }

  /** Builds {@link ValuationSettings}; defaults: deadweight on, conflicts lowest, Green Book discounting. */
  public static final class Builder {
    private String name;
    private String organisation;
    private String title;
    private Period period;
    private String defaultRegion;
    private boolean deadweight = true;
    private ConflictPolicy conflictPolicy = ConflictPolicy.LOWEST;
    private Discounting discounting = Discounting.GREEN_BOOK;
    private final Map<String, Adjustments> adjustments = new LinkedHashMap<>();
    private boolean skipInvalid;
    private int suppressBelow;
    private List<String> breakdowns;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder organisation(String organisation) {
      this.organisation = organisation;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder period(Period period) {
      this.period = period;
      return this;
    }

    public Builder defaultRegion(String region) {
      this.defaultRegion = region;
      return this;
    }

    public Builder deadweight(boolean apply) {
      this.deadweight = apply;
      return this;
    }

    public Builder conflictPolicy(ConflictPolicy policy) {
      this.conflictPolicy = policy;
      return this;
    }

    public Builder discounting(Discounting discounting) {
      this.discounting = discounting;
      return this;
    }

    public Builder adjustments(String outcomeId, Adjustments adjustments) {
      this.adjustments.put(outcomeId, adjustments);
      return this;
    }

    public Builder skipInvalid(boolean skip) {
      this.skipInvalid = skip;
      return this;
    }

    public Builder suppressBelow(int n) {
      this.suppressBelow = n;
      return this;
    }

    public Builder breakdowns(List<String> columns) {
      this.breakdowns = columns;
      return this;
    }

    public ValuationSettings build() {
      return new ValuationSettings(this);
    }
  }
}
