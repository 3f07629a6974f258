package org.impactkit.cli.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test is only as good as its generator: over the default seeds, every input variation
 * of §4.2–§4.5 and every rule of §5.1–§5.2 must actually occur.
 */
class GeneratorCoverageTest {

  @Test
  @DisplayName("the default seeds exercise every §4 variation and every §5.1 rule the differential test claims")
  void defaultSeedsCoverEveryRule(@TempDir Path tmp) throws IOException {
    Set<String> features = new TreeSet<>();
    Map<String, Long> rules = new TreeMap<>();
    long first = 1;
    long n = 60;
    for (long seed = first; seed < first + n; seed++) {
      EvaluationModel m = FolderGenerator.generate(seed);
      features.addAll(
          FolderWriter.write(seed, m, tmp.resolve(seed + "-bank.json"), tmp.resolve("e" + seed)).features());
      Oracle.Expected x = Oracle.calculate(m);
      x.rules.forEach((k, v) -> rules.merge(k, v, Long::sum));
      x.notClaimed.forEach((k, v) -> rules.merge("not claimed: " + k, v, Long::sum));
      m.flags().stream().filter(f -> f.startsWith("--")).forEach(f -> features.add("flag " + f));
      for (String[] pair : new String[][] {{"period", "--from"}, {"region", "--region"}, {"conflicts", "--conflicts"},
          {"deadweight", "--no-deadweight"}}) {
        if (m.yaml().containsKey(pair[0]) && m.flags().contains(pair[1])) {
          features.add(pair[1] + " overrides evaluation.yaml " + pair[0]);
        }
      }
      features.add("policy " + (m.policy() == null ? "default" : m.policy()));
      features.add(m.hasPeriod() ? "period" : "no period");
      features.add(m.deadweight() ? "deadweight" : "--no-deadweight");
      features.add(m.bank().regionsDeclared() ? "bank regions" : "bank without regions");
      features.add(!m.bank().explicitBands() ? "bank default ageBands"
          : m.bank().bands() == BankModel.DEFAULT_BANDS ? "bank ageBands" : "bank custom ageBands");
      features.add(m.hasParticipants() ? "participants.csv" : "no participants.csv");
      features.add(m.hasCounts() ? "counts.csv" : "no counts.csv");
      if (m.activities().stream().anyMatch(a -> a.budget().signum() == 0)) {
        features.add("zero budget");
      }
      if (m.rows().stream().map(EvaluationModel.RowModel::participant).anyMatch(p -> p.startsWith("p"))) {
        features.add("ids differing only in case");
      }
      long inBands = x.byBand.values().stream().mapToLong(f -> f.participants.size()).sum();
      if (inBands > x.total.participants.size()) {
        features.add("participant in several bands");
      }
    }

    assertThat(features).contains("BOM", "delimiter ;", "delimiter ,", "CRLF", "LF",
        "header alias person_id", "header alias id", "header alias outcome_id", "header alias dob",
        "header alias activity", "header alias budget", "header alias investment", "header alias band",
        "header alias outcome_date", "header alias baseline_achieved", "header alias follow_up_achieved",
        "header alias participants", "header alias number", "header alias name", "header alias organisation",
        "money format 0", "money format 1", "money format 2", "money format 3", "money format 4",
        "outcome by name", "outcome by id", "region by id", "region by label", "region by alias",
        "band <25", "band 25 to 49", "band 50+", "band Under 25", "band unknown", "UK date", "ISO date",
        "boolean yes", "boolean no", "boolean y", "boolean n", "boolean 1", "boolean 0", "boolean true",
        "boolean false", "policy lowest", "policy highest", "policy first", "policy default", "period",
        "no period", "deadweight", "--no-deadweight", "bank regions", "bank without regions", "bank ageBands",
        "bank default ageBands", "bank custom ageBands", "band Young people", "band older", "no participants.csv",
        "counts.csv", "no counts.csv", "zero budget", "ids differing only in case", "participant in several bands",
        "several participant files", "files named, no folder", "flag --from", "flag --period", "flag --region",
        "flag --conflicts", "flag --no-deadweight", "evaluation.yaml period", "evaluation.yaml region",
        "evaluation.yaml conflicts", "evaluation.yaml deadweight", "evaluation.yaml name",
        "--from overrides evaluation.yaml period", "--region overrides evaluation.yaml region",
        "--conflicts overrides evaluation.yaml conflicts", "--no-deadweight overrides evaluation.yaml deadweight");
    assertThat(rules.keySet()).contains("engaged row without outcome", "engaged row outside the period",
        "not claimed: outside-period", "not claimed: achieved-at-baseline",
        "not claimed: not-achieved-at-follow-up", "not claimed: duplicate", "not claimed: conflict",
        "conflict resolved by lowest", "conflict resolved by highest", "conflict resolved by first",
        "conflict tie broken by outcome id", "counts row", "band from age_band", "band from age_band, age agreeing",
        "band from age", "band from age over date_of_birth", "band from date_of_birth at date",
        "band from date_of_birth at period start", "band unknown, no age data", "region from row",
        "region from activity", "region from --region", "region: the bank's only region");
    assertThat(rules).allSatisfy((k, v) -> assertThat(v).as(k).isPositive());
  }
}
