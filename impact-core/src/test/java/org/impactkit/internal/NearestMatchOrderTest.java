package org.impactkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NearestMatchOrderTest {
  @Test
  @DisplayName("§9 determinism: among equally near choices in a set, the hint does not depend on the set's order")
  void setsAreSorted() {
    LinkedHashSet<String> one = new LinkedHashSet<>(List.of("cat", "bat"));
    LinkedHashSet<String> other = new LinkedHashSet<>(List.of("bat", "cat"));
    assertThat(NearestMatch.among("hat", one)).contains("bat");
    assertThat(NearestMatch.among("hat", other)).contains("bat");
  }

  @Test
  @DisplayName("§9 determinism: among equally near choices in a list, the first listed wins")
  void listsKeepTheirOrder() {
    assertThat(NearestMatch.among("Londn", List.of("london", "London"))).contains("london");
    assertThat(NearestMatch.among("Londn", List.of("London", "london"))).contains("London");
  }

  @Test
  @DisplayName("a text of mostly digits is no typo of another number: 18+ gets no '50+'; a typo in words still does")
  void otherNumbers() {
    List<String> bands = List.of("Under 25", "25-49", "50+", "Unknown");
    assertThat(NearestMatch.among("18+", bands)).isEmpty();
    assertThat(NearestMatch.among("25 - 49", bands)).contains("25-49");
    assertThat(NearestMatch.among("Unknwn", bands)).contains("Unknown");
    assertThat(NearestMatch.among("A9", List.of("A1", "B7"))).contains("A1");
  }
}
