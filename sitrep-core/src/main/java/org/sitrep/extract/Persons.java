package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/** Which words of a sentence name one person: person nouns, ages used as nouns, names. */
final class Persons {
  private Persons() {}

  static final Set<String> REFLEXIVES = Set.of("himself", "herself");

  /**
   * People that crime and shooting reports count, beyond the actor words of {@link Lexicon}: kin,
   * the parties to a crime, and people by what they were doing.
   */
  private static final Set<String> PERSON_NOUNS =
      Set.of("son", "daughter", "father", "mother", "brother", "sister", "husband", "wife",
          "stepfather", "stepmother", "stepson", "stepdaughter", "grandson", "granddaughter",
          "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece", "cousin", "dad", "mom",
          "boyfriend", "girlfriend", "fiance", "fiancee", "spouse", "partner", "friend", "relative",
          "acquaintance", "roommate", "suspect", "intruder", "robber", "burglar", "shooter",
          "employee", "clerk", "owner", "cashier", "manager", "patron", "guest", "tenant",
          "landlord", "motorist", "occupant", "rider", "cyclist", "bicyclist", "toddler", "infant",
          "baby", "kid", "adult", "male", "female", "juvenile", "minor", "deputy", "trooper",
          "agent", "inmate", "hunter", "student", "teacher", "worker", "bouncer", "security",
          "firefighter", "paramedic", "nurse", "doctor", "pastor", "customer", "visitor",
          "gunman", "assailant", "attacker", "homeowner", "resident", "neighbor", "neighbour",
          "bystander", "pedestrian", "passenger", "driver", "victim", "teen", "teenager", "boy",
          "girl", "man", "woman", "person", "child", "officer", "youth", "individual");

  /** A person's name: the head word of a PERSON name ("Smith" in "John Smith"). */
  static boolean isName(DepTree t, int i) {
    String w = t.token(i).word();
    // a word in capitals is a dateline ("EATON, Ind. -- A man ...") far more often than a name
    return t.pos(i).startsWith("NNP") && ("PERSON".equals(t.token(i).ner()) || agedName(t, i))
        && !t.rel(i).equals("compound") && !t.rel(i).equals("flat")
        && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
  }

  /**
   * "Cornell Joseph, 29, died": a name with its age set off by commas is a person's, whatever
   * the tagger took it for.
   */
  private static boolean agedName(DepTree t, int i) {
    for (int c : t.children(i)) {
      if (c == i + 2 && t.lower(i + 1).equals(",") && t.pos(c).equals("CD")
          && t.lower(c).matches("\\d{1,2}") && c + 1 < t.size() && t.lower(c + 1).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a 15-year-old", "the 23-year-old": an age used as the noun for a person, written as one
   * token or split at its hyphens ("15 - year - old", whose head is "old").
   */
  static boolean isAge(DepTree t, int i) {
    if (t.rel(i).equals("amod")) {
      return false;
    }
    return t.lower(i).matches("\\d+-years?-old") || isSplitAge(t, i);
  }

  /** "old" with "year(s)" below it: the head of a split "15-year-old". */
  private static boolean isSplitAge(DepTree t, int i) {
    if (!t.lower(i).equals("old")) {
      return false;
    }
    for (int c : t.children(i)) {
      if (t.lower(c).equals("year") || t.lower(c).equals("years")) {
        return true;
      }
    }
    return false;
  }

  /** Words that stand for counted people: "two of them", "both died", "the dead". */
  private static final Set<String> PEOPLE_WORDS =
      Set.of("them", "they", "those", "whom", "who", "others", "other", "both", "all", "each",
          "one", "ones", "people", "persons", "victims", "individuals", "casualties",
          "fatalities", "deaths", "dead", "wounded", "injured", "bodies", "lives", "more",
          "several", "many", "some", "none", "family", "families", "crowd", "member", "members",
          "group", "couple");

  /**
   * Whether a counted noun may be people: a person word, a name, a word standing for people or
   * their fates, or an actor ("soldiers", "protesters"); not homes, cars, pets or charges.
   */
  static boolean couldBePeople(DepTree t, int noun) {
    String w = t.lower(noun);
    String lemma = t.lemma(noun);
    return isPersonNoun(t, noun) || isName(t, noun) || t.pos(noun).startsWith("NNP")
        || PEOPLE_WORDS.contains(w) || PEOPLE_WORDS.contains(lemma) || t.pos(noun).equals("CD")
        || t.pos(noun).startsWith("PRP") || Lexicon.actorKind(w) != null
        || Lexicon.MEASURE_NOUNS.containsKey(lemma) || Lexicon.MEASURE_NOUNS.containsKey(w);
  }

  /** A noun that names a person: a person word, or one with an age ("a 23-year-old model"). */
  static boolean isPersonNoun(DepTree t, int i) {
    if (PERSON_NOUNS.contains(t.lemma(i)) || PERSON_NOUNS.contains(t.lower(i))
        || Lexicon.actorKindOfHead(t.lemma(i), t.lower(i)) != null) {
      return true;
    }
    for (int c : t.children(i)) {
      if (t.lower(c).matches("\\d+-years?-old") || t.rel(c).equals("amod") && isSplitAge(t, c)) {
        return true;
      }
    }
    return false;
  }
}
