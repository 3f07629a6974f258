package org.impactkit.valuation;

import java.lang.ref.Cleaner;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.internal.ParticipantTable;

/**
 * The participants of a run, in one {@link ParticipantShard} kept on the valuing thread, or split by a
 * hash of their id into several, each kept by a thread of its own. A participant's rows all go to one
 * shard, in file order, so every per-person rule (duplicates, conflicts, headcounts) sees what it would
 * see with one; the shards' counts add up, and conflicts are settled per shard (their errors kept by
 * {@link Diagnostics} in reading order, whichever shard finds them first). So the results are the same,
 * byte for byte, whatever the number of shards.
 */
final class ParticipantShards {
  /** Rows handed to a shard's thread at a time. */
  private static final int BATCH = 2048;
  /** Rows whose participants a shard's thread fetches together ({@link ParticipantTable#prefetch}). */
  private static final int AHEAD = 32;

  private final ParticipantShard[] shards;
  /** The shards' threads, or {@code null} when the one shard is kept on the valuing thread. */
  private final Worker[] workers;
  /** Stops the threads of a run abandoned before {@link #finish()}; {@code null} without threads. */
  private final Cleaner.Cleanable cleanable;

  /**
   * @param count how many shards
   * @param threaded whether each shard has a thread of its own (else the one shard is kept on the calling
   *     thread)
   * @param layout the numbering of headcount tags
   * @param conflicted whether each outcome (by number) may conflict
   */
  ParticipantShards(int count, boolean threaded, int activities, int outcomes, int regions, Headcounts layout,
      boolean[] conflicted) {
    if (count < 1 || (count > 1 && !threaded)) {
      throw new IllegalArgumentException("expected one share of participants, or more each on its own thread,"
          + " found " + count + (threaded ? " on threads" : " on one thread"));
    }
    shards = new ParticipantShard[count];
    for (int s = 0; s < count; s++) {
      shards[s] = new ParticipantShard(activities, outcomes, regions, layout, conflicted);
    }
    if (!threaded) {
      workers = null;
      cleanable = null;
      return;
    }
    workers = new Worker[count];
    Thread[] threads = new Thread[count];
    for (int s = 0; s < count; s++) {
      workers[s] = new Worker(shards[s]);
      threads[s] = new Thread(workers[s], "impact-participants-" + (s + 1));
      threads[s].setDaemon(true); // never keeps a failed run's JVM alive
      workers[s].thread = threads[s];
    }
    // A run that fails before finish() (a file unreadable half-way) would leave the threads waiting for
    // rows for ever, in a long-lived process such as `impact serve`: once this is garbage, they are told
    // to stop. (The action holds the threads, not this.)
    cleanable = Stopper.CLEANER.register(this, () -> {
      for (Thread t : threads) {
        t.interrupt();
      }
    });
    for (Thread t : threads) {
      t.start();
    }
  }

  /** Holds the cleaner, and so its thread, until participants are first kept on threads. */
  private static final class Stopper {
    static final Cleaner CLEANER = Cleaner.create();
  }

  /** {@return the shards' threads (none when kept on the calling thread)}, for tests */
  Thread[] threads() {
    return workers == null ? new Thread[0] : Arrays.stream(workers).map(w -> w.thread).toArray(Thread[]::new);
  }

  /** Hands one row to its participant's shard: see {@link ParticipantShard#row}. */
  void row(String id, int activity, int band, int[] tags, int count, int outcome, int region, int file, long line) {
    if (workers == null) {
      shards[0].row(id, activity, band, tags, 0, count, outcome, region, file, line);
    } else {
      workers[shardOf(id)].add(id, activity, band, tags, count, outcome, region, file, line);
    }
  }

  /**
   * Brings the table places of the next rows' participants into the cache ({@link ParticipantTable#prefetch}),
   * when they are kept on this thread; shards on threads of their own do the same for their rows as
   * they take them ({@code Batch.valueInto}), in their own threads' caches.
   */
  void prefetch(String[] ids, int n) {
    if (workers == null) {
      shards[0].people.prefetch(ids, n);
    }
  }

  private int shardOf(String id) {
    int h = id.hashCode() * 0x9E3779B9; // spreads ids that differ only in their last characters
    return (int) (((h ^ (h >>> 16)) & 0xFFFF_FFFFL) % shards.length);
  }

