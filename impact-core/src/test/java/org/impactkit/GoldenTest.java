package org.impactkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.report.ReportFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests: small CSV folders (messy headers, £ budgets, aliases, duplicates, conflicts, evidence,
 * counts rows) against expected JSON worked out by hand.
 *
 * <p>messy-headers, by hand (fake bank: employment london 25-49 = 2000, outside-london under-25 = 900,
 * deadweight 20%; volunteering 500 at 10%; confidence 300, none): p1 employment 30 in London → 1600 (the
 * second row is a duplicate); p2 volunteering (450) and confidence (300) conflict → lowest keeps
 * confidence; p3 born 2000-06-15 is 20 at the period start → outside-london under-25 → 720; p4 held the
 * outcome at baseline; p5 engaged only; p6 "Improved confidence" (by name) at 55 → 300. Social value
 * 1600 + 300 + 720 + 300 = 2920 on £1,500 + £2,500 = £4,000: ratio 0.73. with-counts adds 4 volunteering
 * in London 25-49 (4 × 450 = 1800) and 2 employment outside London 50+ (2 × 1300 × 0.8 = 2080).
 */
@DisplayName("golden: CSV folders → JSON (§4, §5, §7.1)")
class GoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"messy-headers", "with-counts"})
  void golden(String name) throws Exception {
    Path dir = folder(name);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Impact.write(Impact.calculate(dir), ReportFormat.JSON, out);
    JsonNode actual = JSON.readTree(out.toByteArray());
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    assertSubset(expected, actual, "$");
  }

  private static Path folder(String name) throws URISyntaxException {
    return Path.of(GoldenTest.class.getResource("/golden/" + name).toURI());
  }

  /** Every field of {@code expected} is in {@code actual} with the same value; numbers compared by value. */
  static void assertSubset(JsonNode expected, JsonNode actual, String path) {
    assertThat(actual).as(path).isNotNull();
    if (expected.isObject()) {
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        assertSubset(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSubset(expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else if (expected.isNumber()) {
      assertThat(actual.isNumber()).as(path + " is a number").isTrue();
      assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }
}
