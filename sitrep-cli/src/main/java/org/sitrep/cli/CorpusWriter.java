package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.InputException;
import org.sitrep.corpus.Clustering;
import org.sitrep.corpus.Hashes;
import org.sitrep.corpus.NearDuplicates;
import org.sitrep.corpus.Recluster;
import org.sitrep.corpus.RegionNames;
import org.sitrep.corpus.Reports;
import org.sitrep.json.ModelJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;
import org.sitrep.store.ArticleWrite;
import org.sitrep.store.Store;

/**
 * Adds one analysed article to the corpus: links it to the article it copies, if any, re-clusters
 * the events its reports touch, and writes all of it in one store transaction. Called from one
 * thread.
 */
final class CorpusWriter {
  private final Store store;
  private final RegionNames regions;

  CorpusWriter(Store store, RegionNames regions) {
    this.store = store;
    this.regions = regions;
  }

  /** What adding an article did: its id, and the article it copies or null. */
  record Added(String id, String duplicateOf) {}

  /**
   * Whether an analysis failure is about the article itself (not English, empty...), so that the
   * store remembers it and later runs skip the input; a bug on that article ({@code
   * internal-error}) or a time budget a longer one may meet ({@code too-slow}) is not.
   */
  static boolean lasting(InputException e) {
    return !"internal-error".equals(e.code()) && !"too-slow".equals(e.code());
  }

  /**
   * What makes two inputs the same article: its URL when it has one, else a hash of its text with
   * case and whitespace folded (a re-encoded or re-wrapped copy is the same article).
   */
  static String key(Article a) {
    if (a.url() != null && !a.url().isBlank()) {
      return "url:" + a.url().strip();
    }
    String normal = a.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return "sha256:" + Hashes.sha256Hex(normal, 32);
  }

  /**
   * @throws InputException {@code duplicate-id} when another article already has this id
   */
  Added add(Analysis analysis, String analysisJson) {
    Article article = analysis.article();
    if (store.hasArticle(article.id())) {
      throw new InputException(
          "duplicate-id",
          "id " + article.id() + " is already used in " + store.describe() + " by another article");
    }
    long[] signature = NearDuplicates.signature(article.text());
    long[] bands = NearDuplicates.bands(signature);
    Map<String, String> duplicateUpdates = new HashMap<>();
    String duplicateOf = null;
    Double similarity = null;
    Copy copy = nearestCopy(article.id(), signature, bands);
    if (copy != null) {
      similarity = copy.similarity;
      CorpusArticle other = copy.article;
      String originalId = other.duplicateOf() != null ? other.duplicateOf() : other.id();
      CorpusArticle original =
          originalId.equals(other.id()) ? other : store.articles(List.of(originalId)).get(originalId);
      if (original == null || isEarlier(original, article)) {
        duplicateOf = originalId;
      } else {
        // the new article is older than the stored "original": it becomes the original
        duplicateUpdates.put(originalId, article.id());
        if (!other.id().equals(originalId)) {
          duplicateUpdates.put(other.id(), article.id());
        }
      }
    }

    List<Report> reports = Reports.of(analysis, regions);
    Set<ReportRef> linked = new TreeSet<>();
    for (Report r : reports) {
      if (r.country() == null || r.dateEarliest() == null) {
        continue;
      }
      String from = LocalDate.parse(r.dateEarliest()).minusDays(Clustering.WINDOW_DAYS).toString();
      String to = LocalDate.parse(r.dateLatest()).plusDays(Clustering.WINDOW_DAYS).toString();
      for (Report n : store.reportsNear(r.country(), from, to)) {
        if (Clustering.candidate(r, n)) {
          linked.add(n.ref());
        }
      }
    }
    Set<String> components = new TreeSet<>(store.components(linked).values());
    Map<ReportRef, Report> all = new LinkedHashMap<>();
    store.reportsOfComponents(components).forEach(r -> all.put(r.ref(), r));
    reports.forEach(r -> all.put(r.ref(), r));

    Map<String, String> duplicates = new HashMap<>();
    Set<String> articleIds = new TreeSet<>();
    all.values().forEach(r -> articleIds.add(r.article()));
    articleIds.remove(article.id());
    store.articles(articleIds).values().stream()
        .filter(a -> a.duplicateOf() != null)
        .forEach(a -> duplicates.put(a.id(), a.duplicateOf()));
    duplicateUpdates.forEach(duplicates::put);
    if (duplicateOf != null) {
      duplicates.put(article.id(), duplicateOf);
    }

    Recluster.Result result = Recluster.of(all.values(), duplicates);
    Set<String> deleted = store.eventsOfComponents(components);
    CorpusArticle stored =
        new CorpusArticle(
            article.id(),
            key(article),
            article.url(),
            article.published() == null ? null : article.published().toString(),
            article.title(),
            article.source(),
            duplicateOf,
            similarity,
            List.of());
    store.write(
        new ArticleWrite(
            stored,
            analysisJson,
            signature,
            bands,
            reports,
            duplicateUpdates,
            result.components(),
            deleted,
            result.events()));
    return new Added(article.id(), duplicateOf);
  }

  private record Copy(CorpusArticle article, double similarity) {}

  /** The stored article this text copies most closely, above the near-duplicate threshold. */
  private Copy nearestCopy(String id, long[] signature, long[] bands) {
    List<String> candidates = new ArrayList<>(store.articlesSharingBands(bands));
    candidates.remove(id);
    candidates.sort(Comparator.naturalOrder());
    String best = null;
    double bestSimilarity = 0;
    for (String c : candidates) {
      double s = store.signature(c).map(sig -> NearDuplicates.similarity(signature, sig)).orElse(0.0);
      if (s >= NearDuplicates.THRESHOLD && s > bestSimilarity) {
        best = c;
        bestSimilarity = s;
      }
    }
    return best == null ? null : new Copy(store.articles(List.of(best)).get(best), bestSimilarity);
  }

  /** Originals are the earliest published; on the same day (or undated), the smaller id. */
  private static boolean isEarlier(CorpusArticle stored, Article fresh) {
    String a = stored.published() == null ? "9999-12-31" : stored.published();
    String b = fresh.published() == null ? "9999-12-31" : fresh.published().toString();
    int c = a.compareTo(b);
    return c != 0 ? c < 0 : stored.id().compareTo(fresh.id()) < 0;
  }
}
