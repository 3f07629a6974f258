package org.impactkit.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a report goes when the user names no file (SPEC §7): the current folder, unless that would
 * put the report inside the evaluation folder, which impact treats as input and never writes into.
 */
public final class ReportLocations {
  private ReportLocations() {}

  /**
   * The folder for a report written without {@code -o}: {@code workingFolder}, unless it is the
   * evaluation folder or inside it (symbolic links resolved); then the folder that holds the
   * evaluation folder, so the report lands beside the records rather than among them.
   *
   * @param evaluationFolder the evaluation folder being calculated (must exist)
   * @param workingFolder the current folder
   * @return the folder to write into, or {@code null} when the evaluation folder has no parent (a
   *     file-system root) and the working folder is inside it
   * @throws IOException when a folder cannot be resolved
   */
  public static Path defaultFolder(Path evaluationFolder, Path workingFolder) throws IOException {
    Path evaluation = evaluationFolder.toRealPath();
    Path working = workingFolder.toAbsolutePath().toRealPath();
    if (!working.startsWith(evaluation)) {
      return workingFolder;
    }
    return evaluation.getParent();
  }
}
