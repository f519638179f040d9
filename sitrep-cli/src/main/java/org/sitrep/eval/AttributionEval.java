package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.core.Pipeline;
import org.sitrep.eval.AttributionScore.Gold;
import org.sitrep.eval.AttributionScore.Outcome;
import org.sitrep.eval.AttributionScore.Totals;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Statement;

/**
 * {@code sitrep eval attribution}: statements on PolNeAR dev (US political news with every
 * attribution annotated), scored by {@link AttributionScore}.
 */
public final class AttributionEval {
  private AttributionEval() {}

  /** One gold article. */
  record Doc(String id, String text, List<Gold> gold) {}

  public record Result(int articles, int failed, Totals totals) {
    public String table() {
      Totals t = totals;
      int other = t.gold() - t.goldPronoun();
      return String.format(Locale.ROOT,
          "PolNeAR dev: %d articles (%d failed), %d gold attributions, %d statements%n"
              + "| measure | value |%n|---|---|%n"
              + "| statements: precision / recall / F1 | %.3f / %.3f / %.3f |%n"
              + "| content found (any source) | %.3f (%d) |%n"
              + "| source right where content found | %.3f (%d / %d) |%n"
              + "|   gold source a pronoun | %.3f (%d / %d) |%n"
              + "|   gold source not a pronoun | %.3f (%d / %d) |%n",
          articles, failed, t.gold(), t.statements(), t.precision(), t.recall(), t.f1(),
          t.contentFound() / (double) Math.max(1, t.gold()), t.contentFound(),
          ratio(t.found(), t.contentFound()), t.found(), t.contentFound(),
          ratio(t.foundPronoun(), t.contentFoundPronoun()), t.foundPronoun(), t.contentFoundPronoun(),
          ratio(t.found() - t.foundPronoun(), t.contentFound() - t.contentFoundPronoun()),
          t.found() - t.foundPronoun(), t.contentFound() - t.contentFoundPronoun())
          + String.format(Locale.ROOT, "(gold sources: %d pronouns, %d others)%n", t.goldPronoun(), other);
    }

    private static double ratio(int a, int b) {
      return a / (double) Math.max(1, b);
    }
  }

  public static Result run(Pipeline pipeline, Path file, int limit, int threads, Path details)
      throws IOException, InterruptedException {
    List<Doc> docs = read(file, limit);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<Analysis>> futures = new ArrayList<>();
    for (Doc d : docs) {
      // no publication date: PolNeAR gives none, and statements do not need one
      futures.add(pool.submit(() -> pipeline.apply(Analysis.of(Article.of(d.id(), d.text(), null)))));
    }
    List<Totals> all = new ArrayList<>();
    int failed = 0;
    try (PrintWriter out = details == null ? null
        : new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8))) {
      if (out != null) {
        out.println("article\tfound\tcontentFound\tgoldSource\tgoldContent\tourSource\tourCue\tourContent");
      }
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        List<Statement> statements;
        try {
          statements = futures.get(i).get().statements();
        } catch (ExecutionException e) {
          failed++;
          System.err.println("sitrep eval: article " + d.id() + " failed: " + e.getCause());
          statements = List.of();
        }
        List<Outcome> outcomes = new ArrayList<>();
        all.add(AttributionScore.score(d.gold(), statements, outcomes));
        if (out != null) {
          for (Outcome o : outcomes) {
            out.println(String.join("\t", d.id(), String.valueOf(o.found()),
                String.valueOf(o.contentFound()), cell(o.gold().sourceText()),
                cell(text(d.text(), o.gold().content())),
                o.best() == null ? "" : cell(o.best().source().name()),
                o.best() == null ? "" : o.best().cue(),
                o.best() == null ? "" : cell(o.best().text())));
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(docs.size(), failed, AttributionScore.sum(all));
  }

  static List<Doc> read(Path file, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null && docs.size() < limit; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        String text = d.path("text").asText();
        List<Gold> gold = new ArrayList<>();
        for (JsonNode a : d.path("attributions")) {
          List<int[]> source = spans(a.path("source"));
          gold.add(new Gold(source, spans(a.path("content")), text(text, source)));
        }
        docs.add(new Doc(d.path("id").asText(), text, List.copyOf(gold)));
      }
    }
    return docs;
  }

  /** A role: {@code [start, end]}, a list of such pairs, or null. */
  static List<int[]> spans(JsonNode role) {
    List<int[]> out = new ArrayList<>();
    if (role == null || role.isNull() || role.isMissingNode() || role.size() == 0) {
      return out;
    }
    if (role.get(0).isArray()) {
      for (JsonNode p : role) {
        out.add(new int[] {p.get(0).asInt(), p.get(1).asInt()});
      }
    } else {
      out.add(new int[] {role.get(0).asInt(), role.get(1).asInt()});
    }
    return out;
  }

  private static String text(String text, List<int[]> spans) {
    StringBuilder b = new StringBuilder();
    for (int[] s : spans) {
      if (b.length() > 0) {
        b.append(" … ");
      }
      b.append(text, Math.max(0, s[0]), Math.min(text.length(), s[1]));
    }
    return b.toString();
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
