package org.impactkit.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;
import org.impactkit.bank.ValueTable;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.evaluation.Settings;
import org.impactkit.evaluation.SettingsBuilder;
import org.impactkit.model.Activity;
import org.impactkit.model.Adjustments;
import org.impactkit.model.CountRecord;
import org.impactkit.model.Parameter;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Monte Carlo of SPEC §5.5: 10,000 runs must take under a second for any evaluation size. It works
 * on the aggregated claims, so its cost grows with the outcomes claimed (and their years), not with
 * rows or people; this measures a whole {@code finish()} with and without it, over banks of 10 and 500
 * outcomes (far more than any real bank), every outcome with a range, five years of drop-off and all
 * four adjustments spread. The difference between the two methods is the simulation's own time. Values
 * are made up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulationBenchmark {
  static final int RUNS = 10_000;

  @Param({"10", "500"})
  int outcomes;

  private ValueBank bank;
  private Settings plain;
  private Settings simulated;
  private List<Activity> activities;
  private List<CountRecord> counts;

  @Setup
  public void setUp() {
    List<Outcome> list = new ArrayList<>();
    SettingsBuilder b = Settings.builder();
    for (int i = 0; i < outcomes; i++) {
      BigDecimal central = BigDecimal.valueOf(1000 + i);
      list.add(new Outcome("o" + i, "Outcome " + i, null, null, false, new BigDecimal("0.2"), null,
          ValueTable.uniform(central), null, central.multiply(new BigDecimal("0.7")),
          central.multiply(new BigDecimal("1.4")), null, null, true));
      b.adjustments("o" + i, new Adjustments(null, new BigDecimal("0.1"), new BigDecimal("0.25"), 5,
          new BigDecimal("0.2")));
    }
    bank = new ValueBank(new ValueBank.Info("bench", "Bench", "1", "GBP", 2019, null, null, null, Uprating.WELLBY),
        null, null, Map.of(), list, List.of());
    plain = b.build();
    simulated = b.simulate(RUNS).seed(1L).spread(Map.of(Parameter.DEADWEIGHT, new BigDecimal("0.1"),
        Parameter.DISPLACEMENT, new BigDecimal("0.05"), Parameter.ATTRIBUTION, new BigDecimal("0.1"),
        Parameter.DROP_OFF, new BigDecimal("0.1"))).build();
    RowRef ref = new RowRef(SourceFile.inMemory("bench"), 1);
    activities = List.of(new Activity("A1", null, new BigDecimal("100000"), null, null, ref));
    counts = new ArrayList<>();
    for (int i = 0; i < outcomes; i++) {
      for (String band : List.of("under-25", "25-49", "50-plus", "unknown")) {
        counts.add(new CountRecord("A1", "o" + i, band, null, 10 + i % 7, ref));
      }
    }
  }

  private CalculationResult calculate(Settings settings) {
    Calculator c = new Calculator(bank, settings, activities, new Diagnostics());
    counts.forEach(c::count);
    return c.finish();
  }

  @Benchmark
  public CalculationResult withoutSimulation() {
    return calculate(plain);
  }

  @Benchmark
  public CalculationResult with10000Runs() {
    return calculate(simulated);
  }
}
