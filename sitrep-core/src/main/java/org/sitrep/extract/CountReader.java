package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Quantity;

/**
 * Reads what each count in a sentence counts, from the dependency tree around it: the counted noun
 * (the noun the number modifies), what happened to it (the predicate, "killed", "arrested") and so
 * the measure; and the counts that carry no number ("a man was killed", "no one was hurt").
 * {@link ClaimStage} adds who says so, when and where.
 */
final class CountReader {
  private CountReader() {}

  /** A count read: its words' span, what it counts and how, and the bounds its words allow. */
  record Count(int start, int end, Frame frame, Long low, Long high, String approx) {}

  /** The counts of one sentence, numbers first, then the counts that carry no number. */
  static List<Count> counts(DepTree t, List<Quantity> quantities) {
    List<Count> out = new ArrayList<>();
    Set<Integer> counted = new HashSet<>();
    for (Quantity q : quantities) {
      if (q.sentence() == t.sentence.index()) {
        Count c = fromQuantity(t, q, counted);
        if (c != null) {
          out.add(c);
        }
      }
    }
    ImplicitCounts.add(t, counted, out);
    return out;
  }

  /** The counted noun, the token whose role in the clause we read, and the predicate. */
  record Frame(int noun, int anchor, int predicate, String measure) {}

  private static Count fromQuantity(DepTree t, Quantity q, Set<Integer> counted) {
    int qh = q.headIndex();
    int noun = -1;
    int anchor = qh;
    String r = t.rel(qh);
    if ((r.equals("nummod") || r.equals("amod") || r.equals("det") || r.equals("nmod:npmod")
        || r.equals("compound")) && t.head(qh) >= 0 && t.pos(t.head(qh)).startsWith("NN")) {
      noun = t.head(qh);
      anchor = noun;
      // "SPRINGFIELD (WWLP) - Two men were wounded": a number before a plural noun counts it,
      // whatever a dateline made the parser attach it to
      if (noun != qh + 1 && qh + 1 < t.size() && t.pos(qh + 1).equals("NNS")) {
        noun = qh + 1;
        anchor = noun;
      }
    } else {
      for (int c : t.children(qh)) {
        if (t.baseRel(c).equals("nmod") && t.caseWord(c).equals("of")) {
          noun = c;
          break;
        }
      }
    }
    if (counted.contains(anchor)) {
      return null; // one noun, one count: "two dozen soldiers" is not also "dozen soldiers"
    }
    Frame fatally = fatally(t, qh);
    if (fatally != null) {
      counted.add(qh);
      return new Count(q.start(), t.token(qh + 1).end(), fatally, q.low(), q.high(), q.approx());
    }
    Frame f = frame(t, noun, anchor, qh);
    if (f == null || Factuality.negated(t, f.predicate()) || Factuality.unreal(t, f.predicate())) {
      return null; // "two other people in the car were not hurt" counts no one hurt
    }
    if ((f.measure().equals("killed") || f.measure().equals("injured")) && f.noun() >= 0
        && !Persons.couldBePeople(t, f.noun())) {
      return null; // "three homes were hit", "two family pets were killed": not people
    }
    String anchorRel = t.rel(t.firstConjunct(anchor));
    if (f.noun() < 0 && (anchorRel.startsWith("obl") || anchorRel.startsWith("nmod")
        || anchorRel.equals("advmod") || anchorRel.equals("nummod"))) {
      return null; // "shot in the leg around 8": a bare number beside the verb is a time or a size
    }
    // "executed a search at 333 Quarry Road": a count of a named thing is no casualty figure
    if (noun >= 0 && t.pos(noun).startsWith("NNP") && Lexicon.actorKind(t.lower(noun)) == null) {
      return null;
    }
    counted.add(anchor);
    if (noun >= 0) {
      counted.add(noun);
    }
    return new Count(q.start(), q.end(), f, q.low(), q.high(), q.approx());
  }

