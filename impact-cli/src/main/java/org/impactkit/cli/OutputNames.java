package org.impactkit.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.impactkit.report.ReportFormat;

/**
 * The rule that {@code -o}'s extension says what is in the file: a report is never written under an
 * extension that is not its format's ({@code -o report.pdf} would get a workbook named {@code .pdf}), and a
 * folder of CSV tables never under a file's name. Checked before anything is read.
 */
final class OutputNames {
  private OutputNames() {}

  /**
   * What a command writes: its formats and whether its CSV is one file (as {@code compare}'s) rather than a
   * folder of tables.
   *
   * @param formats the formats it writes
   * @param csvIsFile whether a CSV report is one {@code .csv} file
   */
  record Writes(List<ReportFormat> formats, boolean csvIsFile) {
    /** {@code calculate}: every format, CSV as a folder. */
    static final Writes CALCULATION = new Writes(List.of(ReportFormat.values()), false);
    /** {@code sroi}: no HTML page, CSV as a folder. */
    static final Writes SROI = new Writes(
        List.of(ReportFormat.XLSX, ReportFormat.JSON, ReportFormat.CSV, ReportFormat.MD), false);
    /** {@code compare}: every format, CSV as one table. */
    static final Writes COMPARISON = new Writes(List.of(ReportFormat.values()), true);

    String extension(ReportFormat f) {
      return f == ReportFormat.CSV && csvIsFile ? "csv" : f.extension();
    }

    /** The format an extension names, or {@code null}. */
    ReportFormat named(String extension) {
      return formats.stream().filter(f -> extension.equals(extension(f))).findFirst().orElse(null);
    }

    /** E.g. {@code .xlsx, .json, .md or .html}. */
    String extensions() {
      List<String> all = formats.stream().map(this::extension).filter(e -> e != null).map(e -> "." + e).toList();
      return all.size() == 1 ? all.get(0)
          : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
  }

  /**
   * Refuses an {@code -o} whose extension is not that of the report's format.
   *
   * @param output {@code -o} as given, or {@code null}
   * @param given {@code --format}, or {@code null}
   * @param writes what the command writes
   * @throws BaseCommand.UsageException when the name and the format disagree, or name a format impact does
   *     not write
   */
  static void check(String output, ReportFormat given, Writes writes) {
    if (output != null && output.isBlank()) {
      throw new BaseCommand.UsageException("-o needs a file name, or - for standard output");
    }
    String name = fileName(output);
    String extension = name == null ? null : extension(name);
    if (extension == null || isPipeOrDevice(Path.of(output))) {
      return; // no extension (or a pipe or device, whose name says nothing of its contents): as always
    }
    if (extension.equals("pdf")) {
      throw new BaseCommand.UsageException("-o " + output + ": impact does not write PDF; "
          + (writes.formats().contains(ReportFormat.HTML) ? "write --format html and print it, or " : "")
          + "open the workbook and print it");
    }
    ReportFormat named = writes.named(extension);
    if (given == null) {
      if (named == null && !(extension.equals("csv") && writes.formats().contains(ReportFormat.CSV))) {
        throw new BaseCommand.UsageException("-o " + output + ": impact does not write ." + extension
            + " files; end the name in " + writes.extensions()
            + (writes.csvIsFile() ? "" : ", or give --format csv and a folder"));
      }
      return; // the extension chooses the format (a .csv one is refused where CSV is a folder)
    }
    String stem = name.substring(0, name.length() - extension.length() - 1);
    if (given.isFolder() && !writes.csvIsFile()) {
      if (Files.isDirectory(Path.of(output))) {
        return; // a folder that exists already: the tables go into it, as always
      }
      throw new BaseCommand.UsageException("-o " + output + ": --format csv writes a folder of tables, and ."
          + extension + " is a file's extension; give a folder without one, e.g. -o " + sibling(output, stem));
    }
    String expected = writes.extension(given);
    if (!extension.equals(expected)) {
      throw new BaseCommand.UsageException("-o " + output + ": a --format " + given.id() + " report's name ends in ."
          + expected + ", not ." + extension + "; name it " + sibling(output, stem + "." + expected)
          + (named == null ? "" : ", or leave out --format to write " + named.id()));
    }
  }

  /** The last part of {@code output}'s path, or {@code null} for standard output, none or a name no path takes. */
  private static String fileName(String output) {
    if (output == null || output.equals("-")) {
      return null;
    }
    try {
      Path last = Path.of(output).getFileName();
      return last == null ? null : last.toString();
    } catch (InvalidPathException e) {
      return null; // writing will say what is wrong with it
    }
  }

  /**
   * The extension of a file name in lower case: after its last dot, letters and digits with at least one
   * letter ({@code report.2024} has none, nor has {@code .profile}); or {@code null}.
   */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return null;
    }
    String e = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    boolean plain = e.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    return plain && e.chars().anyMatch(Character::isLetter) ? e : null;
  }

  /** Whether {@code p} is a named pipe or a device (say {@code /dev/null}): there, but neither file nor folder. */
  private static boolean isPipeOrDevice(Path p) {
    return Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p);
  }

  /** {@code output} with its last part replaced by {@code name}. */
  private static String sibling(String output, String name) {
    Path parent = Path.of(output).getParent();
    return parent == null ? name : parent.resolve(name).toString();
  }
}
