package org.impactkit.read.bank;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile bank files (issue 8, SPEC §3.1 and §9): each is refused with a short message naming the
 * file, in bounded time and memory. All values are fake.
 */
class HostileBankTest {
  static final String VALID = """
      {"schema": "impact/bank/v1", "id": "fake", "name": "Fake", "version": "1", "currency": "GBP",
       "priceYear": 2020, "deadweightCategories": {"work": 0.2},
       "outcomes": [{"id": "work", "name": "Work", "deadweightCategory": "work", "value": 1000},
                    {"id": "club", "name": "Club", "deadweight": 0.1, "value": 2000}]}
      """;

  @TempDir Path dir;

  private static InvalidInputException refused(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> BankReader.read(new ByteArrayInputStream(json.getBytes(UTF_8)), "bank.json"));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.file()).isEqualTo("bank.json");
      assertThat(d.render()).doesNotContain("\n").hasSizeLessThan(600);
    });
    return e;
  }

  private static String first(InvalidInputException e) {
    return e.diagnostics().get(0).message();
  }

  @Test
  @DisplayName("§3.1 the fake bank used by these tests is valid")
  void validBankLoads() throws IOException {
    ValueBank bank = BankReader.read(new ByteArrayInputStream(VALID.getBytes(UTF_8)), "bank.json");
    assertThat(bank.outcomeIds()).containsExactly("work", "club");
  }

  @Test
  @DisplayName("§9 absurd nesting: 100,000 nested arrays are refused by the parser, not the stack")
  void deepNesting() {
    String json = "{\"outcomes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThat(first(refused(json))).contains("too deeply nested").doesNotContain("StreamReadConstraints");
  }

  @Test
  @DisplayName("§9 huge numbers: a 5,000-digit figure is refused by the parser")
  void longNumber() {
    assertThat(first(refused(VALID.replace("1000", "1" + "0".repeat(5000))))).contains("Number value length");
  }

  @Test
  @DisplayName("§9 huge numbers: 1e999999999 is refused before anything prints it in full")
  void hugeExponent() {
    assertThat(first(refused(VALID.replace("1000", "1e999999999")))).contains("outcome 'work'", "below 1,000,000,000,000");
    assertThat(first(refused(VALID.replace("1000", "1e-999999999")))).contains("decimal places");
    assertThat(first(refused(VALID.replace("0.2", "1E+999999999")))).contains("deadweightCategories");
  }

  @Test
  @DisplayName("§9 huge numbers: an exponent BigDecimal cannot hold is refused, not an internal error (fuzz finding)")
  void exponentOverflow() {
    String json = "{\"schema\": \"impact/bank/v1\", \"pri2ts\": 8881e10000008888888888888888888888888888888888888888}";
    assertThat(first(refused(json))).contains("a number is too large or too precise to read");
  }

  @Test
  @DisplayName("§3.1 duplicate keys are refused, not silently resolved to the last one")
  void duplicateKeys() {
    String json = VALID.replace("\"value\": 1000", "\"value\": 1000, \"value\": 9000");
    assertThat(first(refused(json))).isEqualTo("not valid JSON: a key is given twice ('value'); keep one");
  }

  @Test
  @DisplayName("§9 messages never echo huge values: an unknown 1,000-character key is quoted shortened")
  void hugeUnknownKey() {
    String json = VALID.replace("\"name\": \"Fake\"", "\"" + "k".repeat(1000) + "\": 1");
    InvalidInputException e = refused(json);
    assertThat(first(e)).contains("not a field of a bank", "…");
  }

  @Test
  @DisplayName("§9 messages never echo huge values: a 500,000-character id is refused without echoing it")
  void hugeId() {
    InvalidInputException e = refused(VALID.replace("\"id\": \"work\"", "\"id\": \"" + "w".repeat(500_000) + "\""));
    assertThat(e.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("an id is at most 100 characters"));
  }

  @Test
  @DisplayName("§9 sizes: a bank file over 16 MB is refused before parsing")
  void oversizedFile() throws IOException {
    Path file = dir.resolve("bank.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(17L << 20); // sparse: no data is written
    }
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Banks.load(file, "bank.json"));
    assertThat(e).isNotNull();
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.file()).isEqualTo("bank.json");
    assertThat(d.message()).contains("at most 16 MB");
  }

  @Test
  @DisplayName("§9 not a bank: binary junk, trailing content and non-objects are refused with one line")
  void junk() throws IOException {
    byte[] junk = new byte[4096];
    new java.util.Random(3).nextBytes(junk);
    Path file = dir.resolve("junk.json");
    Files.write(file, junk);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Banks.load(file, "junk.json"));
    assertThat(e).isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    assertThat(e.diagnostics().get(0).render()).startsWith("junk.json").doesNotContain("\n");
    assertThat(first(refused(VALID + "{}"))).contains("more content follows where a bank ends");
    assertThat(first(refused("[1, 2, 3]"))).contains("a bank file is a JSON object");
    assertThat(first(refused(""))).contains("a bank file is a JSON object");
  }
}