  /**
   * "four people were shot, one fatally", "two men were shot -- one of them fatally": the count
   * set off after a shooting is of those it killed, whatever the parser attached it to.
   */
  private static Frame fatally(DepTree t, int number) {
    int next = number + 1;
    if (next < t.size() && t.lower(next).equals("of") && next + 2 < t.size()
        && t.lower(next + 1).equals("them")) {
      next += 2;
    }
    if (next >= t.size() || !t.lower(next).equals("fatally") || number == 0
        || !Set.of(",", "--", "\u2014", "\u2013", "-", "(").contains(t.lower(number - 1))) {
      return null;
    }
    for (int v = number - 1; v >= 0; v--) {
      String m = Lexicon.MEASURE_VERBS.get(t.lemma(v));
      if (t.pos(v).startsWith("VB") && ("injured".equals(m) || "killed".equals(m))) {
        return new Frame(-1, number, v, "killed");
      }
    }
    return null;
  }

  /** Reads the predicate and measure for a counted anchor; null when the count is not a claim. */
  private static Frame frame(DepTree t, int noun, int anchor, int number) {
    // "the dead policemen", "wounded protesters", "50 deaths", "12 dead"
    String nounMeasure = null;
    if (noun >= 0) {
      for (int c : t.children(noun)) {
        if (t.rel(c).equals("amod") && Lexicon.MEASURE_NOUNS.containsKey(t.lower(c))) {
          nounMeasure = Lexicon.MEASURE_NOUNS.get(t.lower(c));
        }
      }
      String own = Lexicon.MEASURE_NOUNS.get(t.lemma(noun));
      if (own != null && !own.equals("participants") && !own.equals("attackers")) {
        nounMeasure = own;
      }
    } else if (Lexicon.MEASURE_NOUNS.containsKey(t.lower(number))) {
      nounMeasure = Lexicon.MEASURE_NOUNS.get(t.lower(number));
    }
    // the number as the predicate: "the number of wounded ... was 748", "the toll rose to 50"
    int tally = t.child(anchor, "nsubj");
    if ((tally < 0 || !Lexicon.TALLY_NOUNS.contains(t.lemma(tally)))
        && t.rel(anchor).startsWith("obl") && t.head(anchor) >= 0) {
      tally = t.child(t.head(anchor), "nsubj"); // "the death toll rose to 50"
    }
    if (tally >= 0 && Lexicon.TALLY_NOUNS.contains(t.lemma(tally))) {
      for (int c : t.children(tally)) {
        String m = Lexicon.MEASURE_NOUNS.get(t.lemma(c));
        if (m == null) {
          m = Lexicon.MEASURE_NOUNS.get(t.lower(c));
        }
        if (m == null) {
          m = Lexicon.MEASURE_VERBS.get(t.lemma(c));
        }
        if (m != null) {
          return new Frame(c, anchor, anchor, m);
        }
      }
    }
    // "four people dead and two others wounded": a measure said of the noun itself wins
    if (noun >= 0) {
      for (int c : t.children(noun)) {
        String w = t.lower(c);
        if ((t.rel(c).equals("amod") || t.rel(c).equals("acl")) && c > noun
            && Lexicon.MEASURE_NOUNS.containsKey(w)) {
          return new Frame(noun, anchor, c, Lexicon.MEASURE_NOUNS.get(w));
        }
      }
    }
    int a = t.firstConjunct(anchor);
    String rel = t.rel(a);
    int p = t.head(a);
    // "the shooting deaths of two men", "the bodies of three women"
    if (p >= 0 && t.baseRel(a).equals("nmod") && t.caseWord(a).equals("of")
        && (ImplicitCounts.DEATH_NOUNS.contains(t.lemma(p))
            || "killed".equals(Lexicon.MEASURE_NOUNS.get(t.lemma(p))))
        && !Factuality.hasChild(t, p, "attempted") && noun >= 0 && Persons.couldBePeople(t, noun)) {
      return new Frame(noun, anchor, p, "killed");
    }
    if (p >= 0 && (rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("iobj")
        || rel.startsWith("obl") || rel.equals("nmod"))) {
      String m = measureOf(t, p, a, rel);
      if (m == null && seesForces(t, p, rel, headWords(t, anchor))) {
        m = "deployed"; // "saw military vehicles and about 100 uniformed military personnel"
      }
      if (m != null) {
        return new Frame(noun, anchor, p, m);
      }
    }
    if (nounMeasure != null) {
      return new Frame(noun, anchor, noun >= 0 ? noun : number, nounMeasure);
    }
    // a count of protesters, attackers, troops with no verb that says more
    if (noun >= 0) {
      String own = Lexicon.MEASURE_NOUNS.get(t.lemma(noun));
      if (own != null) {
        return new Frame(noun, anchor, noun, own);
      }
    }
    // "two men were taken to a hospital", "three were listed in critical condition"
    int first = t.firstConjunct(anchor);
    String hurt = t.head(first) >= 0 ? HurtStates.of(t, t.head(first), first, t.rel(first)) : null;
    return hurt == null ? null : new Frame(noun, anchor, t.head(first), hurt);
  }

