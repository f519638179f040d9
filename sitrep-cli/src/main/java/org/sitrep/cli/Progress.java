package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a batch on stderr: a bar redrawn in place when stderr is a terminal, otherwise (a log
 * file, CI) one plain line every {@code logEvery}, since carriage returns make logs unreadable.
 */
final class Progress implements AutoCloseable {
  private static final int BAR = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final long total;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService timer;
  private final String unit;

  /**
   * @param total lines to process in this run, or -1 when unknown (standard input)
   */
  Progress(PrintWriter err, boolean terminal, long total, Duration logEvery) {
    this(err, terminal, total, logEvery, "lines");
  }

  /** @param unit what the summary line counts ("lines", "inputs") */
  Progress(PrintWriter err, boolean terminal, long total, Duration logEvery, String unit) {
    this.unit = unit;
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sitrep-progress");
              t.setDaemon(true);
              return t;
            });
    long period = terminal ? 250 : Math.max(1, logEvery.toMillis());
    timer.scheduleAtFixedRate(this::report, period, period, TimeUnit.MILLISECONDS);
  }

  void record(boolean ok) {
    done.incrementAndGet();
    if (!ok) {
      failed.incrementAndGet();
    }
  }

  long done() {
    return done.get();
  }

  long failed() {
    return failed.get();
  }

  private double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private synchronized void report() {
    long d = done.get();
    double rate = d / Math.max(seconds(), 1e-9);
    String count = total >= 0 ? d + "/" + total : Long.toString(d);
    if (terminal) {
      StringBuilder bar = new StringBuilder("\r[");
      int filled = total > 0 ? (int) Math.min(BAR, d * BAR / total) : 0;
      bar.append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
      bar.append(count).append(String.format(Locale.ROOT, "  %.1f articles/s  %d errors", rate, failed.get()));
      if (total > 0 && rate > 0 && d < total) {
        bar.append("  ETA ").append(duration((long) ((total - d) / rate)));
      }
      err.print(bar.append("\033[K")); // clear what a longer previous bar left
    } else {
      err.printf(
          Locale.ROOT, "sitrep: %s articles, %.1f articles/s, %d errors%n", count, rate, failed.get());
    }
    err.flush();
  }

  /** Stops the reports and prints the summary line. */
  @Override
  public synchronized void close() {
    timer.shutdownNow();
    if (terminal) {
      report();
      err.println();
    }
    err.printf(
        Locale.ROOT,
        "sitrep: %d %s in %.1f s (%.1f articles/s), %d failed%n",
        done.get(),
        unit,
        seconds(),
        done.get() / Math.max(seconds(), 1e-9),
        failed.get());
    err.flush();
  }

  private static String duration(long s) {
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
