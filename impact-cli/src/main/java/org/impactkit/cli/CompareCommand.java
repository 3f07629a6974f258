package org.impactkit.cli;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.Impact;
import org.impactkit.compare.Comparison;
import org.impactkit.compare.Measure;
import org.impactkit.report.ReportFormat;
import org.impactkit.valuation.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact compare OLD.json NEW.json}: two years' results side by side (SPEC §8.3). */
@Command(
    name = "compare",
    description = {"Compare two years: two reports of 'impact calculate --format json' side by side, with the change"
        + " in each figure. The older year is restated in the newer year's prices when they differ."},
    sortOptions = false)
final class CompareCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier year's report (impact/calculate/v1).")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW.json", description = "The later year's report.")
  Path newer;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The comparison's file ('-' for standard output). Default: <NEW>-compared.<format> here;"
          + " --format json without -o writes to standard output.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Candidates.Formats.class,
      description = "xlsx (default), json, csv (one table), md or html.")
  ReportFormat format;

  @Option(names = "--allow-bank-change",
      description = "Compare reports valued with different value banks (the report says so).")
  boolean allowBankChange;

  @Option(names = "--indices", paramLabel = "FILE",
      description = "Price indices (impact/indices/v1) to restate the older year with; default: those bundled.")
  Path indices;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
  boolean quiet;

  @Override
  int execute() throws Exception {
    OutputNames.check(output, format, OutputNames.Writes.COMPARISON);
    ReportFormat chosen = chosen();
    Path target = target(chosen);
    if (target == null && chosen == ReportFormat.XLSX) {
      throw new UsageException("--format xlsx cannot go to standard output; give a file with -o");
    }
    if (target != null) {
      ReportTarget.checkNotAnInput(target, indices == null ? List.of(older, newer) : List.of(older, newer, indices));
    }
    if (Files.exists(older) && Files.exists(newer) && Files.isSameFile(older, newer)) {
      throw new UsageException("the older and the newer report are the same file, " + newer
          + "; compare two years' reports");
    }
    Comparison c = Impact.compare(older, newer, indices, allowBankChange);
    if (!quiet) {
      c.warnings().forEach(w -> err().println("impact: warning: " + w));
    }
    if (target == null) {
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      Impact.write(c, chosen, report);
      out().print(new String(report.toByteArray(), StandardCharsets.UTF_8));
      out().flush();
    } else {
      Impact.write(c, chosen, target);
    }
    if (!quiet && target != null && !ReportTarget.isStandardOutput(target)) {
      summary(c);
      out().println("Comparison written to " + target);
    }
    return ExitCodes.OK;
  }

  /** As {@code calculate}, with csv a single file here (one tidy table). */
  private ReportFormat chosen() {
    if (format != null) {
      return format;
    }
    String extension = output == null ? null : OutputNames.extension(output);
    if (extension != null && OutputNames.Writes.COMPARISON.named(extension) == ReportFormat.CSV) {
      return ReportFormat.CSV;
    }
    return OutputOptions.choose(null, output, ReportFormat.XLSX);
  }

  private Path target(ReportFormat chosen) throws java.io.IOException {
    if ("-".equals(output) || (output == null && format == ReportFormat.JSON)) {
      return null;
    }
    if (output != null) {
      return Path.of(output);
    }
    Path name = newer.getFileName();
    String stem = name == null ? "comparison" : name.toString().replaceFirst("\\.[^.]*$", "");
    return ReportTarget.byDefault(null, stem, "-compared", OutputNames.Writes.COMPARISON.extension(chosen));
  }

  /** Social value, return and participants in both years, and the change. */
  private void summary(Comparison c) {
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(new String[] {"", c.older().label(), c.newer().label(), "Change"});
    for (var l : c.totals()) {
      if (l.measure() == Measure.SOCIAL_VALUE || l.measure() == Measure.INVESTMENT || l.measure() == Measure.RATIO
          || l.measure() == Measure.PARTICIPANTS) {
        rows.add(new String[] {l.measure().words(), shown(c, l.measure(), l.older()),
            shown(c, l.measure(), l.newer()), shown(c, l.measure(), l.change())});
      }
    }
    Table.print(rows, out(), 1);
    Comparison.Restatement r = c.restatement();
    if (r != null) {
      // the older year's money differs from its own report's: say why, with the figure it reported
      BigDecimal reported = c.totals().stream().filter(l -> l.measure() == Measure.SOCIAL_VALUE).findFirst()
          .map(Comparison.Line::olderAsReported).orElse(null);
      out().println();
      out().println(c.older().label() + " is restated in " + r.to() + " prices (× " + r.factor().setScale(6, RoundingMode.HALF_UP)
          .stripTrailingZeros().toPlainString() + ", price indices " + r.indices() + ")" + (reported == null ? "" : "; its own report"
              + " gives a social value of " + shown(c, Measure.SOCIAL_VALUE, reported)) + ".");
    }
    out().println();
  }

  private static String shown(Comparison c, Measure m, BigDecimal v) {
    if (v == null) {
      return "-";
    }
    return m.kind() == Measure.Kind.COUNT ? Formats.count(v.longValue())
        : Formats.money(v, c.newer().bank().currency());
  }
}
