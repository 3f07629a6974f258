package org.impactkit.cli;

import org.impactkit.evaluation.SettingsBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of how values are priced, ranged, simulated and discounted (SPEC §5.4–§5.6, §7), shared by
 * {@code calculate} and {@code validate} (through {@link InputOptions}); prices and discounting are
 * {@link PricingOptions}, which {@code sroi} shares too.
 */
final class ValuationOptions {
  @Mixin PricingOptions pricing = new PricingOptions();

  @Option(names = "--no-range", description = "Give the central figures only, without the low-high range.")
  boolean noRange;

  @Option(names = "--simulate", paramLabel = "N", converter = Converters.Runs.class,
      description = "Run a Monte Carlo of N runs over the value ranges (and evaluation.yaml's spread:).")
  Integer simulate;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the simulation (default 1): the same seed, the"
      + " same figures.")
  Long seed;

  /**
   * Sets what these options give.
   *
   * @throws BaseCommand.UsageException when options exclude each other
   */
  void applyTo(SettingsBuilder b) {
    pricing.applyTo(b);
    b.simulate(simulate).seed(seed);
    if (noRange) {
      b.range(false);
    }
  }
}
