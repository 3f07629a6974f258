package org.impactkit.cli;

import java.io.OutputStream;
import java.util.List;
import org.impactkit.bank.ValueBank;
import org.impactkit.io.bank.Banks;
import org.impactkit.io.report.WorkbookWriter;
import org.impactkit.model.Diagnostics;
import org.impactkit.valuation.Calculator;
import org.impactkit.valuation.ValuationSettings;

/**
 * Gets the workbook writer ready while a large calculation runs: a thread of its own writes the
 * workbook of an empty calculation to nowhere, so POI's classes are loaded and its code compiled by
 * the time the real workbook is written (on a fresh JVM that start-up is most of a workbook's cost,
 * and it would otherwise come after the calculation instead of beside it). The real write waits for
 * it, so the two never initialise POI's classes at the same time.
 */
final class WorkbookHeadStart {
  private final Thread thread;

  private WorkbookHeadStart() {
    thread = new Thread(() -> {
      try {
        // The bundled bank and default settings: the evaluation's own are not needed to warm up, and
        // not waiting for them lets this start while the configuration is still being read.
        ValueBank bank = Banks.defaultBank();
        var settings = ValuationSettings.builder().build();
        var empty = new Calculator(bank, settings, List.of(), new Diagnostics()).finish();
        WorkbookWriter.write(empty, OutputStream.nullOutputStream());
      } catch (Exception | LinkageError e) {
        // a head start only: the real write does all of this again and reports its own problems
      }
    }, "impact-workbook-warm-up");
    thread.setDaemon(true);
  }

  /** Starts getting the writer ready. */
  static WorkbookHeadStart start() {
    WorkbookHeadStart headStart = new WorkbookHeadStart();
    headStart.thread.start();
    return headStart;
  }

  /** Waits until the writer is ready. */
  void await() throws InterruptedException {
    thread.join();
  }
}
