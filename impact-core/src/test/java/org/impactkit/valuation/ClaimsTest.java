package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Claims: counts per cell, per outcome × band from records, and rows not claimed")
class ClaimsTest {
  @Test
  @DisplayName("cells come back decoded, in activity, outcome, region, band order, with their counts summed")
  void cells() {
    Claims claims = new Claims(3, 4, 2, 5);
    claims.add(2, 3, 1, 4, 1, true);
    claims.add(0, 1, 0, 2, 7, false);
    claims.add(1, 0, 1, 0, 2, true);
    claims.add(0, 1, 0, 2, 3, false);
    List<String> seen = new ArrayList<>();
    claims.forEachCell((a, o, r, b, n) -> seen.add(a + "/" + o + "/" + r + "/" + b + "=" + n));
    assertThat(seen).containsExactly("0/1/0/2=10", "1/0/1/0=2", "2/3/1/4=1");
  }

  @Test
  @DisplayName("the same with too many cells for an array (kept in a map)")
  void sparse() {
    Claims claims = new Claims(5000, 100, 10, 5);
    claims.add(4999, 99, 9, 4, 1, true);
    claims.add(0, 0, 0, 0, 2, true);
    claims.add(1234, 56, 7, 3, 5, false);
    List<String> seen = new ArrayList<>();
    claims.forEachCell((a, o, r, b, n) -> seen.add(a + "/" + o + "/" + r + "/" + b + "=" + n));
    assertThat(seen).containsExactly("0/0/0/0=2", "1234/56/7/3=5", "4999/99/9/4=1");
  }

  @Test
  @DisplayName("claims from records are also counted per outcome × band; counts rows are not")
  void fromRecords() {
    Claims claims = new Claims(1, 2, 1, 2);
    claims.add(0, 1, 0, 1, 1, true);
    claims.add(0, 1, 0, 1, 1, true);
    claims.add(0, 1, 0, 1, 40, false);
    assertThat(claims.fromRecords(1, 1)).isEqualTo(2);
    assertThat(claims.fromRecords(0, 1)).isZero();
  }

  @Test
  @DisplayName("every reason is listed, in order, with its count")
  void notClaimed() {
    Claims claims = new Claims(1, 1, 1, 1);
    claims.notClaimed(NotClaimedReason.DUPLICATE);
    claims.notClaimed(NotClaimedReason.DUPLICATE);
    claims.notClaimed(NotClaimedReason.INVALID_ROW);
    assertThat(claims.notClaimedCounts()).extracting(NotClaimedCount::reason)
        .containsExactly(NotClaimedReason.values());
    assertThat(claims.notClaimedCounts()).extracting(NotClaimedCount::count).containsExactly(0L, 0L, 0L, 2L, 0L, 1L);
  }
}
