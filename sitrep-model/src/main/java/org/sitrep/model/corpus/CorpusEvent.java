package org.sitrep.model.corpus;

import java.util.List;

/**
 * One event of the corpus: the reports of one real event merged across articles, with its figures
 * reconciled. Field meanings follow {@code shared/contract/README.md} ("The corpus").
 *
 * @param id stable id: the same reports give the same id whatever order they arrived in
 * @param admin1 the first-order region's name
 * @param fatalities the best killed figure, or null when no claim counts the dead
 * @param reports the article events merged here
 * @param articles the distinct articles reporting it, near-duplicates left out
 * @param actor1Kind the kind of actor1 (state forces, rebels, protesters, rioters, civilians...)
 * @param notes a short description: the sentence of its first report
 * @param sources the outlets of its reports, distinct, in article order
 * @param decisions the merge decisions between its reports (and with reports it was kept apart
 *     from), for {@code sitrep event}
 */
public record CorpusEvent(
    String id,
    String type,
    String subType,
    String plover,
    String date,
    String dateEarliest,
    String dateLatest,
    Long place,
    String placeName,
    String country,
    String admin1,
    Double lat,
    Double lon,
    Integer geoPrecision,
    String actor1,
    String actor2,
    Integer fatalities,
    List<Figure> figures,
    List<ReportRef> reports,
    List<String> articles,
    String actor1Kind,
    String actor2Kind,
    String notes,
    List<String> sources,
    List<MergeDecision> decisions) {
  public CorpusEvent {
    figures = List.copyOf(figures);
    reports = List.copyOf(reports);
    articles = List.copyOf(articles);
    sources = List.copyOf(sources);
    decisions = List.copyOf(decisions);
  }
}
