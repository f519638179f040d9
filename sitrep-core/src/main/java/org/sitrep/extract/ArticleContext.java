package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * What claims and events need to know about the whole article: dependency trees, who the people
 * are (and what their titles make them), times and places by offset, and the article's focus.
 * Built once per article; not shared between articles.
 */
final class ArticleContext {
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that", "whom");

  final Analysis analysis;
  final List<DepTree> trees = new ArrayList<>();
  private final List<Mention> persons = new ArrayList<>();
  /** A person's name → the kind their title makes them a source of ("President X" → government). */
  private final Map<String, String> personKinds = new LinkedHashMap<>();
  /** A person's name → the title words written with it ("Kazakh President"). */
  private final Map<String, String> personTitles = new HashMap<>();
  /** The last group that spoke, for "they said". */
  private Source lastGroup;
  /** The last person a statement came from, and the index of its sentence, for "he said". */
  private Source lastPersonSpeaker;
  private int lastPersonSpeakerSentence = -2;

  final Place focus;
  final List<org.sitrep.repair.QuoteSpans.QuotedSpan> quotes;

  ArticleContext(Analysis analysis) {
    this.analysis = analysis;
    for (Sentence s : analysis.sentences()) {
      trees.add(new DepTree(s));
    }
    for (Mention m : analysis.mentions()) {
      if (m.type().equals("PERSON") && !isPronoun(m.text())) {
        persons.add(m);
      }
    }
    for (DepTree t : trees) {
      readTitles(t);
    }
    focus = focusPlace(analysis.places());
    quotes = org.sitrep.repair.QuoteSpans.find(analysis.text());
  }

  private static boolean isPronoun(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return PERSONAL_PRONOUNS.contains(l) || GROUP_PRONOUNS.contains(l) || l.equals("i")
        || l.equals("we") || l.equals("you") || l.equals("it") || l.equals("his")
        || l.equals("hers") || l.equals("their");
  }

  /** Titles written right before a name ("Kazakh President Kashim-Jomart Tokayev"). */
  private void readTitles(DepTree t) {
    List<Token> toks = t.sentence.tokens();
    for (int i = 0; i < toks.size(); i++) {
      if (!toks.get(i).ner().equals("PERSON") || (i > 0 && toks.get(i - 1).ner().equals("PERSON"))) {
        continue;
      }
      int j = i - 1;
      while (j >= 0 && (isTitle(toks.get(j)) || toks.get(j).ner().equals("MISC")
          || toks.get(j).ner().equals("NATIONALITY")
          || "NNP".equals(toks.get(j).pos()) && !toks.get(j).ner().equals("O"))) {
        j--;
      }
      if (j + 1 < i) {
        Mention m = personAt(toks.get(i).start());
        if (m != null) {
          String title = analysis.text().substring(toks.get(j + 1).start(), toks.get(i - 1).end());
          personTitles.putIfAbsent(m.text(), title);
          String kind = Lexicon.sourceKind(title);
          if (!kind.equals("unattributed")) {
            personKinds.putIfAbsent(m.text(), kind);
          }
        }
      }
    }
  }

