package org.impactkit.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReadersTest {
  @TempDir Path dir;

  private final List<ParticipantRecord> read = new ArrayList<>();
  private final List<CountRecord> counted = new ArrayList<>();
  private final RecordSink sink = new RecordSink() {
    @Override
    public void participant(ParticipantRecord r) {
      read.add(r);
    }

    @Override
    public void count(CountRecord c) {
      counted.add(c);
    }

    @Override
    public void rejected(RowRef row) {}
  };

  private List<Diagnostic> participants(String csv) throws IOException {
    Path file = Files.writeString(dir.resolve("participants.csv"), csv);
    Diagnostics diagnostics = new Diagnostics();
    try (Table table = Tables.open(file, "participants.csv")) {
      RecordReaders.participants(table, sink, diagnostics);
    }
    return diagnostics.sorted();
  }

  @Test
  @DisplayName("§4.2 CSV rows cut short: read with blank last columns, and one warning for the file at the first")
  void shortRowsWarnOnce() throws IOException {
    List<Diagnostic> found = participants("participant_id,activity_id,outcome,date\n"
        + "p1,a1,employment,2021-05-01\n"
        + "p2,a1\n"
        + "p3,a1,,\n"
        + "p4\n");
    assertThat(read).hasSize(3); // p4 has no activity: a problem of its own
    assertThat(read.get(1).date()).isNull();
    assertThat(found).filteredOn(d -> !d.isError()).extracting(Diagnostic::render).containsExactly(
        "participants.csv:3: warning: 2 rows, this the first, have fewer values than the header's 4 columns, so the"
            + " last columns are read as blank; check that no value (a date, an outcome) was lost when the row was"
            + " cut short");
  }

  @Test
  @DisplayName("§4.2 CSV rows with every comma, blank cells included, are not called short")
  void fullRowsDoNotWarn() throws IOException {
    List<Diagnostic> found = participants("participant_id,activity_id,outcome,date\np1,a1,,\np2,a1,employment,\n");
    assertThat(read).hasSize(2);
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("§4.5 a counts row without a band whose count is its group's banded sum is warned of as a subtotal")
  void subtotalCountsRow() throws IOException {
    Path file = Files.writeString(dir.resolve("counts.csv"), "activity_id,outcome,age_band,count\n"
        + "a1,employment,under-25,4\n"
        + "a1,employment,25-49,3\n"
        + "a1,employment,,7\n" // their total
        + "a1,volunteering,,5\n" // no banded rows: people of unknown age
        + "a2,employment,under-25,2\n"
        + "a2,employment,,3\n" // not the sum: more people of unknown age
        + "a3,employment,under-25,6\n"
        + "a3,employment,,6\n"); // beside one banded row: as likely people of unknown age
    Diagnostics diagnostics = new Diagnostics();
    try (Table table = Tables.open(file, "counts.csv")) {
      RecordReaders.counts(table, sink, diagnostics);
    }
    assertThat(counted).hasSize(8);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::render).containsExactly("counts.csv:4:age_band: warning:"
        + " this row has no age band and its count, 7, is the sum of the banded rows of the same activity and"
        + " outcome: if it is their total, delete it, as both are added");
  }

  @Test
  @DisplayName("§4.5 a counts row identical to an earlier one is added with a warning; rows differing in a cell are not")
  void repeatedCountsRow() throws IOException {
    Path file = Files.writeString(dir.resolve("counts.csv"), "activity_id,outcome,age_band,count,quarter\n"
        + "a1,employment,under-25,4,Q1\n"
        + "a1,employment,under-25,3,Q2\n"
        + "a1,employment,under-25,4,Q1\n");
    Diagnostics diagnostics = new Diagnostics();
    try (Table table = Tables.open(file, "counts.csv")) {
      RecordReaders.counts(table, sink, diagnostics);
    }
    assertThat(counted).hasSize(3);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::render).containsExactly("counts.csv:4:count: warning:"
        + " this row repeats line 2 cell for cell, and both counts are added; if it was pasted twice, delete one");
  }
}
