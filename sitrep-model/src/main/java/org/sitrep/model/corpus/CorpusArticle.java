package org.sitrep.model.corpus;

import java.util.List;

/**
 * One article as the corpus holds it: what {@code export articles} writes.
 *
 * @param key what makes it the same article on a second ingest: {@code url:...} when it has a
 *     URL, else {@code sha256:...} of its normalised text
 * @param published ISO day or null
 * @param duplicateOf the id of the article this one copies (wire copy, syndication, updated
 *     version), or null
 * @param similarity estimated Jaccard similarity of the texts' shingles with {@code duplicateOf},
 *     or null
 * @param events ids of the corpus events it reports
 */
public record CorpusArticle(
    String id,
    String key,
    String url,
    String published,
    String title,
    String source,
    String duplicateOf,
    Double similarity,
    List<String> events) {
  public CorpusArticle {
    events = List.copyOf(events);
  }
}
