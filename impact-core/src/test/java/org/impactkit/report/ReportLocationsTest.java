package org.impactkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §7: the default report location is never inside the evaluation folder. */
class ReportLocationsTest {
  @TempDir Path root;

  @Test
  @DisplayName("§7 default output: outside the evaluation folder, the report goes in the current folder")
  void currentFolder() throws IOException {
    Path eval = Files.createDirectories(root.resolve("eval"));
    Path elsewhere = Files.createDirectories(root.resolve("reports"));
    assertThat(ReportLocations.defaultFolder(eval, elsewhere)).isSameAs(elsewhere);
    assertThat(ReportLocations.defaultFolder(eval, root)).isSameAs(root);
  }

  @Test
  @DisplayName("§7 default output: inside the evaluation folder (or below it), the report goes beside it")
  void besideTheEvaluationFolder() throws IOException {
    Path eval = Files.createDirectories(root.resolve("eval"));
    Path below = Files.createDirectories(eval.resolve("sub/deeper"));
    assertThat(ReportLocations.defaultFolder(eval, eval)).isEqualTo(root.toRealPath());
    assertThat(ReportLocations.defaultFolder(eval, below)).isEqualTo(root.toRealPath());
  }

  @Test
  @DisplayName("§7 default output: a symbolic link to the evaluation folder is seen through")
  void throughLinks() throws IOException {
    Path eval = Files.createDirectories(root.resolve("eval"));
    Path link = Files.createSymbolicLink(root.resolve("link"), eval);
    assertThat(ReportLocations.defaultFolder(link, eval)).isEqualTo(root.toRealPath());
    assertThat(ReportLocations.defaultFolder(eval, link)).isEqualTo(root.toRealPath());
  }

  @Test
  @DisplayName("§7 default output: a sibling folder whose name starts the same is not inside")
  void siblingWithSamePrefix() throws IOException {
    Path eval = Files.createDirectories(root.resolve("eval"));
    Path sibling = Files.createDirectories(root.resolve("eval-2"));
    assertThat(ReportLocations.defaultFolder(eval, sibling)).isSameAs(sibling);
  }
}
