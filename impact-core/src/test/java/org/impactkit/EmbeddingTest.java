package org.impactkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * impact-core as an analyst's program meets it (issue 19, points 2 and 6): in a child JVM with nothing
 * but the library and its own dependencies, on the class path and on the module path. Writing a
 * workbook prints nothing on standard error, and the module exports its API packages only.
 */
class EmbeddingTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path SAMPLE = Path.of("..", "samples", "stepping-out-north-kent-2020").toAbsolutePath();

  /** An analyst's program: only API types, calculating a folder and writing its workbook and a template. */
  private static final String PROGRAM = """
      import java.nio.file.Path;
      import org.impactkit.Impact;
      import org.impactkit.report.ReportFormat;
      import org.impactkit.valuation.CalculationResult;

      public class Program {
        public static void main(String[] args) throws Exception {
          CalculationResult result = Impact.calculate(Path.of(args[0]));
          Impact.write(result, ReportFormat.XLSX, Path.of(args[1], "report.xlsx"));
          Impact.template(Impact.defaultBank(), Impact.DEFAULT_BANK, Path.of(args[1], "template"), false);
          Module m = Impact.class.getModule();
          System.out.println((m.isNamed() ? "module " + m.getName() : "class path") + " "
              + result.totals().roundedSocialValue());
        }
      }
      """;

  @Test
  @DisplayName("on the class path, calculating and writing a workbook prints nothing on standard error")
  void classPath(@TempDir Path dir) throws Exception {
    Run run = run(dir, "-cp", path());
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith("class path " + inProcess());
    assertThat(dir.resolve("report.xlsx")).isNotEmptyFile();
    assertThat(dir.resolve("template").resolve("evaluation.xlsx")).isNotEmptyFile();
  }

  @Test
  @DisplayName("on the module path the same program runs against the named module org.impactkit, as quietly")
  void modulePath(@TempDir Path dir) throws Exception {
    Run run = run(dir, "-p", path(), "--add-modules", "org.impactkit");
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith("module org.impactkit " + inProcess());
    assertThat(dir.resolve("report.xlsx")).isNotEmptyFile();
  }

  @Test
  @DisplayName("the module exports org.impactkit and the API packages, and no internal or implementation package")
  void exports() {
    ModuleDescriptor module = ModuleFinder.of(CLASSES).find("org.impactkit").orElseThrow().descriptor();
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder("org.impactkit", "org.impactkit.model", "org.impactkit.diagnostic",
        "org.impactkit.bank", "org.impactkit.valuation", "org.impactkit.sroi", "org.impactkit.compare",
        "org.impactkit.evaluation", "org.impactkit.report");
    assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(module.packages()).contains("org.impactkit.internal", "org.impactkit.read", "org.impactkit.report.xlsx");
  }

  /** The sample's social value calculated here, in this JVM, as the child prints it. */
  private static String inProcess() throws IOException {
    return Impact.calculate(SAMPLE).totals().roundedSocialValue().toPlainString();
  }

  private record Run(String out, String err) {}

  private static Run run(Path dir, String... pathOptions) throws IOException, InterruptedException {
    Path source = dir.resolve("Program.java");
    Files.writeString(source, PROGRAM, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Xshare:auto"));
    command.addAll(List.of(pathOptions));
    command.addAll(List.of(source.toString(), SAMPLE.toString(), dir.toString()));
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    String out = Files.readString(dir.resolve("out.txt"));
    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(p.exitValue()).as("exit code; stderr: %s", err).isZero();
    return new Run(out, err);
  }

  /** The library and its runtime dependencies only, as the build wrote them. */
  private static String path() throws IOException {
    return CLASSES.toAbsolutePath() + File.pathSeparator
        + Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
  }
}
