package org.sitrep.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.core.InputException;
import org.sitrep.core.Pipeline;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.server.ArticleIntake;
import org.sitrep.store.Store;

/**
 * {@code POST /api/articles}: one article analysed and added to the corpus as {@code sitrep ingest}
 * adds it. Requests are served one at a time: the store has one writer, and one article's analysis
 * takes a second or so.
 */
final class StoreIntake implements ArticleIntake {
  private final Store store;
  private final Supplier<Pipeline> pipelines;
  private final CorpusWriter writer;
  private Pipeline pipeline;

  StoreIntake(Store store, Supplier<Pipeline> pipelines) {
    this.store = store;
    this.pipelines = pipelines;
    this.writer = new CorpusWriter(store, CorpusIngest.regionNames());
  }

  /** Loads the pipeline now (CoreNLP takes ~20 s), so that the first request does not wait. */
  synchronized void warm() {
    pipeline();
  }

  @Override
  public synchronized Added add(Article article) {
    String key = CorpusWriter.key(article);
    if (store.hasKey(key)) {
      return new Added(article.id(), false, null, List.of());
    }
    Optional<String> rejected = store.rejection(key);
    if (rejected.isPresent()) {
      throw new InputException(rejected.get(), "this article was rejected before (" + rejected.get() + ")");
    }
    Analysis analysis;
    try {
      analysis = pipeline().apply(Analysis.of(article));
    } catch (InputException e) {
      if (CorpusWriter.lasting(e)) {
        store.reject(key, article.id(), e.code(), e.getMessage());
      }
      throw e;
    }
    CorpusWriter.Added added = writer.add(analysis, AnalysisJson.write(AnalysisJson.of(analysis, false), false));
    CorpusArticle stored = store.articles(List.of(added.id())).get(added.id());
    return new Added(added.id(), true, added.duplicateOf(), stored == null ? List.of() : stored.events());
  }

  private Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = pipelines.get();
    }
    return pipeline;
  }
}
