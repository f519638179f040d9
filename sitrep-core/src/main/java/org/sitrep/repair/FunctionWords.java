package org.sitrep.repair;

import java.util.HashSet;
import java.util.Set;

/** Closed-class English words, as evidence for and against a glued-word split. */
final class FunctionWords {
  private FunctionWords() {}

  /**
   * Function words that do not form closed compounds: a split next to one of these ("weapons|against",
   * "gunmen|were", "of|the") is strong evidence that a space was lost.
   */
  static final Set<String> STRONG =
      set(
          // articles, determiners, pronouns
          "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
          "your", "my", "he", "she", "they", "we", "you", "it", "them", "him", "us", "who", "whom",
          "whose", "which", "what", "some", "any", "each", "every", "both", "all", "many", "most",
          "several", "such",
          // auxiliaries and copulas
          "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
          "can", "could", "shall", "should", "may", "might", "must", "does", "did", "not",
          // prepositions that do not make compounds
          "of", "to", "at", "from", "for", "against", "among", "amid", "between", "during", "into",
          "onto", "toward", "towards", "upon", "via", "without", "within", "despite", "since",
          "until", "while", "whereas", "although", "because", "unless", "than", "whether", "and",
          "or", "but", "nor", "if", "as", "when", "where", "after", "before", "said", "says");

  /**
   * Particles that do make compounds ("lock|down", "shoot|out", "stand|off") and short words that
   * turn up inside names and foreign words ("me", "so", "go"): allowed as parts, never evidence.
   */
  static final Set<String> WEAK =
      set("up", "down", "out", "off", "over", "under", "in", "on", "by", "back", "away",
          "about", "around", "through", "with", "across", "along", "behind", "so", "no", "do",
          "me", "be", "go");

  /**
   * Second parts that make compounds and derivations ("west|side", "fire|man", "data|base"): a
   * split ending in one of these is a word, not glue.
   */
  static final Set<String> COMPOUND_TAILS =
      set("side", "sides", "man", "men", "woman", "women", "person", "people", "land", "lands",
          "line", "lines", "house", "houses", "room", "rooms", "work", "works", "way", "ways",
          "ward", "wards", "wise", "wide", "like", "less", "ness", "ship", "ships", "hood", "able",
          "ism", "ist", "ists", "ment", "ments", "ful", "fold", "some", "time", "times", "point",
          "points", "ware", "wear", "base", "board", "boards", "book", "books", "field", "fields",
          "stream", "gate", "head", "heads", "hold", "holds", "yard", "yards", "town", "towns",
          "place", "places", "port", "ports", "shot", "shots", "fire", "fires", "gun", "guns",
          "light", "lights", "craft", "crafts", "water", "ground", "grounds", "path", "paths",
          "site", "sites", "zone", "zones", "phone", "phones", "ever", "self",
          "selves", "most", "long", "ology", "logy", "graph", "graphs", "scape", "berg", "burg", "ville", "ton",
          "land", "stan", "shire", "port", "minded", "based", "style", "related", "free");

  /** Second words of function-word pairs that are common enough to be evidence of glue. */
  static final Set<String> SECOND =
      set("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
          "be", "been", "have", "all", "any", "some");

  static final Set<String> ALL;

  private static Set<String> set(String... words) {
    return Set.copyOf(new HashSet<>(java.util.Arrays.asList(words)));
  }

  static {
    Set<String> all = new HashSet<>(STRONG);
    all.addAll(WEAK);
    ALL = Set.copyOf(all);
  }

  /** Words ending in s that are not plural nouns, for the possessive "workers’ union". */
  static final Set<String> NOT_PLURAL =
      set("news", "sports", "arms", "goods", "series", "species", "means", "headquarters",
          "politics", "physics", "economics", "ethics", "always", "perhaps", "hers", "his", "its",
          "ours", "theirs", "yours", "this", "thus", "plus", "bus", "gas", "yes", "us", "as", "was",
          "is", "has", "does", "less", "unless", "across", "whereas", "besides", "towards",
          "afterwards", "nevertheless", "sometimes", "lens", "chaos", "bias", "status", "virus",
          "census", "campus", "focus", "bonus", "crisis", "analysis", "basis", "thesis", "dress",
          "press", "class", "glass", "grass", "mass", "boss", "loss", "cross", "process", "access",
          "success", "witness", "business", "congress", "progress", "address", "express", "kiss",
          "miss", "pass", "its", "whats", "lots", "outdoors", "indoors", "downstairs", "upstairs",
          "overseas", "nowadays", "christmas", "texas", "kansas", "paris", "athens", "wales",
          "mathematics", "diabetes", "measles", "mumps", "gallows", "barracks", "crossroads",
          "savings", "earnings", "surroundings", "belongings", "proceedings", "clothes", "police");
}
