package org.impactkit.testing;

import java.math.BigDecimal;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.NotClaimedReason;

/** Fluent checks on a {@link CalculationResult}; money compared exactly (scale ignored). */
public final class ResultAssert extends AbstractAssert<ResultAssert, CalculationResult> {
  private ResultAssert(CalculationResult actual) {
    super(actual, ResultAssert.class);
  }

  public static ResultAssert assertThat(CalculationResult actual) {
    return new ResultAssert(actual);
  }

  public ResultAssert hasSocialValue(String expected) {
    isNotNull();
    Assertions.assertThat(actual.totals().socialValue()).as("social value").isEqualByComparingTo(expected);
    return this;
  }

  public ResultAssert hasGrossValue(String expected) {
    isNotNull();
    Assertions.assertThat(actual.totals().grossValue()).as("gross value").isEqualByComparingTo(expected);
    return this;
  }

  public ResultAssert hasClaims(long expected) {
    isNotNull();
    Assertions.assertThat(actual.totals().claims()).as("claims").isEqualTo(expected);
    return this;
  }

  public ResultAssert hasParticipants(long expected) {
    isNotNull();
    Assertions.assertThat(actual.totals().participants()).as("participants").isEqualTo(expected);
    return this;
  }

  public ResultAssert hasNotClaimed(NotClaimedReason reason, long expected) {
    isNotNull();
    long n = actual.notClaimed().stream().filter(c -> c.reason() == reason).mapToLong(c -> c.count()).sum();
    Assertions.assertThat(n).as("not claimed (%s)", reason.id()).isEqualTo(expected);
    return this;
  }

  /** Checks one age band: participants, claims and social value. */
  public ResultAssert hasBand(String bandId, long participants, long claims, String socialValue) {
    isNotNull();
    BandFigures b = actual.byAgeBand().stream().filter(x -> x.band().id().equals(bandId)).findFirst()
        .orElseThrow(() -> new AssertionError("no band " + bandId));
    Assertions.assertThat(b.participants()).as("participants in %s", bandId).isEqualTo(participants);
    Assertions.assertThat(b.claims()).as("claims in %s", bandId).isEqualTo(claims);
    Assertions.assertThat(b.socialValue()).as("social value in %s", bandId).isEqualByComparingTo(socialValue);
    return this;
  }

  public ResultAssert hasWarningContaining(String text) {
    isNotNull();
    Assertions.assertThat(actual.diagnostics()).as("warnings")
        .anySatisfy(d -> Assertions.assertThat(d.message()).contains(text));
    return this;
  }

  public ResultAssert hasNoWarningContaining(String text) {
    isNotNull();
    Assertions.assertThat(actual.diagnostics()).as("warnings")
        .noneSatisfy(d -> Assertions.assertThat(d.message()).contains(text));
    return this;
  }

  /** The exact ratio social value / investment. */
  public ResultAssert hasRatio(BigDecimal expected) {
    isNotNull();
    Assertions.assertThat(actual.totals().ratio()).as("ratio").isEqualByComparingTo(expected);
    return this;
  }

  /** The check came out with this status, its message containing {@code text}. */
  public ResultAssert hasCheck(CheckId id, CheckStatus status, String text) {
    isNotNull();
    Check c = check(id);
    Assertions.assertThat(c.status()).as("status of check %s (%s)", id.id(), c.message()).isEqualTo(status);
    Assertions.assertThat(c.message()).as("message of check %s", id.id()).contains(text);
    return this;
  }

  /** The check passed. */
  public ResultAssert passes(CheckId id) {
    isNotNull();
    Check c = check(id);
    Assertions.assertThat(c.status()).as("status of check %s (%s)", id.id(), c.message()).isEqualTo(CheckStatus.PASS);
    return this;
  }

  private Check check(CheckId id) {
    Assertions.assertThat(actual.checks()).as("checks").extracting(Check::id).containsExactly(CheckId.values());
    return actual.checks().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
  }
}
