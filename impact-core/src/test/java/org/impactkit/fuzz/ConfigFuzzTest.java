package org.impactkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SettingsFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the evaluation.yaml loader (issue 8): any bytes end in a configuration that applies to
 * valuation settings, or the project's {@link InvalidInputException}.
 *
 * <p>Seeds: {@code src/test/resources/org/impactkit/fuzz/ConfigFuzzTestInputs/config}.
 */
class ConfigFuzzTest {
  private static Path file;

  @BeforeAll
  static void createFile() throws IOException {
    file = Files.createTempFile("impact-fuzz", ".yaml");
  }

  @AfterAll
  static void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @FuzzTest(maxDuration = "5m")
  void config(byte[] input) throws IOException {
    Files.write(file, input);
    SettingsFile config;
    try {
      config = SettingsFile.read(file);
    } catch (InvalidInputException refused) {
      assertThat(refused.diagnostics()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.render()).doesNotContain("\n").hasSizeLessThan(2000));
      return;
    }
    config.applyTo(Settings.builder()).build();
  }
}
