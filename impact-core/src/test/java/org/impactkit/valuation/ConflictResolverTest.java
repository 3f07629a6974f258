package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.SourceFile;
import org.impactkit.testing.Fixtures;
import org.impactkit.valuation.internal.ParticipantTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fake bank, region london, band under-25: employment 1000 less 20% = 800 a claim, volunteering 500 less
 * 10% = 450, confidence 300; confidence conflicts with both others, which do not conflict.
 */
@DisplayName("ConflictResolver: §5.1 step 4 over the pending claims")
class ConflictResolverTest {
  private static final ValueBank BANK = Fixtures.fakeBank();
  private static final SourceFile FILE = org.impactkit.testing.Fixtures.file("people.csv");
  private final ParticipantTable people = new ParticipantTable();
  private final Claims claims = new Claims(1, BANK.outcomes().size(), BANK.regions().size(), BANK.ageBands().size());
  private final Diagnostics diagnostics = new Diagnostics();

  private void pending(String participant, String outcome, long line) {
    int o = BANK.outcomes().indexOf(BANK.outcome(outcome).orElseThrow());
    people.addPending(people.indexOf(participant), 0, o, 0, 0, 0, line);
  }

  /** The outcomes kept, as outcome=claims. */
  private List<String> resolve(ConflictPolicy policy) {
    new ConflictResolver(BANK, policy, new UnitValues(BANK, Settings.builder().build()), people,
        List.of(FILE), diagnostics, claims).resolve();
    List<String> kept = new ArrayList<>();
    claims.forEachCell((a, o, r, b, n) -> kept.add(BANK.outcomes().get(o).id() + "=" + n));
    return kept;
  }

  private long conflicts() {
    return claims.notClaimedCounts().get(NotClaimedReason.CONFLICT.ordinal()).count();
  }

  @ParameterizedTest(name = "{0} keeps {1}")
  @CsvSource({"LOWEST, confidence", "HIGHEST, volunteering", "FIRST, volunteering"})
  @DisplayName("two conflicting claims: the policy picks one; the other is not claimed (conflict)")
  void pair(ConflictPolicy policy, String keptOutcome) {
    pending("p1", "volunteering", 2);
    pending("p1", "confidence", 3);
    assertThat(resolve(policy)).containsExactly(keptOutcome + "=1");
    assertThat(conflicts()).isEqualTo(1);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  @DisplayName("three claims, highest: employment, then volunteering (no clash with it), confidence dropped")
  void threeHighest() {
    pending("p1", "confidence", 2);
    pending("p1", "employment", 3);
    pending("p1", "volunteering", 4);
    assertThat(resolve(ConflictPolicy.HIGHEST)).containsExactly("employment=1", "volunteering=1");
    assertThat(conflicts()).isEqualTo(1);
  }

  @Test
  @DisplayName("three claims, lowest: confidence clashes with both others, so only it is kept")
  void threeLowest() {
    pending("p1", "employment", 2);
    pending("p1", "volunteering", 3);
    pending("p1", "confidence", 4);
    assertThat(resolve(ConflictPolicy.LOWEST)).containsExactly("confidence=1");
    assertThat(conflicts()).isEqualTo(2);
  }

  @Test
  @DisplayName("a participant's single pending claim, and claims of different people, are all kept")
  void nothingToResolve() {
    pending("p1", "volunteering", 2);
    pending("p2", "confidence", 3);
    pending("p3", "employment", 4);
    pending("p3", "volunteering", 5);
    assertThat(resolve(ConflictPolicy.LOWEST)).containsExactly("employment=1", "volunteering=2", "confidence=1");
    assertThat(conflicts()).isZero();
  }

  @Test
  @DisplayName("error: each dropped claim is an error on its line naming the line of the claim kept")
  void error() {
    pending("p1", "volunteering", 21);
    pending("p1", "confidence", 34);
    assertThat(resolve(ConflictPolicy.ERROR)).containsExactly("volunteering=1");
    assertThat(conflicts()).isZero();
    assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(34);
      assertThat(d.file()).isEqualTo("people.csv");
      assertThat(d.message()).contains("'confidence' conflicts with outcome 'volunteering'", "line 21")
          .doesNotContain("p1");
    });
    assertThat(diagnostics.sorted()).allMatch(Diagnostic::isError);
  }
}