  /** A witness saw soldiers or police: the count is of forces deployed there. */
  private static boolean seesForces(DepTree t, int p, String rel, String seenWords) {
    return Lexicon.PERCEPTION_VERBS.contains(t.lemma(p)) && rel.equals("obj")
        && "state forces".equals(Lexicon.actorKind(seenWords));
  }

  /** A noun with its compounds and adjectives, as lower-case words ("uniformed military personnel"). */
  static String headWords(DepTree t, int noun) {
    StringBuilder sb = new StringBuilder();
    for (int c : t.children(noun)) {
      if (t.rel(c).equals("compound") || t.rel(c).equals("amod")) {
        sb.append(t.lower(c)).append(' ');
      }
    }
    return sb.append(t.lower(noun)).toString();
  }

  /** The measure a predicate gives to the argument {@code a} it governs through {@code rel}. */
  static String measureOf(DepTree t, int p, int a, String rel) {
    String lemma = t.lemma(p);
    // "lost their lives", "shot dead", "found dead / decapitated", "left wounded"
    if (lemma.equals("lose")) {
      int obj = t.child(p, "obj");
      return obj >= 0 && (t.lemma(obj).equals("life") || t.lower(obj).equals("lives")) ? "killed" : null;
    }
    if (lemma.equals("sustain") || lemma.equals("suffer") || lemma.equals("receive")) {
      int obj = t.child(p, "obj");
      if (obj < 0 || !rel.startsWith("nsubj")) {
        return null;
      }
      for (int c : t.subtree(obj)) {
        if (t.lower(c).equals("fatal")) {
          return "killed";
        }
      }
      String head = t.lemma(obj);
      return head.equals("wound") || head.equals("injury") || head.equals("injuries") ? "injured" : null;
    }
    for (int c : t.children(p)) {
      String cr = t.rel(c);
      if ((cr.equals("xcomp") || cr.equals("advmod") || cr.equals("obj"))
          && (t.lower(c).equals("dead") || t.lower(c).equals("deceased"))
          || t.lower(c).equals("fatally")) {
        return "killed";
      }
    }
    if (lemma.equals("succumb")
        || lemma.equals("pass") && ImplicitCounts.hasParticle(t, p, "away")) {
      return "killed"; // "succumbed to his injuries", "passed away"
    }
    String m = Lexicon.MEASURE_VERBS.get(lemma);
    if (lemma.equals("shoot") && Factuality.hasChild(t, p, "at")) {
      return null; // "he had been shot at": fired at, not hit
    }
    if (m == null && HIT_VERBS.contains(lemma) && bulletHit(t, p, a, rel)) {
      m = "injured"; // "the victim was struck twice", "a bullet grazed her"
    }
    for (int c : t.children(p)) {
      if (t.lower(c).equals("death") && t.caseWord(c).equals("to")) {
        return "killed"; // "shot / stabbed / beaten to death"
      }
    }
    if (m == null && t.child(p, "cop") >= 0 && Lexicon.MEASURE_NOUNS.containsKey(t.lower(p))
        && rel.startsWith("nsubj")) {
      return Lexicon.MEASURE_NOUNS.get(t.lower(p)); // "one person is dead", "two were injured"
    }
    if (m == null) {
      for (int c : t.children(p)) {
        // "found shot", "reported wounded"; not "Smith said [Jones was killed]", whose clause
        // has a subject of its own
        // a state ("found shot", "left wounded"), not the subject's own act ("started
        // shooting", "pleaded with him not to shoot")
        if ((t.rel(c).equals("xcomp") && (t.pos(c).equals("VBN") || t.pos(c).startsWith("JJ"))
                || t.rel(c).equals("ccomp") && t.pos(c).equals("VBN"))
            && t.child(c, "nsubj") < 0 && t.child(c, "nsubj:pass") < 0
            && !Factuality.INTENT.contains(lemma)) {
          m = Lexicon.MEASURE_VERBS.get(t.lemma(c));
          if (m == null) {
            m = Lexicon.MEASURE_NOUNS.get(t.lower(c));
          }
          if (m != null) {
            break;
          }
        }
      }
      if (m == null && seesForces(t, p, rel, t.lower(a))) {
        return "deployed"; // "correspondents saw about 100 troops"
      }
      return m;
    }
    // the active subject of a transitive verb is its agent, not its victim: "gunmen killed 3",
    // "he shot twice"; so is a passive's "by" phrase: "shot by two men"
    // ("over 3,000 arrested", "200 injured": a bare participle is passive, its subject the harmed)
    boolean bare = t.pos(p).equals("VBN") && t.child(p, "aux") < 0;
    boolean agent = rel.equals("nsubj") && (t.child(p, "obj") >= 0
            || !INTRANSITIVE.contains(lemma) && !bare)
        || rel.startsWith("obl") && t.caseWord(a).equals("by");
    if (agent) {
      return switch (m) {
        case "killed", "injured", "attackers", "damaged", "missing" -> "attackers";
        default -> null;
      };
    }
    if (m.equals("attackers") && !rel.equals("nsubj")) {
      return null; // "attacked 20 people": victims of an attack are counted by what befell them
    }
    // "sent two men to the hospital": people sent or taken for care are hurt, not deployed
    if ((m.equals("deployed") || m.equals("displaced")) && HurtStates.of(t, p, a, rel) != null) {
      return "injured";
    }
    // "shot and killed": the shooting is counted by the killing
    if (m.equals("injured") && lemma.equals("shoot")) {
      for (int c : t.children(p)) {
        if (t.rel(c).equals("conj") && "killed".equals(Lexicon.MEASURE_VERBS.get(t.lemma(c)))) {
          return "killed";
        }
      }
    }
    return m;
  }

