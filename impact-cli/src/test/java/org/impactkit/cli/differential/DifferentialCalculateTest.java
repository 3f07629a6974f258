package org.impactkit.cli.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.cli.Main;
import org.impactkit.cli.differential.Oracle.Expected;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test of {@code impact calculate DIR --bank B --format json} against {@link Oracle}, an
 * independent implementation of SPEC §5 written from the spec text, on randomly generated but valid
 * evaluation folders ({@link FolderGenerator}, {@link FolderWriter}). Every figure must agree to the penny.
 *
 * <p>More seeds: {@code -Ddifferential.seeds=500 -Ddifferential.firstSeed=1000}. A failure prints the seed,
 * the command and every input file, so it can be reproduced by hand.
 */
class DifferentialCalculateTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static Stream<Long> seeds() {
    long first = Long.getLong("differential.firstSeed", 1L);
    long n = Long.getLong("differential.seeds", 60L);
    return LongStream.range(first, first + n).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("§5.1–§5.3: calculate agrees with an independent implementation of the spec, to the penny")
  void agreesWithTheOracle(long seed, @TempDir Path tmp) throws IOException {
    EvaluationModel model = FolderGenerator.generate(seed);
    Path bankFile = tmp.resolve("bank.json");
    Path dir = tmp.resolve("evaluation-" + seed);
    Path jsonFile = tmp.resolve("out.json");
    FolderWriter.Written written = FolderWriter.write(seed, model, bankFile, dir);
    List<String> args = new ArrayList<>(List.of("calculate"));
    args.addAll(written.args());
    args.addAll(List.of("--bank", bankFile.toString(), "--format", "json", "-o", jsonFile.toString()));
    args.addAll(model.flags());

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    String context = "seed " + seed + "\nimpact " + String.join(" ", args) + "\n" + err + "\n" + dump(tmp);
    assertThat(code).as("exit code\n%s", context).isZero();

    JsonNode actual = JSON.readTree(jsonFile.toFile());
    Expected expected = Oracle.calculate(model);
    List<String> mismatches = new Comparison(expected, actual).run();
    assertThat(mismatches).as("figures differing from the oracle\n%s", context).isEmpty();

    assertThat(warnings(actual)).as("§3.1/§5.1 warnings\n%s", context).containsAll(expectedWarnings(model, expected));

    // §9 privacy: participant ids never appear in any output.
    String everything = Files.readString(jsonFile, StandardCharsets.UTF_8) + out + err;
    assertThat(model.rows().stream().map(EvaluationModel.RowModel::participant).distinct()
        .filter(everything::contains)).as("participant ids in the output\n%s", context).isEmpty();

    if (seed % 10 == 0) {
      // §9 determinism: the same inputs give byte-identical JSON.
      Path again = tmp.resolve("again.json");
      List<String> args2 = new ArrayList<>(args);
      args2.set(args2.indexOf(jsonFile.toString()), again.toString());
      assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
          args2.toArray(String[]::new))).isZero();
      assertThat(Files.readAllBytes(again)).as("second run\n%s", context).isEqualTo(Files.readAllBytes(jsonFile));
    }
  }

  /**
   * Warnings the spec requires, as (outcome id, topic) pairs: an outcome with no deadweight at all gets 0 "with
   * a warning in the report" (§3.1, check {@code deadweight}), and a requiresSurvey outcome claimed from
   * records with neither baseline nor follow_up column "the report warns that survey evidence is missing"
   * (§5.1 step 2, check {@code survey-evidence}). Only whether a check names the outcome is checked, not its
   * wording.
   */
  private static List<String> expectedWarnings(EvaluationModel m, Expected x) {
    List<String> want = new ArrayList<>();
    for (BankModel.OutcomeModel o : m.bank().outcomes()) {
      boolean claimed = x.byOutcome.containsKey(o.id()) && x.byOutcome.get(o.id()).figures.claims > 0;
      if (m.deadweight() && claimed && o.deadweight() == null && o.deadweightCategory() == null) {
        want.add(o.id() + ": deadweight");
      }
      boolean noEvidenceColumns = !m.participantColumns().contains("baseline")
          && !m.participantColumns().contains("follow_up");
      if (o.requiresSurvey() && noEvidenceColumns && x.recordClaims.getOrDefault(o.id(), 0L) > 0) {
        want.add(o.id() + ": survey");
      }
    }
    return want;
  }

  /**
   * The warnings of the JSON in the same (outcome id, topic) form: the outcomes the non-passing checks
   * {@code deadweight} and {@code survey-evidence} name (SPEC §10).
   */
  private static List<String> warnings(JsonNode actual) {
    List<String> got = new ArrayList<>();
    for (JsonNode c : actual.path("checks")) {
      String topic = switch (c.path("id").asText()) {
        case "deadweight" -> "deadweight";
        case "survey-evidence" -> "survey";
        default -> null;
      };
      if (topic == null || c.path("status").asText().equals("pass")) {
        continue;
      }
      for (String word : c.path("message").asText().split("[\\s,:;()]+")) {
        got.add(word + ": " + topic);
      }
    }
    return got;
  }

  /** Every input file under {@code tmp} (the bank, the folder, files beside it), BOM and CR made visible. */
  private static String dump(Path tmp) throws IOException {
    StringBuilder sb = new StringBuilder();
    List<Path> files;
    try (Stream<Path> s = Files.walk(tmp)) {
      files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("out.json")).sorted()
          .toList();
    }
    for (Path f : files) {
      sb.append("==> ").append(tmp.relativize(f)).append(" <==\n")
          .append(Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "<BOM>").replace("\r", "<CR>"))
          .append('\n');
    }
    return sb.toString();
  }

  /** Compares every figure of the JSON with the oracle's, collecting each difference. */
  private static final class Comparison {
    private final Expected x;
    private final JsonNode actual;
    private final List<String> diffs = new ArrayList<>();

    Comparison(Expected x, JsonNode actual) {
      this.x = x;
      this.actual = actual;
    }

    List<String> run() {
      JsonNode t = actual.path("totals");
      money("totals.investment", x.investment, t.get("investment"));
      money("totals.grossValue", x.total.gross, t.get("grossValue"));
      money("totals.socialValue", x.total.social, t.get("socialValue"));
      money("totals.netSocialValue", x.total.social.subtract(x.investment), t.get("netSocialValue"));
      ratio("totals.ratio", x.total.social, x.investment, t.get("ratio"));
      count("totals.participants", x.total.participants.size(), t.get("participants"));
      count("totals.claims", x.total.claims, t.get("claims"));

      bands("byAgeBand", x.byBand, actual.path("byAgeBand"), true);

      Map<String, JsonNode> activities = index(actual.path("byActivity"), "activity");
      if (!activities.keySet().equals(x.byActivity.keySet())) {
        diffs.add("byActivity ids: expected " + x.byActivity.keySet() + ", actual " + activities.keySet());
      }
      x.byActivity.forEach((id, a) -> {
        JsonNode n = activities.get(id);
        if (n == null) {
          return;
        }
        String p = "byActivity[" + id + "].";
        if (!a.name.equals(n.path("name").asText())) {
          diffs.add(p + "name: expected " + a.name + ", actual " + n.path("name"));
        }
        money(p + "investment", a.investment, n.get("investment"));
        count(p + "participants", a.figures.participants.size(), n.get("participants"));
        count(p + "claims", a.figures.claims, n.get("claims"));
        money(p + "grossValue", a.figures.gross, n.get("grossValue"));
        money(p + "socialValue", a.figures.social, n.get("socialValue"));
        ratio(p + "ratio", a.figures.social, a.investment, n.get("ratio"));
        bands(p + "byAgeBand", a.byBand, n.path("byAgeBand"), true);
      });

      // Outcomes with no claims may be listed (with zeros) or left out.
      Map<String, JsonNode> outcomes = index(actual.path("byOutcome"), "outcome");
      for (String id : outcomes.keySet()) {
        if (!x.byOutcome.containsKey(id) && outcomes.get(id).path("claims").asLong() != 0) {
          diffs.add("byOutcome[" + id + "]: expected no claims, actual " + outcomes.get(id).path("claims"));
        }
      }
      x.byOutcome.forEach((id, o) -> {
        JsonNode n = outcomes.get(id);
        String p = "byOutcome[" + id + "].";
        if (n == null && o.figures.claims == 0) {
          return; // only counts rows with count 0
        }
        if (n == null) {
          diffs.add(p + ": missing, expected " + o.figures.claims + " claims");
          return;
        }
        if (!o.name.equals(n.path("name").asText())) {
          diffs.add(p + "name: expected " + o.name + ", actual " + n.path("name"));
        }
        count(p + "claims", o.figures.claims, n.get("claims"));
        money(p + "grossValue", o.figures.gross, n.get("grossValue"));
        money(p + "socialValue", o.figures.social, n.get("socialValue"));
        bands(p + "byAgeBand", o.byBand, n.path("byAgeBand"), false);
      });

      headcounts();

      // By region: regions without claims may be left out.
      Map<String, JsonNode> regions = index(actual.path("byRegion"), "region");
      x.byRegion.forEach((id, f) -> {
        JsonNode n = regions.get(id);
        if (n == null && f.claims == 0) {
          return;
        }
        String p = "byRegion[" + id + "].";
        if (n == null) {
          diffs.add(p + ": missing, expected " + f.claims + " claims");
          return;
        }
        count(p + "claims", f.claims, n.get("claims"));
        money(p + "grossValue", f.gross, n.get("grossValue"));
        money(p + "socialValue", f.social, n.get("socialValue"));
      });
      regions.forEach((id, n) -> {
        if (!x.byRegion.containsKey(id) && n.path("claims").asLong() != 0) {
          diffs.add("byRegion[" + id + "]: expected no claims, actual " + n.path("claims"));
        }
      });

      // By partner, for activities that name one (how blank partners are grouped is left open).
      Map<String, JsonNode> partners = index(actual.path("byPartner"), "partner");
      x.byPartner.forEach((name, pf) -> {
        JsonNode n = partners.get(name);
        String p = "byPartner[" + name + "].";
        if (n == null) {
          diffs.add(p + ": missing");
          return;
        }
        money(p + "investment", pf.investment, n.get("investment"));
        count(p + "claims", pf.figures.claims, n.get("claims"));
        money(p + "grossValue", pf.figures.gross, n.get("grossValue"));
        money(p + "socialValue", pf.figures.social, n.get("socialValue"));
        ratio(p + "ratio", pf.figures.social, pf.investment, n.get("ratio"));
      });

      // Reasons with no rows may be listed with 0 or left out (e.g. invalid-row, used with --skip-invalid).
      Map<String, Long> reasons = new HashMap<>();
      for (JsonNode n : actual.path("notClaimed")) {
        reasons.merge(n.path("reason").asText(), n.path("count").asLong(), Long::sum);
      }
      for (String reason : reasons.keySet()) {
        if (!x.notClaimed.containsKey(reason) && reasons.get(reason) != 0) {
          diffs.add("notClaimed: unexpected reason " + reason + " = " + reasons.get(reason));
        }
      }
      x.notClaimed.forEach((reason, n) -> {
        long got = reasons.getOrDefault(reason, 0L);
        if (got != n) {
          diffs.add("notClaimed[" + reason + "]: expected " + n + ", actual " + got);
        }
      });
      return diffs;
    }

    /**
     * Headcounts (§5.3, §8): participants by age band and by activity as in byAgeBand/byActivity, and by the
     * breakdown column gender (each non-blank value: the distinct participants with a row carrying it).
     */
    private void headcounts() {
      Map<String, Map<String, Long>> dims = new HashMap<>();
      for (JsonNode h : actual.path("headcounts")) {
        String dim = h.path("dimension").asText().trim().toLowerCase(Locale.ROOT).replaceAll("[ _-]+", " ");
        dims.computeIfAbsent(dim, k -> new HashMap<>()).put(h.path("value").asText(), h.path("participants").asLong());
      }
      x.byBand.forEach((band, f) -> headcount("age band", band, f.participants.size(), dims));
      x.byActivity.forEach((id, a) -> headcount("activity", id, a.figures.participants.size(), dims));
      x.byGender.forEach((value, ids) -> headcount("gender", value, ids.size(), dims));
    }

    private void headcount(String dim, String value, long want, Map<String, Map<String, Long>> dims) {
      Long got = dims.getOrDefault(dim, Map.of()).get(value);
      if (got == null ? want != 0 : got != want) {
        diffs.add("headcounts[" + dim + "=" + value + "]: expected " + want + ", actual " + got);
      }
    }

    /** Every band of the bank plus unknown, in bank order (§5.3). */
    private void bands(String path, Map<String, Expected.Figures> expected, JsonNode array, boolean participants) {
      List<String> ids = new ArrayList<>();
      array.forEach(n -> ids.add(n.path("ageBand").asText()));
      if (!ids.equals(new ArrayList<>(expected.keySet()))) {
        diffs.add(path + " bands: expected " + expected.keySet() + ", actual " + ids);
        return;
      }
      int i = 0;
      for (Map.Entry<String, Expected.Figures> e : expected.entrySet()) {
        JsonNode n = array.get(i++);
        String p = path + "[" + e.getKey() + "].";
        if (participants) {
          count(p + "participants", e.getValue().participants.size(), n.get("participants"));
        }
        count(p + "claims", e.getValue().claims, n.get("claims"));
        money(p + "grossValue", e.getValue().gross, n.get("grossValue"));
        money(p + "socialValue", e.getValue().social, n.get("socialValue"));
      }
    }

    private static Map<String, JsonNode> index(JsonNode array, String key) {
      Map<String, JsonNode> map = new LinkedHashMap<>();
      array.forEach(n -> map.put(n.path(key).asText(), n));
      return map;
    }

    private void money(String path, BigDecimal exact, JsonNode got) {
      BigDecimal want = exact.setScale(2, RoundingMode.HALF_UP);
      if (got == null || !got.isNumber() || got.decimalValue().compareTo(want) != 0) {
        diffs.add(path + ": expected " + want.toPlainString() + " (exact " + exact.toPlainString() + "), actual "
            + got);
      }
    }

    /** §5.3: socialValue / investment at 34 digits, 4 places; absent (null) when investment is 0. */
    private void ratio(String path, BigDecimal social, BigDecimal investment, JsonNode got) {
      if (investment.signum() == 0) {
        if (got != null && !got.isNull()) {
          diffs.add(path + ": expected null (no investment), actual " + got);
        }
        return;
      }
      BigDecimal want = social.divide(investment, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_UP);
      if (got == null || !got.isNumber() || got.decimalValue().compareTo(want) != 0) {
        diffs.add(path + ": expected " + want.toPlainString() + ", actual " + got);
      }
    }

    private void count(String path, long want, JsonNode got) {
      if (got == null || !got.canConvertToLong() || got.asLong() != want) {
        diffs.add(path + ": expected " + want + ", actual " + got);
      }
    }
  }
}
