package org.sitrep.server;

import java.util.List;
import org.sitrep.model.Article;

/**
 * Analyses one article and adds it to the corpus: what {@code POST /api/articles} calls. The
 * command line provides it (the pipeline and the corpus writer live there); the server only
 * checks the request and reports the outcome.
 */
@FunctionalInterface
public interface ArticleIntake {

  /**
   * @throws org.sitrep.core.InputException when the article cannot be analysed (not English,
   *     empty...): the client gets 422 with the exception's code
   */
  Added add(Article article);

  /**
   * @param id the stored article's id
   * @param stored false when the same article (URL or text) was already in the corpus
   * @param duplicateOf the article it copies, or null
   * @param events the corpus events it reports
   */
  record Added(String id, boolean stored, String duplicateOf, List<String> events) {
    public Added {
      events = List.copyOf(events);
    }
  }
}
