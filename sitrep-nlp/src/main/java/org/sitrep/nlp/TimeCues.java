package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.WordList;

/**
 * Whether a sentence may hold a time expression, from its words alone: a digit, or a word of
 * {@code time-cues.txt} (the words SUTime's rules are built on). SUTime is 87% of CoreNLP's NER
 * time on news and finds a time in about a third of the sentences; the others skip it.
 */
final class TimeCues {
  private static final Set<String> WORDS = WordList.set("/org/sitrep/nlp/time-cues.txt");

  private TimeCues() {}

  static boolean mayHoldTime(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      if (isCue(t.word())) {
        return true;
      }
    }
    return false;
  }

  static boolean isCue(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
