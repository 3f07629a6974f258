package org.impactkit.internal;

import java.util.Locale;

/** How money of a currency is written: the symbol that money cells may carry and reports show. */
public final class Currencies {
  private Currencies() {}

  /** The symbol for an ISO 4217 code ({@code £} for GBP), or the code itself for a currency without one here. */
  public static String symbol(String currency) {
    return switch (currency.toUpperCase(Locale.ROOT)) {
      case "GBP" -> "£";
      case "EUR" -> "€";
      case "USD" -> "$";
      case "AUD" -> "A$";
      case "CAD" -> "C$";
      case "NZD" -> "NZ$";
      default -> currency;
    };
  }
}
