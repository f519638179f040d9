package org.sitrep.repair;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Repair;

/**
 * Finds words glued together where extraction lost a space, usually together with a quote mark:
 * {@code use “lethal weapons” against} became {@code uselethal weaponsagainst}, {@code 14 “masked
 * gunmen” were} became {@code 14masked gunmenwere}, {@code workers’ union} became {@code
 * workersunion}.
 *
 * <p>Every split of a glued token is graded. A split next to a function word that never forms
 * compounds ("weapons|against", "gunmen|were"), after a plural noun ("workers|union", read as
 * a lost possessive apostrophe), after an -ed or -ly word, or between digits and a word ("14|masked")
 * is <em>strong</em>; any other split of two content words ("use|lethal", but also "lock|down",
 * "chokehold", "treehouse") is <em>weak</em>. Tokens whose splits are all strong are repaired; a
 * weak split is repaired only where it opens or closes a lost pair of quotes whose other end is a
 * strong split at most {@value #MAX_INNER_WORDS} words away. That is what tells "uselethal
 * weaponsagainst" from compounds missing from the word list.
 *
 * <p>Further guards against false splits: a token that occurs twice in the article is a word of that
 * article (glue damage does not repeat itself); a token one edit away from a frequent word is a
 * typo ("intersecton", "whome"); a split ending in a compound tail ("west|side", "fire|men") is a
 * compound; tokens in URLs, e-mail addresses, hashtags, handles, hyphenated words, contractions,
 * CamelCase and capitalised words are never looked at.
 */
final class GlueFinder {
  static final int MIN_TOKEN = 5;
  static final int MAX_TOKEN = 30;
  static final int MAX_INNER_WORDS = 3;
  static final int TYPO_NEIGHBOUR_COUNT = 50;

  /** Unit, ordinal and code suffixes that legitimately follow digits ("5kms", "3rd", "9mm"). */
  static final Set<String> UNITS =
      Set.of("kms", "mph", "kph", "kmh", "lbs", "hrs", "min", "mins", "sec", "secs", "yrs", "kwh",
          "mwh", "ghz", "mhz", "khz", "mah", "bhp", "rpm", "fps", "dpi", "ppm", "ppb", "gbps", "mbps",
          "kbps", "yds", "sqm", "sqft", "cal", "kcal", "mol", "mmol", "mcg", "kgs", "cms", "mms",
          "inch", "inches", "ton", "tons", "tonnes", "tonne", "gram", "grams", "kilo", "kilos",
          "meter", "meters", "metre", "metres", "liter", "liters", "litre", "litres", "ish", "ers",
          "ths", "nds", "rds", "sts", "pts", "ins", "feet", "foot", "yo", "xl", "xxl", "gen", "bit", "bits", "way", "ways",
          "fold", "plus", "th", "st", "nd", "rd");

  /** Words that name codes when digits follow ("covid19", "sars2", "win10"). */
  static final Set<String> CODE_PREFIXES =
      Set.of("covid", "sars", "mers", "win", "tel", "fax", "ext", "www", "http", "https", "mpeg",
          "ipv", "utf", "iso", "tcp", "ftp", "usb", "mac", "vid", "img", "pic", "page", "line");

  enum Strength {
    WEAK,
    STRONG,
    POSSESSIVE,
    DIGIT
  }

  /** A glued token: its span, its parts and, between them, where a space goes and how sure. */
  record Glue(int start, int end, List<String> parts, int[] cuts, Strength[] strengths) {
    boolean allStrong() {
      for (Strength s : strengths) {
        if (s == Strength.WEAK) {
          return false;
        }
      }
      return true;
    }

    boolean allStrongExcept(int index) {
      for (int i = 0; i < strengths.length; i++) {
        if (i != index && strengths[i] == Strength.WEAK) {
          return false;
        }
      }
      return true;
    }
  }

  /** A repair with the edits that make the NLP text. */
  record Found(Repair repair, List<TextEdits.Edit> edits) {}

  private final WordSegmenter segmenter;
  private final WordFrequencies words;

  GlueFinder(WordSegmenter segmenter) {
    this.segmenter = segmenter;
    this.words = segmenter.words();
  }

