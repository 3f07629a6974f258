package org.impactkit.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactkit.testing.Fixtures.activity;

import java.util.Arrays;
import org.impactkit.bank.ValueBank;
import org.impactkit.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ParticipantShards: participants kept in shares on threads of their own")
class ParticipantShardsTest {
  private static final ValueBank BANK = Fixtures.fakeBank();

  private static ParticipantShards shards(int count) {
    Activities activities = new Activities(BANK);
    activities.add(activity("a1", "100", "london"));
    Headcounts layout = new Headcounts(activities, BANK.ageBands().size());
    return new ParticipantShards(count, true, activities.size(), BANK.outcomes().size(), BANK.regions().size(),
        layout, new boolean[BANK.outcomes().size()]);
  }

  @Test
  @DisplayName("finish() waits for the threads, which then end; the shares' counts add up")
  void finish() throws Exception {
    ParticipantShards shards = shards(3);
    Thread[] threads = shards.threads();
    assertThat(threads).hasSize(3);
    for (int i = 0; i < 10_000; i++) {
      shards.row("p" + i % 700, 0, 0, new int[0], 0, 0, 0, 0, i + 2L);
    }
    shards.finish();
    assertThat(shards.size()).isEqualTo(700);
    for (Thread t : threads) {
      t.join(10_000);
      assertThat(t.isAlive()).isFalse();
    }
  }

  @Test
  @DisplayName("a run abandoned before finish() (a file unreadable half-way) does not leave its threads waiting")
  void abandoned() throws Exception {
    ParticipantShards shards = shards(2);
    shards.row("p1", 0, 0, new int[0], 0, -1, 0, 0, 2);
    Thread[] threads = shards.threads();
    shards = null; // the run failed: nothing refers to it any more
    for (int i = 0; i < 100 && Arrays.stream(threads).anyMatch(Thread::isAlive); i++) {
      System.gc();
      Thread.sleep(100);
    }
    assertThat(threads).noneMatch(Thread::isAlive);
  }
}
