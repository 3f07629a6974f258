package org.impactkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.report.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a report goes and in what format ({@code -o}, {@code --format}) and whether a summary is printed
 * ({@code --quiet}): a picocli mixin shared by {@code calculate} and {@code sroi}.
 */
final class OutputOptions {
  /** The command these options are mixed into, for its standard streams. */
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = {"Report file, or folder for csv; '-' for standard output.",
          "Default: <name>-impact.<format> (sroi: <name>-sroi.<format>) in this folder; standard output for"
              + " --format json."})
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Candidates.Formats.class,
      description = {"Report format: xlsx (default: the funder-ready workbook), json, csv (a folder of tables), md"
          + " or html (one page to read on a phone or print on two A4 pages).",
          "json without -o goes to standard output; xlsx and csv need a file or folder."})
  ReportFormat format;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary, warnings or progress.")
  boolean quiet;

  /**
   * Where the report goes.
   *
   * @param format the format to write
   * @param path the file or folder, or {@code null} for standard output
   */
  record Target(ReportFormat format, Path path) {
    /** Whether a summary belongs on standard output (the report is not there). */
    boolean leavesStandardOutput() {
      return path != null && !ReportTarget.isStandardOutput(path);
    }
  }

  /**
   * The report's format and place: {@code --format}, else the {@code -o} file's extension, else JSON for
   * {@code -o -}, else {@code byDefault}; the place as {@link ReportTarget#of} finds it.
   *
   * @param inputFolder the evaluation folder or map the report is named after (and never written into)
   * @param stem the report's name before {@code suffix}
   * @throws BaseCommand.UsageException for a format that cannot go where asked
   */
  Target target(Path inputFolder, String stem, String suffix, ReportFormat byDefault) throws IOException {
    ReportFormat chosen = choose(format, output, byDefault);
    if (format == null && output != null && output.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new BaseCommand.UsageException("a CSV report is a folder of tables: use --format csv -o FOLDER");
    }
    Path path = ReportTarget.of(output, format, inputFolder, stem, suffix, chosen);
    if (path == null && (chosen == ReportFormat.XLSX || chosen.isFolder())) {
      throw new BaseCommand.UsageException("--format " + chosen.id() + " cannot go to standard output; give a "
          + (chosen.isFolder() ? "folder" : "file") + " with -o");
    }
    return new Target(chosen, path);
  }

  /** The format to write: given, else the one {@code output}'s extension names, else JSON for '-', else the default. */
  static ReportFormat choose(ReportFormat given, String output, ReportFormat byDefault) {
    if (given != null) {
      return given;
    }
    if ("-".equals(output)) {
      return ReportFormat.JSON;
    }
    ReportFormat named = output == null ? null : ReportFormat.ofFileName(output);
    return named != null ? named : byDefault;
  }

  /** Writes a report to a stream. */
  interface ToStream {
    void write(ReportFormat format, OutputStream out) throws IOException;
  }

  /** Writes a report to a file or folder. */
  interface ToPath {
    void write(ReportFormat format, Path path) throws IOException;
  }

  /**
   * Writes the report: whole to standard output, or through the library to its file or folder.
   *
   * @param inputs the files read, which the report must not replace
   */
  void write(Target target, List<Path> inputs, ToStream toStream, ToPath toPath) throws IOException {
    if (target.path() == null) {
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      toStream.write(target.format(), report);
      PrintWriter out = command.commandLine().getOut();
      out.print(new String(report.toByteArray(), StandardCharsets.UTF_8));
      out.flush();
    } else {
      ReportTarget.checkNotAnInput(target.path(), inputs);
      toPath.write(target.format(), target.path());
    }
  }

  /**
   * What follows a report unless {@code --quiet}: its warnings (printed by {@code warnings}), and, when
   * the report is not on standard output, the summary and where the report went.
   */
  void finish(Target target, Runnable warnings, Consumer<PrintWriter> summary) {
    if (quiet) {
      return;
    }
    PrintWriter out = command.commandLine().getOut();
    warnings.run();
    if (target.leavesStandardOutput()) {
      summary.accept(out);
      out.println();
      out.println("Report written to " + target.path());
    }
  }
}
