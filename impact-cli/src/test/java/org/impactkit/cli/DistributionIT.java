package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.impactkit.Impact;
import org.impactkit.valuation.Formats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip as a user meets it (issue 19): unzipped anywhere, run from another folder with
 * only a Java on the PATH, on the class path through bin/impact and on the module path by hand.
 */
class DistributionIT {
  @TempDir static Path unpacked;
  static Path home;

  @BeforeAll
  static void unzip() throws IOException {
    Path zip = Path.of(System.getProperty("impact.distribution"));
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path to = unpacked.resolve(e.getName()).normalize();
        assertThat(to.startsWith(unpacked)).as("inside the folder: %s", e.getName()).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          Files.copy(in, to);
        }
      }
    }
    home = unpacked.resolve("impact-" + System.getProperty("impact.version"));
    // What unzip does with the mode the zip records for bin/impact.
    Files.setPosixFilePermissions(home.resolve("bin/impact"), java.util.EnumSet.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE));
  }

  @Test
  @DisplayName("the zip holds bin/impact, bin/impact.bat (CRLF), lib/*.jar, README.md, LICENSE and the samples")
  void contents() throws IOException {
    assertThat(home.resolve("bin/impact")).isRegularFile();
    String bat = Files.readString(home.resolve("bin/impact.bat"), StandardCharsets.UTF_8);
    assertThat(bat).contains("org.impactkit.cli.Main %*").contains("\r\n").doesNotContain("\n\n");
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
    assertThat(home.resolve("samples/stepping-out-north-kent-2020/participants.csv")).isRegularFile();
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
      assertThat(jars).allMatch(n -> n.endsWith(".jar"))
          .anyMatch(n -> n.startsWith("impact-cli-")).anyMatch(n -> n.startsWith("impact-core-"))
          .noneMatch(n -> n.startsWith("picocli")); // compiled into impact-cli
    }
  }

  @Test
  @DisplayName("bin/impact --version works from any folder, with only java on the PATH")
  void versionFromAnywhere(@TempDir Path elsewhere) throws Exception {
    Run run = run(elsewhere, "sh", home.resolve("bin/impact").toString(), "--version");
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).startsWith("impact " + System.getProperty("impact.version"));
    assertThat(run.err).isEmpty();
  }

  @Test
  @DisplayName("bin/impact through a symbolic link calculates a sample quietly, writing the workbook")
  void calculateThroughALink() throws Exception {
    // Beside the distribution, in the same temporary folder, so cleaning up follows no link out of it.
    Path elsewhere = Files.createDirectories(unpacked.resolve("elsewhere"));
    Path link = Files.createSymbolicLink(elsewhere.resolve("impact"), home.resolve("bin/impact"));
    Run run = run(elsewhere, link.toString(), "calculate", home.resolve("samples/stepping-out-north-kent-2020").toString(),
        "-o", "report.xlsx", "-q");
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    assertThat(elsewhere.resolve("report.xlsx")).isNotEmptyFile();
  }

  @Test
  @DisplayName("the tool runs on the module path: java -p lib -m org.impactkit.cli/org.impactkit.cli.Main")
  void modulePath(@TempDir Path elsewhere) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String lib = home.resolve("lib").toString();
    Run version = run(elsewhere, java, "-p", lib, "-m", "org.impactkit.cli/org.impactkit.cli.Main", "--version");
    assertThat(version.code).as(version.err).isZero();
    assertThat(version.out).startsWith("impact " + System.getProperty("impact.version"));
    Run calculate = run(elsewhere, java, "-p", lib, "-m", "org.impactkit.cli/org.impactkit.cli.Main", "calculate",
        home.resolve("samples/stepping-out-north-kent-2020").toString(), "--format", "md", "-o", "summary.md", "-q");
    assertThat(calculate.code).as(calculate.err).isZero();
    assertThat(calculate.err).isEmpty();
    assertThat(Files.readString(elsewhere.resolve("summary.md"))).contains(Formats.money(
        Impact.calculate(home.resolve("samples/stepping-out-north-kent-2020")).totals().socialValue(), "GBP"));
  }

  private record Run(int code, String out, String err) {}

  /** Runs a command in {@code dir} with a PATH holding this JVM's java and the usual system folders. */
  private static Run run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.remove("JAVA_HOME");
    env.remove("JAVA_OPTS");
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
