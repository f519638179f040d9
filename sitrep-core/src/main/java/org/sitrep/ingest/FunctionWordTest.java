package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.WordList;

/**
 * Counts the function words of English and of other languages in a text: the evidence that
 * decides a short text, where n-gram profiles alone mistake English full of names for something
 * else. The lists are data, {@code function-words/CODE.txt}, indexed by {@code languages.txt}.
 *
 * <p>A word in the lists of both English and a language ("in" is also German and Dutch, "on"
 * French) is evidence for neither. Names are kept out: a capitalised word counts for another
 * language only at the start of a sentence ("Die Polizei meldete"); a run of name particles
 * between two capitalised words ("Ursula von der Leyen", "Lula da Silva"), a capital letter alone
 * ("U.S" would be Croatian "u s") and a word joined to others by a hyphen, dot or {@code @}
 * ("e-mail", "reuters.com" with Portuguese "com") not at all. English words count in any case:
 * guarding English is the safe side. Immutable and thread-safe.
 */
final class FunctionWordTest {
  static final String ENGLISH = "en";

  /**
   * Counts for one text: tokens, those in lower case, English function words, and per language
   * its function words and the English ones that are not its.
   */
  record Counts(int tokens, int lowerCase, int english, Map<String, Integer> foreign,
      Map<String, Integer> englishAgainst) {
    /** English function words that are not words of {@code language}. */
    int english(String language) {
      return englishAgainst.getOrDefault(language, 0);
    }

    /** Function words of {@code language} that are not English. */
    int of(String language) {
      return foreign.getOrDefault(language, 0);
    }

    /** The language other than English with the most words (first listed on a tie); null if none. */
    String best() {
      String best = null;
      for (Map.Entry<String, Integer> e : foreign.entrySet()) {
        if (e.getValue() > 0 && (best == null || e.getValue() > foreign.get(best))) {
          best = e.getKey();
        }
      }
      return best;
    }
  }

  private final Map<String, Set<String>> languagesOfWord = new HashMap<>();
  private final List<String> languages = new ArrayList<>();
  private final Map<String, String> listOfCode = new HashMap<>();
  private final Set<String> particles;

  FunctionWordTest() {
    for (String line : WordList.lines("/org/sitrep/ingest/languages.txt")) {
      String[] codes = line.split("\\s+");
      String code = codes[0];
      languages.add(code);
      for (String c : codes) {
        listOfCode.put(c, code);
      }
      for (String w : WordList.lines("/org/sitrep/ingest/function-words/" + code + ".txt")) {
        languagesOfWord.computeIfAbsent(normalise(w), k -> new HashSet<>()).add(code);
      }
    }
    particles = WordList.set("/org/sitrep/ingest/name-particles.txt");
  }

  /** The list that stands for an optimaize language code ("sk" → "cs"), or null. */
  String listFor(String code) {
    return listOfCode.get(code);
  }

  Counts count(String text) {
    List<String> tokens = new ArrayList<>();
    List<Boolean> capitalised = new ArrayList<>();
    List<Boolean> initial = new ArrayList<>();
    List<Boolean> joined = new ArrayList<>();
    boolean sentenceStart = true;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        if (".!?:\n¿¡".indexOf(cp) >= 0) {
          sentenceStart = true;
        }
        i += Character.charCount(cp);
        continue;
      }
      int s = i;
      while (i < n && letterOrMark(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      String w = text.substring(s, i);
      joined.add(joined(text, s, i));
      tokens.add(normalise(w));
      capitalised.add(Character.isUpperCase(w.codePointAt(0)));
      initial.add(sentenceStart);
      sentenceStart = false;
    }
    int lower = 0;
    for (boolean c : capitalised) {
      lower += c ? 0 : 1;
    }
    Map<String, Integer> foreign = new LinkedHashMap<>();
    Map<String, Integer> against = new LinkedHashMap<>();
    for (String l : languages) {
      if (!l.equals(ENGLISH)) {
        foreign.put(l, 0);
        against.put(l, 0);
      }
    }
    int englishWords = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Set<String> langs = languagesOfWord.get(tokens.get(k));
      if (langs == null) {
        continue;
      }
      // English "I" is always a capital; a lower-case "i" is Italian, Swedish, Polish...
      boolean english = langs.contains(ENGLISH) && (capitalised.get(k) || !tokens.get(k).equals("i"));
      englishWords += english ? 1 : 0;
      // an initial or a dotted abbreviation ("U.S" is Croatian "u s") is no word of a language
      boolean letter = tokens.get(k).length() == 1 && capitalised.get(k);
      boolean countsForeign = !letter && !joined.get(k) && (!capitalised.get(k) || initial.get(k))
          && !inNameParticles(tokens, capitalised, k);
      for (String l : foreign.keySet()) {
        boolean inL = langs.contains(l);
        if (english && !inL) {
          against.merge(l, 1, Integer::sum);
        } else if (inL && !english && countsForeign) {
          foreign.merge(l, 1, Integer::sum);
        }
      }
    }
    return new Counts(tokens.size(), lower, englishWords, foreign, against);
  }

  /**
   * The word {@code [s, e)} is joined to another by a hyphen, dot, slash or {@code @}, or follows
   * an apostrophe: part of a compound, an address, a code or a contraction ("e-mail", "reuters.com"
   * has Portuguese "com", "Bonilla's" French "s"), not a word of a sentence.
   */
  private static boolean joined(String text, int s, int e) {
    if (s > 0) {
      char c = text.charAt(s - 1);
      // after an apostrophe: the end of a contraction ("Bonilla's" is not French "s")
      if ("-@/_\\'’".indexOf(c) >= 0
          || (c == '.' && s >= 2 && Character.isLetterOrDigit(text.charAt(s - 2)))) {
        return true;
      }
    }
    if (e < text.length()) {
      char c = text.charAt(e);
      return "-@/_\\".indexOf(c) >= 0
          || (c == '.' && e + 1 < text.length() && Character.isLetterOrDigit(text.charAt(e + 1)));
    }
    return false;
  }

  /** Token {@code k} is in a run of name particles that capitalised words enclose. */
  private boolean inNameParticles(List<String> tokens, List<Boolean> capitalised, int k) {
    if (!particles.contains(tokens.get(k))) {
      return false;
    }
    int a = k;
    while (a > 0 && particles.contains(tokens.get(a - 1)) && !capitalised.get(a - 1)) {
      a--;
    }
    int b = k;
    while (b + 1 < tokens.size() && particles.contains(tokens.get(b + 1)) && !capitalised.get(b + 1)) {
      b++;
    }
    return a > 0 && b + 1 < tokens.size() && capitalised.get(a - 1) && capitalised.get(b + 1);
  }

  private static boolean letterOrMark(int cp) {
    return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  /** Lower case without the dot that Turkish "İ" leaves ("İstanbul" → "istanbul"). */
  static String normalise(String w) {
    return w.toLowerCase(Locale.ROOT).replace("\u0307", "");
  }
}
