package org.impactkit.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.impactkit.model.CodedParticipant;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordCodes;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.valuation.Calculator;

/**
 * Runs the reading of records on a second thread while the caller's thread values them: parsing and
 * valuing then overlap on two cores instead of taking turns. Records arrive in input order, in
 * batches, so results are exactly those of reading on one thread.
 */
final class RecordPipe implements RecordSink {
  private static final int BATCH = 4096;
  /**
   * Rows whose participants the valuing thread asks the calculator to fetch together ({@link
   * Calculator#prefetch}): 16 to 64 did about as well (32 best by a little, on a million rows).
   */
  private static final int AHEAD = 32;
  private static final Object[] END = new Object[0];

  /** Reads records into a sink; runs on the reader thread. */
  @FunctionalInterface
  interface Reader {
    void readInto(RecordSink sink) throws IOException;
  }

  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
  private Object[] batch = new Object[BATCH];
  private int size;
  private volatile Throwable failure;
  /** The target's numbering, asked on the valuing thread before reading starts. */
  private final RecordCodes codes;

  private RecordPipe(RecordCodes codes) {
    this.codes = codes;
  }

  /**
   * Reads with {@code reader} on a new thread and hands every record to {@code target} on this one.
   *
   * @throws IOException when reading failed; unchecked failures are rethrown as they were
   */
  static void run(Reader reader, RecordSink target) throws IOException {
    RecordPipe pipe = new RecordPipe(target.codes());
    Thread thread = new Thread(() -> pipe.produce(reader), "impact-reader");
    thread.setDaemon(true);
    thread.start();
    try {
      pipe.consume(target);
    } catch (RuntimeException | Error e) {
      thread.interrupt();
      throw e;
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    }
    Throwable t = pipe.failure;
    if (t instanceof IOException io) {
      throw io;
    } else if (t instanceof RuntimeException re) {
      throw re;
    } else if (t instanceof Error err) {
      throw err;
    } else if (t != null) {
      throw new UncheckedIOException(new IOException(t));
    }
  }

  private void produce(Reader reader) {
    try {
      reader.readInto(this);
      flush();
    } catch (Throwable t) {
      failure = t;
    } finally {
      try {
        queue.put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void consume(RecordSink target) {
    Calculator calculator = target instanceof Calculator c ? c : null;
    String[] ids = new String[AHEAD];
    try {
      for (Object[] b = queue.take(); b != END; b = queue.take()) {
        for (int from = 0; from < b.length && b[from] != null; from += AHEAD) {
          int to = Math.min(b.length, from + AHEAD);
          if (calculator != null) {
            // The next rows' participants fetched together: each is a wait on memory otherwise.
            int n = 0;
            for (int i = from; i < to; i++) {
              if (b[i] instanceof CodedParticipant c) {
                ids[n++] = c.participantId();
              } else if (b[i] instanceof ParticipantRecord p && p.participantId() != null) {
                ids[n++] = p.participantId();
              }
            }
            calculator.prefetch(ids, n);
          }
          for (int i = from; i < to; i++) {
            Object o = b[i];
            if (o == null) {
              break;
            } else if (o instanceof CodedParticipant c) {
              target.coded(c);
            } else if (o instanceof ParticipantRecord p) {
              target.participant(p);
            } else if (o instanceof CountRecord c) {
              target.count(c);
            } else {
              target.rejected((RowRef) o);
            }
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while valuing records", e);
    }
  }

  private void add(Object record) {
    batch[size++] = record;
    if (size == BATCH) {
      flush();
    }
  }

  private void flush() {
    if (size == 0) {
      return;
    }
    Object[] full = batch;
    batch = new Object[BATCH];
    size = 0;
    try {
      queue.put(full);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  @Override
  public void participant(ParticipantRecord record) {
    add(record);
  }

  @Override
  public RecordCodes codes() {
    return codes;
  }

  @Override
  public void coded(CodedParticipant row) {
    add(row);
  }

  @Override
  public void count(CountRecord record) {
    add(record);
  }

  @Override
  public void rejected(RowRef row) {
    add(row);
  }
}
