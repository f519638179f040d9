package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.core.InputException;
import org.sitrep.model.Article;
import org.sitrep.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: sitrep's throughput beside CoreNLP's own default pipeline, in the same
 * process on the same articles, so that the comparison shares the machine, the JVM and the input.
 */
@Command(
    name = "bench",
    sortOptions = false,
    subcommands = {ApiBenchCommand.class, StagesBenchCommand.class},
    description = {
      "Throughput of sitrep's full pipeline and, as the baseline, of CoreNLP's default pipeline"
          + " (tokenize,ssplit,pos,lemma,ner) on the same articles, plus time per sitrep stage.",
      "Each pipeline is loaded, warmed up, then timed; the other is unloaded meanwhile.",
      "'sitrep bench api' measures the server under load instead; 'sitrep bench stages' times each stage with JMH."
    })
final class BenchCommand implements Callable<Integer> {
  private static final double MB = 1024.0 * 1024.0;

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  // checked in call(), not by picocli: 'bench api' does not take it
  @Option(names = "--jsonl", paramLabel = "FILE", description = "Articles, one JSON object per line (required).")
  private Path jsonl;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Articles to time (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: the number of cores).")
  private Integer threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "30", description = "Articles run before timing starts (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--no-baseline", description = "Time sitrep only.")
  private boolean noBaseline;

  @Option(
      names = "--steps",
      description =
          "Also time sitrep with each of its speed-ups undone in turn (SUTime on every sentence;"
              + " CoreNLP's own parser loop), so that each one's gain is measured in the same run.")
  private boolean steps;

  @Option(
      names = "--no-gc",
      description =
          "Skip the full garbage collections before loading and timing each pipeline (faster;"
              + " the heap figures then include garbage).")
  private boolean noGc;

  Main main() {
    return main;
  }

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || warmup < 0 || (threads != null && threads < 1)) {
      throw new ParameterException(spec.commandLine(), "--limit and --threads must be at least 1, --warmup at least 0");
    }
    if (jsonl == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--jsonl=FILE'");
    }
    if (!Files.isRegularFile(jsonl)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + jsonl);
    }
    PrintWriter err = spec.commandLine().getErr();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<Article> articles = read(err);
    if (articles.isEmpty()) {
      err.println("sitrep: no readable article in " + jsonl);
      err.flush();
      return ExitCodes.INPUT_FAILED;
    }
    err.printf(
        "sitrep: timing %d articles from %s on %d threads, after %d warm-up articles%n",
        articles.size(), jsonl, n, Math.min(warmup, articles.size()));
    List<Row> rows = new ArrayList<>();
    if (steps) {
      // CoreNLP's code keeps getting faster over the first several hundred articles a JVM runs,
      // so rows compare fairly only with a warm-up as long as the timed run (--warmup = --limit)
      NlpConfig d = NlpConfig.DEFAULT;
      rows.add(time(() -> Benchmark.sitrep("sutime-everywhere",
          Pipelines.standard(d.withTimesWhereCued(false))), articles, n, err));
      rows.add(time(() -> Benchmark.sitrep("corenlp-parser",
          Pipelines.standard(d.withVectorParser(false))), articles, n, err));
    }
    rows.add(time(() -> Benchmark.sitrep("sitrep", main.pipeline()), articles, n, err));
    if (!noBaseline) {
      rows.add(time(main::baseline, articles, n, err));
    }
    main.stdout().write(table(rows, !noBaseline).getBytes(StandardCharsets.UTF_8));
    main.stdout().flush();
    return ExitCodes.OK;
  }

  private record Row(double loadSeconds, Benchmark.Result result) {}

  /** Loads, times and then drops one runner, so that its models are gone before the next loads. */
  private Row time(Supplier<Benchmark.Runner> load, List<Article> articles, int n, PrintWriter err) {
    if (!noGc) {
      System.gc(); // drop the previous runner's models before this one loads
    }
    long t0 = System.nanoTime();
    Benchmark.Runner runner = load.get();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    err.printf(Locale.ROOT, "sitrep: %s loaded in %.1f s, running...%n", runner.name(), loadSeconds);
    err.flush();
    return new Row(loadSeconds, Benchmark.measure(runner, articles, warmup, n, !noGc));
  }

  private List<Article> read(PrintWriter err) throws IOException {
    List<Article> articles = new ArrayList<>();
    int skipped = 0;
    try (InputStream in = Files.newInputStream(jsonl)) {
      Batch.Lines lines = new Batch.Lines(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while (articles.size() < limit && (line = lines.next()) != null) {
        lineNo++;
        try {
          articles.add(ExtractCommand.READER.parseJsonLine(jsonl.toString(), lineNo, line));
        } catch (InputException e) {
          skipped++;
        }
      }
    }
    if (skipped > 0) {
      err.printf("sitrep: skipped %d unreadable lines%n", skipped);
    }
    return articles;
  }

  static String table(List<Row> rows, boolean lastIsBaseline) {
    StringBuilder sb = new StringBuilder();
    String head = "%-16s %7s %9s %9s %9s %9s %11s %10s %13s %13s%n";
    String row = "%-16s %7.1f %9d %9d %9d %9.1f %11.2f %10.0f %13.0f %13.0f%n";
    sb.append(
        String.format(
            Locale.ROOT, head, "pipeline", "load s", "articles", "rejected", "tokens", "seconds",
            "articles/s", "tokens/s", "loaded heap MB", "peak heap MB"));
    for (Row r : rows) {
      Benchmark.Result b = r.result();
      sb.append(
          String.format(
              Locale.ROOT, row, b.name(), r.loadSeconds(), b.articles(), b.rejected(), b.tokens(),
              b.seconds(), b.articlesPerSecond(), b.tokensPerSecond(), b.loadedHeap() / MB,
              b.peakHeap() / MB));
    }
    Benchmark.Result last = rows.get(rows.size() - 1).result();
    if (lastIsBaseline && rows.size() >= 2) {
      sb.append('\n');
      for (Row r : rows.subList(0, rows.size() - 1)) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%s runs at %.2fx the articles/s of %s%n",
                r.result().name(),
                r.result().articlesPerSecond() / Math.max(last.articlesPerSecond(), 1e-9),
                last.name()));
      }
    }
    for (Row r : rows) {
      Map<String, Long> stages = r.result().stageMillis();
      if (stages.isEmpty()) {
        continue;
      }
      long total = Math.max(1, stages.values().stream().mapToLong(Long::longValue).sum());
      sb.append(String.format(Locale.ROOT, "%n%s stages (ms, summed over threads)%n", r.result().name()));
      stages.forEach(
          (stage, ms) -> {
            sb.append(
                String.format(Locale.ROOT, "  %-14s %9d ms %6.1f%%%n", stage, ms, 100.0 * ms / total));
            r.result().stepMillis().forEach((step, sms) -> {
              if (step.startsWith(stage + "/")) {
                sb.append(String.format(Locale.ROOT, "    %-12s %9d ms %6.1f%%%n",
                    step.substring(stage.length() + 1), sms, 100.0 * sms / total));
              }
            });
          });
    }
    return sb.toString();
  }
}
