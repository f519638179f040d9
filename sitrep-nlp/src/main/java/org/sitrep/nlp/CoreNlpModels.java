package org.sitrep.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * CoreNLP's annotators as sitrep runs them, each on the sentences that need it: the splitter, the
 * tagger and lemmatiser, names and numbers with SUTime's time rules and without them, the
 * dependency parser (run by {@link VectorParser} when it can).
 * The NER models and the parser load on threads of their own while the tagger loads on the
 * caller's, so that their loading overlaps (measured: start-up no shorter than before, ~9-10 s,
 * because the second copy of the CRF model takes back what the overlap saves). All are safe to
 * share between threads.
 */
final class CoreNlpModels {
  final StanfordCoreNLP splitter;
  final Annotator tagger;
  final Annotator lemmas;
  final Annotator namesAndTimes;
  /** Whether {@link #names} serves the sentences without a time word; else both are one annotator. */
  final boolean timesWhereCued;
  /** The same CRF model loaded a second time (82 MB, 1.7 s, beside the others): CoreNLP offers no
   * way to build an NER combiner with SUTime's settings around a classifier already loaded. */
  final Annotator names;
  /** Null when dependencies are off. */
  final DependencyParser parser;
  /** The same parser's model run faster; null when off or when this CoreNLP hides the model. */
  final VectorParser vectorParser;

  CoreNlpModels(NlpConfig config) {
    this.timesWhereCued = config.timesWhereCued();
    // not the common pool: on two cores it has one thread
    ExecutorService loaders = Executors.newFixedThreadPool(3, r -> {
      Thread t = new Thread(r, "sitrep-model-loader");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletableFuture<Annotator> withTimes =
          CompletableFuture.supplyAsync(() -> ner(config.nerProperties(true)), loaders);
      CompletableFuture<Annotator> without =
          config.timesWhereCued()
              ? CompletableFuture.supplyAsync(() -> ner(config.nerProperties(false)), loaders)
              : withTimes;
      CompletableFuture<DependencyParser> parsing =
          config.dependencies()
              ? CompletableFuture.supplyAsync(
                  () -> DependencyParser.loadFromModelFile(NlpConfig.PARSER_MODEL, config.parserProperties()),
                  loaders)
              : CompletableFuture.completedFuture(null);
      this.splitter = new StanfordCoreNLP(config.splitterProperties());
      this.tagger = new POSTaggerAnnotator("pos", new Properties());
      this.lemmas = new MorphaAnnotator(false);
      this.namesAndTimes = join(withTimes);
      this.names = join(without);
      this.parser = join(parsing);
      this.vectorParser = parser != null && config.vectorParser()
          ? VectorParser.open(parser, config.parserCache())
          : null;
    } finally {
      loaders.shutdown();
    }
  }

  private static Annotator ner(Properties p) {
    try {
      return new NERCombinerAnnotator(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
