package org.impactkit.valuation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("compact per-participant state (issue 7)")
class ParticipantTableTest {
  /** Checks the table holds exactly {@code ids}: one number each, all different, found again. */
  private static void assertHolds(ParticipantTable table, java.util.Collection<String> ids) {
    Map<Integer, String> byNumber = new HashMap<>();
    for (String id : ids) {
      int p = table.indexOf(new String(id));
      assertThat(p).isBetween(0, table.capacity() - 1);
      assertThat(byNumber.put(p, id)).as("number %d given to %s", p, id).isNull();
    }
    assertThat(table.size()).isEqualTo(ids.size());
  }

  @Test
  @DisplayName("ids are matched exactly as written, across growth of every array, like a HashMap would")
  void indexMatchesAHashMap() {
    ParticipantTable table = new ParticipantTable();
    java.util.Set<String> reference = new java.util.LinkedHashSet<>();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 150_000; i++) {
        String id = (i % 3 == 0 ? "P-" : "p-") + i + (i % 7 == 0 ? " é" : "");
        reference.add(id);
        int before = table.size();
        table.indexOf(new String(id));
        assertThat(table.size()).isEqualTo(before + (round == 0 ? 1 : 0));
      }
    }
    assertHolds(table, reference);
    // "Aa" and "BB" share a hash code: both must stay distinct
    int aa = table.indexOf("Aa");
    int bb = table.indexOf("BB");
    assertThat(aa).isNotEqualTo(bb);
    assertThat(table.indexOf("Aa")).isEqualTo(aa);
  }

  @Test
  @DisplayName("fetching participants ahead changes no number, whether they are in the table or not")
  void prefetchChangesNothing() {
    ParticipantTable plain = new ParticipantTable();
    ParticipantTable ahead = new ParticipantTable();
    String[] batch = new String[ParticipantTable.PREFETCH_MAX];
    for (int i = 0; i < 60_000; i += batch.length) {
      for (int k = 0; k < batch.length; k++) { // short and long ids, repeats, new and seen, across growth
        int n = (i + k) * 7 % 20_011;
        batch[k] = n % 5 == 0 ? "participant-" + n + "-é" : "P" + n;
      }
      ahead.prefetch(batch, batch.length);
      assertThat(ahead.size()).isEqualTo(plain.size());
      for (int k = 0; k < batch.length; k++) {
        if (k % 5 == 3) {
          continue; // a row left out of valuing after its id was fetched
        }
        // an equal id that is another object, and one that was never fetched, as well as the fetched one
        String id = k % 7 == 2 ? new String(batch[k]) : k % 11 == 4 ? "other-" + i + "-" + k : batch[k];
        assertThat(ahead.indexOf(id)).isEqualTo(plain.indexOf(id));
      }
    }
    assertThat(ahead.size()).isEqualTo(plain.size());
  }

  @Test
  @DisplayName("a participant's state moves with it when the table grows")
  void stateSurvivesGrowth() {
    ParticipantTable table = new ParticipantTable();
    int first = table.indexOf("first");
    table.claimOutcome(first, 2);
    table.claimOutcome(first, 40);
    table.claimOutcome(first, 70);
    for (int t = 0; t < 12; t++) {
      table.tag(first, 100 + t);
    }
    table.addPending(first, 1, 3, 0, 2, 0, 99);
    for (int i = 0; i < 100_000; i++) {
      table.indexOf("other-" + i);
    }
    int now = table.indexOf("first");
    assertThat(table.claimOutcome(now, 2)).isFalse();
    assertThat(table.claimOutcome(now, 40)).isFalse();
    assertThat(table.claimOutcome(now, 70)).isFalse();
    assertThat(table.claimOutcome(now, 3)).isTrue();
    for (int t = 0; t < 12; t++) {
      assertThat(table.tag(now, 100 + t)).as("tag %d kept", 100 + t).isFalse();
    }
    assertThat(table.tag(now, 112)).isTrue();
    List<Long> lines = new ArrayList<>();
    table.forEachPendingGroup((cells, n) -> { }, cell -> lines.add(table.pending().line(cell)));
    assertThat(lines).containsExactly(99L);
  }

  @Test
  @DisplayName("long ids whose hashes collide keep their own state, also when one of them makes the table grow")
  void collidingLongIdsAcrossGrowth() {
    ParticipantTable table = new ParticipantTable();
    // "Aa" and "BB" share a hash code, so every 10-character mix of them does too: 32 ids, one key
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 32; bits++) {
      StringBuilder id = new StringBuilder();
      for (int k = 0; k < 5; k++) {
        id.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(id.toString());
    }
    int filler = 0;
    for (int i = 0; i < colliding.size(); i++) {
      // every eighth colliding id arrives just as the table is full, so adding it grows the table
      while (i % 8 == 5 && (table.size() + 1) * 4L <= table.capacity() * 3L) {
        table.indexOf("filler-" + filler++);
      }
      int p = table.indexOf(colliding.get(i));
      table.tag(p, 1_000 + i);
    }
    for (int i = 0; i < colliding.size(); i++) {
      int p = table.indexOf(colliding.get(i));
      for (int j = 0; j < colliding.size(); j++) {
        // only its own tag is there: adding it again is refused, adding another's is not
        assertThat(table.tag(p, 1_000 + j)).as("%s, tag of %s", colliding.get(i), colliding.get(j)).isEqualTo(i != j);
      }
    }
  }

  @Test
  @DisplayName("a packed short id and a hashed one never share a key, whichever comes first")
  void packedAndHashedKeysNeverMeet() {
    // "\u096awp\ufff7\u0017" is not ASCII, so it is keyed by hash; its hash code is 0x85000003, which
    // with its length 5 spells the key the ASCII id "\u0005\u0000\u0000\u00000" packs into
    String hashed = "\u096awp\ufff7\u0017";
    String packed = "\u0005\u0000\u0000\u00000";
    assertThat(hashed.hashCode()).isEqualTo(0x85000003);
    for (List<String> order : List.of(List.of(hashed, packed), List.of(packed, hashed))) {
      ParticipantTable table = new ParticipantTable();
      int first = table.indexOf(order.get(0));
      int second = table.indexOf(order.get(1));
      assertThat(second).isNotEqualTo(first);
      assertThat(table.size()).isEqualTo(2);
      assertThat(table.indexOf(order.get(0))).isEqualTo(first);
    }
  }

  @Test
  @DisplayName("short ids packed into the key stay distinct at every edge: length, 7-bit range, NUL, 8 against 9")
  void packedIdsStayDistinct() {
    ParticipantTable table = new ParticipantTable();
    List<String> ids = List.of("a", "a\u0000", "\u0000a", "\u0000", "abcdefgh", "abcdefgi", "abcdefghi",
        "abcdefg\u007f", "abcdefg\u0080", "abcdefg\u00ff", "ABCDEFGH", "bcdefgh", "P0000001", "P0000010");
    for (int round = 0; round < 3; round++) {
      ids.forEach(id -> table.indexOf(new String(id)));
    }
    assertHolds(table, ids);
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
    assertThat(table.tag(p, 5)).isTrue();
    assertThat(table.tag(p, 5)).isFalse();
    assertThat(table.tag(q, 5)).isTrue();
    assertThat(table.tag(p, 9)).isTrue();
    for (int t = 100; t < 110; t++) {
      assertThat(table.tag(q, t)).isTrue(); // more than fit inline
      assertThat(table.tag(q, t)).isFalse();
    }
    int[] tags = table.tags(q, new int[2]); // grown to hold the tags past the block's
    List<Integer> listed = new ArrayList<>();
    for (int i = 0; i < table.lastTagCount(); i++) {
      listed.add(tags[i]);
    }
    assertThat(listed).containsExactlyInAnyOrder(5, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109);
    for (int t = 100; t < 110; t++) {
      assertThat(table.tag(p, t + 100)).as("x:%d", t + 100).isTrue();
    }
    table.tags(p, tags);
    assertThat(table.lastTagCount()).isEqualTo(12);

    table.addPending(p, 0, 2, 0, 1, 0, 10);
    table.addPending(p, 0, 3, 1, 2, 0, 11);
    table.addPending(q, 0, 2, 0, 0, 0, 12);
    List<String> groups = new ArrayList<>();
    List<Long> singles = new ArrayList<>();
    table.forEachPendingGroup((cells, n) -> {
      for (int i = 0; i < n; i++) {
        groups.add(table.pending().outcome(cells[i]) + "@" + table.pending().line(cells[i]));
      }
    }, cell -> singles.add(table.pending().line(cell)));
    assertThat(groups).containsExactlyInAnyOrder("2@10", "3@11");
    assertThat(singles).containsExactly(12L);
  }

  @Test
  @DisplayName("issue 21: a participant with thousands of tags (a thousand breakdown columns) finds each again, also after growth")
  void manyTagsAreIndexed() {
    ParticipantTable table = new ParticipantTable();
    int many = table.indexOf("many");
    int few = table.indexOf("few");
    for (int t = 0; t < 5_000; t++) {
      assertThat(table.tag(many, 1_000 + t)).isTrue();
      assertThat(table.tag(many, 1_000 + t)).isFalse();
    }
    assertThat(table.manyTags(many)).isTrue();
    for (int t = 0; t < 3; t++) {
      assertThat(table.tag(few, 1_000 + t)).as("tags are per participant").isTrue();
    }
    assertThat(table.manyTags(few)).isFalse();
    for (int i = 0; i < 50_000; i++) {
      table.indexOf("other-" + i);
    }
    many = table.indexOf("many");
    for (int t = 0; t < 5_000; t++) {
      assertThat(table.tag(many, 1_000 + t)).as("tag %d kept", 1_000 + t).isFalse();
    }
    assertThat(table.tag(many, 42)).isTrue();
    int[] tags = table.tags(many, new int[4]);
    assertThat(java.util.Arrays.stream(tags, 0, table.lastTagCount()).sorted().distinct().count()).isEqualTo(5_001);
    assertThat(table.lastTagCount()).isEqualTo(5_001);
  }

  @Test
  @DisplayName("issue 20: across many pages of state, every participant's outcomes, tags and pending claims match a"
      + " map of objects exactly, and numbers never change; pending claims packed or not")
  void pagedStateMatchesAMapOfObjects() {
    checkAgainstObjects(new ParticipantTable()); // pending claims four ints wide
    checkAgainstObjects(new ParticipantTable(300, 70, 3, 5)); // packed into one
  }

  private static void checkAgainstObjects(ParticipantTable table) {
    Map<String, Integer> numbers = new HashMap<>();
    Map<String, java.util.Set<Integer>> outcomes = new HashMap<>();
    Map<String, java.util.Set<Integer>> tags = new HashMap<>();
    Map<String, List<String>> pending = new HashMap<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(20);
    int people = 30_000; // about eight pages of blocks, and the index grows four times
    for (int row = 0; row < 120_000; row++) {
      int k = random.nextInt(people);
      // packed (short ASCII), hashed one byte a character, and hashed two bytes a character
      String id = switch (k % 3) {
        case 0 -> "P" + k;
        case 1 -> "participant-" + k + "-long";
        default -> "\u0394-" + k + "-\u4e2d\u6587";
      };
      int p = table.indexOf(new String(id));
      Integer before = numbers.putIfAbsent(id, p);
      assertThat(p).as(id).isEqualTo(before == null ? numbers.size() - 1 : before);
      int o = random.nextInt(70);
      boolean isNew = outcomes.computeIfAbsent(id, x -> new java.util.HashSet<>()).add(o);
      assertThat(table.claimOutcome(p, o)).as("%s outcome %d", id, o).isEqualTo(isNew);
      int t = random.nextInt(40);
      isNew = tags.computeIfAbsent(id, x -> new java.util.HashSet<>()).add(t);
      assertThat(table.tag(p, t)).as("%s tag %d", id, t).isEqualTo(isNew);
      if (random.nextInt(4) == 0) {
        int activity = random.nextInt(300);
        int region = random.nextInt(3);
        int band = random.nextInt(5);
        int file = random.nextInt(4);
        long line = random.nextLong(1L << 40);
        table.addPending(p, activity, o, region, band, file, line);
        pending.computeIfAbsent(id, x -> new ArrayList<>()).add(activity + "/" + o + "/" + region + "/" + band + "@"
            + file + ":" + line);
      }
    }
    assertThat(table.size()).isEqualTo(numbers.size());
    int[] into = new int[1];
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      assertThat(table.indexOf(e.getKey())).isEqualTo(e.getValue());
      into = table.tags(e.getValue(), into);
      java.util.Set<Integer> listed = new java.util.HashSet<>();
      for (int i = 0; i < table.lastTagCount(); i++) {
        listed.add(into[i]);
      }
      assertThat(listed).as(e.getKey()).isEqualTo(tags.get(e.getKey()));
    }
    List<Integer> claimCounts = new ArrayList<>();
    table.forEachClaimCount(claimCounts::add);
    assertThat(claimCounts).hasSize(numbers.size());
    long claimed = claimCounts.stream().mapToLong(Integer::longValue).sum();
    assertThat(claimed).isEqualTo(outcomes.values().stream().mapToLong(java.util.Set::size).sum());
    // each participant's pending claims come back together, latest first, ordered by row within
    List<List<String>> groups = new ArrayList<>();
    PendingClaims stored = table.pending();
    java.util.function.IntFunction<String> claim = c -> stored.activity(c) + "/" + stored.outcome(c) + "/"
        + stored.region(c) + "/" + stored.band(c) + "@" + stored.file(c) + ":" + stored.line(c);
    table.forEachPendingGroup((cells, n) -> {
      List<String> claims = new ArrayList<>();
      for (int i = n - 1; i >= 0; i--) {
        claims.add(claim.apply(cells[i]));
      }
      groups.add(claims);
    }, cell -> groups.add(List.of(claim.apply(cell))));
    assertThat(groups).containsExactlyInAnyOrderElementsOf(pending.values());
  }
}
