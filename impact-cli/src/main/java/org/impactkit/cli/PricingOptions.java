package org.impactkit.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.impactkit.evaluation.SettingsBuilder;
import picocli.CommandLine.Option;

/**
 * The options of prices and discounting (SPEC §5.4, §5.6, §6), shared by {@code calculate}, {@code
 * validate} (through {@link ValuationOptions}) and {@code sroi}, so that they read and check alike.
 */
final class PricingOptions {
  @Option(names = "--price-year", paramLabel = "YEAR", converter = Converters.Year.class,
      description = "Report values in this year's prices (default: the year the period ends for the open bank;"
          + " for an impact map, the latest price_year it gives).")
  Integer priceYear;

  @Option(names = "--indices", paramLabel = "FILE",
      description = "Price indices (impact/indices/v1) to uprate with, instead of the bundled ONS UK deflator.")
  Path indices;

  @Option(names = "--discount-schedule", paramLabel = "SCHEDULE", converter = Converters.Schedule.class,
      description = "green-book or green-book-health for every outcome (default: the health schedule for WELLBY"
          + " values and green-book for the rest; green-book for an impact map).")
  String discountSchedule;

  @Option(names = "--discount-rate", paramLabel = "PERCENT", converter = Converters.Percent.class,
      description = "A flat discount rate in percent for every outcome and year, instead of a schedule (the Green"
          + " Book's: 3.5%% for years 0-30, 3.0%% from year 31, lower later).")
  BigDecimal discountRate;

  /**
   * Sets what these options give.
   *
   * @throws BaseCommand.UsageException when options exclude each other
   */
  void applyTo(SettingsBuilder b) {
    if (discountSchedule != null && discountRate != null) {
      throw new BaseCommand.UsageException("give either --discount-schedule or --discount-rate, not both");
    }
    b.priceYear(priceYear).indices(indices == null ? null : indices.toString()).discountSchedule(discountSchedule)
        .discountRate(discountRate);
  }
}
