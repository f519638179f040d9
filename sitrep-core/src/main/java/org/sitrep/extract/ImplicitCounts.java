package org.sitrep.extract;

import java.util.List;
import java.util.Set;

/**
 * The counts that carry no number: "a man was killed", "no one was hurt", "Smith was wounded",
 * "he died", "the gunman shot himself", "the death of a woman", "both were taken to a hospital".
 * Read after the numbers of a sentence ({@link CountReader}), from the same dependency tree.
 */
final class ImplicitCounts {
  private ImplicitCounts() {}

  /**
   * "A man was killed", "no one was hurt", "a woman fatally shot by police", "he later died",
   * "Smith was wounded", "the gunman shot himself", "the death of a man": counts that carry no
   * number. Every sentence about one victim counts them again ("a man was shot ... the man died
   * ... Smith, 25, was identified"); the words that say whether a person is new or known are kept
   * in the claim's text, so that a reader of the claims ({@link IncidentFigures}) can follow them.
   */
  static void add(DepTree t, Set<Integer> counted, List<CountReader.Count> counts) {
    for (int i = 0; i < t.size(); i++) {
      if (counted.contains(i)) {
        continue;
      }
      // "a woman and two men were wounded": a conjunct has the role of the first one
      int first = t.firstConjunct(i);
      String rel = t.rel(first);
      int p = t.head(first);
      // "About 11:30 p.m., a man was shot": misparsed as the time's apposition, the person has
      // the time's role
      if (rel.equals("appos") && p >= 0 && TIMES.contains(t.token(p).ner())) {
        rel = t.rel(p);
        p = t.head(p);
      }
      String word = t.lower(i);
      int det = t.child(i, "det");
      String detWord = det >= 0 ? t.lower(det) : "";
      boolean possessed = t.child(i, "nmod:poss") >= 0;
      boolean singularPerson = t.pos(i).equals("NN") && Persons.isPersonNoun(t, i)
          || Persons.isAge(t, i)
          // "a retired dentist died": what dies is someone, whatever the noun
          || t.pos(i).equals("NN") && p >= 0 && DYING.contains(t.lemma(p))
              && rel.startsWith("nsubj");
      boolean named = Persons.isName(t, i);
      Long value = null;
      int start = t.token(i).start();
      int predicate = p;
      int noun = i;
      String m = null;
      if (p >= 0 && (rel.startsWith("nsubj") || rel.equals("obj"))) {
        if (word.equals("nobody") || word.equals("none") || detWord.equals("no")) {
          value = 0L;
          if (det >= 0) {
            start = Math.min(start, t.token(det).start());
          }
        } else if (singularPerson && (detWord.equals("a") || detWord.equals("an") || possessed
            || detWord.equals("another") || det < 0 && Persons.isAge(t, i)
            || det < 0 && i != first && t.pos(first).startsWith("NN"))) {
          // "another person was hurt"; "his wife and daughter": a conjunct shares the first
          // one's determiner
          value = 1L;
          start = det >= 0 ? t.token(det).start() : start;
        } else if (word.equals("another")) {
          value = 1L; // "killing one man and injuring another"
        } else if (word.equals("both") && rel.startsWith("nsubj")
            || detWord.equals("both") && Persons.isPersonNoun(t, i)) {
          value = 2L; // "both victims were pronounced dead", "both died"
          start = det >= 0 ? t.token(det).start() : start;
        } else if ((word.equals("him") || word.equals("her")) && rel.equals("obj")) {
          value = 1L; // "a deputy shot the suspect and killed him"
        } else if (word.equals("he") || word.equals("she") || named
            || singularPerson && (detWord.equals("the") || detWord.equals("this"))) {
          value = 1L; // a known person, or one named
          start = det >= 0 ? t.token(det).start() : start;
        } else if (Persons.REFLEXIVES.contains(word) && rel.equals("obj")) {
          // "the gunman then shot himself": the subject, counted by what befell them
          int subj = t.child(p, "nsubj");
          if (subj >= 0) {
            value = 1L;
            noun = subj;
            start = Math.min(start, t.token(subj).start());
            m = CountReader.measureOf(t, p, i, "obj");
          }
        }
        if (value != null && m == null) {
          m = CountReader.measureOf(t, p, i, rel);
          if (m == null && value == 0L) {
            m = Lexicon.MEASURE_NOUNS.get(t.lemma(i)); // "no injuries were reported"
          }
          if (m == null) {
            m = smallClause(t, i, p, rel);
          }
          if (m == null) {
            m = HurtStates.of(t, p, i, rel);
          }
          if (m == null && rel.startsWith("nsubj")) {
            m = sharedSubject(t, p, i);
          }
        }
        if (value != null && value != 0L && (Factuality.negated(t, p) || Factuality.unreal(t, p))) {
          m = null; // "two other people in the car were not injured", "threatened to kill him"
        }
      }
      // "a woman fatally shot by police", "a man who was killed": the verb modifies the noun
      if (m == null && (singularPerson || named)
          && (detWord.equals("a") || detWord.equals("an") || named || Persons.isAge(t, i))) {
        for (int c : t.children(i)) {
          if (t.rel(c).startsWith("acl") && t.pos(c).startsWith("VB") && passive(t, c)) {
            String cm = CountReader.measureOf(t, c, i, "nsubj:pass");
            if ("killed".equals(cm) || "injured".equals(cm)) {
              m = cm;
              value = 1L;
              predicate = c;
              start = det >= 0 ? t.token(det).start() : start;
            }
          }
          // "medics pronounced Jane Smith, 30, dead": misparsed, the state is the noun's
          if (m == null && c > i && t.rel(c).equals("amod")
              && (t.lower(c).equals("dead") || t.lower(c).equals("deceased"))) {
            m = "killed";
            value = 1L;
            predicate = c;
          }
        }
      }
      // "the (shooting) death of a man", "the killing of Jane Smith", "the body of a man",
      // "Smith's body"
      // ("the deaths of a man and a woman": the conjunct has the first one's place)
      if (m == null && (singularPerson || named) && p >= 0
          && (t.baseRel(first).equals("nmod") && t.caseWord(first).equals("of")
              || t.rel(first).equals("nmod:poss") && t.lemma(p).equals("body"))
          && (DEATH_NOUNS.contains(t.lemma(p))
              || "killed".equals(Lexicon.MEASURE_NOUNS.get(t.lemma(p))))
          && !Factuality.hasChild(t, p, "attempted")) {
        m = "killed";
        value = 1L;
        predicate = p;
        start = Math.min(start, det >= 0 ? t.token(det).start() : start);
      }
      if (m == null || value == null || m.equals("attackers") || m.equals("participants")
          || m.equals("deployed")) {
        continue;
      }
      int end = Math.max(t.token(i).end(), t.token(noun).end());
      counted.add(i);
      counts.add(new CountReader.Count(start, end,
          new CountReader.Frame(value == 0L ? -1 : noun, noun, predicate, m), value,
          value, "exact"));
    }
  }


