package org.sitrep.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * The corpus store: articles with their analyses, the reports (article events) clustering
 * compares, corpus events with their figures and merge decisions. One schema on embedded DuckDB
 * (a file) and on PostgreSQL (a server), migrated on open.
 *
 * <p>One writer: ingest calls {@link #write} from one thread, one article per call, each call
 * one transaction, so a crash loses at most the article being written. Reads may come from any
 * thread, side by side (see {@link StoreOptions}).
 */
public interface Store extends AutoCloseable {

  /**
   * Opens (and creates or migrates) a store.
   *
   * @param db a DuckDB file path, or a {@code jdbc:postgresql://} URL
   * @throws StoreException naming {@code db} when it cannot be opened: locked by another process,
   *     server down, login refused, not a sitrep store, a newer schema than this sitrep knows
   */
  static Store open(String db) {
    return Stores.open(db, StoreOptions.DEFAULT);
  }

  /** Opens a store as {@link #open(String)} does, with a read limit, readers, reconnection. */
  static Store open(String db, StoreOptions options) {
    return Stores.open(db, options);
  }

  /** "DuckDB file /path/sitrep.duckdb" or the PostgreSQL URL without its password. */
  String describe();

  /** Whether an article with this key ({@code url:...} or {@code sha256:...}) is stored. */
  boolean hasKey(String key);

  /**
   * Why the input with this key was rejected by an earlier ingest ({@code unsupported-language},
   * {@code empty-input}...), or empty when it was not.
   */
  Optional<String> rejection(String key);

  /** Remembers that analysis rejected this input for what it is, so a re-run skips it. */
  void reject(String key, String id, String code, String message);

  /** Whether an article with this id is stored. */
  boolean hasArticle(String id);

  /** Ids of stored articles that share at least one LSH band hash with {@code bands}. */
  List<String> articlesSharingBands(long[] bands);

  /** The MinHash signature stored with an article, or empty. */
  Optional<long[]> signature(String articleId);

  /** The stored articles with these ids (missing ones left out). */
  Map<String, CorpusArticle> articles(Collection<String> ids);

  /**
   * Reports that clustering must compare with a report of {@code country} dated within
   * [{@code from}, {@code to}]: same country, and a date range ({@code dateEarliest} ..
   * {@code dateLatest}) that overlaps it. ISO days.
   */
  List<Report> reportsNear(String country, String from, String to);

  /** The component (candidate-graph connected component) each stored report belongs to. */
  Map<ReportRef, String> components(Collection<ReportRef> reports);

  /** All stored reports of these components. */
  List<Report> reportsOfComponents(Collection<String> components);

  /** Ids of the stored events whose reports lie in these components. */
  Set<String> eventsOfComponents(Collection<String> components);

  /** Writes one article and what it changes, in one transaction. */
  void write(ArticleWrite write);

  /** Corpus events matching the query, by date then id. */
  List<CorpusEvent> events(EventQuery query);

  /**
   * The events {@link #events} would give, as their stored JSON: each as {@code ModelJson.event}
   * writes it, or when {@code brief} as {@code ModelJson.briefEvent} makes it of that. What a
   * server sends on without parsing it.
   */
  List<String> eventsJson(EventQuery query, boolean brief);

  /** The event {@link #event} would give, as its stored JSON. */
  Optional<String> eventJson(String id);

  /**
   * A number that changes whenever the corpus does (each article written raises it, whichever
   * process wrote it): answers computed at one version stay right until it changes.
   */
  long version();

  /** How many events match the query's filters (its limit and offset ignored). */
  long countEvents(EventQuery query);

  /** Streams the matching events (exports), by date then id, without holding them all. */
  void forEachEvent(EventQuery query, Consumer<CorpusEvent> sink);

  Optional<CorpusEvent> event(String id);

  /** Streams all articles by id (exports). */
  void forEachArticle(Consumer<CorpusArticle> sink);

  /** The article's analysis as stored (the extract JSON), or empty. */
  Optional<String> analysisJson(String articleId);

  /** Counts for progress and summaries: articles, duplicates, reports, events. */
  Counts counts();

  @Override
  void close();

  record Counts(long articles, long duplicates, long reports, long events) {}
}
