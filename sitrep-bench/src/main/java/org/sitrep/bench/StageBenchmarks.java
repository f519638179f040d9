package org.sitrep.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.core.Stage;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Analysis;

/**
 * Time per article of each stage of sitrep's pipeline, each on what the stages before it made of
 * the same real articles: the stages sitrep owns, and CoreNLP's, whose cost they are measured
 * against. The pipeline comes from the class named by {@value #PIPELINE} (a {@code
 * Supplier<Pipeline>}, so that this module needs none of the modules that put it together), the
 * articles from the JSONL file named by {@value #ARTICLES_FILE}; {@link StageBench} sets both.
 * Each stage is a value of {@link #stage}: JMH forks a JVM for each, which loads the models and
 * analyses the articles again, so that no stage runs in a JVM another one warmed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmarks {
  static final String PIPELINE = "sitrep.bench.pipeline";
  static final String ARTICLES_FILE = "sitrep.bench.articles";
  /** Articles each operation runs through a stage; scores are per article. */
  static final int ARTICLES = 40;

  /** The stage timed: a name from the pipeline, CoreNLP's included. */
  @Param({"language", "text-repair", "corenlp", "times", "places", "quantities", "statements",
      "claims", "events"})
  public String stage;

  private final Map<String, Stage> stages = new HashMap<>();
  /** Each stage's inputs: what the stages before it made of the articles. */
  private final Map<String, List<Analysis>> inputs = new HashMap<>();

  @Setup
  public void analyse() throws ReflectiveOperationException {
    @SuppressWarnings("unchecked")
    Supplier<Pipeline> supplier = (Supplier<Pipeline>)
        Class.forName(System.getProperty(PIPELINE)).getDeclaredConstructor().newInstance();
    Pipeline pipeline = supplier.get();
    pipeline.setBudget(null);
    for (Stage s : pipeline.stages()) {
      stages.put(s.name(), s);
      inputs.put(s.name(), new ArrayList<>());
    }
    for (Analysis a : articles(Path.of(System.getProperty(ARTICLES_FILE)))) {
      try {
        for (Stage s : pipeline.stages()) {
          inputs.get(s.name()).add(a);
          a = s.apply(a);
        }
      } catch (InputException e) {
        // a rejected article (not English) stops at the stage that rejects it, as in a run
      }
    }
  }

  private static List<Analysis> articles(Path jsonl) {
    ArticleReader reader = new ArticleReader();
    List<Analysis> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null && out.size() < ARTICLES; line = r.readLine()) {
        lineNo++;
        try {
          out.add(Analysis.of(reader.parseJsonLine(jsonl.toString(), lineNo, line)));
        } catch (InputException e) {
          // unreadable lines are not articles
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The stage applied to each of its inputs, every result consumed so that none is optimised away. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void stage(Blackhole bh) {
    Stage s = stages.get(stage);
    if (s == null) {
      throw new IllegalStateException("the pipeline has no stage " + stage + ": " + stages.keySet());
    }
    for (Analysis a : inputs.get(stage)) {
      try {
        bh.consume(s.apply(a));
      } catch (InputException e) {
        bh.consume(e);
      }
    }
  }
}
