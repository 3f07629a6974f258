package org.impactkit.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Diagnostics: a bounded collector whose contents do not depend on the order things were found in")
class DiagnosticsTest {
  private static List<Diagnostic> errors(int n) {
    List<Diagnostic> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(Diagnostic.error("people.csv", i, "age", "bad age " + i));
      list.add(Diagnostic.warning("people.csv", i, "age", "odd age " + i));
    }
    return list;
  }

  @Test
  @DisplayName("past the limit it keeps the first in reading order, and counts the rest, in any order of adding")
  void firstInReadingOrder() {
    List<Diagnostic> all = errors(50);
    Diagnostics inOrder = new Diagnostics(10);
    all.forEach(inOrder::add);
    List<Diagnostic> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(7));
    Diagnostics anyOrder = new Diagnostics(10);
    shuffled.forEach(anyOrder::add);
    assertThat(inOrder.sorted()).hasSize(10).isEqualTo(anyOrder.sorted()).isEqualTo(all.subList(0, 10));
    assertThat(anyOrder.dropped()).isEqualTo(90);
    assertThat(anyOrder.errorCount()).isEqualTo(50);
  }

  @Test
  @DisplayName("merging two collectors keeps what one collector of everything would keep")
  void merged() {
    List<Diagnostic> all = errors(40);
    Diagnostics one = new Diagnostics(15);
    all.forEach(one::add);
    Diagnostics odd = new Diagnostics(15);
    Diagnostics even = new Diagnostics(15);
    for (int i = 0; i < all.size(); i++) {
      (i % 4 < 2 ? even : odd).add(all.get(i));
    }
    even.addAll(odd);
    assertThat(even.sorted()).isEqualTo(one.sorted());
    assertThat(even.dropped()).isEqualTo(one.dropped());
    assertThat(even.errorCount()).isEqualTo(one.errorCount());
  }
}
