package org.impactkit.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.impactkit.model.Period;

/**
 * One year's figures as a {@code calculate} report holds them ({@code impact/calculate/v1}, money
 * rounded to pence): what a comparison needs, read back from the JSON.
 *
 * @param file the report's file as the user named it, for messages
 * @param name the evaluation's name, or {@code null}
 * @param period the evaluation period, or {@code null}
 * @param bank the value bank the figures were calculated with
 * @param priceYear the year whose prices the money figures are in (the report's; the bank's when the
 *     report does not say)
 * @param indices the price indices the report was uprated with (e.g. {@code ons-2025-06}), or {@code null}
 * @param totals the headline figures, by measure ({@code RATIO} absent when nothing was invested)
 * @param byAgeBand every band, in bank order
 * @param byOutcome every outcome claimed
 * @param byActivity every activity
 */
public record YearResult(
    String file,
    String name,
    Period period,
    Bank bank,
    int priceYear,
    String indices,
    Map<Measure, BigDecimal> totals,
    List<Item> byAgeBand,
    List<Item> byOutcome,
    List<Item> byActivity) {

  public YearResult {
    Objects.requireNonNull(bank, "bank");
    totals = Map.copyOf(totals);
    byAgeBand = List.copyOf(byAgeBand);
    byOutcome = List.copyOf(byOutcome);
    byActivity = List.copyOf(byActivity);
  }

  /** The year as people name it: {@code 2024/25}, {@code 2020}, or the evaluation's name or file. */
  public String label() {
    if (period != null) {
      return period.label();
    }
    return name != null ? name : file;
  }

  /**
   * The value bank behind the figures.
   *
   * @param id its id
   * @param version its version ({@code ""} when it has none)
   * @param currency ISO 4217 code
   * @param priceYear the year whose prices its values are in
   */
  public record Bank(String id, String version, String currency, int priceYear) {
    /** {@code uk-wellby-open 1.0.0}. */
    public String describe() {
      return id + (version == null || version.isEmpty() ? "" : " " + version);
    }
  }

  /**
   * One band, outcome or activity and its figures.
   *
   * @param id the bank's or the input's id
   * @param label its name in words
   * @param figures its figures, by measure (only those the report gives for it)
   */
  public record Item(String id, String label, Map<Measure, BigDecimal> figures) {
    public Item {
      figures = Map.copyOf(figures);
    }
  }
}
