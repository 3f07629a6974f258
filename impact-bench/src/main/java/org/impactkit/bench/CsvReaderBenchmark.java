package org.impactkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The participant reader alone: CSV rows per second into typed records (encoding check included). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CsvReaderBenchmark {
  static final int ROWS = 200_000;

  private Path dir;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("impact-bench");
    GenerateEvaluation.write(dir, ROWS);
  }

  @TearDown
  public void tearDown() throws IOException {
    for (String f : List.of("activities.csv", "participants.csv", "evaluation.yaml")) {
      Files.deleteIfExists(dir.resolve(f));
    }
    Files.deleteIfExists(dir);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long rowsPerSecond() throws IOException {
    long[] rows = new long[1];
    RecordSink sink = new RecordSink() {
      @Override
      public void participant(ParticipantRecord record) {
        rows[0]++;
      }

      @Override
      public void count(CountRecord record) {}

      @Override
      public void rejected(RowRef row) {}
    };
    Path file = dir.resolve("participants.csv");
    try (Table table = Tables.open(file, "participants.csv")) {
      RecordReaders.participants(table, sink, new Diagnostics());
    }
    return rows[0];
  }
}
