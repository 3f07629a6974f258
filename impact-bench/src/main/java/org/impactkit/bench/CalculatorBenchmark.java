package org.impactkit.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.read.bank.Banks;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.impactkit.valuation.ValuationSettings;
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
import org.openjdk.jmh.annotations.Warmup;

/** The valuation engine alone: participant records (already parsed) per second through the Calculator. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CalculatorBenchmark {
  static final int ROWS = 200_000;

  private ValueBank bank;
  private List<Activity> activities;
  private List<ParticipantRecord> records;
  private ValuationSettings settings;

  @Setup
  public void setUp() {
    bank = Banks.defaultBank();
    settings = Settings.builder().defaultRegion("outside-london").build();
    SourceFile file = new SourceFile("participants.csv", java.util.Map.of(), List.of("gender", "ward"));
    SourceFile activityFile = SourceFile.inMemory("activities.csv");
    activities = new ArrayList<>();
    for (int i = 0; i < GenerateEvaluation.ACTIVITIES; i++) {
      activities.add(new Activity(GenerateEvaluation.activity(i), null, BigDecimal.valueOf(1000 + i), null, null,
          new RowRef(activityFile, i + 2)));
    }
    SplittableRandom random = new SplittableRandom(7);
    records = new ArrayList<>(ROWS);
    for (int r = 0; r < ROWS; r++) {
      String outcome = GenerateEvaluation.OUTCOMES[random.nextInt(GenerateEvaluation.OUTCOMES.length)];
      records.add(new ParticipantRecord("P" + random.nextInt(ROWS / 2), GenerateEvaluation.activity(random.nextInt(100)),
          outcome, 5 + random.nextInt(80), null, null, null, null, null, null,
          List.of(GenerateEvaluation.GENDERS[random.nextInt(3)], "Ward " + random.nextInt(40)), new RowRef(file, r + 2)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public CalculationResult claimsPerSecond() {
    Calculator c = new Calculator(bank, settings, activities, new Diagnostics());
    for (ParticipantRecord r : records) {
      c.participant(r);
    }
    return c.finish();
  }
}
