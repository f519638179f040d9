package org.sitrep.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.WordList;
import org.sitrep.model.Repair;

/**
 * Finds sentences glued at their full stop, question or exclamation mark, where extraction lost the
 * space (and often the line break) after it: "asked not to be named.A reporter said", "were
 * wounded.Police said", "a headline?The story", "he said.”Then". Issue 9: a source's name ran
 * across such a break into the next sentence, as the NLP read the two as one.
 *
 * <p>A mark is a break only between a word that can end a sentence and one that can start one:
 *
 * <ul>
 *   <li>the mark: one full stop (an ellipsis never) or up to three of "?" and "!", then perhaps a
 *       quote mark: a closing one ({@code ”}, {@code ’}) stays with the left sentence, an opening
 *       one ({@code “}) goes with the right, a straight one by the parity of the straight quotes
 *       before it in its paragraph;
 *   <li>the word after: capitalised ("Police", "McCann", "A", "I"), or all capitals after a
 *       lower-case word ("condition.WLWT News"); never "iPhone", a domain or file-name ending of
 *       {@code dotted-suffixes.txt} ("Amazon.Com", "photo.JPG"), or a word of one or two letters
 *       that is no function word ("Ph.D", "Node.Js"); and followed by a space, {@code ,;:} or an
 *       apostrophe: a word that a dot or "?" follows is part of a domain or code ("news.Yahoo.com");
 *   <li>the word before: in a chunk with no other dot, slash, {@code @} or colon (URLs, "U.S.A",
 *       "www.bbc.co.Uk"), at least two letters (one is an initial: "J.K. Rowling"), no
 *       abbreviation of {@code abbreviations.txt} ("St.Louis", "No.One"), no code with digits
 *       ("H1N1.The"). A bare number or ordinal ("called 911.Police"), a lower-case word that the
 *       frequency list does not know, and a name before "?" ("Alvaro?Garcia", where "?" stands
 *       for a lost space or accent) need a common word after them ("lockdown.“I", "America?The");
 *       before "!" only lower-case words ("Yahoo!News" is a name).
 * </ul>
 *
 * "a.m."/"p.m." after a time ends a sentence too ("at 1:15 p.m.Police said"), unless a day,
 * month or time zone follows ({@code time-followers.txt}: "6:12 p.m.Thursday").
 *
 * <p>The repair spans both words ({@code named.A} → {@code named. A}); its one edit inserts a
 * space where the break was. Immutable and thread-safe.
 */
final class SentenceGlue {
  static final String KIND = "glued-sentence";

  /** A glued sentence break: the repair and the space that splits it for the NLP. */
  record Found(Repair repair, TextEdits.Edit edit) {}

  private static final Set<String> ABBREVIATIONS =
      WordList.set("/org/sitrep/repair/abbreviations.txt");
  private static final Set<String> DOTTED_SUFFIXES =
      WordList.set("/org/sitrep/repair/dotted-suffixes.txt");
  private static final Set<String> TIME_FOLLOWERS =
      WordList.set("/org/sitrep/repair/time-followers.txt");

  /** A word counts as known from this many occurrences in the frequency list. */
  static final int MIN_COUNT = 2;

  private final WordFrequencies words;

  SentenceGlue(WordFrequencies words) {
    this.words = words;
  }

