package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.WordList;

/**
 * Whether a sentence may hold a time expression, from its words alone: a word of {@code
 * time-cues.txt} (the words SUTime's rules are built on), or a number that is not a plain count
 * (a year, a clock time, a date, an ordinal: "2022", "9:30", "12/05", "7th"; not "15", "3,000" or
 * "2.5"), or two numbers joined by "to", "after", "-"... SUTime's rules are 87% of CoreNLP's NER
 * time on news and find a time in about a third of the sentences; the others skip them. On
 * TimeCuesTest's 80 realism articles: 353 of 1,002 sentences hold a time, 412 have a cue (595 when
 * every number and number word was one).
 */
final class TimeCues {
  private static final Set<String> WORDS = WordList.set("/org/sitrep/nlp/time-cues.txt");
  /** Numbers SUTime reads as counts only: up to three digits, thousands with commas, decimals. */
  private static final Pattern COUNT =
      Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d{5,7}|\\d{9,}|\\.\\d+");

  private TimeCues() {}

  /** Words that make two numbers a range SUTime may read as clock times ("about four to five"). */
  private static final Set<String> BETWEEN_NUMBERS =
      Set.of("to", "after", "before", "until", "till", "-", "–", "'", "’", ":");
  /** Read as a time only after a number ("9 a.m."; "9am" is one token with a digit). */
  private static final Set<String> AFTER_A_NUMBER = Set.of("am", "pm", "a.m", "p.m");
  /**
   * Read as months only as nouns, beside a number, or after a word that makes even the verb a
   * month to SUTime ("This may be the first" is a DATE to it): "may" and "march" the verbs are not.
   */
  private static final Set<String> NOUN_MONTHS = Set.of("may", "march", "mar");
  private static final Set<String> BEFORE_MONTHS =
      Set.of("this", "next", "last", "that", "early", "late", "mid", "in", "since", "until", "till",
          "by", "from", "during", "through", "of", "on", "before", "after");
  /** Read as a time only in "at the time" and after a time zone's name ("standard time"). */
  private static final Set<String> BEFORE_TIME = Set.of("the", "standard", "daylight", "universal", "zulu");

  static boolean mayHoldTime(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (isCue(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCue(List<CoreLabel> tokens, int i) {
    String word = tokens.get(i).word();
    if (!isCue(word)) {
      return isNumber(tokens, i) && isNumber(tokens, i + 2)
          && BETWEEN_NUMBERS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
    }
    String lower = stripPeriod(word.toLowerCase(Locale.ROOT));
    if (AFTER_A_NUMBER.contains(lower)) {
      return isNumber(tokens, i - 1);
    }
    if (NOUN_MONTHS.contains(lower)) {
      String tag = tokens.get(i).tag();
      return tag == null || tag.startsWith("NN") || isNumber(tokens, i - 1) || isNumber(tokens, i + 1)
          || i > 0 && BEFORE_MONTHS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
    }
    if (lower.equals("time")) {
      return i > 0 && BEFORE_TIME.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
    }
    return true;
  }

  /** A number: tagged CD, or with a digit when untagged. */
  private static boolean isNumber(List<CoreLabel> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    CoreLabel t = tokens.get(i);
    return t.tag() != null ? t.tag().equals("CD") : t.word().chars().anyMatch(Character::isDigit);
  }

  private static String stripPeriod(String lower) {
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  static boolean isCue(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return !COUNT.matcher(word).matches();
      }
    }
    return WORDS.contains(stripPeriod(word.toLowerCase(Locale.ROOT)));
  }
}
