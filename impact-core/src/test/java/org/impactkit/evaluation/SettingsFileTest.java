package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.model.Period;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
  @TempDir Path dir;

  private static Settings settings(String yaml, String name) {
    return SettingsFile.parse(yaml, name).applyTo(Settings.builder()).build();
  }

  private static List<String> problems(String yaml) {
    try {
      SettingsFile.parse(yaml, "evaluation.yaml");
    } catch (InvalidInputException e) {
      return e.diagnostics().stream().map(Diagnostic::render).toList();
    }
    throw new AssertionError("expected problems in:\n" + yaml);
  }

  @Test
  @DisplayName("§4.6: every key of the spec's example is read")
  void fullExample() throws IOException {
    Settings c = settings("""
        name: Stepping Out 2021/22
        organisation: Safer Communities Alliance
        period: {start: 2021-04-01, end: 2022-03-31}
        bank: uk-wellby-open
        region: outside-london
        deadweight: bank
        conflicts: lowest
        discounting: {rate: 3.5%, convention: year-zero}
        outcomes:
          volunteering: {attribution: 25%, displacement: 0%, duration: 2, dropOff: 50%, deadweight: 15%}
        report: {title: "A title", suppressBelow: 5, breakdowns: [gender, partner], crossTabs: [[strand, gender]]}
        """, "evaluation.yaml");
    assertThat(c.name()).isEqualTo("Stepping Out 2021/22");
    assertThat(c.organisation()).isEqualTo("Safer Communities Alliance");
    assertThat(c.period()).isEqualTo(new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)));
    assertThat(c.bank()).isEqualTo("uk-wellby-open");
    assertThat(c.defaultRegion()).isEqualTo("outside-london");
    assertThat(c.deadweight()).isTrue();
    assertThat(c.conflictPolicy()).isEqualTo(ConflictPolicy.LOWEST);
    assertThat(c.discounting().rate()).isEqualByComparingTo("0.035");
    assertThat(c.discounting().convention()).isEqualTo(Discounting.Convention.YEAR_ZERO);
    var a = c.adjustments().get("volunteering");
    assertThat(a.attribution()).isEqualByComparingTo("0.25");
    assertThat(a.displacement()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(a.duration()).isEqualTo(2);
    assertThat(a.dropOff()).isEqualByComparingTo("0.5");
    assertThat(a.deadweight()).isEqualByComparingTo("0.15");
    assertThat(c.title()).isEqualTo("A title");
    assertThat(c.suppressBelow()).isEqualTo(5);
    assertThat(c.breakdowns()).containsExactly("gender", "partner");
    assertThat(c.crossTabs()).containsExactly(List.of("strand", "gender"));
  }

  @Test
  @DisplayName("§8 report.crossTabs: each a list of 2 to 4 different columns; anything else says so at its line")
  void crossTabs() {
    assertThat(settings("report:\n  crossTabs:\n    - [strand, gender]\n    - [partner, age band, gender]\n",
        "evaluation.yaml").crossTabs()).containsExactly(List.of("strand", "gender"),
        List.of("partner", "age band", "gender"));
    assertThat(Settings.defaults().crossTabs()).isEmpty();
    assertThat(problems("report: {crossTabs: [strand, gender]}\n")).hasSize(2).allSatisfy(p -> assertThat(p)
        .startsWith("evaluation.yaml:1:crossTabs: expected a list of cross-tabs"));
    assertThat(problems("report:\n  crossTabs:\n    - [gender]\n    - [gender, Gender]\n    - [a, b, c, d, e]\n"))
        .containsExactlyInAnyOrder(
            "evaluation.yaml:2:crossTabs: cross-tab [gender] combines 1 column; a cross-tab combines 2 to 4",
            "evaluation.yaml:2:crossTabs: cross-tab [gender, Gender] names a column twice or a blank one; name"
                + " different columns",
            "evaluation.yaml:2:crossTabs: cross-tab [a, b, c, d, e] combines 5 columns; a cross-tab combines 2 to 4");
  }

  @Test
  @DisplayName("§4.6: period may be a UK financial year; deadweight off; an empty file is no settings")
  void financialYearAndEmpty() throws IOException {
    Settings c = settings("period: 2021/22\ndeadweight: off\n", "evaluation.yaml");
    assertThat(c.period()).isEqualTo(new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)));
    assertThat(c.deadweight()).isFalse();
    assertThat(SettingsFile.parse("# only a comment\n", "evaluation.yaml").isEmpty()).isTrue();
  }

  @Test
  @DisplayName("§4.6: unknown keys are errors naming the line and suggesting the nearest known key")
  void unknownKeys() {
    assertThat(problems("name: x\nperiod: {start: 2021-04-01, ned: 2022-03-31}\nconflict: lowest\n"))
        .containsExactly(
            "evaluation.yaml:2:ned: unknown key 'ned'; did you mean 'end'?",
            "evaluation.yaml:3:conflict: unknown key 'conflict'; did you mean 'conflicts'?");
    assertThat(problems("colour: blue\n")).containsExactly(
        "evaluation.yaml:1:colour: unknown key 'colour'; known keys: [bank, columns, conflicts, currency, deadweight,"
            + " discounting, indices, name, organisation, organization, outcomes, period, priceYear, range, region,"
            + " report, simulate, spread]");
  }

  @Test
  @DisplayName("§7: broken YAML names the file and line")
  void brokenYaml() {
    List<String> p = problems("name: x\nperiod: {start: 2021-04-01\nregion: london\n");
    assertThat(p).hasSize(1);
    assertThat(p.get(0)).matches("evaluation\\.yaml:[23]:\\d+: not valid YAML: .*");
  }

  @Test
  @DisplayName("§7: a value with ': ' in it, unquoted: file:line:column, and the quotes it needs")
  void colonInValue() {
    assertThat(problems("name: x\n\n\n\norganisation: Brixton & Beyond Community Partnership (lead: Brixton"
        + " Community Sports Trust)\n")).containsExactly("evaluation.yaml:5:59: not valid YAML: a value containing"
            + " ': ' must be in quotes, e.g. organisation: \"...\"");
    assertThat(problems("report:\n  title: Year one: the start\n")).containsExactly(
        "evaluation.yaml:2:18: not valid YAML: a value containing ': ' must be in quotes, e.g. title: \"...\"");
  }

  @Test
  @DisplayName("§7: a tab to indent: file:line:column and 'indent with spaces', not the parser's words")
  void tabIndent() {
    assertThat(problems("name: x\nperiod:\n\tstart: 2021-04-01\n")).containsExactly(
        "evaluation.yaml:3:1: not valid YAML: indent with spaces, not a tab");
  }

  @Test
  @DisplayName("§4.6: a key given twice is an error rather than a silently lost value")
  void duplicateKey() {
    List<String> p = problems("name: x\nregion: london\nregion: outside-london\n");
    assertThat(p).hasSize(1);
    assertThat(p.get(0)).matches("evaluation\\.yaml:3:\\d+: not valid YAML: .*region.*");
  }

  @Test
  @DisplayName("§4.6: bad values say what was expected, at their line")
  void badValues() {
    assertThat(problems("deadweight: maybe\nconflicts: random\noutcomes:\n  employment: {attribution: 120%}\n"))
        .containsExactly(
            "evaluation.yaml:1:deadweight: expected 'bank' or 'off', found 'maybe'",
            "evaluation.yaml:2:conflicts: " + conflictsMessage("random"),
            "evaluation.yaml:4:attribution: a percentage must be from 0 to 100, found '120%'");
  }

  private static String conflictsMessage(String value) {
    try {
      ConflictPolicy.parse(value);
      throw new AssertionError();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  @DisplayName("§4.2: a YAML file that is not UTF-8 is refused with the file name")
  void notUtf8() throws IOException {
    Path file = dir.resolve("evaluation.yaml");
    Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xA3, '\n'});
    assertThatThrownBy(() -> SettingsFile.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics().get(0).render())
            .isEqualTo(file + ": the file is not UTF-8 text; save it as UTF-8 (YAML files are always UTF-8)"));
  }

  @Test
  @DisplayName("§4.2/§10: columns maps spec columns per table; an outcome may state why its deadweight is 0")
  void columnsAndReasons() {
    Settings c = settings("""
        columns: {participants: {outcome: "Outcome achieved", age: "Age (years)"}}
        outcomes: {employment: {deadweight: 0%, reason: comparison group}}
        report: {title: "Derby {period}"}
        period: 2022/23
        """, "evaluation.yaml");
    assertThat(c.columns("participants")).containsEntry("outcome", "Outcome achieved").containsEntry("age",
        "Age (years)");
    assertThat(c.columns("counts")).isEmpty();
    assertThat(c.adjustments().get("employment").deadweightReason()).isEqualTo("comparison group");
    assertThat(c.title()).isEqualTo("Derby 2022/23");
    assertThat(problems("columns: {participant: {outcome: x}}\n")).singleElement().asString()
        .contains("unknown key 'participant'; did you mean 'participants'?");
    assertThat(problems("columns: {participants: {outcom: x}}\n")).singleElement().asString()
        .contains("unknown key 'outcom'; did you mean 'outcome'?");
  }

  @Test
  @DisplayName("§4.6 issue 17 keys: priceYear, indices, range, simulate, spread, discounting schedule, currency")
  void treasuryKeys() {
    Settings s = settings("priceYear: 2024\nindices: newer.json\nrange: off\nsimulate: {runs: 500, seed: 42}\n"
        + "spread: {deadweight: 10%, dropOff: 5%}\ndiscounting: {schedule: green-book-health}\ncurrency: aud\n",
        "evaluation.yaml");
    assertThat(s.priceYear()).isEqualTo(2024);
    assertThat(s.indices()).isEqualTo("newer.json");
    assertThat(s.range()).isFalse();
    assertThat(s.simulationRuns()).isEqualTo(500);
    assertThat(s.simulationSeed()).isEqualTo(42);
    assertThat(s.spread().get(org.impactkit.model.Parameter.DEADWEIGHT)).isEqualByComparingTo("0.1");
    assertThat(s.spread().get(org.impactkit.model.Parameter.DROP_OFF)).isEqualByComparingTo("0.05");
    assertThat(s.discounting().schedule().id()).isEqualTo("green-book-health");
    assertThat(s.wellbyDiscounting().schedule().id()).isEqualTo("green-book-health");
    assertThat(s.currency()).isEqualTo("AUD");
    Settings defaults = Settings.defaults();
    assertThat(defaults.discounting().schedule().id()).isEqualTo("green-book");
    assertThat(defaults.wellbyDiscounting().schedule().id()).isEqualTo("green-book-health");
    assertThat(defaults.range()).isTrue();
    assertThat(defaults.simulationRuns()).isNull();
    Settings flat = settings("discounting: {rate: 3%}\n", "evaluation.yaml");
    assertThat(flat.wellbyDiscounting().schedule().isFlat()).isTrue();
    assertThat(flat.wellbyDiscounting().rate()).isEqualByComparingTo("0.03");
  }

  @Test
  @DisplayName("§4.6 issue 17 keys refused at their lines, all at once")
  void treasuryKeyProblems() {
    assertThat(problems("priceYear: soon\nrange: maybe\nsimulate: {runs: 0}\nspread: {quantity: 5%}\n"
        + "discounting: {schedule: green-bok}\ncurrency: pounds\n"))
        .contains("evaluation.yaml:1:priceYear: expected a year such as 2024, found 'soon'",
            "evaluation.yaml:2:range: expected on or off, found 'maybe'",
            "evaluation.yaml:3:runs: expected a number of runs from 1 to 1000000, found '0'",
            "evaluation.yaml:5:schedule: expected a discount schedule green-book or green-book-health, found"
                + " 'green-bok'; did you mean 'green-book'?",
            "evaluation.yaml:6:currency: expected an ISO 4217 currency code such as GBP, EUR or AUD, found 'pounds'")
        .anyMatch(m -> m.startsWith("evaluation.yaml:4:quantity: unknown key 'quantity'"));
    assertThat(problems("discounting: {schedule: green-book, rate: 3%}\n"))
        .containsExactly("evaluation.yaml:1:discounting: give either a schedule or a flat rate, not both");
  }
}
