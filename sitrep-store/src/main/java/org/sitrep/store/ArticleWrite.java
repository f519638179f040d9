package org.sitrep.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * Everything one ingested article changes, written in one transaction by {@link Store#write}.
 *
 * @param article the new article (its {@code events} list is filled by the store from
 *     {@code events})
 * @param analysisJson the article's analysis as {@code extract} writes it
 * @param signature the article's MinHash signature
 * @param bands its LSH band hashes
 * @param reports the new article's reports
 * @param duplicateOf new {@code duplicateOf} values of stored articles (article id to original id,
 *     or to null), when the new article turns out to be the original of an older copy
 * @param components the component of every report the article touches, new and stored
 * @param deletedEvents ids of stored events that the new clustering replaces
 * @param events the events of the re-clustered components, replacing {@code deletedEvents}
 */
public record ArticleWrite(
    CorpusArticle article,
    String analysisJson,
    long[] signature,
    long[] bands,
    List<Report> reports,
    Map<String, String> duplicateOf,
    Map<ReportRef, String> components,
    Set<String> deletedEvents,
    List<CorpusEvent> events) {
  public ArticleWrite {
    Objects.requireNonNull(article, "article");
    reports = List.copyOf(reports);
    // Map.copyOf refuses null values: an article that stops being a copy maps to its own id
    duplicateOf = Map.copyOf(duplicateOf);
    components = Map.copyOf(components);
    deletedEvents = Set.copyOf(deletedEvents);
    events = List.copyOf(events);
  }
}