  private static final Set<String> TIMES = Set.of("TIME", "DATE", "DURATION");

  /** Verbs whose subject is someone who died. */
  private static final Set<String> DYING = Set.of("die", "succumb", "perish");

  /** Nouns for a killing, whose "of" names its victim. */
  static final Set<String> DEATH_NOUNS = Set.of("killing", "murder", "slaying", "homicide");

  /**
   * "the victim is 34 and was shot in the arm": the measure of a verb coordinated with the
   * predicate, which shares its subject.
   */
  private static String sharedSubject(DepTree t, int p, int a) {
    for (int c : t.children(p)) {
      if (t.rel(c).equals("conj") && t.pos(c).startsWith("VB") && t.child(c, "nsubj") < 0
          && t.child(c, "nsubj:pass") < 0 && !Factuality.negated(t, c)
          && !Factuality.unreal(t, c)) {
        String m = CountReader.measureOf(t, c, a,
            t.child(c, "aux:pass") >= 0 ? "nsubj:pass" : "nsubj");
        if ("killed".equals(m) || "injured".equals(m)) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The measure of a small clause about the noun: "found a woman dead", "pronounced the man
   * dead", "left him wounded", where the parser makes the adjective either the noun's predicate
   * or its modifier.
   */
  static boolean hasParticle(DepTree t, int p, String word) {
    for (int c : t.children(p)) {
      if (t.rel(c).equals("compound:prt") && t.lower(c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static String smallClause(DepTree t, int noun, int head, String rel) {
    if (rel.startsWith("nsubj") && t.child(head, "cop") < 0 && t.pos(head).startsWith("JJ")) {
      String m = Lexicon.MEASURE_NOUNS.get(t.lower(head));
      if (m != null || t.lower(head).equals("deceased")) {
        return m != null ? m : "killed";
      }
    }
    for (int c : t.children(noun)) {
      if (c > noun && (t.rel(c).equals("amod") || t.rel(c).startsWith("acl"))) {
        String m = Lexicon.MEASURE_NOUNS.get(t.lower(c));
        if (m != null || t.lower(c).equals("deceased")) {
          return m != null ? m : "killed";
        }
        // "found Jane Smith, 72, shot to death": a participle says what befell the noun
        if (t.rel(c).equals("acl") && t.pos(c).equals("VBN") && t.child(c, "nsubj") < 0) {
          m = CountReader.measureOf(t, c, noun, "nsubj:pass");
          if ("killed".equals(m) || "injured".equals(m)) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether a clause that modifies a noun says what befell it: a participle ("a man shot by
   * police") or a passive relative clause ("a man who was killed"), not "a man who shot two".
   */
  private static boolean passive(DepTree t, int c) {
    if (!t.rel(c).equals("acl:relcl")) {
      return !t.pos(c).equals("VBG"); // "a man shooting at cars" is the shooter
    }
    return t.child(c, "nsubj:pass") >= 0 || t.child(c, "aux:pass") >= 0
        || t.child(c, "nsubj") < 0 || !Lexicon.MEASURE_VERBS.containsKey(t.lemma(c))
        || t.child(c, "obj") < 0 && !t.lemma(c).equals("shoot");
  }
}
