package org.impactkit.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.impactkit.Impact;
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
    SroiEvaluations.Request request = sroi.request(map);
    SroiEvaluations.Located located = SroiEvaluations.locate(request);
    String name = located.name() == null ? "impact-map" : located.name();
    OutputOptions.Target target = output.target(map, name, "-sroi", ReportFormat.XLSX);
    SroiResult result = SroiEvaluations.calculate(request, located, sroi::applyTo);
    output.write(target, located.all(),
        (format, stream) -> Impact.write(result, format, stream), (format, path) -> Impact.write(result, format, path));
    output.finish(target, result.warnings(), out -> SroiSummary.print(result, out));
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

    @Option(names = "--discount-rate", paramLabel = "PERCENT", converter = Converters.Percent.class,
        description = "Discount rate in percent (default 3.5, the Green Book rate).")
    BigDecimal discountRate;

    @Option(names = "--discounting", paramLabel = "CONVENTION", completionCandidates = Candidates.Conventions.class,
        description = "year-zero (default: year 1 not discounted) or end-of-year.")
    Discounting.Convention convention;

    /** @throws BaseCommand.UsageException when both an inputs file and a total are given */
    SroiEvaluations.Request request(Path map) {
      if (inputs != null && investment != null) {
        throw new BaseCommand.UsageException("give either --inputs or --investment, not both");
      }
      return new SroiEvaluations.Request(map, inputs, investment);
    }

    void applyTo(org.impactkit.evaluation.Settings.Builder b) {
      b.discountRate(discountRate).discountConvention(convention);
    }
  }
}
