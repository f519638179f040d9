package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.corpus.RegionNames;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import java.util.function.Supplier;

/**
 * Articles into the corpus store, each analysed once: what {@code sitrep ingest} and {@code sitrep
 * demo} run.
 *
 * <p>Inputs already stored (same URL, or same text) are skipped before analysis, so a second run
 * over the same input stores nothing and takes seconds, and a run stopped by Ctrl-C or {@code kill
 * -9} resumes where it stopped: each article is written in its own transaction, after its
 * analysis, by the one writer thread.
 */
final class CorpusIngest {
  private final Supplier<Pipeline> pipelines;
  private final int threads;
  private final LocalDate published;
  private final PrintWriter err;
  private final AtomicInteger loggedErrors = new AtomicInteger();
  private volatile boolean stopping;

  /**
   * @param pipelines builds the pipeline, called once and only when an article needs analysing
   * @param published the publication date of articles that have none, or null
   */
  CorpusIngest(Supplier<Pipeline> pipelines, int threads, LocalDate published, PrintWriter err) {
    this.pipelines = pipelines;
    this.threads = threads;
    this.published = published;
    this.err = err;
  }

  /** Ingests {@code paths}; returns the exit code (3 when some inputs failed). */
  int run(Store store, List<Path> paths) {
    long before = store.counts().articles();
    err.printf(Locale.ROOT, "sitrep: ingesting into %s (%d articles stored)%n", store.describe(), before);
    err.flush();
    CorpusWriter writer = new CorpusWriter(store, regionNames());
    int n = threads;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "sitrep-worker");
              t.setDaemon(true);
              return t;
            });
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              // Ctrl-C: let the writer finish the article it is writing, then stop
              stopping = true;
              try {
                finished.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "sitrep-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    Benchmark.HeapSampler heap =
        new Benchmark.HeapSampler(java.lang.management.ManagementFactory.getMemoryMXBean());
    heap.start();
    long started = System.nanoTime();
    long writing = 0;
    Pipeline pipeline = null;
    long skipped = 0;
    long stored = 0;
    long duplicates = 0;
    int window = Math.max(8, n * 4);
    Deque<Pending> inFlight = new ArrayDeque<>(window);
    try (Inputs inputs = new Inputs(paths, ExtractCommand.READER);
        Progress progress =
            new Progress(err, System.console() != null, Inputs.count(paths), ExtractCommand.LOG_EVERY, "inputs")) {
      while (!stopping && (inputs.hasNext() || !inFlight.isEmpty())) {
        if (inputs.hasNext() && inFlight.size() < window) {
          Inputs.Input input = inputs.next();
          if (input.error() != null) {
            fail(err, input.error(), progress);
            continue;
          }
          if (input.warning() != null && loggedErrors.incrementAndGet() <= 50) {
            err.printf("sitrep: %s [warning]%n", input.warning());
            err.flush();
          }
          Article article = withPublished(input.article());
          String key = CorpusWriter.key(article);
          if (store.hasKey(key)) {
            skipped++;
            progress.record(true);
            continue;
          }
          Optional<String> rejected = store.rejection(key);
          if (rejected.isPresent()) {
            // no need to load the pipeline again to learn the same thing
            fail(err, new InputException(rejected.get(), input.where()
                + ": rejected by an earlier ingest, not analysed again"), progress);
            continue;
          }
          if (pipeline == null) {
            err.println("sitrep: loading the pipeline...");
            err.flush();
            pipeline = pipelines.get();
          }
          Pipeline p = pipeline;
          inFlight.add(new Pending(input.where(), article, pool.submit(() -> analyse(p, article))));
          continue;
        }
        Pending next = inFlight.poll();
        Analysed done = next.await(() -> stopping);
        if (done == null) {
          break; // Ctrl-C while this one was still being analysed: nothing of it is stored
        }
        if (done.error() != null) {
          InputException e = done.error();
          if (CorpusWriter.lasting(e)) {
            // what the article is (not English, empty) will not change: remember it
            store.reject(CorpusWriter.key(next.article()), next.article().id(), e.code(), e.getMessage());
          }
          fail(err, e.getMessage().startsWith(next.where()) ? e
              : new InputException(e.code(), next.where() + ": " + e.getMessage()), progress);
          continue;
        }
        if (store.hasKey(CorpusWriter.key(done.analysis().article()))) {
          skipped++; // the same article twice in this run
          progress.record(true);
          continue;
        }
        long t0 = System.nanoTime();
        try {
          CorpusWriter.Added added = writer.add(done.analysis(), done.json());
          stored++;
          duplicates += added.duplicateOf() != null ? 1 : 0;
          progress.record(true);
        } catch (InputException e) {
          fail(err, new InputException(e.code(), next.where() + ": " + e.getMessage()), progress);
        } finally {
          writing += System.nanoTime() - t0;
        }
      }
      if (stopping) {
        err.println("sitrep: interrupted; run the same command again to go on");
      }
      Store.Counts c = store.counts();
      err.printf(
          Locale.ROOT,
          "sitrep: %d articles stored (%d near-duplicates), %d already there; the corpus holds %d"
              + " articles, %d reports, %d events%n",
          stored, duplicates, skipped, c.articles(), c.reports(), c.events());
      // what the corpus costs beside the analysis: the writer's time (deduplication, clustering,
      // reconciliation, the store) within the run's wall time
      err.printf(
          Locale.ROOT,
          "sitrep: corpus writes took %.1f s of the run's %.1f s; peak heap %.2f GB%n",
          writing / 1e9, (System.nanoTime() - started) / 1e9, heap.finish() / 1e9);
      err.flush();
      return progress.failed() == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    } catch (StoreException e) {
      // a full disk, a server gone: what is stored stays stored, and the same command goes on
      err.printf(
          Locale.ROOT,
          "sitrep: %s%nsitrep: the %d articles stored before are kept; run the same command again"
              + " to go on%n",
          e.getMessage(), stored);
      err.flush();
      return ExitCodes.INTERNAL;
    } finally {
      pool.shutdownNow();
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running and waits for the latch above
      }
    }
  }

  private Article withPublished(Article a) {
    return a.published() == null && published != null ? ExtractCommand.withPublished(a, published) : a;
  }

  private record Analysed(Analysis analysis, String json, InputException error) {}

  private record Pending(String where, Article article, Future<Analysed> future) {
    /** The analysis, or null when {@code stop} turns true before it is done. */
    Analysed await(java.util.function.BooleanSupplier stop) {
      try {
        while (true) {
          try {
            return future.get(100, TimeUnit.MILLISECONDS);
          } catch (java.util.concurrent.TimeoutException e) {
            if (stop.getAsBoolean()) {
              return null;
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        // a bug on one article should not cost the others: report it as that input's error
        return new Analysed(
            null, null, new InputException("internal-error", where + ": " + e.getCause(), e.getCause()));
      }
    }
  }

  private static Analysed analyse(Pipeline pipeline, Article article) {
    try {
      Analysis a = pipeline.apply(Analysis.of(article));
      // serialised here, on the worker, so the one writer thread only writes
      return new Analysed(a, AnalysisJson.write(AnalysisJson.of(a, false), false), null);
    } catch (InputException e) {
      return new Analysed(null, null, e);
    }
  }

  private void fail(PrintWriter err, InputException e, Progress progress) {
    progress.record(false);
    if (loggedErrors.incrementAndGet() <= 50) {
      err.printf("sitrep: %s [%s]%n", e.getMessage(), e.code());
      err.flush();
    }
  }

  static RegionNames regionNames() {
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.shared();
    return (country, admin1) -> gazetteer.region(country, admin1).map(GeoEntry::name).orElse(null);
  }
}
