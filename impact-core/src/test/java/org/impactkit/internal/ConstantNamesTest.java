package org.impactkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.impactkit.compare.Measure;
import org.impactkit.diagnostic.CheckId;
import org.impactkit.model.Parameter;
import org.impactkit.valuation.NotClaimedReason;
import org.junit.jupiter.api.Test;

class ConstantNamesTest {
  @Test
  void kebabJoinsLowerCaseWordsWithHyphens() {
    assertThat(ConstantNames.kebab(NotClaimedReason.NOT_ACHIEVED_AT_FOLLOW_UP)).isEqualTo("not-achieved-at-follow-up");
    assertThat(ConstantNames.kebab(CheckId.EXAMPLE_ROWS)).isEqualTo("example-rows");
    assertThat(ConstantNames.kebab(NotClaimedReason.DUPLICATE)).isEqualTo("duplicate");
  }

  @Test
  void camelIsTheJsonFieldName() {
    assertThat(ConstantNames.camel(Measure.NET_SOCIAL_VALUE)).isEqualTo("netSocialValue");
    assertThat(ConstantNames.camel(Parameter.DROP_OFF)).isEqualTo("dropOff");
    assertThat(ConstantNames.camel(Measure.RATIO)).isEqualTo("ratio");
  }

  @Test
  void theSharesAreThePercentageParameters() {
    assertThat(Parameter.SHARES).allMatch(Parameter::isPercentage)
        .containsExactly(Parameter.DEADWEIGHT, Parameter.DISPLACEMENT, Parameter.ATTRIBUTION, Parameter.DROP_OFF);
    assertThat(Parameter.QUANTITY.isPercentage()).isFalse();
    assertThat(Parameter.PROXY_VALUE.isPercentage()).isFalse();
  }
}