  /** Verbs of a bullet reaching someone, counted as hurt (as "shot" is). */
  private static final Set<String> HIT_VERBS = Set.of("hit", "strike", "graze");
  private static final Set<String> BULLETS =
      Set.of("bullet", "round", "shot", "gunfire", "shrapnel", "pellet", "gunshot", "fire",
          "slug", "shell");

  /**
   * Whether "hit" or "struck" says a person was shot: a person hit ("he was struck twice", "12
   * of them were hit") by nothing or by a bullet; not a car or a fist ("struck by a car",
   * "struck him in the face"), nor bullets, homes or cars counted as hit.
   */
  private static boolean bulletHit(DepTree t, int p, int a, String rel) {
    boolean person = Persons.isPersonNoun(t, a) || Persons.isName(t, a) || Persons.isAge(t, a)
        || Set.of("he", "she", "him", "her", "them", "they", "whom", "who").contains(t.lower(a))
        || t.child(a, "nmod") >= 0 && Persons.isPersonNoun(t, t.child(a, "nmod"));
    if (!person) {
      return false;
    }
    if (rel.equals("nsubj:pass")) {
      int agent = t.child(p, "obl:agent");
      if (agent < 0) {
        for (int c : t.children(p)) {
          if (t.rel(c).startsWith("obl") && t.caseWord(c).equals("by")) {
            agent = c;
          }
        }
      }
      return agent < 0 || BULLETS.contains(t.lemma(agent));
    }
    int subj = t.child(p, "nsubj");
    return rel.equals("obj") && subj >= 0 && BULLETS.contains(t.lemma(subj));
  }

  /** Verbs of harm whose active subject is the one harmed: "he died", not "he shot". */
  private static final Set<String> INTRANSITIVE =
      Set.of("die", "perish", "drown", "succumb", "disappear", "flee", "evacuate", "protest",
          "demonstrate", "rally", "march", "gather");

}