  /**
   * Waits until every shard has every row. A failure on a shard's thread is rethrown here as it was.
   *
   * @throws IllegalStateException when interrupted
   */
  void finish() {
    if (workers == null) {
      return;
    }
    for (Worker w : workers) {
      w.flush();
      w.put(Worker.END);
    }
    Throwable failure = null;
    for (Worker w : workers) {
      try {
        w.thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while valuing participants", e);
      }
      failure = failure == null ? w.failure : failure;
    }
    cleanable.clean(); // nothing left to stop
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure instanceof Error e) {
      throw e;
    } else if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  /**
   * Settles each shard's conflicting claims into its claims; the errors of the {@code error} policy go to
   * {@code diagnostics}, which keeps the same ones whatever the order they come in.
   */
  void resolveConflicts(ValueBank bank, ConflictPolicy policy, UnitValues unitValues, List<SourceFile> files,
      Diagnostics diagnostics) {
    for (ParticipantShard shard : shards) {
      new ConflictResolver(bank, policy, unitValues, shard.people, files, diagnostics, shard.claims).resolve();
    }
  }

  /** Adds every shard's claims into {@code total}. */
  void addClaims(Claims total) {
    for (ParticipantShard shard : shards) {
      total.addAll(shard.claims);
    }
  }

  /** {@return how many participants have each headcount tag, all shards together} */
  long[] tagCounts() {
    long[] sum = new long[0];
    for (ParticipantShard shard : shards) {
      sum = shard.addTagCounts(sum);
    }
    return sum;
  }

  /** {@return the number of distinct participants} */
  int size() {
    int n = 0;
    for (ParticipantShard shard : shards) {
      n += shard.people.size();
    }
    return n;
  }

  /** Gives {@code consumer} the number of distinct outcomes each participant has claimed. */
  void forEachClaimCount(IntConsumer consumer) {
    for (ParticipantShard shard : shards) {
      shard.people.forEachClaimCount(consumer);
    }
  }

  /** A shard's thread and the rows on their way to it. */
  private static final class Worker implements Runnable {
    static final Batch END = new Batch();

    private final ParticipantShard shard;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
    private Batch batch = new Batch();
    Thread thread;
    volatile Throwable failure;

    Worker(ParticipantShard shard) {
      this.shard = shard;
    }

    void add(String id, int activity, int band, int[] tags, int count, int outcome, int region, int file, long line) {
      if (batch.add(id, activity, band, tags, count, outcome, region, file, line)) {
        flush();
      }
    }

    void flush() {
      if (batch.rows > 0) {
        put(batch);
        batch = new Batch();
      }
    }

    void put(Batch b) {
      try {
        queue.put(b);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while valuing participants", e);
      }
    }

    @Override
    public void run() {
      try {
        for (Batch b = queue.take(); b != END; b = queue.take()) {
          if (failure == null) {
            try {
              b.valueInto(shard);
            } catch (Throwable t) {
              failure = t; // and go on taking batches, so the valuing thread is never left waiting
            }
          }
        }
      } catch (InterruptedException e) {
        failure = failure == null ? e : failure;
      }
    }
  }

  /** Rows for a shard, packed: per row its id and line, and its numbers in {@code ints}. */
  private static final class Batch {
    final String[] ids = new String[BATCH];
    final long[] lines = new long[BATCH];
    /** Per row: activity, band, outcome, region, file, the number of tags, then the tags. */
    int[] ints = new int[BATCH * 8];
    int rows;
    int used;

    /** Adds a row; true when the batch is full. */
    boolean add(String id, int activity, int band, int[] tags, int count, int outcome, int region, int file,
        long line) {
      if (used + 6 + count > ints.length) {
        ints = Arrays.copyOf(ints, Math.max(ints.length * 2, used + 6 + count));
      }
      int[] x = ints;
      int at = used;
      x[at] = activity;
      x[at + 1] = band;
      x[at + 2] = outcome;
      x[at + 3] = region;
      x[at + 4] = file;
      x[at + 5] = count;
      System.arraycopy(tags, 0, x, at + 6, count);
      used = at + 6 + count;
      ids[rows] = id;
      lines[rows] = line;
      return ++rows == BATCH;
    }

    void valueInto(ParticipantShard shard) {
      int[] x = ints;
      String[] ahead = new String[AHEAD];
      for (int r = 0, at = 0; r < rows; r++) {
        if (r % AHEAD == 0) { // the next rows' participants fetched together, as on the valuing thread
          int n = Math.min(AHEAD, rows - r);
          System.arraycopy(ids, r, ahead, 0, n);
          shard.people.prefetch(ahead, n);
        }
        int count = x[at + 5];
        shard.row(ids[r], x[at], x[at + 1], x, at + 6, count, x[at + 2], x[at + 3], x[at + 4], lines[r]);
        at += 6 + count;
      }
    }
  }
}
