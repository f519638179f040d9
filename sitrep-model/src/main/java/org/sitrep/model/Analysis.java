package org.sitrep.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything known about one article so far. Immutable: each stage returns a new Analysis with the
 * layers it provides filled in, and {@link #layers()} says which are.
 *
 * @param repaired the text the NLP stages read, with its map back to {@code article.text()}
 * @param warnings things the user should know about this analysis (no publication date, ...)
 */
public record Analysis(
    Article article,
    String language,
    List<Repair> repairs,
    RepairedText repaired,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<TimeExpr> times,
    List<Quantity> quantities,
    List<Place> places,
    List<Statement> statements,
    List<Claim> claims,
    List<Event> events,
    List<String> warnings,
    Set<Layer> layers) {

  public Analysis {
    Objects.requireNonNull(article, "article");
    repairs = List.copyOf(repairs);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    places = List.copyOf(places);
    statements = List.copyOf(statements);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
  }

  /** A fresh analysis holding only the article's text. */
  public static Analysis of(Article article) {
    List<String> warnings =
        article.published() == null
            ? List.of("no publication date: relative dates are left unresolved")
            : List.of();
    return new Analysis(
        article,
        null,
        List.of(),
        RepairedText.identity(article.text()),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        warnings,
        Set.of(Layer.TEXT));
  }

  public String text() {
    return article.text();
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  private Set<Layer> plus(Layer layer) {
    EnumSet<Layer> set = EnumSet.of(layer);
    set.addAll(layers);
    return set;
  }

  public Analysis withLanguage(String language) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.LANGUAGE));
  }

  public Analysis withRepairs(List<Repair> repairs, RepairedText repaired) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.REPAIRS));
  }

  public Analysis withSentences(List<Sentence> sentences) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.SENTENCES));
  }

  public Analysis withMentions(List<Mention> mentions) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.MENTIONS));
  }

  public Analysis withTimes(List<TimeExpr> times) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.TIMES));
  }

  public Analysis withQuantities(List<Quantity> quantities) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.QUANTITIES));
  }

  public Analysis withPlaces(List<Place> places) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.PLACES));
  }

  public Analysis withStatements(List<Statement> statements) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.STATEMENTS));
  }

  public Analysis withClaims(List<Claim> claims) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.CLAIMS));
  }

  public Analysis withEvents(List<Event> events) {
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, warnings, plus(Layer.EVENTS));
  }

  public Analysis withWarning(String warning) {
    List<String> more = new java.util.ArrayList<>(warnings);
    more.add(warning);
    return new Analysis(article, language, repairs, repaired, sentences, mentions, times,
        quantities, places, statements, claims, events, more, layers);
  }
}
