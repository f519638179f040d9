package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * How a one-person claim describes its person, for {@link IncidentFigures} to follow people
 * through an article: a new person ("a man", "another man"), one told of before ("he", "the
 * victim", "his girlfriend"), or a name; and what the description says of them (gender, age,
 * kin word).
 */
final class Descriptions {
  private Descriptions() {}

  /** A figure of a group, or of one person new, known or named. */
  enum Ref { GROUP, NEW, KNOWN, NAMED }

  private static final Set<String> MALE =
      Set.of("man", "men", "boy", "he", "him", "his", "father", "son", "husband", "brother",
          "male", "uncle", "grandfather", "boyfriend", "nephew", "dad", "mr.");
  private static final Set<String> FEMALE =
      Set.of("woman", "women", "girl", "she", "her", "mother", "daughter", "wife", "sister",
          "female", "aunt", "grandmother", "girlfriend", "niece", "mom", "mrs.", "ms.");
  /** How a one-person figure refers to its person, from its first words and the names in it. */
  static Ref reference(Analysis a, Claim c) {
    if (another(c)) {
      return Ref.NEW;
    }
    if (nameKey(a, c) != null) {
      return Ref.NAMED;
    }
    String text = c.text().toLowerCase(Locale.ROOT);
    if (text.startsWith("one of") || text.contains(" one of ")
        || c.subject() != null
            && Set.of("them", "those").contains(c.subject().toLowerCase(Locale.ROOT))) {
      return Ref.KNOWN; // "one of them died", "killing one of them": one of a group counted
    }
    // the words that open the person's description: its subject where the sentence has it
    // ("shot his girlfriend": "his girlfriend"), else the claim's own
    int at = c.start();
    String described = text;
    if (c.subject() != null && c.sentence() >= 0 && c.sentence() < a.sentences().size()) {
      int from = a.text().indexOf(c.subject(), a.sentences().get(c.sentence()).start());
      if (from >= 0 && from < c.end()) {
        at = from;
        described = c.subject().toLowerCase(Locale.ROOT);
      }
    }
    String first = described.split("[^\\p{L}\\p{N}'.-]+", 2)[0];
    String before = a.text().substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
    String[] words = before.trim().split("\\s+");
    String prev = words.length == 0 ? "" : words[words.length - 1];
    if (KNOWN_WORDS.contains(prev) || KNOWN_WORDS.contains(first)) {
      return Ref.KNOWN; // "the man ... was pronounced dead", "his girlfriend"
    }
    return first.equals("victim") ? Ref.KNOWN : Ref.NEW;
  }

  /** Words that refer back to someone already told of, or open such a description. */
  private static final Set<String> KNOWN_WORDS =
      Set.of("the", "this", "that", "he", "she", "him", "his", "her", "their", "its");

  /** "another man", "a second victim": someone besides those told of ("the second" is one). */
  static boolean another(Claim c) {
    String text = c.text().toLowerCase(Locale.ROOT);
    String subject = c.subject() == null ? "" : c.subject().toLowerCase(Locale.ROOT);
    return text.startsWith("another") || text.startsWith("a second")
        || text.startsWith("a third") || text.startsWith("a fourth")
        || subject.startsWith("another")
        || (subject.startsWith("second ") || subject.startsWith("third "))
            && !text.startsWith("the ");
  }

  private static final Pattern AGE = Pattern.compile("(\\d+)[- ]years?[- ]old|, (\\d+),");

  /** The age a description gives ("a 23-year-old man", "Smith, 23,"), or null. */
  static String age(String text) {
    Matcher m = AGE.matcher(text);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  /**
   * The name of the person a figure is about, lower case: the PERSON words of its subject, else
   * those between its count and its predicate ("her husband, Paul Weston, was shot"), but not a
   * possessor's ("Smith's son"); null when there is none.
   */
  static String nameKey(Analysis a, Claim c) {
    if (c.sentence() < 0 || c.sentence() >= a.sentences().size()) {
      return null;
    }
    Sentence sentence = a.sentences().get(c.sentence());
    String key = null;
    if (c.subject() != null) {
      // the subject may begin before the claim's span: "Malik Wyatt" in "... Wyatt, 16, was shot"
      int from = a.text().indexOf(c.subject(), sentence.start());
      if (from >= 0 && from < c.end()) {
        key = personWords(sentence, from, from + c.subject().length());
      }
    }
    if (key == null && c.predicateStart() > c.start()) {
      key = personWords(sentence, c.start(), c.predicateStart());
    }
    return key;
  }

  /** The first run of PERSON words between two offsets that is not a possessor, or null. */
  private static String personWords(Sentence sentence, int from, int to) {
    StringBuilder run = new StringBuilder();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token tok = tokens.get(i);
      if (tok.start() < from || tok.end() > to) {
        continue;
      }
      if ("PERSON".equals(tok.ner()) && Character.isLetter(tok.word().charAt(0))) {
        run.append(run.length() > 0 ? " " : "").append(tok.word().toLowerCase(Locale.ROOT));
        boolean possessor = i + 1 < tokens.size()
            && tokens.get(i + 1).word().toLowerCase(Locale.ROOT).startsWith("'");
        if (possessor) {
          run.setLength(0);
        }
      } else if (run.length() > 0) {
        break; // the name ends: "Smith, of the 100 block"
      }
    }
    return run.length() > 0 ? run.toString() : null;
  }

  /**
   * "weston", "clara weston" and "clara j. weston" may name one person: the same surname, and
   * the same first name where both give one.
   */
  static boolean sameName(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    return x[x.length - 1].equals(y[y.length - 1])
        && (x.length == 1 || y.length == 1 || x[0].equals(y[0]));
  }

  private static final Set<String> KIN =
      Set.of("father", "mother", "son", "daughter", "husband", "wife", "brother", "sister",
          "boyfriend", "girlfriend", "stepfather", "stepmother", "stepson", "stepdaughter",
          "grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt", "nephew",
          "niece", "cousin", "fiance", "fiancee", "dad", "mom");

  /**
   * The kin word a description names its person by ("the boyfriend", "her husband"): such
   * words refer back only to a person known by the same word.
   */
  static String kin(String subject) {
    if (subject == null) {
      return null;
    }
    String[] words = subject.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    String head = words.length == 0 ? "" : words[words.length - 1];
    return !KIN.contains(head) ? null : head.equals("dad") ? "father" : head.equals("mom")
        ? "mother" : head;
  }

  static char gender(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
      if (MALE.contains(w)) {
        return 'm';
      }
      if (FEMALE.contains(w)) {
        return 'f';
      }
    }
    return '?';
  }
}
