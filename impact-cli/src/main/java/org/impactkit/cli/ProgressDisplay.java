package org.impactkit.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.impactkit.evaluation.Progress;
import org.impactkit.valuation.Formats;

/**
 * A progress bar on standard error for long reads: megabytes read, rows, rate and time left. It
 * appears only after the first second, so small evaluations never flicker, and only when standard
 * error is a terminal.
 */
final class ProgressDisplay implements Progress {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long MB = 1 << 20;

  private final long started = System.nanoTime();
  private ProgressBar bar;
  private String file;

  /** A display when standard error is a terminal and the user did not ask for quiet; otherwise none. */
  static Progress forTerminal(boolean quiet) {
    return !quiet && stderrIsTerminal() ? new ProgressDisplay() : Progress.NONE;
  }

  /** The launcher tells (it can test the file descriptor); without it, fall back on the JVM's console. */
  private static boolean stderrIsTerminal() {
    String told = System.getProperty("impact.stderr.tty");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  @Override
  public void update(String name, long bytesRead, long bytesTotal, long rows) {
    if (bar == null && System.nanoTime() - started < SHOW_AFTER_NANOS) {
      return;
    }
    if (bar == null || !name.equals(file)) {
      done();
      file = name;
      bar = new ProgressBarBuilder()
          .setTaskName("Reading")
          .setInitialMax(Math.max(1, bytesTotal / MB))
          .setUnit(" MB", 1)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .setUpdateIntervalMillis(200)
          .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
          .showSpeed()
          .setMaxRenderedLength(100)
          .build();
    }
    if (bytesRead >= 0) {
      bar.stepTo(bytesRead / MB);
    }
    bar.setExtraMessage(" " + Formats.count(rows) + " rows");
  }

  @Override
  public void done() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
