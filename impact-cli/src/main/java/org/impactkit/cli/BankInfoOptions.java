package org.impactkit.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;
import picocli.CommandLine.Option;

/** What a bank file says about itself, for {@code impact bank import}: id, name, version, prices, licence. */
final class BankInfoOptions {
  @Option(names = "--id", paramLabel = "ID", description = "Bank id (default: from the file name).")
  String id;

  @Option(names = "--name", paramLabel = "NAME", description = "Bank name, as reports show it (default: the id).")
  String name;

  @Option(names = "--version", paramLabel = "V", description = "The bank's version (default: 1.0).")
  String version = "1.0";

  @Option(names = "--price-year", required = true, paramLabel = "YEAR",
      description = "The year whose prices the values are in, e.g. 2019.")
  int priceYear;

  @Option(names = "--currency", paramLabel = "CODE", description = "ISO currency code (default: GBP).")
  String currency = "GBP";

  @Option(names = "--uprating", paramLabel = "METHOD", converter = Converters.UpratingMethod.class,
      description = "How the values are uprated to a later year's prices: wellby, deflator or none (default: not"
          + " declared, so reports stay in the bank's prices unless a price year is asked for).")
  Uprating uprating;

  @Option(names = "--licence", paramLabel = "TEXT", description = "The licence the values are held under.")
  String licence;

  @Option(names = "--attribution", paramLabel = "TEXT", description = "The attribution the licence asks for.")
  String attribution;

  /**
   * The bank's description.
   *
   * @param table the value table, whose name gives the id when none is given
   * @throws BaseCommand.UsageException for a price year that is not a year
   */
  ValueBank.Info info(Path table) {
    if (priceYear < 1900 || priceYear > 2200) {
      throw new BaseCommand.UsageException("--price-year: expected a year such as 2019, found " + priceYear);
    }
    return new ValueBank.Info(id != null ? id : idFrom(table), name, version, currency.toUpperCase(Locale.ROOT),
        priceYear, licence, attribution, null, uprating);
  }

  /** A bank id from a file name: {@code My Values 2024.csv} → {@code my-values-2024}. */
  static String idFrom(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String base = (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return base.isEmpty() ? "my-bank" : base;
  }
}
