package org.impactkit.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.impactkit.Impact;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SettingsBuilder;
import org.impactkit.evaluation.SroiEvaluations;
import org.impactkit.report.ReportFormat;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.Discounting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact sroi}: SROI from an impact map (SPEC §6, §7). */
@Command(
    name = "sroi",
    description = "Calculate SROI from an impact map: present value, ratio, payback and sensitivity.",
    sortOptions = false)
final class SroiCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "MAP",
      description = "Impact map: a CSV file, a workbook (sheet 'Impact Map'), or a folder holding impact-map.csv"
          + " (and inputs.csv).")
  Path map;

  @Mixin SroiOptions sroi = new SroiOptions();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  int execute() throws IOException {
    if (OutputOptions.choose(output.format, output.output, ReportFormat.XLSX) == ReportFormat.HTML) {
      throw new UsageException("--format html is not available for sroi; use --format xlsx, json, md or csv");
    }
    OutputNames.check(output.output, output.format, OutputNames.Writes.SROI);
    SroiEvaluations.Request request = sroi.request(map);
    SroiEvaluations.Located located = SroiEvaluations.locate(request);
    String name = located.name() == null ? "impact-map" : located.name();
    OutputOptions.Target target = output.target(map, name, "-sroi", ReportFormat.XLSX);
    SroiResult result = SroiEvaluations.calculate(request, located, sroi::applyTo);
    output.write(target, located.all(),
        (format, stream) -> Impact.write(result, format, stream), (format, path) -> Impact.write(result, format, path));
    output.finish(target, () -> {
      printWarnings(result.warnings());
      printChecks(result.checks(), false);
    }, out -> SroiSummary.print(result, out));
    return ExitCodes.OK;
  }

  /** What an SROI reads besides its map, and how it discounts. */
  static final class SroiOptions {
    @Option(names = "--inputs", paramLabel = "FILE",
        description = "Investment by stakeholder: columns stakeholder, description, value.")
    Path inputs;

    @Option(names = "--investment", paramLabel = "N", converter = Converters.Money.class,
        description = "Total investment, instead of an inputs file.")
    BigDecimal investment;

    @Mixin PricingOptions pricing = new PricingOptions();

    @Option(names = "--discounting", paramLabel = "CONVENTION", completionCandidates = Candidates.Conventions.class,
        description = "year-zero (default: year 1 not discounted) or end-of-year.")
    Discounting.Convention convention;

    @Option(names = "--currency", paramLabel = "CODE", converter = Converters.Currency.class,
        description = "ISO 4217 currency of the map's money, e.g. AUD (default GBP, or the bank's for records).")
    String currency;

    /** @throws BaseCommand.UsageException when options exclude each other */
    SroiEvaluations.Request request(Path map) {
      if (inputs != null && investment != null) {
        throw new BaseCommand.UsageException("give either --inputs or --investment, not both");
      }
      pricing.applyTo(Settings.builder()); // usage errors in the options before anything is read
      return new SroiEvaluations.Request(map, inputs, investment);
    }

    void applyTo(SettingsBuilder b) {
      pricing.applyTo(b);
      b.discountConvention(convention).currency(currency);
    }
  }
}
