package org.impactkit.cli;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SroiEvaluations;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.report.csv.SroiCsv;
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

  @Option(names = "--inputs", paramLabel = "FILE",
      description = "Investment by stakeholder: columns stakeholder, description, value.")
  Path inputs;

  @Option(names = "--investment", paramLabel = "N", converter = Converters.Money.class,
      description = "Total investment, instead of an inputs file.")
  BigDecimal investment;

  @Mixin PricingOptions pricing = new PricingOptions();

  @Option(names = "--discounting", paramLabel = "CONVENTION", converter = Converters.Convention.class,
      description = "year-zero (default: year 1 not discounted) or end-of-year.")
  Discounting.Convention convention;

  @Option(names = "--currency", paramLabel = "CODE", converter = Converters.Currency.class,
      description = "ISO 4217 currency of the map's money, e.g. AUD (default GBP, or the bank's for records).")
  String currency;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Report file ('-' for standard output). Default: <map-name>-sroi.<format> here.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Report format: xlsx, json, md, or csv (a folder of tables).")
  OutputFormat format;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
  boolean quiet;

  @Override
  int execute() throws Exception {
    if (inputs != null && investment != null) {
      throw new UsageException("give either --inputs or --investment, not both");
    }
    pricing.applyTo(Settings.builder()); // usage errors in the options before anything is read
    var request = new SroiEvaluations.Request(map, inputs, investment);
    var located = SroiEvaluations.locate(request);
    OutputFormat chosen = format();
    if (format == null && output != null && output.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new UsageException("a CSV report is a folder of tables: use --format csv -o FOLDER");
    }
    Path target = target(chosen, located.name());
    if (target == null && (chosen == OutputFormat.XLSX || chosen == OutputFormat.CSV)) {
      throw new UsageException("--format " + chosen.name().toLowerCase(Locale.ROOT)
          + " cannot go to standard output; give a " + (chosen == OutputFormat.CSV ? "folder" : "file") + " with -o");
    }
    if (target != null) {
      ReportTarget.checkNotAnInput(target, located.all());
    }
    SroiResult result = SroiEvaluations.calculate(request, located,
        b -> {
          pricing.applyTo(b);
          b.discountConvention(convention).currency(currency);
        });
    if (chosen == OutputFormat.CSV) {
      SroiCsv.write(result, target);
    } else if (target == null) {
      byte[] report = render(result, chosen);
      out().print(new String(report, StandardCharsets.UTF_8));
      out().flush();
    } else {
      byte[] report = render(result, chosen);
      AtomicFiles.write(target, o -> o.write(report));
    }
    if (!quiet) {
      for (Diagnostic d : result.warnings()) {
        err().println(Messages.render(d));
      }
      if (target != null && !ReportTarget.isStandardOutput(target)) {
        SroiSummary.print(result, out());
        out().println();
        out().println("Report written to " + target);
      }
    }
    return ExitCodes.OK;
  }

  private OutputFormat format() {
    return OutputFormat.choose(format, output, SroiReports.DEFAULT_FORMAT);
  }

  private Path target(OutputFormat chosen, String name) throws java.io.IOException {
    return ReportTarget.of(output, format, map, name == null ? "impact-map" : name, "-sroi", chosen);
  }

  private byte[] render(SroiResult result, OutputFormat chosen) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!SroiReports.write(result, chosen, bytes)) {
      throw new UsageException("--format " + chosen.name().toLowerCase(Locale.ROOT)
          + " is not available for sroi; use --format xlsx, json, md or csv");
    }
    return bytes.toByteArray();
  }
}