  /** Glued tokens of {@code text}. Characters set in {@code taken} belong to other repairs. */
  List<Found> find(String text, BitSet taken) {
    Map<String, Integer> seen = tokenCounts(text);
    List<Glue> glues = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isAsciiAlnum(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isAsciiAlnum(text.charAt(i))) {
        i++;
      }
      int e = i;
      if (!cleanEdges(text, s, e, taken)) {
        continue;
      }
      Glue g = glue(text, s, e, seen);
      if (g != null) {
        glues.add(g);
      }
    }
    return resolve(text, glues);
  }

  private Glue glue(String text, int s, int e, Map<String, Integer> seen) {
    String tok = text.substring(s, e);
    int digitsEnd = 0;
    while (digitsEnd < tok.length() && isDigit(tok.charAt(digitsEnd))) {
      digitsEnd++;
    }
    if (digitsEnd > 0) {
      // 14masked: digits, then a word
      String letters = tok.substring(digitsEnd);
      if (letters.length() >= 3 && isLower(letters) && digitWord(letters)) {
        return new Glue(s, e, List.of(tok.substring(0, digitsEnd), letters),
            new int[] {s + digitsEnd}, new Strength[] {Strength.DIGIT});
      }
      return null;
    }
    int lettersEnd = 0;
    while (lettersEnd < tok.length() && isLowerAscii(tok.charAt(lettersEnd))) {
      lettersEnd++;
    }
    if (lettersEnd < tok.length()) {
      // killed12: a word, then digits (and nothing else)
      String letters = tok.substring(0, lettersEnd);
      String digits = tok.substring(lettersEnd);
      if (lettersEnd >= 4 && allDigits(digits) && digitWord(letters)
          && words.count(letters) >= 100
          && !CODE_PREFIXES.contains(letters)) {
        return new Glue(s, e, List.of(letters, digits), new int[] {s + lettersEnd},
            new Strength[] {Strength.DIGIT});
      }
      return null;
    }
    if (tok.length() < MIN_TOKEN || tok.length() > MAX_TOKEN) {
      return null;
    }
    if (seen.getOrDefault(tok, 0) >= 2) {
      return null; // a word of this article, not damage
    }
    Optional<WordSegmenter.Split> split = segmenter.split(tok);
    if (split.isEmpty()) {
      return null;
    }
    List<String> parts = split.get().parts();
    String last = parts.get(parts.size() - 1);
    String beforeLast = parts.get(parts.size() - 2);
    if (FunctionWords.COMPOUND_TAILS.contains(last) && !FunctionWords.STRONG.contains(beforeLast)) {
      return null;
    }
    if (nearFrequentWord(tok)) {
      return null;
    }
    int[] cuts = new int[parts.size() - 1];
    Strength[] strengths = new Strength[parts.size() - 1];
    int at = s;
    for (int k = 0; k < cuts.length; k++) {
      at += parts.get(k).length();
      cuts[k] = at;
      strengths[k] = strength(parts.get(k), parts.get(k + 1), parts.size());
    }
    return new Glue(s, e, parts, cuts, strengths);
  }

  /**
   * How sure a split between {@code left} and {@code right} is. Short function words are where
   * names break apart ("an|and", "has|him", "us|man", "champ|at" are lowercase Indian names in the
   * IndiaPoliceEvents texts), so a function word only counts next to a long enough content word or
   * in a pair of function words that often stand together ("of|the", "will|have", "after|all").
   */
  private Strength strength(String left, String right, int partCount) {
    boolean lf = FunctionWords.STRONG.contains(left) || FunctionWords.WEAK.contains(left);
    boolean rf = FunctionWords.STRONG.contains(right) || FunctionWords.WEAK.contains(right);
    boolean leftMarked = plural(left) || inflected(left);
    if (lf && rf) {
      return FunctionWords.STRONG.contains(left) && !DETERMINERS.contains(left)
              && FunctionWords.SECOND.contains(right)
          ? Strength.STRONG
          : Strength.WEAK;
    }
    if (lf) {
      if (!FunctionWords.STRONG.contains(left)) {
        return Strength.WEAK;
      }
      return right.length() >= 5 || (right.length() == 4 && left.length() >= 3)
          ? Strength.STRONG
          : Strength.WEAK;
    }
    if (rf) {
      if (!FunctionWords.STRONG.contains(right)) {
        return Strength.WEAK;
      }
      if (right.equals("the")) {
        return left.length() >= 3 ? Strength.STRONG : Strength.WEAK;
      }
      if (right.length() <= 2) {
        return leftMarked ? Strength.STRONG : Strength.WEAK;
      }
      return left.length() >= 5 || (left.length() == 4 && leftMarked)
          ? Strength.STRONG
          : Strength.WEAK;
    }
    if (partCount == 2 && right.length() >= 5 && plural(left)) {
      return Strength.POSSESSIVE;
    }
    if (right.length() >= 4 && inflected(left)) {
      return Strength.STRONG;
    }
    return Strength.WEAK;
  }

  /** An -ed or -ly form of a known word: a verb or adverb, which do not start compounds. */
  private boolean inflected(String w) {
    return w.length() >= 5 && (w.endsWith("ed") || w.endsWith("ly"))
        && !words.isName(w) && words.count(w) >= WordSegmenter.MIN_PART_COUNT;
  }

  private boolean plural(String w) {
    if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us")
        || w.endsWith("is") || FunctionWords.NOT_PLURAL.contains(w)) {
      return false;
    }
    String stem = w.substring(0, w.length() - 1);
    if (words.count(stem) >= WordSegmenter.MIN_PART_COUNT && !words.isName(stem)) {
      return true;
    }
    if (w.endsWith("ies")) {
      String y = w.substring(0, w.length() - 3) + "y";
      return words.count(y) >= WordSegmenter.MIN_PART_COUNT && !words.isName(y);
    }
    return false;
  }

  private boolean digitWord(String letters) {
    if (UNITS.contains(letters)) {
      return false;
    }
    if (words.isName(letters)) {
      return false;
    }
    return words.count(letters) >= WordSegmenter.MIN_PART_COUNT
        || (letters.length() >= 5 && segmenter.isKnown(letters));
  }

  /** Pairs glues into lost quotes, keeps strong singles, drops the rest. */
  private List<Found> resolve(String text, List<Glue> glues) {
    List<Found> out = new ArrayList<>();
    boolean[] used = new boolean[glues.size()];
    for (int i = 0; i + 1 < glues.size(); i++) {
      if (used[i]) {
        continue;
      }
      Glue a = glues.get(i);
      Glue b = glues.get(i + 1);
      if (quotePair(text, a, b)) {
        out.add(pairRepair(text, a, b));
        used[i] = true;
        used[i + 1] = true;
      }
    }
    for (int i = 0; i < glues.size(); i++) {
      Glue g = glues.get(i);
      if (!used[i] && g.allStrong()) {
        out.add(singleRepair(text, g));
      }
    }
    out.sort((x, y) -> Integer.compare(x.repair().start(), y.repair().start()));
    return out;
  }

  /**
   * A lost pair of quotes: the last split of {@code a} opens it, the first split of {@code b} closes
   * it, a few plain words between, at least one of the two splits strong.
   */
  private static boolean quotePair(String text, Glue a, Glue b) {
    int ia = a.cuts().length - 1;
    Strength open = a.strengths()[ia];
    Strength close = b.strengths()[0];
    if (open == Strength.POSSESSIVE || close == Strength.POSSESSIVE) {
      return false;
    }
    if (open == Strength.DIGIT && !isDigit(a.parts().get(0).charAt(0))) {
      return false; // "killed12" cannot open a quote at "12"
    }
    if (close == Strength.DIGIT) {
      return false;
    }
    if (open == Strength.WEAK && close == Strength.WEAK) {
      return false;
    }
    if (!a.allStrongExcept(ia) || !b.allStrongExcept(0)) {
      return false;
    }
    String first = a.parts().get(a.parts().size() - 1);
    String last = b.parts().get(0);
    if ((FunctionWords.ALL.contains(first) && !DETERMINERS.contains(first))
        || FunctionWords.ALL.contains(last)) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (c == ' ') {
        inWord = false;
      } else if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’') {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else {
        return false;
      }
    }
    return words <= MAX_INNER_WORDS && b.start() > a.end();
  }

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our");

  private static Found pairRepair(String text, Glue a, Glue b) {
    List<String> ap = a.parts();
    List<String> bp = b.parts();
    StringBuilder after = new StringBuilder();
    after.append(String.join(" ", ap.subList(0, ap.size() - 1)));
    after.append(" “").append(ap.get(ap.size() - 1));
    after.append(text, a.end(), b.start());
    after.append(bp.get(0)).append("” ");
    after.append(String.join(" ", bp.subList(1, bp.size())));
    List<TextEdits.Edit> edits = new ArrayList<>();
    for (int cut : a.cuts()) {
      edits.add(TextEdits.insert(cut, " "));
    }
    for (int cut : b.cuts()) {
      edits.add(TextEdits.insert(cut, " "));
    }
    Repair r = new Repair(a.start(), b.end(), text.substring(a.start(), b.end()), after.toString(),
        "glued-quote");
    return new Found(r, edits);
  }

  private static Found singleRepair(String text, Glue g) {
    StringBuilder after = new StringBuilder(g.parts().get(0));
    String kind = "glued-words";
    for (int k = 0; k < g.cuts().length; k++) {
      switch (g.strengths()[k]) {
        case POSSESSIVE -> {
          // a lost "’ ": kind glued-quote, as the mark lost is a (single) quote mark
          after.append("’ ");
          kind = "glued-quote";
        }
        case DIGIT -> {
          after.append(' ');
          kind = "glued-digit";
        }
        default -> after.append(' ');
      }
      after.append(g.parts().get(k + 1));
    }
    List<TextEdits.Edit> edits = new ArrayList<>();
    for (int cut : g.cuts()) {
      edits.add(TextEdits.insert(cut, " "));
    }
    return new Found(
        new Repair(g.start(), g.end(), text.substring(g.start(), g.end()), after.toString(), kind),
        edits);
  }

  /** A typo, not glue: one edit away from a frequent word of five letters or more. */
  boolean nearFrequentWord(String tok) {
    StringBuilder sb = new StringBuilder(tok.length() + 1);
    for (int i = 0; i < tok.length(); i++) {
      // deletion
      sb.setLength(0);
      sb.append(tok, 0, i).append(tok, i + 1, tok.length());
      if (frequent(sb)) {
        return true;
      }
      // transposition
      if (i + 1 < tok.length()) {
        sb.setLength(0);
        sb.append(tok, 0, i).append(tok.charAt(i + 1)).append(tok.charAt(i))
            .append(tok, i + 2, tok.length());
        if (frequent(sb)) {
          return true;
        }
      }
      // substitution
      for (char c = 'a'; c <= 'z'; c++) {
        if (c != tok.charAt(i)) {
          sb.setLength(0);
          sb.append(tok, 0, i).append(c).append(tok, i + 1, tok.length());
          if (frequent(sb)) {
            return true;
          }
        }
      }
    }
    for (int i = 0; i <= tok.length(); i++) {
      for (char c = 'a'; c <= 'z'; c++) {
        sb.setLength(0);
        sb.append(tok, 0, i).append(c).append(tok, i, tok.length());
        if (frequent(sb)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean frequent(CharSequence w) {
    if (w.length() < 5) {
      return false;
    }
    String s = w.toString();
    return words.count(s) >= TYPO_NEIGHBOUR_COUNT && !words.isName(s);
  }

  /**
   * The run {@code [s, e)} stands alone: not part of a URL, e-mail, handle, hashtag, hyphenated
   * word, contraction, file name, or a longer word with non-ASCII letters.
   */
  private static boolean cleanEdges(String text, int s, int e, BitSet taken) {
    int n = text.length();
    for (int k = s; k < e; k++) {
      if (taken.get(k)) {
        return false;
      }
    }
    if (s > 0) {
      char l = text.charAt(s - 1);
      if ("-_/@#\\&=+~%$*^|<>".indexOf(l) >= 0) {
        return false;
      }
      if (Character.isLetterOrDigit(l)) {
        return false;
      }
      if ((l == '.' || l == ':' || l == '\'' || l == '’')
          && s >= 2 && Character.isLetterOrDigit(text.charAt(s - 2))) {
        return false;
      }
    }
    if (e < n) {
      char r = text.charAt(e);
      if ("-_/@#\\&=+~%$*^|<>".indexOf(r) >= 0) {
        return false;
      }
      if (Character.isLetterOrDigit(r)) {
        return false;
      }
      if ((r == '.' || r == ':' || r == '\'' || r == '’' || r == ',')
          && e + 1 < n && Character.isLetterOrDigit(text.charAt(e + 1))) {
        return r == ',' && isDigit(text.charAt(e + 1)) && isDigit(text.charAt(e - 1));
      }
    }
    // the whitespace-delimited chunk must not be a URL or an address
    int cs = s;
    while (cs > 0 && !Character.isWhitespace(text.charAt(cs - 1))) {
      cs--;
    }
    int ce = e;
    while (ce < n && !Character.isWhitespace(text.charAt(ce))) {
      ce++;
    }
    String chunk = text.substring(cs, ce).toLowerCase(Locale.ROOT);
    return !(chunk.contains("://") || chunk.contains("www.") || chunk.contains("@")
        || chunk.contains(".com") || chunk.contains(".org") || chunk.contains(".net")
        || chunk.contains(".html"));
  }

  /** How often each lowercase ASCII word occurs, as a whole token. */
  private static Map<String, Integer> tokenCounts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - s >= MIN_TOKEN) {
        counts.merge(text.substring(s, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isLower(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isLowerAscii(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
