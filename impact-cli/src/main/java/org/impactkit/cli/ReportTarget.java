package org.impactkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.EvaluationFiles;
import org.impactkit.report.ReportFormat;
import org.impactkit.report.ReportLocations;

/** Where a command's report goes by default, and the rule that a report never overwrites an input. */
final class ReportTarget {
  private ReportTarget() {}

  /**
   * The report's file as the user gave it with {@code -o}, or {@code null} for standard output ({@code -o -},
   * or JSON asked for without {@code -o}), or else {@link #byDefault}'s.
   */
  static Path of(String output, ReportFormat given, Path evaluationFolder, String stem, String suffix,
      ReportFormat chosen) throws IOException {
    if ("-".equals(output) || (output == null && given == ReportFormat.JSON)) {
      return null;
    }
    return output != null ? Path.of(output) : byDefault(evaluationFolder, stem, suffix, chosen.extension());
  }

  /**
   * {@code <stem><suffix>.<extension>} in the current folder, or beside the evaluation folder when the
   * current folder is inside it.
   *
   * @param evaluationFolder the input folder, or {@code null} when the inputs were named as files
   * @param stem the report's name before the suffix (the evaluation's)
   * @param suffix e.g. {@code -impact}
   * @param extension e.g. {@code xlsx}, or {@code null} for a folder of tables
   */
  static Path byDefault(Path evaluationFolder, String stem, String suffix, String extension) throws IOException {
    Path file = Path.of(stem + suffix + (extension == null ? "" : "." + extension));
    if (evaluationFolder == null || !Files.isDirectory(evaluationFolder)) {
      return file;
    }
    Path here = Path.of("");
    Path folder = ReportLocations.defaultFolder(evaluationFolder, here);
    if (folder == null) {
      throw new BaseCommand.UsageException("the current folder is inside the evaluation folder " + evaluationFolder
          + ", and impact never writes into its inputs; choose where the report goes with -o FILE");
    }
    return folder.equals(here) ? file : folder.resolve(file);
  }

  /** Refuses a target that is one of the inputs (also through symbolic links). */
  static void checkNotAnInput(Path target, List<Path> inputs) throws IOException {
    if (isInput(target, inputs)) {
      throw new InvalidInputException(Diagnostic.error(target.toString(), 0, null,
          "this is one of the inputs; impact never writes over its inputs, choose another -o"));
    }
    Path name = target.getFileName();
    if (name != null && EvaluationFiles.readsAsInput(name.toString()) && inInputsFolder(target, inputs)) {
      throw new InvalidInputException(Diagnostic.error(target.toString(), 0, null, "a file of this name in the"
          + " evaluation's folder is read as one of its inputs, so the next run would read this report (or refuse"
          + " it as a second copy of a table); choose another name or folder for -o"));
    }
  }

  /**
   * Whether {@code target} would sit in an evaluation's folder: the folder of an input that is itself
   * one of a folder's inputs by name (not a bank, price indices or a report being compared).
   */
  private static boolean inInputsFolder(Path target, List<Path> inputs) throws IOException {
    Path folder = target.toAbsolutePath().normalize().getParent();
    for (Path input : inputs) {
      Path inputName = input.getFileName();
      if (inputName == null || !EvaluationFiles.readsAsInput(inputName.toString())) {
        continue;
      }
      Path inputFolder = input.toAbsolutePath().normalize().getParent();
      if (folder != null && inputFolder != null && Files.isDirectory(folder) && Files.isDirectory(inputFolder)
          && Files.isSameFile(folder, inputFolder)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code target} is one of the inputs, symbolic links followed. */
  static boolean isInput(Path target, List<Path> inputs) throws IOException {
    Path t = target.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (Files.exists(t) && Files.exists(input) && Files.isSameFile(t, input)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code target} is where standard output goes ({@code -o /dev/stdout}): the report is
   * written straight into it, and the summary stays off it, as with {@code -o -}.
   */
  static boolean isStandardOutput(Path target) {
    Path stdout = Path.of("/dev/stdout");
    try {
      return Files.exists(stdout) && Files.exists(target) && Files.isSameFile(target, stdout);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