  /**
   * Glued sentence breaks in {@code text}. Decided on the text alone, even where an earlier repair
   * made a char of it (a mojibake “ after the mark): a second run on the repaired text must decide
   * the same. Such a repair lies inside the break's and is absorbed by it.
   */
  List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c != '.' && c != '?' && c != '!') {
        i++;
        continue;
      }
      int markStart = i;
      while (i < n && ".?!".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      Found f = at(text, markStart, i);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** A glued break at the marks {@code [ms, me)}, or null. */
  private Found at(String text, int ms, int me) {
    String mark = text.substring(ms, me);
    if (!mark.equals(".") && (mark.length() > 3 || mark.indexOf('.') >= 0)) {
      return null; // an ellipsis, or "?." and the like
    }
    int n = text.length();
    int rs = me;
    int insert = me;
    if (rs < n && "”’“\"".indexOf(text.charAt(rs)) >= 0) {
      char q = text.charAt(rs);
      boolean closing = q == '”' || q == '’' || (q == '"' && oddStraightQuotesBefore(text, rs));
      rs++;
      insert = closing ? rs : me;
    }
    int re = rightWordEnd(text, rs);
    if (re < 0) {
      return null;
    }
    String right = text.substring(rs, re);
    int le = ms;
    if (le > 0 && ")”\"".indexOf(text.charAt(le - 1)) >= 0) {
      le--; // "(at the hospital).Police", "the “upsurge”.Police"
    }
    int ls = le;
    while (ls > 0 && isWordChar(text.charAt(ls - 1))) {
      ls--;
    }
    while (ls < le && !Character.isLetterOrDigit(text.charAt(ls))) {
      ls++; // a leading apostrophe or hyphen is not part of the word
    }
    if (ls == le) {
      return null;
    }
    boolean ok;
    if (le == ms && afterTime(text, ls, le)) {
      ls -= 2;
      ok = capitalised(right) && !TIME_FOLLOWERS.contains(right);
    } else {
      ok = cleanChunk(text, ls) && breaks(text.substring(ls, le), mark, right);
    }
    if (!ok) {
      return null;
    }
    String before = text.substring(ls, re);
    String after = text.substring(ls, insert) + " " + text.substring(insert, re);
    return new Found(new Repair(ls, re, before, after, KIND), TextEdits.insert(insert, " "));
  }

  /** Whether {@code left} {@code mark} {@code right} read as one sentence's end and the next's start. */
  private boolean breaks(String left, String mark, String right) {
    String rightLower = right.toLowerCase(Locale.ROOT);
    boolean function = rightLower.equals("i") || FunctionWords.ALL.contains(rightLower);
    boolean common = function || (known(rightLower) && !words.isName(rightLower));
    boolean caps = right.length() >= 2 && right.equals(right.toUpperCase(Locale.ROOT));
    if ((right.length() <= 2 && !function) || DOTTED_SUFFIXES.contains(rightLower)
        || !(capitalised(right) || caps)) {
      return false;
    }
    boolean stop = mark.equals(".");
    String last = lastPart(left);
    if (allDigits(last) || ordinal(last)) {
      return common; // "Route 10.The", "I-45.The", "called 911.Police", "in 2008?As", "11th.You"
    }
    int letters = 0;
    for (int k = 0; k < left.length(); k++) {
      if (Character.isDigit(left.charAt(k))) {
        return false; // "H1N1.The", "F16.Jets": codes
      }
      letters += Character.isLetter(left.charAt(k)) ? 1 : 0;
    }
    if (letters < 2 || ABBREVIATIONS.contains(left)
        || ABBREVIATIONS.contains(left.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean lower = last.equals(last.toLowerCase(Locale.ROOT));
    boolean word = known(last) && (lower || !words.isName(last));
    if (caps) {
      return lower && word && !mark.contains("!"); // "condition.WLWT News", never "IHOP.JPG"
    }
    if (mark.contains("!")) {
      return lower && word; // "tuned!As"; "Yahoo!News" is a name
    }
    if (lower || !stop) {
      return word || common; // "wounded.Police", "lockdown.“I", "Crime?The", "America?A"
    }
    return true; // a name ends the sentence: "said Karl Addis.The", "CNN.The"
  }

  private boolean known(String w) {
    return words.count(w) >= MIN_COUNT;
  }

  /** "a.m" or "p.m" after a time, its final dot at {@code le}: "at 1:15 p.m.Police said". */
  private static boolean afterTime(String text, int ls, int le) {
    if (le - ls != 1 || ls < 4 || text.charAt(ls - 1) != '.') {
      return false;
    }
    String ampm = text.substring(ls - 2, le).toLowerCase(Locale.ROOT);
    if (!ampm.equals("a.m") && !ampm.equals("p.m")) {
      return false;
    }
    int k = ls - 3;
    if (text.charAt(k) == ' ' && k > 0) {
      k--;
    }
    return Character.isDigit(text.charAt(k));
  }

  /**
   * The end of the word starting at {@code rs} (upper-case first letter) that a space, {@code ,;:}
   * or an apostrophe follows; -1 when there is none.
   */
  private static int rightWordEnd(String text, int rs) {
    int n = text.length();
    if (rs >= n || !Character.isUpperCase(text.charAt(rs))) {
      return -1;
    }
    int re = rs + 1;
    while (re < n && Character.isLetter(text.charAt(re))) {
      re++;
    }
    if (re >= n) {
      return -1;
    }
    char next = text.charAt(re);
    if (Character.isWhitespace(next) || ",;:".indexOf(next) >= 0) {
      return re;
    }
    if ((next == '\'' || next == '’') && re + 1 < n && Character.isLetter(text.charAt(re + 1))) {
      return re;
    }
    return -1;
  }

  /** "Police", "A"; names with one inner capital after a prefix: "McCann", "DeKeyser", "LaGuardia". */
  private static boolean capitalised(String w) {
    int upper = 0;
    for (int k = 1; k < w.length(); k++) {
      upper += Character.isUpperCase(w.charAt(k)) ? 1 : 0;
    }
    if (upper == 0) {
      return true;
    }
    return upper == 1 && Character.isLowerCase(w.charAt(w.length() - 1))
        && (w.startsWith("Mc") || w.startsWith("Mac") || w.startsWith("De") || w.startsWith("La")
            || w.startsWith("Di") || w.startsWith("Le") || w.startsWith("Van") || w.startsWith("O'"));
  }

  /** The last part of a hyphenated word ("gang-related" → "related", "I-45" → "45"). */
  private static String lastPart(String w) {
    int k = Math.max(w.lastIndexOf('-'), Math.max(w.lastIndexOf('’'), w.lastIndexOf('\'')));
    return k >= 0 && k + 1 < w.length() ? w.substring(k + 1) : w;
  }

  /**
   * The whitespace-delimited chunk that ends at {@code ls} holds no dot, slash, {@code @}, colon
   * or other code character, and no letter or digit: the word before the mark stands alone
   * ("named", "“We", "(AP"), no part of a URL, address, abbreviation or code.
   */
  private static boolean cleanChunk(String text, int ls) {
    for (int k = ls - 1; k >= 0 && !Character.isWhitespace(text.charAt(k)); k--) {
      char c = text.charAt(k);
      if (Character.isLetterOrDigit(c) || ".?!/\\@:_=#%&+*|<>~^$".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
  }

  /** True when an odd number of straight double quotes stand before {@code at} in its paragraph. */
  private static boolean oddStraightQuotesBefore(String text, int at) {
    int count = 0;
    for (int k = at - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      if (text.charAt(k) == '"') {
        count++;
      }
    }
    return count % 2 == 1;
  }

  /** "11th", "2nd". */
  private static boolean ordinal(String s) {
    int k = s.length() - 2;
    return k > 0 && allDigits(s.substring(0, k))
        && Set.of("st", "nd", "rd", "th").contains(s.substring(k).toLowerCase(Locale.ROOT));
  }

  private static boolean allDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
