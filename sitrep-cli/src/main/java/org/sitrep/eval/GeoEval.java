package org.sitrep.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Geo;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.geo.eval.GeoGold;
import org.sitrep.geo.eval.GeoScore;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/**
 * Geoparsing from raw text on the public gold sets in shared/eval/geo: every article goes through
 * the whole pipeline (CoreNLP's NER, the gazetteer scan, disambiguation), and the places it finds
 * are scored against the annotators' spans and coordinates with {@link GeoScore}.
 */
public final class GeoEval {
  /**
   * A gold set and what counts as a place name in it. LGL and TR-News annotate demonyms
   * ("Russian") as toponyms; GeoVirus annotates only names of places, those inside organisations'
   * names included ("the US Centers for Disease Control").
   */
  public record GoldSet(String name, String file, boolean demonymsAreToponyms) {}

  public static final List<GoldSet> SETS = List.of(
      new GoldSet("LGL", "lgl.xml", true),
      new GoldSet("TR-News", "tr-news.xml", true),
      new GoldSet("GeoVirus", "geovirus.xml", false));

  public record Report(Map<String, GeoScore.Result> results, int articles, int failed,
      long wallMs, Map<String, Long> stageMs) {
    public String table() {
      StringBuilder b = new StringBuilder(GeoScore.Result.header()).append('\n');
      results.forEach((name, r) -> b.append(r.row(name)).append('\n'));
      long total = stageMs.values().stream().mapToLong(Long::longValue).sum();
      long places = stageMs.getOrDefault("places", 0L);
      b.append(String.format(Locale.ROOT,
          "%d articles (%d failed) in %.1f s; per article: place detection and resolution %.1f ms,"
              + " whole pipeline %.1f ms (thread time)%n",
          articles, failed, wallMs / 1000.0, places / (double) Math.max(1, articles),
          total / (double) Math.max(1, articles)));
      return b.toString();
    }
  }

  private GeoEval() {}

  /**
   * Scores every set found in {@code dir}. With {@code details} set, writes one line per gold
   * name (found or not, our answer, the error) there, for whoever tunes the resolver next.
   */
  public static Report run(Pipeline pipeline, Path dir, int limit, int threads, Path details)
      throws IOException, InterruptedException {
    Map<String, GeoScore.Result> results = new java.util.LinkedHashMap<>();
    int articles = 0;
    int failed = 0;
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Writer out = details == null ? Writer.nullWriter() : Files.newBufferedWriter(details)) {
      out.write("set\tdoc\tstart\tend\tphrase\tgold_fcode\tgold_id\tour_id\tour_name\tour_country"
          + "\tour_kind\tkm\n");
      for (GoldSet set : SETS) {
        Path xml = dir.resolve(set.file());
        if (!Files.isReadable(xml)) {
          continue;
        }
        List<GeoGold.Doc> docs = GeoGold.read(xml);
        docs = docs.subList(0, Math.max(0, Math.min(limit, docs.size())));
        List<Future<List<Place>>> futures = new ArrayList<>();
        for (GeoGold.Doc doc : docs) {
          futures.add(pool.submit(() -> places(pipeline, set, doc)));
        }
        GeoScore score = new GeoScore();
        for (int i = 0; i < docs.size(); i++) {
          List<Place> places;
          try {
            places = futures.get(i).get();
          } catch (ExecutionException e) {
            failed++;
            System.err.println("sitrep eval geo: " + set.name() + " article " + docs.get(i).id()
                + " failed: " + e.getCause());
            places = List.of();
          }
          score.add(docs.get(i).toponyms(), places);
          writeDetails(out, set, docs.get(i), places);
        }
        articles += docs.size();
        results.put(set.name(), score.result());
      }
    } finally {
      pool.shutdownNow();
    }
    return new Report(results, articles, failed, (System.nanoTime() - t0) / 1_000_000,
        pipeline.timings());
  }

  private static List<Place> places(Pipeline pipeline, GoldSet set, GeoGold.Doc doc) {
    Analysis a;
    try {
      a = pipeline.apply(Analysis.of(Article.of(set.name() + "-" + doc.id(), doc.text(), null)));
    } catch (InputException e) {
      return List.of(); // e.g. not English: nothing found, scored as such
    }
    Countries countries = GeoNamesGazetteer.shared().countries();
    return a.places().stream()
        .filter(p -> set.demonymsAreToponyms() || !demonym(p, countries))
        .toList();
  }

  private static boolean demonym(Place p, Countries countries) {
    return "adjectival".equals(p.role()) && !countries.byAdjective(p.text()).isEmpty()
        && countries.byName(p.text()).isEmpty();
  }

  private static void writeDetails(Writer out, GoldSet set, GeoGold.Doc doc, List<Place> places)
      throws IOException {
    // the same pairs the score counts
    Place[] match = GeoScore.pair(doc.toponyms(), places);
    java.util.Set<Place> paired = new java.util.HashSet<>();
    for (int i = 0; i < match.length; i++) {
      GeoGold.Toponym g = doc.toponyms().get(i);
      Place hit = match[i];
      if (hit != null) {
        paired.add(hit);
      }
      String km = hit == null || hit.lat() == null || !g.hasCoordinates()
          ? ""
          : String.format(Locale.ROOT, "%.0f", Geo.km(hit.lat(), hit.lon(), g.lat(), g.lon()));
      out.write(String.join("\t", set.name(), doc.id(), Integer.toString(g.start()),
          Integer.toString(g.end()), g.phrase().replaceAll("\\s+", " "),
          String.valueOf(g.featureCode()), String.valueOf(g.geonameid()),
          hit == null ? "" : String.valueOf(hit.geonameid()), hit == null ? "" : hit.text() + "=" + hit.name(),
          hit == null ? "" : String.valueOf(hit.country()), hit == null ? "" : hit.kind(), km));
      out.write('\n');
    }
    for (Place p : places) {
      if (!paired.contains(p)) {
        out.write(String.join("\t", set.name(), doc.id(), Integer.toString(p.start()),
            Integer.toString(p.end()), "", "", "", String.valueOf(p.geonameid()),
            p.text() + "=" + p.name(), String.valueOf(p.country()), p.kind(), "not gold"));
        out.write('\n');
      }
    }
  }

}
