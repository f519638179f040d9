package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.core.Stage;
import org.sitrep.extract.IncidentFigures;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpr;

/**
 * Gun Violence Archive incidents paired with their articles: does sitrep read the number killed,
 * the number injured and the incident date? Compared with the trivial baselines (always 0, always
 * the publication date) on the same articles. Each split (dev, train) is scored on its own: the
 * rules were tuned on dev, so train shows how far they carry to articles nobody read.
 */
public final class GvaEval {
  /** The splits of the GVA set that may be scored; its held-back test split is never read. */
  public static final List<String> SPLITS = List.of("dev", "train");

  /**
   * @param evidence the claims the figures were taken from, as "measure low..high: text"
   */
  public record Prediction(long killed, long injured, String date, List<String> evidence) {
    public Prediction {
      evidence = List.copyOf(evidence);
    }
  }

  public record Result(String split, int articles, int failed, int killedRight, int injuredRight,
      int dateRight, int zeroKilledRight, int zeroInjuredRight, int publishedDateRight,
      long killedError, long injuredError, int anyKilledTp, int anyKilledFp, int anyKilledFn) {
    public String table() {
      return String.format(Locale.ROOT,
          "GVA %s: %d articles (%d failed)%n"
              + "| measure | sitrep | baseline |%n|---|---|---|%n"
              + "| killed, exact match | %.3f | %.3f (always 0) |%n"
              + "| injured, exact match | %.3f | %.3f (always 0) |%n"
              + "| killed / injured, mean absolute error | %.3f / %.3f | |%n"
              + "| incident date, exact | %.3f | %.3f (publication date) |%n"
              + "| any killed: precision / recall | %.3f / %.3f | |%n",
          split, articles, failed, ratio(killedRight), ratio(zeroKilledRight), ratio(injuredRight),
          ratio(zeroInjuredRight), killedError / (double) Math.max(1, articles),
          injuredError / (double) Math.max(1, articles), ratio(dateRight),
          ratio(publishedDateRight),
          anyKilledTp / (double) Math.max(1, anyKilledTp + anyKilledFp),
          anyKilledTp / (double) Math.max(1, anyKilledTp + anyKilledFn));
    }

    private double ratio(int n) {
      return n / (double) Math.max(1, articles);
    }
  }

  private GvaEval() {}

