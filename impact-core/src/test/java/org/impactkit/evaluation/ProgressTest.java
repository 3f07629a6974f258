package org.impactkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("progress of long reads (issue 7)")
class ProgressTest {
  @TempDir Path dir;

  @Test
  @DisplayName("updates report growing bytes and rows of the file being read, then done")
  void updates() throws Exception {
    Files.writeString(dir.resolve("activities.csv"), "activity_id,annual_budget,region\na,1,London\n");
    Path participants = dir.resolve("participants.csv");
    try (BufferedWriter w = Files.newBufferedWriter(participants)) {
      w.write("participant_id,activity_id\n");
      for (int i = 0; i < 300_000; i++) {
        w.write("p" + i + ",a\n");
      }
    }
    List<long[]> updates = new ArrayList<>();
    boolean[] done = new boolean[1];
    Progress recorder = new Progress() {
      @Override
      public void update(String file, long bytesRead, long bytesTotal, long rows) {
        assertThat(file).isEqualTo(participants.toString());
        assertThat(bytesTotal).isEqualTo(participants.toFile().length());
        updates.add(new long[] {bytesRead, rows});
      }

      @Override
      public void done() {
        done[0] = true;
      }
    };
    var result = Evaluation.prepare(dir).calculate(recorder);
    assertThat(result.totals().participants()).isEqualTo(300_000);
    assertThat(updates).hasSize(300_000 / 16_384 + 1);
    assertThat(updates).extracting(u -> u[1]).startsWith(16_384L, 32_768L);
    // the last update says the whole file was read, with every row: a finished bar shows the totals
    assertThat(updates.get(updates.size() - 1)).containsExactly(participants.toFile().length(), 300_000L);
    // bytes read grow (in steps of the reader's buffer) and never pass the file's size
    assertThat(updates).extracting(u -> u[0]).isSorted().allMatch(b -> b <= participants.toFile().length());
    assertThat(updates.get(updates.size() - 1)[0]).isGreaterThan(updates.get(0)[0]);
    assertThat(done[0]).isTrue();
  }
}
