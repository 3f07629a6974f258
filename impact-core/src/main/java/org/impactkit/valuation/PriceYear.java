package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;
import org.impactkit.internal.Texts;

/**
 * The prices a report's figures are in (SPEC §5.4): what every report states, and what the {@code
 * price-year} check reads.
 *
 * @param bank the year whose prices the bank's values are in
 * @param report the year whose prices the report's figures are in
 * @param factors the factor taking a value of the bank's year to the report's, for each method the bank's
 *     outcomes use ({@code deflator} for those that declare none) and for {@code none}
 * @param indices the vintage of the price indices used, e.g. {@code ons-2025-06}
 * @param latestIndexYear the last year the GDP deflator covers
 * @param capped whether the report's year was brought back to {@code latestIndexYear} because the
 *     period ends later
 * @param realIncomeMissing whether WELLBY uprating had to leave out real-income growth (real GDP per
 *     head missing for a year it needed) and used the deflator alone
 * @param upratingDeclared whether the bank (or one of its outcomes) declares an uprating method
 * @param notStated the outcomes claimed whose source states no price year (the bank's is assumed)
 */
public record PriceYear(
    int bank, int report, Map<Uprating, BigDecimal> factors, String indices, int latestIndexYear, boolean capped,
    boolean realIncomeMissing, boolean upratingDeclared, List<String> notStated) {
  /**
   * Creates the record, copying its map and list.
   *
   * @param bank the year whose prices the bank's values are in
   * @param report the year whose prices the report's figures are in
   * @param factors the factor taking a value of the bank's year to the report's, for each method the bank's
   *     outcomes use ({@code deflator} for those that declare none) and for {@code none}
   * @param indices the vintage of the price indices used, e.g. {@code ons-2025-06}
   * @param latestIndexYear the last year the GDP deflator covers
   * @param capped whether the report's year was brought back to {@code latestIndexYear} because the
   *     period ends later
   * @param realIncomeMissing whether WELLBY uprating had to leave out real-income growth (real GDP per
   *     head missing for a year it needed) and used the deflator alone
   * @param upratingDeclared whether the bank (or one of its outcomes) declares an uprating method
   * @param notStated the outcomes claimed whose source states no price year (the bank's is assumed)
   */
  public PriceYear {
    factors = Map.copyOf(factors);
    notStated = List.copyOf(notStated);
  }

  /** {@return whether values were brought to another year's prices: some factor is not exactly 1} */
  public boolean uprated() {
    return factors.values().stream().anyMatch(f -> f.compareTo(BigDecimal.ONE) != 0);
  }

  /**
   * The outcomes of {@link #notStated} by their names, as a reader of the report knows them.
   *
   * @param bank the bank the ids are of
   * @return the names, e.g. {@code Volunteered regularly, Took part in sport regularly and Engaged in the arts}
   */
  public String notStatedNames(ValueBank bank) {
    return Texts.listed(notStated.stream().map(id -> bank.outcome(id).map(Outcome::name).orElse(id)).toList());
  }

  /** The same, naming the outcomes claimed whose price year is not stated. */
  PriceYear withNotStated(List<String> outcomes) {
    return new PriceYear(bank, report, factors, indices, latestIndexYear, capped, realIncomeMissing,
        upratingDeclared, outcomes);
  }
}
