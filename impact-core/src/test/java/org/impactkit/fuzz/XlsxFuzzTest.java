package org.impactkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.model.RecordSink;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the XLSX reader (issue 8): any bytes saved as a {@code .xlsx} file, opened by {@link Tables}
 * and read as participants, end in rows or the project's {@link InvalidInputException} with one
 * bounded line, never another exception.
 *
 * <p>Seeds: {@code src/test/resources/org/impactkit/fuzz/XlsxFuzzTestInputs/workbook}.
 */
class XlsxFuzzTest {
  private static Path file;

  @BeforeAll
  static void createFile() throws IOException {
    file = Files.createTempFile("impact-fuzz", ".xlsx");
  }

  @AfterAll
  static void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @FuzzTest(maxDuration = "5m")
  void workbook(byte[] input) throws IOException {
    Files.write(file, input);
    Diagnostics diagnostics = new Diagnostics();
    try (Table table = Tables.open(file, "fuzz.xlsx")) {
      RecordReaders.participants(table, new CountingSink(), diagnostics);
    } catch (InvalidInputException refused) {
      assertThat(refused.diagnostics()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.render()).doesNotContain("\n").hasSizeLessThan(2000));
    }
  }

  /** Takes rows and throws them away. */
  private static final class CountingSink implements RecordSink {
    long rows;

    @Override
    public void participant(org.impactkit.model.ParticipantRecord r) {
      rows++;
    }

    @Override
    public void count(org.impactkit.model.CountRecord c) {
      rows++;
    }

    @Override
    public void rejected(org.impactkit.model.RowRef row) {
      rows++;
    }
  }
}
