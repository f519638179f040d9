package org.sitrep.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.NlpConfig;

/**
 * Throughput of one pipeline on a list of articles: a short warm-up (JIT, lazy model parts), then
 * the articles on {@code threads} threads, with the peak of used heap sampled while they run.
 */
final class Benchmark {
  /** How often the heap sampler looks; GC cycles under load are much longer than this. */
  private static final long SAMPLE_MILLIS = 5;

  /** Something that analyses articles, thread-safely. */
  interface Runner {
    String name();

    /**
     * @return the number of tokens the article had
     * @throws InputException when the runner rejects the article (counted, not fatal)
     */
    long run(Article article);

    /** Cumulative milliseconds per stage, or empty when the runner does not time its steps. */
    default Map<String, Long> timings() {
      return Map.of();
    }

    /** Cumulative milliseconds per step of a stage ("corenlp/parse"), or empty. */
    default Map<String, Long> steps() {
      return Map.of();
    }
  }

  /** One row of the table. Heap figures are in bytes. */
  record Result(
      String name,
      int articles,
      int rejected,
      long tokens,
      double seconds,
      long loadedHeap,
      long peakHeap,
      Map<String, Long> stageMillis,
      Map<String, Long> stepMillis) {
    double articlesPerSecond() {
      return articles / Math.max(seconds, 1e-9);
    }

    double tokensPerSecond() {
      return tokens / Math.max(seconds, 1e-9);
    }
  }

  private Benchmark() {}

  /**
   * @param settle run a full GC before timing, so that "loaded heap" is what the runner keeps
   *     alive; costs seconds when gigabytes of models are live
   */
  static Result measure(Runner runner, List<Article> articles, int warmup, int threads, boolean settle) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-bench");
      t.setDaemon(true);
      return t;
    });
    try {
      runAll(runner, articles.subList(0, Math.min(warmup, articles.size())), pool);
      Map<String, Long> before = runner.timings();
      Map<String, Long> stepsBefore = runner.steps();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      if (settle) {
        memory.gc();
      }
      long loaded = memory.getHeapMemoryUsage().getUsed();
      HeapSampler sampler = new HeapSampler(memory);
      sampler.start();
      long t0 = System.nanoTime();
      long[] counts = runAll(runner, articles, pool);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long peak = sampler.finish();
      return new Result(
          runner.name(),
          (int) (articles.size() - counts[1]),
          (int) counts[1],
          counts[0],
          seconds,
          loaded,
          peak,
          since(before, runner.timings()),
          since(stepsBefore, runner.steps()));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Cumulative times now, less what they were before the timed run. */
  private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> now) {
    Map<String, Long> out = new LinkedHashMap<>();
    now.forEach((k, v) -> out.put(k, v - before.getOrDefault(k, 0L)));
    return out;
  }

  /** @return {tokens, rejected articles} */
  private static long[] runAll(Runner runner, List<Article> articles, ExecutorService pool) {
    AtomicLong tokens = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>(articles.size());
    for (Article a : articles) {
      futures.add(
          pool.submit(
              () -> {
                try {
                  tokens.addAndGet(runner.run(a));
                } catch (InputException e) {
                  rejected.incrementAndGet();
                }
              }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(runner.name() + " failed: " + e.getCause(), e.getCause());
      }
    }
    return new long[] {tokens.get(), rejected.get()};
  }

  /**
   * Peak used heap by sampling, rather than the memory pools' peak usage: the pools peak at
   * different moments, so the sum of their peaks overstates what the heap ever held.
   */
  static final class HeapSampler extends Thread {
    private final MemoryMXBean memory;
    private volatile boolean running = true;
    private long peak;

    HeapSampler(MemoryMXBean memory) {
      super("sitrep-heap-sampler");
      setDaemon(true);
      this.memory = memory;
    }

    @Override
    public void run() {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long finish() {
      running = false;
      interrupt();
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }
  }

  /** sitrep's whole pipeline; tokens are those of its sentences. */
  static Runner sitrep(String name, Pipeline pipeline) {
    return new Runner() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long run(Article article) {
        Analysis a = pipeline.apply(Analysis.of(article));
        long tokens = 0;
        for (Sentence s : a.sentences()) {
          tokens += s.tokens().size();
        }
        return tokens;
      }

      @Override
      public Map<String, Long> timings() {
        return pipeline.timings();
      }

      @Override
      public Map<String, Long> steps() {
        return pipeline.stepTimings();
      }
    };
  }

  /**
   * CoreNLP's own default NER pipeline (tokenize, ssplit, pos, lemma, ner with its three CRF
   * models, SUTime and fine-grained NER) on the raw text: what a user of CoreNLP alone would run.
   */
  static Runner coreNlpBaseline() {
    StanfordCoreNLP corenlp = new StanfordCoreNLP(NlpConfig.baselineProperties());
    return new Runner() {
      @Override
      public String name() {
        return "corenlp-default";
      }

      @Override
      public long run(Article article) {
        Annotation doc = new Annotation(article.text());
        corenlp.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
      }
    };
  }
}
