package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("compact per-participant state (issue 7)")
class ParticipantTableTest {
  @Test
  @DisplayName("ids are matched exactly as written, across growth of every array, like a HashMap would")
  void indexMatchesAHashMap() {
    ParticipantTable table = new ParticipantTable();
    Map<String, Integer> reference = new HashMap<>();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 150_000; i++) {
        String id = (i % 3 == 0 ? "P-" : "p-") + i + (i % 7 == 0 ? " é" : "");
        int expected = reference.computeIfAbsent(id, k -> reference.size());
        assertThat(table.indexOf(new String(id))).isEqualTo(expected);
      }
    }
    assertThat(table.size()).isEqualTo(150_000);
    // "Aa" and "BB" share a hash code: both must stay distinct
    int aa = table.indexOf("Aa");
    int bb = table.indexOf("BB");
    assertThat(aa).isNotEqualTo(bb);
    assertThat(table.indexOf("Aa")).isEqualTo(aa);
  }

  @Test
  @DisplayName("short ids packed into the key stay distinct at every edge: length, 7-bit range, NUL, 8 against 9")
  void packedIdsStayDistinct() {
    ParticipantTable table = new ParticipantTable();
    List<String> ids = List.of("a", "a\u0000", "\u0000a", "\u0000", "abcdefgh", "abcdefgi", "abcdefghi",
        "abcdefg\u007f", "abcdefg\u0080", "abcdefg\u00ff", "ABCDEFGH", "bcdefgh", "P0000001", "P0000010");
    Map<String, Integer> reference = new HashMap<>();
    for (int round = 0; round < 3; round++) {
      for (String id : ids) {
        int expected = reference.computeIfAbsent(id, k -> reference.size());
        assertThat(table.indexOf(new String(id))).as(id).isEqualTo(expected);
      }
    }
    assertThat(table.size()).isEqualTo(ids.size());
  }

  @Test
  @DisplayName("an outcome is claimed once per participant, also beyond 64 outcomes")
  void outcomes() {
    ParticipantTable table = new ParticipantTable();
    int p = table.indexOf("x");
    int q = table.indexOf("y");
    assertThat(table.claimOutcome(p, 3)).isTrue();
    assertThat(table.claimOutcome(p, 3)).isFalse();
    assertThat(table.claimOutcome(q, 3)).isTrue();
    assertThat(table.claimOutcome(p, 70)).isTrue();
    assertThat(table.claimOutcome(p, 70)).isFalse();
    assertThat(table.claimOutcome(p, 35)).isTrue(); // the upper half of the mask, not bit 3
    assertThat(table.claimOutcome(p, 35)).isFalse();
    assertThat(table.claimOutcome(q, 35)).isTrue();
  }

  @Test
  @DisplayName("tags are kept once per participant; pending claims come back grouped per participant")
  void tagsAndPending() {
    ParticipantTable table = new ParticipantTable();
    int p = table.indexOf("x");
    int q = table.indexOf("y");
    table.tag(p, 5);
    table.tag(p, 5);
    table.tag(q, 5);
    table.tag(p, 9);
    for (int t = 100; t < 110; t++) {
      table.tag(q, t); // more than fit inline
      table.tag(q, t);
    }
    List<String> seen = new ArrayList<>();
    table.forEachTag((who, tag) -> seen.add(who + ":" + tag));
    List<String> expected = new ArrayList<>(List.of("0:5", "0:9", "1:5"));
    for (int t = 100; t < 110; t++) {
      expected.add("1:" + t);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);

    table.addPending(p, 1, 0, 2, 0, 1, 0, 10);
    table.addPending(p, 2, 0, 3, 1, 2, 0, 11);
    table.addPending(q, 3, 0, 2, 0, 0, 0, 12);
    List<String> groups = new ArrayList<>();
    List<Long> singles = new ArrayList<>();
    table.forEachPendingGroup((cells, n) -> {
      for (int i = 0; i < n; i++) {
        groups.add(table.outcome(cells[i]) + "@" + table.line(cells[i]));
      }
    }, cell -> singles.add(table.line(cell)));
    assertThat(groups).containsExactlyInAnyOrder("2@10", "3@11");
    assertThat(singles).containsExactly(12L);
  }
}
