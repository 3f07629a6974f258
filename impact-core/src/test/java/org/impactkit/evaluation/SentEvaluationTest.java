package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Evaluation#prepareSent}: an uploaded evaluation.yaml may name a bank or price-index file only
 * among the files sent with it, so it cannot make the computer that calculates read its own files.
 */
class SentEvaluationTest {
  private static final Path SAMPLE = Path.of("..", "samples", "stepping-out-north-kent-2020");

  @TempDir Path dir;

  @BeforeEach
  void copySample() throws IOException {
    for (String name : new String[] {"activities.csv", "participants.csv", "evaluation.yaml"}) {
      Files.copy(SAMPLE.resolve(name), dir.resolve(name));
    }
  }

  private void settingsLine(String from, String to) throws IOException {
    Path yaml = dir.resolve("evaluation.yaml");
    String text = Files.readString(yaml);
    assertThat(text).contains(from);
    Files.writeString(yaml, text.replace(from, to));
  }

  private Diagnostic refused(Consumer<SettingsBuilder> options) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Evaluation.prepareSent(EvaluationFiles.of(dir), options));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0);
  }

  @Test
  @DisplayName("a bank named outside the folder is refused at its line, before it is read")
  void bankOutside() throws IOException {
    settingsLine("bank: uk-wellby-open", "bank: /etc/passwd");
    Diagnostic d = refused(b -> {});
    assertThat(d.file()).endsWith("evaluation.yaml");
    assertThat(d.line()).isEqualTo(Files.readAllLines(dir.resolve("evaluation.yaml")).indexOf("bank: /etc/passwd") + 1);
    assertThat(d.message()).contains("'/etc/passwd' is not among the files uploaded").doesNotContain("JSON");

    settingsLine("bank: /etc/passwd", "bank: ../../../../../../../../etc/passwd");
    assertThat(refused(b -> {}).message()).contains("is not among the files uploaded");
  }

  @Test
  @DisplayName("a price-index file named outside the folder is refused; one inside is read")
  void indicesOutside() throws IOException {
    settingsLine("bank: uk-wellby-open", "bank: uk-wellby-open\nindices: ../indices.csv");
    assertThat(refused(b -> {}).message()).contains("indices: '../indices.csv' is not among the files uploaded");

    settingsLine("indices: ../indices.csv", "indices: ./sub/../indices.csv");
    Diagnostic inside = refused(b -> {});
    assertThat(inside.message()).as("inside the folder: looked for, not refused").contains("no such price-index file")
        .doesNotContain("uploaded");
  }

  @Test
  @DisplayName("the bundled bank, or a bank chosen over the file's, prepares as the command line does")
  void bundledOrOverridden() throws IOException {
    Evaluation sent = Evaluation.prepareSent(EvaluationFiles.of(dir), b -> {});
    assertThat(sent.settings()).isEqualTo(Evaluation.prepare(dir).settings());

    settingsLine("bank: uk-wellby-open", "bank: /etc/passwd");
    Evaluation chosen = Evaluation.prepareSent(EvaluationFiles.of(dir), b -> b.bank("uk-wellby-open"));
    assertThat(chosen.bank().id()).isEqualTo("uk-wellby-open");
  }
}