  /**
   * @param pipeline the whole pipeline, built only when an analysis is not in the cache
   * @param counting the stages after places (quantities, claims, events), rerun on each article
   * @param cache a folder of analyses cut before the counting stages, one file per split: read
   *     when the split's file exists, else written (see {@link AnalysisCache}); null for none
   * @param details where to write one line per article (gold, prediction, the claims used), or
   *     null
   */
  public static Result run(Supplier<Pipeline> pipeline, List<Stage> counting, Path dir,
      String split, int limit, int threads, Path cache, PrintWriter details)
      throws IOException, InterruptedException {
    if (!SPLITS.contains(split)) {
      throw new IllegalArgumentException("no GVA split '" + split + "' (dev, train)");
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode xs = json.readTree(dir.resolve("X_" + split + ".json").toFile());
    JsonNode ys = json.readTree(dir.resolve("y_" + split + ".json").toFile());
    int n = Math.min(limit, Math.min(xs.size(), ys.size()));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Prediction> predictions = predictions(pipeline, AnalysisCache.tail(counting), xs, n, pool,
          cache == null ? null : cache.resolve("gva-" + split + ".jsonl.gz"));
      return score(split, xs, ys, predictions, details);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The header of the {@code --details} file. */
  public static String detailsHeader() {
    return "split\tarticle\tgold killed\tgold injured\tgold date\tkilled\tinjured\tdate\tclaims";
  }

  private static List<Prediction> predictions(Supplier<Pipeline> pipeline, Pipeline tail,
      JsonNode xs, int n, ExecutorService pool, Path cache)
      throws IOException, InterruptedException {
    Set<Integer> failed = new HashSet<>();
    List<Analysis> cut;
    if (cache != null && Files.exists(cache)) {
      cut = AnalysisCache.read(cache);
      if (cut.size() < n) {
        throw new IOException(cache + " holds " + cut.size() + " analyses, fewer than the " + n
            + " asked for: delete it to analyse again");
      }
    } else {
      Pipeline head = AnalysisCache.head(pipeline.get());
      List<Future<Analysis>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        JsonNode x = xs.get(i);
        String id = "gva-" + i;
        futures.add(pool.submit(() -> analyse(head, id, x)));
      }
      cut = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        try {
          cut.add(futures.get(i).get());
        } catch (ExecutionException e) {
          System.err.println("sitrep eval: article " + i + " failed: " + e.getCause());
          failed.add(i);
          cut.add(null);
        }
      }
      if (cache != null) {
        AnalysisCache.write(cache, cut);
      }
    }
    List<Future<Prediction>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Analysis a = cut.get(i);
      String published = published(xs.get(i));
      // a rejected article (not English, empty) is scored as the baselines' guess, not failed
      futures.add(pool.submit(() -> a == null ? new Prediction(0, 0, published, List.of())
          : fromAnalysis(tail.apply(a), published)));
    }
    List<Prediction> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      try {
        out.add(failed.contains(i) ? null : futures.get(i).get());
      } catch (ExecutionException e) {
        System.err.println("sitrep eval: article " + i + " failed: " + e.getCause());
        out.add(null);
      }
    }
    return out;
  }

  /** The analysis up to the counting stages; an article the pipeline rejects gives null. */
  private static Analysis analyse(Pipeline head, String id, JsonNode x) {
    String published = published(x);
    try {
      return head.apply(Analysis.of(new Article(id, x.path("text").asText(),
          published == null ? null : LocalDate.parse(published), null, null, null)));
    } catch (InputException e) {
      return null;
    }
  }

  private static Result score(String split, JsonNode xs, JsonNode ys, List<Prediction> ps,
      PrintWriter details) {
    int n = ps.size();
    int failed = 0;
    int k = 0, inj = 0, d = 0, zk = 0, zi = 0, pd = 0, tp = 0, fp = 0, fn = 0;
    long ke = 0, ie = 0;
    for (int i = 0; i < n; i++) {
      JsonNode y = ys.get(i);
      String published = published(xs.get(i));
      long goldK = y.path("n_killed").asLong();
      long goldI = y.path("n_injured").asLong();
      String goldDate = y.path("shooting_date").asText();
      Prediction p = ps.get(i);
      if (p == null) {
        failed++; // counted and reported in the table; scored as the baselines' guess
        p = new Prediction(0, 0, published, List.of());
      }
      k += p.killed() == goldK ? 1 : 0;
      inj += p.injured() == goldI ? 1 : 0;
      ke += Math.abs(p.killed() - goldK);
      ie += Math.abs(p.injured() - goldI);
      d += goldDate.equals(p.date()) ? 1 : 0;
      zk += goldK == 0 ? 1 : 0;
      zi += goldI == 0 ? 1 : 0;
      pd += goldDate.equals(published) ? 1 : 0;
      tp += p.killed() > 0 && goldK > 0 ? 1 : 0;
      fp += p.killed() > 0 && goldK == 0 ? 1 : 0;
      fn += p.killed() == 0 && goldK > 0 ? 1 : 0;
      if (details != null) {
        details.println(String.join("\t", split, "gva-" + i, Long.toString(goldK),
            Long.toString(goldI), goldDate, Long.toString(p.killed()), Long.toString(p.injured()),
            String.valueOf(p.date()), String.join(" | ", p.evidence())));
      }
    }
    return new Result(split, n, failed, k, inj, d, zk, zi, pd, ke, ie, tp, fp, fn);
  }

  private static String published(JsonNode x) {
    String p = x.path("publish_date").asText("");
    return p.length() >= 10 ? p.substring(0, 10) : null;
  }

  /**
   * An incident's figures from an analysis: killed and injured as {@link IncidentFigures} reads
   * them from the claims; the day named where the incident's first counted claim is, else the
   * date of the first violent event, else the publication date.
   */
  public static Prediction fromAnalysis(Analysis a, String published) {
    IncidentFigures.Figures f = IncidentFigures.of(a);
    String date = f.leadSentence() < 0 ? null : leadDate(a, f.leadSentence(), published);
    if (date != null) {
      return new Prediction(f.killed(), f.injured(), date, f.used());
    }
    date = published;
    for (Event e : a.events()) {
      if (!e.type().equals("Strategic developments") && !e.type().equals("Protests")
          && "day".equals(e.datePrecision())
          && e.date() != null) {
        date = e.date();
        break;
      }
    }
    return new Prediction(f.killed(), f.injured(), date, f.used());
  }

  /**
   * The first day named in the sentence of the incident's first counted claim, or in the sentence
   * after it ("A man was shot ... . It happened on Sunday near ..."), not after publication; null
   * when neither names one.
   */
  static String leadDate(Analysis a, int sentence, String published) {
    for (int k = Math.max(0, sentence); k >= 0 && k <= sentence + 1 && k < a.sentences().size();
        k++) {
      Sentence s = a.sentences().get(k);
      for (TimeExpr t : a.times()) {
        if (t.start() >= s.start() && t.end() <= s.end() && t.value() != null
            && t.value().matches("\\d{4}-\\d{2}-\\d{2}")
            && (published == null || t.value().compareTo(published) <= 0)) {
          return t.value();
        }
      }
    }
    return null;
  }
}
