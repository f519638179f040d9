package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.core.Pipeline;
import org.sitrep.eval.AcledEval;
import org.sitrep.eval.AttributionEval;
import org.sitrep.eval.CaseEval;
import org.sitrep.eval.ClusterEval;
import org.sitrep.eval.GeoEval;
import org.sitrep.eval.GvaEval;
import org.sitrep.eval.SeedScore;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep eval seed|gva|geo|cluster|attribution|case|acled}: scores on the public gold in ../shared, printed as tables. */
@Command(name = "eval", description = "Score sitrep on the public gold data in ../shared/eval and ../shared/seed.")
final class EvalCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", description = "seed (the seed article against its gold), gva (GVA casualty counts and dates, see --split), geo (LGL, TR-News, GeoVirus geoparsing), cluster (event clustering and near-duplicates on GVA dev+train), attribution (statements on PolNeAR dev), case (ACLED types and sub-types of the CASE 2021 task 2 dev snippets) or acled (ACLED types of the notes of ACLED's 2016 sample)")
  private String set;

  @Option(names = "--shared", description = "the shared data folder (default: ../shared, or -Dsitrep.shared)")
  private Path shared;

  @Option(names = "--details", description = "geo: one line per gold and per found place name; attribution: one line per gold attribution; gva: one line per article (gold, prediction, the claims used); case, acled: one line per snippet or note (gold, predicted, text); TSV")
  private Path details;

  @Option(names = "--cache", description = "cluster: the reports as JSONL; read when the file exists, else written after the analysis. gva: a folder of analyses cut before the counting stages, one file per split, read when there, else written (delete it when a stage before quantities changes)")
  private Path cache;

  @Option(names = "--split", description = "gva: dev (the default; the rules were tuned on it), train (never tuned on) or both, each scored on its own")
  private String split = "dev";

  @Option(names = "--verbose", description = "cluster: print each wrongly merged article pair with its merge reasons")
  private boolean verbose;

  @Option(names = "--limit", description = "score only the first N articles (of each set)")
  private int limit = Integer.MAX_VALUE;

  @Option(names = "--threads", description = "analysis threads (default: all cores)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    Path dir = shared != null ? shared : Path.of(System.getProperty("sitrep.shared", "../shared"));
    PrintWriter out = new PrintWriter(main.stdout(), true, StandardCharsets.UTF_8);
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("sitrep eval: no shared data folder at " + dir.toAbsolutePath());
      return ExitCodes.USAGE;
    }
    if (set.equals("cluster")) {
      ClusterEval.Result r = ClusterEval.run(main::pipeline, dir.resolve("eval/events/gva"), limit, threads, cache, verbose);
      out.print(r.table());
      r.wrongExamples().forEach(w -> out.println("  wrongly merged: " + w));
      out.flush();
      return ExitCodes.OK;
    }
    // built on first use and only once: a gva run over cached analyses needs no CoreNLP
    Pipeline[] built = {null};
    Supplier<Pipeline> pipelines = () -> built[0] != null ? built[0] : (built[0] = main.pipeline());
    switch (set) {
      case "seed" -> {
        Path text = dir.resolve("seed/kazakhstan-2022-01-07.txt");
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("seed/kazakhstan-2022-01-07.expected.json").toFile());
        Analysis a = pipelines.get().apply(Analysis.of(Article.of("kazakhstan-2022-01-07",
            Files.readString(text), LocalDate.parse(gold.path("article").path("published").asText()))));
        SeedScore.Result r = SeedScore.score(a, gold);
        out.println("seed: " + r);
        r.misses().forEach(m -> out.println("  missed: " + m));
      }
      case "gva" -> {
        List<String> splits = split.equals("both") ? GvaEval.SPLITS : List.of(split);
        if (!GvaEval.SPLITS.containsAll(splits)) {
          spec.commandLine().getErr().println("sitrep eval: unknown split '" + split + "' (dev, train, both)");
          return ExitCodes.USAGE;
        }
        try (PrintWriter tsv = details == null ? null
            : new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8))) {
          if (tsv != null) {
            tsv.println(GvaEval.detailsHeader());
          }
          for (String s : splits) {
            out.print(GvaEval.run(pipelines, Pipelines.counting(), dir.resolve("eval/events/gva"), s, limit, threads, cache, tsv).table());
            out.flush();
          }
        }
      }
      case "attribution" -> out.print(AttributionEval.run(pipelines.get(),
          dir.resolve("eval/attribution/polnear-dev.jsonl"), limit, threads, details).table());
      case "geo" -> out.print(GeoEval.run(pipelines.get(), dir.resolve("eval/geo"), limit, threads, details).table());
      case "case" -> out.print(CaseEval.run(pipelines.get(), dir.resolve("eval/events/case2021-task2-dev.tsv"),
          limit, threads, details).table());
      case "acled" -> out.print(AcledEval.run(pipelines.get(), dir.resolve("eval/events/acled-sample-2016.csv"),
          limit, threads, details).table());
      default -> {
        spec.commandLine().getErr().println("sitrep eval: unknown set '" + set + "' (seed, gva, geo, cluster, attribution, case, acled)");
        return ExitCodes.USAGE;
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
