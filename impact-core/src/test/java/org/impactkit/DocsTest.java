package org.impactkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.bank.BankTableImporter;
import org.impactkit.read.table.Field;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The documentation names what the code reads, so a column added or renamed in code cannot go undocumented. */
class DocsTest {
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  @DisplayName("§4.3–§4.5, §3.3: docs/input-columns.md names every column and alias the readers accept")
  void everyColumnIsDocumented() throws IOException {
    String doc = Files.readString(DOCS.resolve("input-columns.md"), StandardCharsets.UTF_8);
    for (List<Field> fields : List.of(RecordReaders.ACTIVITY_FIELDS, RecordReaders.PARTICIPANT_FIELDS,
        RecordReaders.COUNT_FIELDS, BankTableImporter.FIELDS)) {
      for (Field f : fields) {
        assertThat(doc).as("column %s", f.name()).contains("| `" + f.name() + "` |");
        for (String alias : f.aliases()) {
          assertThat(doc).as("alias %s of %s", alias, f.name()).contains("`" + alias + "`");
        }
      }
    }
  }

  @Test
  @DisplayName("§2: docs/architecture.md names every package of impact-core, and each package says its job")
  void everyPackageIsOnTheArchitecturePage() throws IOException {
    String doc = Files.readString(DOCS.resolve("architecture.md"), StandardCharsets.UTF_8);
    Path root = Path.of("src", "main", "java", "org", "impactkit");
    List<Path> packages;
    try (Stream<Path> dirs = Files.walk(root)) {
      packages = dirs.filter(Files::isDirectory).filter(DocsTest::holdsJava).toList();
    }
    assertThat(packages).as("packages found").hasSizeGreaterThan(20);
    for (Path dir : packages) {
      assertThat(dir.resolve("package-info.java")).as("the package doc of %s", dir).isRegularFile();
      if (!dir.equals(root)) {
        String name = root.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), ".");
        assertThat(doc).as("package %s on the architecture page", name).contains("`" + name + "`");
      }
    }
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("§3.3: bring-your-own-bank.md names every value table column and says the bank file stays private")
  void bringYourOwnBank() throws IOException {
    String doc = Files.readString(DOCS.resolve("bring-your-own-bank.md"), StandardCharsets.UTF_8);
    for (Field f : BankTableImporter.FIELDS) {
      assertThat(doc).as("column %s", f.name()).contains("| `" + f.name() + "` |");
    }
    assertThat(doc).contains("Your bank file stays with you").contains("never commit it");
  }
}