  static boolean isTitle(Token t) {
    return t.ner().equals("TITLE") || Lexicon.TITLES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  Mention personAt(int offset) {
    for (Mention m : persons) {
      if (m.start() <= offset && offset < m.end()) {
        return m;
      }
    }
    return null;
  }

  private Mention lastPersonBefore(int offset) {
    Mention best = null;
    for (Mention m : persons) {
      if (m.end() <= offset) {
        best = m;
      }
    }
    return best;
  }

  private Source personSource(Mention m) {
    String kind = personKinds.getOrDefault(m.text(), null);
    // a later short form ("Tokayev") takes the kind of the full name it ends
    if (kind == null) {
      for (Map.Entry<String, String> e : personKinds.entrySet()) {
        if (sameName(e.getKey(), m.text())) {
          return new Source(e.getKey(), e.getValue());
        }
      }
    }
    // the NLP stage gave short forms their full name ("Tokayev" → "Kashim-Jomart Tokayev")
    String name = m.canonical() != null ? m.canonical() : m.text();
    return new Source(name, kind == null ? "unattributed" : kind);
  }

  /** One name ends the other at a word boundary: "Tokayev" and "Kashim-Jomart Tokayev". */
  private static boolean sameName(String a, String b) {
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (!longer.endsWith(shorter)) {
      return false;
    }
    int at = longer.length() - shorter.length();
    return at == 0 || !Character.isLetter(longer.charAt(at - 1));
  }

  /**
   * Who a source token stands for: a person's name for "he", "the president" or a surname; the
   * antecedent of "which"; the last group for "they"; otherwise the noun phrase itself.
   */
  Source resolve(DepTree t, int i) {
    Token tok = t.token(i);
    String lower = tok.word().toLowerCase(Locale.ROOT);
    if (RELATIVE_PRONOUNS.contains(lower) && t.head(i) >= 0
        && t.rel(t.head(i)).startsWith("acl") && t.head(t.head(i)) >= 0
        && t.head(t.head(i)) != i) {
      return resolve(t, t.head(t.head(i)));
    }
    if (PERSONAL_PRONOUNS.contains(lower)) {
      // "Clinton says Trump's tweet is unhinged. She says ...": the speaker of the sentence before
      // goes on speaking, though another person was named after her
      if (lastPersonSpeaker != null && lastPersonSpeakerSentence == t.sentence.index() - 1) {
        return lastPersonSpeaker;
      }
      Mention m = lastPersonBefore(tok.start());
      return m == null ? new Source(tok.word(), "unattributed") : personSource(m);
    }
    if (GROUP_PRONOUNS.contains(lower)) {
      return lastGroup != null ? lastGroup : new Source(tok.word(), "unattributed");
    }
    Mention m = personAt(tok.start());
    if (m == null) {
      for (int c : t.children(i)) {
        if (t.rel(c).equals("compound") || t.rel(c).equals("flat")) {
          m = personAt(t.token(c).start());
          if (m != null) {
            break;
          }
        }
      }
    }
    if (m != null) {
      return personSource(m);
    }
    // "the president said": the person last named with that title
    if (isTitle(tok)) {
      for (int k = persons.size() - 1; k >= 0; k--) {
        Mention p = persons.get(k);
        String title = personTitles.get(p.text());
        if (p.end() <= tok.start() && title != null
            && title.toLowerCase(Locale.ROOT).contains(lower)) {
          return personSource(p);
        }
      }
    }
    String name = Phrases.nounPhrase(t, i, analysis.text());
    return new Source(name, Lexicon.sourceKind(name));
  }

  /** The subject of a sentence's reporting verb is who "they" means in the next one. */
  void noteSpeakers(DepTree t) {
    for (int i = 0; i < t.size(); i++) {
      boolean reporting =
          Lexicon.SPEECH_VERBS.contains(t.lemma(i)) || Lexicon.PERCEPTION_VERBS.contains(t.lemma(i));
      if (t.head(i) < 0 && reporting && t.child(i, "nsubj") >= 0) {
        spoke(resolve(t, t.child(i, "nsubj")));
      }
    }
  }

  /** A statement of this sentence came from s: a person speaker is who "he" means in the next. */
  void spokeIn(Source s, int sentence) {
    spoke(s);
    if (s != null && s.name() != null) {
      for (Mention m : persons) {
        String name = m.canonical() != null ? m.canonical() : m.text();
        if (name.equals(s.name()) || m.text().equals(s.name())) {
          lastPersonSpeaker = s;
          lastPersonSpeakerSentence = sentence;
          return;
        }
      }
    }
  }

  void spoke(Source s) {
    if (s != null && s.name() != null && !s.kind().equals("unattributed")) {
      lastGroup = s;
    }
  }

  /** The first time expression covering a token, or null. */
  TimeExpr timeAt(Token tok) {
    for (TimeExpr te : analysis.times()) {
      if (te.start() <= tok.start() && tok.end() <= te.end()) {
        return te;
      }
    }
    return null;
  }

  /** The first resolved location inside a token (a US county has a point but no GeoNames id), or null. */
  Place placeAt(Token tok) {
    for (Place p : analysis.places()) {
      if (p.isLocation() && p.lat() != null && tok.start() <= p.start()
          && p.end() <= tok.end()) {
        return p;
      }
    }
    for (Place p : analysis.places()) {
      if (p.isLocation() && p.lat() != null && p.start() <= tok.start()
          && tok.end() <= p.end()) {
        return p;
      }
    }
    return null;
  }

  /** The English name of the focus place's country ("Kenya" for Nairobi), or null. */
  String focusCountryName() {
    if (focus == null || focus.country() == null) {
      return null;
    }
    if ("country".equals(focus.kind())) {
      return focus.name();
    }
    String name = new Locale("", focus.country()).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equals(focus.country()) ? null : name;
  }

  /** An ISO day from a TimeML value ("2022-01-07TMO" → "2022-01-07"), or null. */
  static String isoDay(String value) {
    if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return value.substring(0, 10);
    }
    return null;
  }

  String published() {
    return analysis.article().published() == null ? null : analysis.article().published().toString();
  }

  /**
   * The article's focus: the country it is about (most places in it, adjectives included), as
   * CLIFF does; events and claims with no place of their own fall back to it.
   */
  private static Place focusPlace(List<Place> places) {
    Map<String, Integer> byCountry = new LinkedHashMap<>();
    Map<String, Place> countryPlace = new HashMap<>();
    for (Place p : places) {
      if (p.country() == null) {
        continue;
      }
      byCountry.merge(p.country(), 1, Integer::sum);
      if ("country".equals(p.kind()) && p.geonameid() != null) {
        countryPlace.putIfAbsent(p.country(), p);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : byCountry.entrySet()) {
      if (best == null || e.getValue() > byCountry.get(best)) {
        best = e.getKey();
      }
    }
    if (best == null) {
      return null;
    }
    if (countryPlace.containsKey(best)) {
      return countryPlace.get(best);
    }
    for (Place p : places) {
      if (best.equals(p.country()) && p.geonameid() != null && p.isLocation()) {
        return p;
      }
    }
    return null;
  }
}
