package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;

/**
 * Gun Violence Archive incidents paired with their articles: does sitrep read the number killed,
 * the number injured and the incident date? Compared with the trivial baselines (always 0, always
 * the publication date) on the same articles.
 */
public final class GvaEval {
  public record Prediction(long killed, long injured, String date) {}

  public record Result(int articles, int failed, int killedRight, int injuredRight, int dateRight,
      int zeroKilledRight, int zeroInjuredRight, int publishedDateRight, int anyKilledTp,
      int anyKilledFp, int anyKilledFn) {
    public String table() {
      return String.format(Locale.ROOT,
          "GVA dev: %d articles (%d failed)%n"
              + "| measure | sitrep | baseline |%n|---|---|---|%n"
              + "| killed, exact match | %.3f | %.3f (always 0) |%n"
              + "| injured, exact match | %.3f | %.3f (always 0) |%n"
              + "| incident date, exact | %.3f | %.3f (publication date) |%n"
              + "| any killed: precision / recall | %.3f / %.3f | |%n",
          articles, failed, ratio(killedRight), ratio(zeroKilledRight), ratio(injuredRight),
          ratio(zeroInjuredRight), ratio(dateRight), ratio(publishedDateRight),
          anyKilledTp / (double) Math.max(1, anyKilledTp + anyKilledFp),
          anyKilledTp / (double) Math.max(1, anyKilledTp + anyKilledFn));
    }

    private double ratio(int n) {
      return n / (double) Math.max(1, articles);
    }
  }

  private GvaEval() {}

  public static Result run(Pipeline pipeline, Path dir, String split, int limit, int threads)
      throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    JsonNode xs = json.readTree(dir.resolve("X_" + split + ".json").toFile());
    JsonNode ys = json.readTree(dir.resolve("y_" + split + ".json").toFile());
    int n = Math.min(limit, Math.min(xs.size(), ys.size()));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      return score(pipeline, xs, ys, n, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Result score(Pipeline pipeline, JsonNode xs, JsonNode ys, int n,
      ExecutorService pool) throws InterruptedException {
    List<Future<Prediction>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonNode x = xs.get(i);
      String id = "gva-" + i;
      futures.add(pool.submit(() -> predict(pipeline, id, x)));
    }
    int failed = 0;
    int k = 0, inj = 0, d = 0, zk = 0, zi = 0, pd = 0, tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < n; i++) {
      JsonNode y = ys.get(i);
      String published = published(xs.get(i));
      long goldK = y.path("n_killed").asLong();
      long goldI = y.path("n_injured").asLong();
      String goldDate = y.path("shooting_date").asText();
      Prediction p;
      try {
        p = futures.get(i).get();
      } catch (ExecutionException e) {
        failed++; // counted and reported in the table; scored as the baseline's guess
        System.err.println("sitrep eval: article " + i + " failed: " + e.getCause());
        p = new Prediction(0, 0, published);
      }
      k += p.killed() == goldK ? 1 : 0;
      inj += p.injured() == goldI ? 1 : 0;
      d += goldDate.equals(p.date()) ? 1 : 0;
      zk += goldK == 0 ? 1 : 0;
      zi += goldI == 0 ? 1 : 0;
      pd += goldDate.equals(published) ? 1 : 0;
      tp += p.killed() > 0 && goldK > 0 ? 1 : 0;
      fp += p.killed() > 0 && goldK == 0 ? 1 : 0;
      fn += p.killed() == 0 && goldK > 0 ? 1 : 0;
    }
    return new Result(n, failed, k, inj, d, zk, zi, pd, tp, fp, fn);
  }

  private static String published(JsonNode x) {
    String p = x.path("publish_date").asText("");
    return p.length() >= 10 ? p.substring(0, 10) : null;
  }

  static Prediction predict(Pipeline pipeline, String id, JsonNode x) {
    String published = published(x);
    Analysis a;
    try {
      a = pipeline.apply(Analysis.of(new Article(id, x.path("text").asText(),
          published == null ? null : LocalDate.parse(published), null, null, null)));
    } catch (InputException e) {
      return new Prediction(0, 0, published);
    }
    return fromAnalysis(a, published);
  }

  /**
   * An incident's figures from an analysis: the largest count of each measure (reports repeat and
   * update figures; the latest is usually the largest), and the date of the first violent event.
   */
  public static Prediction fromAnalysis(Analysis a, String published) {
    long killed = 0;
    long injured = 0;
    for (Claim c : a.claims()) {
      long v = c.low() != null ? c.low() : c.high() != null ? c.high() : 0;
      if (c.measure().equals("killed")) {
        killed = Math.max(killed, v);
      } else if (c.measure().equals("injured")) {
        injured = Math.max(injured, v);
      }
    }
    String date = published;
    for (Event e : a.events()) {
      if (!e.type().equals("Strategic developments") && !e.type().equals("Protests")
          && "day".equals(e.datePrecision())
          && e.date() != null) {
        date = e.date();
        break;
      }
    }
    return new Prediction(killed, injured, date);
  }
}
