package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile evaluation.yaml files (issue 8, SPEC §4.6 and §9): refused in one line naming the file. */
class HostileSettingsFileTest {
  @TempDir Path dir;

  private static Diagnostic refused(String yaml) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> SettingsFile.parse(yaml, "evaluation.yaml"));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.file()).isEqualTo("evaluation.yaml");
      assertThat(d.render()).doesNotContain("\n").hasSizeLessThan(400);
    });
    return e.diagnostics().get(0);
  }

  @Test
  @DisplayName("§4.6 a plain settings file still reads")
  void validConfig() throws IOException {
    Settings c = SettingsFile.parse("name: Test\nperiod: {start: 2021-04-01, end: 2022-03-31}\n", "e.yaml")
        .applyTo(Settings.builder()).build();
    assertThat(c.name()).isEqualTo("Test");
  }

  @Test
  @DisplayName("§9 YAML aliases: a billion-laughs document is refused, not expanded")
  void billionLaughs() {
    StringBuilder y = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      String p = "*a" + (i - 1);
      y.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ",
          java.util.Collections.nCopies(9, p))).append("]\n");
    }
    Diagnostic d = refused(y.toString());
    assertThat(d.message()).contains("anchors and aliases (& and *) are not supported");
  }

  @Test
  @DisplayName("§4.6 YAML aliases: even one alias is refused rather than read as its anchor's name")
  void singleAlias() {
    Diagnostic d = refused("name: &n Stepping Out\nregion: *n\n");
    assertThat(d.line()).isBetween(1L, 2L);
    assertThat(d.message()).contains("anchors and aliases");
  }

  @Test
  @DisplayName("§4.6 a second YAML document is refused rather than silently ignored")
  void secondDocument() {
    assertThat(refused("name: a\n---\nname: b\n").message()).contains("more content follows");
  }

  @Test
  @DisplayName("§9 messages never echo huge values: a 100,000-character name is refused by length")
  void hugeText() {
    assertThat(refused("name: \"" + "s".repeat(100_000) + "\"\n").message())
        .isEqualTo("expected at most 1000 characters, found 100000");
  }

  @Test
  @DisplayName("§9 absurd nesting: 10,000 nested lists are refused")
  void deepNesting() {
    assertThat(refused("name: " + "[".repeat(10_000) + "]".repeat(10_000)).message()).contains("not valid YAML");
  }

  @Test
  @DisplayName("§4.6 duplicate keys are refused, naming the key, rather than the last one silently winning")
  void duplicateKeys() {
    Diagnostic d = refused("name: One\nregion: london\nname: Two\n");
    assertThat(d.message()).contains("name").containsIgnoringCase("twice");
    assertThat(d.line()).isEqualTo(3);
  }

  @Test
  @DisplayName("§9 huge numbers: a 1,000-digit number is refused")
  void hugeNumber() {
    assertThat(refused("report: {suppressBelow: " + "9".repeat(1000) + "}").message()).contains("not valid YAML");
  }

  @Test
  @DisplayName("§9 sizes: a settings file over 1 MB is refused before parsing")
  void oversizedFile() throws IOException {
    Path file = dir.resolve("evaluation.yaml");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(2L << 20);
    }
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> SettingsFile.read(file));
    assertThat(e).isNotNull();
    assertThat(e.diagnostics().get(0).message()).contains("at most 1024 KB");
  }

  @Test
  @DisplayName("§9 wrong encodings: a settings file that is not UTF-8 is refused, naming the file")
  void notUtf8() throws IOException {
    Path file = dir.resolve("evaluation.yaml");
    Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xFF, (byte) 0xFE, '\n'});
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> SettingsFile.read(file));
    assertThat(e).isNotNull();
    assertThat(e.diagnostics().get(0).render())
        .isEqualTo(file + ": the file is not UTF-8 text; save it as UTF-8 (YAML files are always UTF-8)");
  }

  @Test
  @DisplayName("§9 messages never echo huge values: a 1,000-character unknown key is quoted shortened")
  void hugeKey() {
    Diagnostic d = refused("k".repeat(1000) + ": 1\n");
    assertThat(d.message()).contains("unknown key", "…");
  }
}
