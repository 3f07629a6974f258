package org.impactkit.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Currencies;
import org.impactkit.model.Activity;
import org.impactkit.model.CodedParticipant;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordCodes;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.table.ColumnMapping;
import org.impactkit.read.table.Table;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;

/**
 * Runs a wellbeing valuation from located files: reads the activities, then streams every participant
 * and counts record through the {@link Calculator}, on a second thread for large inputs.
 */
final class Evaluations {
  /**
   * Record files at least this large are parsed on a second thread while the first values them (unless
   * the run has one thread).
   */
  private static final long PIPELINE_FROM_BYTES = 4L << 20;

  private Evaluations() {}

  /** Calculates, telling {@code progress} how the reading goes. */
  static CalculationResult calculate(EvaluationFiles inputs, ValueBank bank, Settings settings,
      Progress progress) throws IOException {
    return calculate(inputs, bank, settings, progress, PIPELINE_FROM_BYTES);
  }

  /** As above; record files of {@code pipelineFromBytes} or more in all are read on a second thread. */
  static CalculationResult calculate(EvaluationFiles inputs, ValueBank bank, Settings settings,
      Progress progress, long pipelineFromBytes) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    inputs.unreadLookalikes().forEach(diagnostics::add);
    List<SourceFile> sources = new ArrayList<>();
    String symbol = Currencies.symbol(bank.info().currency());
    List<Activity> activities;
    Map<String, RowRef> invalidActivities = new LinkedHashMap<>();
    try (Table table = inputs.open(inputs.activities(), EvaluationFiles.ACTIVITIES_SHEET)) {
      activities = RecordReaders.activities(table, symbol, mapping(settings, RecordReaders.ACTIVITIES), diagnostics,
          invalidActivities, sources);
    } catch (InvalidInputException e) {
      e.diagnostics().forEach(diagnostics::fatal);
      activities = List.of();
    }
    boolean activitiesReadable = !diagnostics.hasFatal();
    Calculator calculator = new Calculator(bank, settings, activities, diagnostics);
    if (!activitiesReadable) {
      calculator.activitiesUnreadable();
    }
    invalidActivities.forEach(calculator::invalidActivity);
    for (UnreadSheets.Unread u : UnreadSheets.of(inputs, settings)) {
      diagnostics.add(u.warning());
      if (RecordReaders.PARTICIPANTS.equals(u.kind()) || RecordReaders.COUNTS.equals(u.kind())) {
        calculator.unreadRecords(u.note());
      }
    }
    if (inputs.participants().size() > 1) {
      calculator.participantFilesMerged();
    }
    long bytes = 0;
    for (Path p : inputs.records()) {
      bytes += Files.isRegularFile(p) ? Files.size(p) : 0;
    }
    if (bytes < pipelineFromBytes || settings.threads() == 1) {
      readRecords(inputs, settings, new ProgressSink(calculator, progress), diagnostics, sources);
    } else {
      // Large inputs: parse on a second thread while this one values (diagnostics are not shared
      // between threads: the reader keeps its own and they are merged once it is done).
      Diagnostics readerDiagnostics = new Diagnostics();
      RecordPipe.run(sink -> readRecords(inputs, settings, new ProgressSink(sink, progress), readerDiagnostics,
          sources), calculator);
      diagnostics.addAll(readerDiagnostics);
    }
    progress.done();
    sources.forEach(calculator::source);
    return calculator.finish();
  }

  /** Reads every participant and counts file into the sink; problems with whole files go to diagnostics. */
  private static void readRecords(EvaluationFiles inputs, Settings settings, ProgressSink progressSink,
      Diagnostics diagnostics, List<SourceFile> sources) throws IOException {
    for (Path p : inputs.participants()) {
      try (Table table = inputs.open(p, EvaluationFiles.PARTICIPANTS_SHEET)) {
        progressSink.reading(table, Files.size(p));
        RecordReaders.participants(table, progressSink, mapping(settings, RecordReaders.PARTICIPANTS), diagnostics,
            sources);
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(diagnostics::fatal);
      }
    }
    for (Path p : inputs.counts()) {
      try (Table table = inputs.open(p, EvaluationFiles.COUNTS_SHEET)) {
        progressSink.reading(table, Files.size(p));
        RecordReaders.counts(table, progressSink, mapping(settings, RecordReaders.COUNTS), diagnostics, sources);
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(diagnostics::fatal);
      }
    }
    progressSink.finished();
  }

  /**
   * The user's column mapping for one kind of table; the columns they name as breakdowns or in cross-tabs
   * are deliberate, never taken for a misnamed spec column.
   */
  private static ColumnMapping mapping(Settings settings, String kind) {
    Set<String> deliberate = new HashSet<>();
    if (settings.breakdowns() != null) {
      deliberate.addAll(settings.breakdowns());
    }
    settings.crossTabs().forEach(deliberate::addAll);
    return new ColumnMapping(kind, settings.columns(kind), deliberate);
  }

  /** Passes records on to the calculator, reporting progress every few thousand rows. */
  private static final class ProgressSink implements RecordSink {
    private static final int EVERY = 1 << 14;

    private final RecordSink target;
    private final Progress progress;
    private Table table;
    private long size;
    private long rows;

    ProgressSink(RecordSink target, Progress progress) {
      this.target = target;
      this.progress = progress;
    }

    void reading(Table table, long size) {
      if (this.table != null) {
        finished(); // the last file's final count before the next file's bar
      }
      this.table = table;
      this.size = size;
    }

    /** Reports the file just read as read whole, with every row counted. */
    void finished() {
      if (table != null) {
        progress.update(table.name(), size, size, rows);
      }
    }

    private void row() {
      if (++rows % EVERY == 0) {
        progress.update(table.name(), table.bytesRead(), size, rows);
      }
    }

    @Override
    public void participant(ParticipantRecord record) {
      target.participant(record);
      row();
    }

    @Override
    public void coded(CodedParticipant row) {
      target.coded(row);
      row();
    }

    @Override
    public RecordCodes codes() {
      return target.codes();
    }

    @Override
    public void count(CountRecord record) {
      target.count(record);
      row();
    }

    @Override
    public void rejected(RowRef row) {
      target.rejected(row);
      row();
    }
  }
}
