package org.impactkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  @DisplayName("§3.3: bring-your-own-bank.md names every value table column and says the bank file stays private")
  void bringYourOwnBank() throws IOException {
    String doc = Files.readString(DOCS.resolve("bring-your-own-bank.md"), StandardCharsets.UTF_8);
    for (Field f : BankTableImporter.FIELDS) {
      assertThat(doc).as("column %s", f.name()).contains("| `" + f.name() + "` |");
    }
    assertThat(doc).contains("Your bank file stays with you").contains("never commit it");
  }
}
