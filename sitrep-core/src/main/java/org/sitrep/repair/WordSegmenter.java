package org.sitrep.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a lowercase token that is not a word into known words, by the largest product of unigram
 * probabilities with a penalty per split (the classic segmentation of Norvig's "Natural Language
 * Corpus Data", restricted so that it errs towards leaving tokens alone):
 *
 * <ul>
 *   <li>the token itself, its inflections (-s, -es, -ed, -ing, -er, -ly, ...) and its derivations
 *       with a common prefix (anti-, counter-, non-, over-, ...) are not glued;
 *   <li>every part is a word of two letters or more ("a" alone is allowed, never as the first
 *       part); two-letter parts must be common function words, three-letter parts function words
 *       or frequent words, longer parts words seen at least {@value #MIN_PART_COUNT} times that are
 *       not mostly names;
 *   <li>at most {@value #MAX_PARTS} parts, and the best split must beat the runner-up by a factor
 *       of {@code e^}{@value #AMBIGUITY_MARGIN}, or the token is ambiguous and left alone.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class WordSegmenter {
  /** A segmentation: the parts, in order, and its log score. */
  public record Split(List<String> parts, double score) {
    public String joined(String separator) {
      return String.join(separator, parts);
    }
  }

  static final int MIN_PART_COUNT = 20;
  static final int MAX_PARTS = 3;
  /** ln(1/50): a split has to pay for itself. */
  static final double SPLIT_PENALTY = Math.log(1.0 / 50);
  static final double AMBIGUITY_MARGIN = Math.log(20);

  /** Two-letter words that can be a part of a glued token. */
  static final Set<String> TWO_LETTER =
      Set.of("of", "to", "in", "on", "at", "by", "is", "it", "as", "an", "be", "we", "he", "me",
          "my", "no", "so", "up", "us", "or", "do", "if");

  /** Derivational prefixes: prefix + known word is a word, not glue ("counternarcotics"). */
  static final List<String> PREFIXES =
      List.of("counter", "pseudo", "micro", "macro", "multi", "cyber", "inter", "intra", "super",
          "under", "ultra", "hyper", "extra", "cross", "trans", "narco", "quasi", "semi", "anti",
          "over", "self", "post", "mega", "mini", "tele", "para", "poly", "mono", "fore", "geo",
          "bio", "eco", "neo", "non", "pre", "pro", "sub", "mid", "mis", "dis", "out", "tri", "un",
          "re", "co", "de", "ex", "bi", "en", "im", "il", "ir");

  private static final String[][] SUFFIXES = {
    // suffix, replacement for the stem
    {"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"ied", "y"}, {"ing", ""},
    {"ing", "e"}, {"er", ""}, {"er", "e"}, {"ers", ""}, {"ers", "e"}, {"est", ""}, {"ly", ""},
    {"ily", "y"}, {"ally", ""}, {"ness", ""}, {"ment", ""}, {"ments", ""}, {"ist", ""},
    {"ists", ""}, {"ism", ""}, {"isms", ""}, {"ize", ""}, {"ized", ""}, {"ization", "ize"},
    {"ise", ""}, {"ised", ""}, {"ity", ""}, {"able", ""}, {"ful", ""}, {"less", ""}, {"ship", ""},
    {"hood", ""}, {"wide", ""}, {"like", ""}
  };

  private final WordFrequencies words;

  public WordSegmenter(WordFrequencies words) {
    this.words = words;
  }

  public WordFrequencies words() {
    return words;
  }

  /** True when {@code lower} is a word, an inflection or derivation of one. */
  public boolean isKnown(String lower) {
    if (words.contains(lower)) {
      return true;
    }
    if (isInflection(lower)) {
      return true;
    }
    for (String p : PREFIXES) {
      if (lower.length() - p.length() >= 4 && lower.startsWith(p)) {
        String rest = lower.substring(p.length());
        if (!FunctionWords.ALL.contains(rest) && (words.contains(rest) || isInflection(rest))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isInflection(String lower) {
    for (String[] s : SUFFIXES) {
      if (lower.endsWith(s[0])) {
        String stem = lower.substring(0, lower.length() - s[0].length()) + s[1];
        if (stem.length() >= 3 && knownStem(stem)) {
          return true;
        }
        // doubled consonant: stopped, stopping, bigger
        int n = lower.length() - s[0].length();
        if (s[1].isEmpty() && n >= 4 && lower.charAt(n - 1) == lower.charAt(n - 2)
            && knownStem(lower.substring(0, n - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean knownStem(String stem) {
    return words.count(stem) >= 2;
  }

  /** Whether {@code part} may stand as one word of a split, at {@code index} of the token. */
  boolean allowedPart(String part, int index) {
    int n = part.length();
    if (n == 1) {
      return part.equals("a") && index > 0;
    }
    if (n == 2) {
      return TWO_LETTER.contains(part);
    }
    if (FunctionWords.ALL.contains(part)) {
      return true;
    }
    if (words.isName(part)) {
      return false;
    }
    int c = words.count(part);
    if (n == 3) {
      return c >= 1000;
    }
    return c >= MIN_PART_COUNT;
  }

  /**
   * The best split of {@code lower} into known words if it is glued: not itself known, splittable,
   * and not ambiguous.
   */
  public Optional<Split> split(String lower) {
    if (lower.length() < 4 || isKnown(lower)) {
      return Optional.empty();
    }
    List<Split> all = new ArrayList<>();
    enumerate(lower, 0, new ArrayList<>(), 0.0, all);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    all.sort((a, b) -> Double.compare(b.score(), a.score()));
    Split best = all.get(0);
    if (all.size() > 1 && best.score() - all.get(1).score() < AMBIGUITY_MARGIN) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /**
   * Articles as English uses them: "a"/"an" never last, "a" only after a function word that can
   * precede it ("was|a", "of|a"), "a" before a consonant and "an" before a vowel or h, and no
   * article before a function word. Splits of names break these rules ("bang|a|lore", "an|and").
   */
  static boolean grammatical(List<String> parts) {
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      boolean article = p.equals("a") || p.equals("an") || p.equals("the");
      if (!article) {
        continue;
      }
      if (i == parts.size() - 1) {
        if (!p.equals("the")) {
          return false;
        }
        continue;
      }
      String next = parts.get(i + 1);
      if (FunctionWords.ALL.contains(next)) {
        return false;
      }
      char c = next.charAt(0);
      boolean vowel = "aeiou".indexOf(c) >= 0;
      if (p.equals("an") && !(vowel || c == 'h')) {
        return false;
      }
      if (p.equals("a")) {
        if (vowel && c != 'u' && c != 'o') {
          return false;
        }
        if (i == 0) {
          return false;
        }
        String prev = parts.get(i - 1);
        if (!FunctionWords.STRONG.contains(prev) || A_NOT_AFTER.contains(prev)) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Set<String> A_NOT_AFTER =
      Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
          "our", "your", "my", "some", "any", "each", "every", "both", "all", "many", "most",
          "several", "he", "she", "they", "we", "you", "it", "them", "him", "us", "who", "whom",
          "whose", "which", "not");

  private void enumerate(String s, int from, List<String> parts, double score, List<Split> out) {
    if (from == s.length()) {
      if (parts.size() >= 2 && grammatical(parts)) {
        out.add(new Split(List.copyOf(parts), score + SPLIT_PENALTY * (parts.size() - 1)));
      }
      return;
    }
    if (parts.size() == MAX_PARTS) {
      return;
    }
    for (int to = from + 1; to <= s.length(); to++) {
      String part = s.substring(from, to);
      if (to == s.length() && parts.isEmpty()) {
        continue; // the whole token is not a split
      }
      if (allowedPart(part, parts.size())) {
        parts.add(part);
        enumerate(s, to, parts, score + words.logProbability(part), out);
        parts.remove(parts.size() - 1);
      }
    }
  }
}
