package org.impactkit.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.impactkit.evaluation.Settings;
import picocli.CommandLine.Option;

/**
 * The options of how values are priced, ranged, simulated and discounted (SPEC §5.4–§5.6, §7), shared by
 * {@code calculate} and {@code validate} (through {@link InputOptions}).
 */
final class ValuationOptions {
  @Option(names = "--price-year", paramLabel = "YEAR", converter = Converters.Year.class,
      description = "Report values in this year's prices (default: the year the period ends, for the open bank).")
  Integer priceYear;

  @Option(names = "--indices", paramLabel = "FILE",
      description = "Price indices (impact/indices/v1) to uprate with, instead of the bundled ONS vintage.")
  Path indices;

  @Option(names = "--no-range", description = "Give the central figures only, without the low-high range.")
  boolean noRange;

  @Option(names = "--simulate", paramLabel = "N", converter = Converters.Runs.class,
      description = "Run a Monte Carlo of N runs over the value ranges (and evaluation.yaml's spread:).")
  Integer simulate;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the simulation (default 1): the same seed, the"
      + " same figures.")
  Long seed;

  @Option(names = "--discount-schedule", paramLabel = "SCHEDULE", converter = Converters.Schedule.class,
      description = "green-book or green-book-health for every outcome (default: health for WELLBY values,"
          + " green-book for the rest).")
  String discountSchedule;

  @Option(names = "--discount-rate", paramLabel = "PERCENT", converter = Converters.Percent.class,
      description = "A flat discount rate in percent for every outcome and year, instead of a schedule.")
  BigDecimal discountRate;

  /**
   * Sets what these options give.
   *
   * @throws BaseCommand.UsageException when options exclude each other
   */
  void applyTo(Settings.Builder b) {
    if (discountSchedule != null && discountRate != null) {
      throw new BaseCommand.UsageException("give either --discount-schedule or --discount-rate, not both");
    }
    b.priceYear(priceYear).indices(indices == null ? null : indices.toString()).simulate(simulate).seed(seed)
        .discountSchedule(discountSchedule).discountRate(discountRate);
    if (noRange) {
      b.range(false);
    }
  }
}
