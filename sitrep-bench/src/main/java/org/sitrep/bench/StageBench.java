package org.sitrep.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link StageBenchmarks} in a forked JVM and reports each stage's time per article and the
 * share of the pipeline's time that the stages sitrep owns take (the goal: under 5%).
 */
public final class StageBench {
  /** The stages whose work CoreNLP does. */
  static final List<String> CORENLP = List.of("corenlp");

  private StageBench() {}

  /**
   * @param pipeline a public class implementing {@code Supplier<Pipeline>} with a no-argument
   *     constructor
   * @param articles a JSONL file of articles; the first {@value StageBenchmarks#ARTICLES} are used
   * @param jvmArgs extra arguments for the forked JVM (heap, system properties)
   */
  public static Map<String, Double> run(String pipeline, Path articles, List<String> jvmArgs, PrintStream out)
      throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(StageBenchmarks.class.getName() + "\\.")
            .jvmArgsAppend(jvmArgs(pipeline, articles, jvmArgs))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> perArticle = new LinkedHashMap<>();
    for (RunResult r : results) {
      perArticle.put(r.getParams().getParam("stage"), r.getPrimaryResult().getScore());
    }
    out.print(summary(perArticle));
    return perArticle;
  }

  private static String[] jvmArgs(String pipeline, Path articles, List<String> extra) {
    String[] args = new String[extra.size() + 2];
    args[0] = "-D" + StageBenchmarks.PIPELINE + "=" + pipeline;
    args[1] = "-D" + StageBenchmarks.ARTICLES_FILE + "=" + articles.toAbsolutePath();
    for (int i = 0; i < extra.size(); i++) {
      args[i + 2] = extra.get(i);
    }
    return args;
  }

  /** Microseconds per article of each stage, and sitrep's own stages' share of their sum. */
  static String summary(Map<String, Double> perArticle) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nstage            us/article%n"));
    double own = 0;
    double all = 0;
    for (Map.Entry<String, Double> e : perArticle.entrySet()) {
      sb.append(String.format(Locale.ROOT, "%-16s %10.0f%n", e.getKey(), e.getValue()));
      all += e.getValue();
      if (!CORENLP.contains(e.getKey())) {
        own += e.getValue();
      }
    }
    sb.append(String.format(Locale.ROOT,
        "sitrep's own stages: %.0f us of %.0f us an article, %.1f%% of the pipeline (goal: under 5%%)%n",
        own, all, 100 * own / Math.max(all, 1e-9)));
    return sb.toString();
  }
}
