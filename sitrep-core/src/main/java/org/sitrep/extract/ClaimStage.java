package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Source;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * Turns counts into claims by reading the dependency tree around each: what was counted (the noun
 * the number modifies), what happened to it (the predicate, "killed", "arrested"), who says so (the
 * subject of the reporting verb above it, "according to X", a pronoun's antecedent), how firmly
 * ("may have"), as of when (the reporting verb's date) and where.
 *
 * <p>Reads SENTENCES, MENTIONS, TIMES, QUANTITIES and, when present, PLACES; writes CLAIMS.
 */
public final class ClaimStage implements Stage {

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.MENTIONS, Layer.TIMES, Layer.QUANTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.CLAIMS);
  }

  @Override
  public Analysis apply(Analysis in) {
    ArticleContext ctx = new ArticleContext(in);
    List<Claim> claims = new ArrayList<>();
    for (DepTree t : ctx.trees) {
      Set<Integer> counted = new HashSet<>();
      for (Quantity q : in.quantities()) {
        if (q.sentence() == t.sentence.index()) {
          Claim c = fromQuantity(ctx, t, q, counted);
          if (c != null) {
            claims.add(c);
          }
        }
      }
      implicitCounts(ctx, t, counted, claims);
      ctx.noteSpeakers(t);
    }
    claims.sort(Comparator.comparingInt(Claim::start));
    return in.withClaims(claims);
  }

  /** The counted noun, the token whose role in the clause we read, and the predicate. */
  private record Frame(int noun, int anchor, int predicate, String measure) {}

  private static Claim fromQuantity(ArticleContext ctx, DepTree t, Quantity q, Set<Integer> counted) {
    int qh = q.headIndex();
    int noun = -1;
    int anchor = qh;
    String r = t.rel(qh);
    if ((r.equals("nummod") || r.equals("amod") || r.equals("det") || r.equals("nmod:npmod")
        || r.equals("compound")) && t.head(qh) >= 0 && t.pos(t.head(qh)).startsWith("NN")) {
      noun = t.head(qh);
      anchor = noun;
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
    Frame f = frame(t, noun, anchor, qh);
    if (f == null) {
      return null;
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
    return claim(ctx, t, q.start(), q.end(), f, q.low(), q.high(), q.approx());
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
    return null;
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
  private static String measureOf(DepTree t, int p, int a, String rel) {
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
      if ((cr.equals("xcomp") || cr.equals("advmod") || cr.equals("obj")) && t.lower(c).equals("dead")
          || t.lower(c).equals("fatally")) {
        return "killed";
      }
    }
    String m = Lexicon.MEASURE_VERBS.get(lemma);
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
        if (t.rel(c).equals("xcomp") || t.rel(c).equals("ccomp") && t.pos(c).equals("VBN")) {
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
    // the active subject of a transitive verb is its agent, not its victim: "gunmen killed 3"
    boolean agent = rel.equals("nsubj") && t.child(p, "obj") >= 0;
    if (agent) {
      return switch (m) {
        case "killed", "injured", "attackers", "damaged", "missing" -> "attackers";
        default -> null;
      };
    }
    if (m.equals("attackers") && !rel.equals("nsubj")) {
      return null; // "attacked 20 people": victims of an attack are counted by what befell them
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

  /**
   * "A man was killed", "no one was hurt", "a woman fatally shot by police", "he later died", "the
   * death of a man": singular and zero counts that carry no number. A singular person named by a
   * pronoun or "the victim" is counted only when killed: the same person is usually counted
   * again by every sentence about them, and a killing is what such sentences add.
   */
  private static void implicitCounts(
      ArticleContext ctx, DepTree t, Set<Integer> counted, List<Claim> claims) {
    for (int i = 0; i < t.size(); i++) {
      if (counted.contains(i)) {
        continue;
      }
      String rel = t.rel(i);
      int p = t.head(i);
      String word = t.lower(i);
      int det = t.child(i, "det");
      String detWord = det >= 0 ? t.lower(det) : "";
      boolean possessed = t.child(i, "nmod:poss") >= 0;
      boolean singularPerson = t.pos(i).equals("NN") && isPersonNoun(t, i);
      Long value = null;
      int start = t.token(i).start();
      int predicate = p;
      String m = null;
      if (p >= 0 && (rel.startsWith("nsubj") || rel.equals("obj"))) {
        if (word.equals("nobody") || word.equals("none") || detWord.equals("no")) {
          value = 0L;
          if (det >= 0) {
            start = Math.min(start, t.token(det).start());
          }
        } else if (singularPerson && (detWord.equals("a") || detWord.equals("an") || possessed)) {
          value = 1L;
          start = det >= 0 ? t.token(det).start() : start;
        } else if (word.equals("another") && rel.equals("obj")) {
          value = 1L; // "killing one man and injuring another"
        } else if (rel.startsWith("nsubj") && (word.equals("he") || word.equals("she")
            || singularPerson && detWord.equals("the"))) {
          value = -1L; // a known person: counted only if killed
        }
        if (value != null) {
          m = measureOf(t, p, i, rel);
          if (m == null && value == 0L) {
            m = Lexicon.MEASURE_NOUNS.get(t.lemma(i)); // "no injuries were reported"
          }
        }
      }
      // "a woman fatally shot by police", "a man who was killed": the verb modifies the noun
      if (m == null && singularPerson && (detWord.equals("a") || detWord.equals("an"))) {
        for (int c : t.children(i)) {
          if (t.rel(c).startsWith("acl") && t.pos(c).startsWith("VB")) {
            String cm = measureOf(t, c, i, "nsubj:pass");
            if ("killed".equals(cm) || "injured".equals(cm)) {
              m = cm;
              value = 1L;
              predicate = c;
              start = t.token(det).start();
            }
          }
        }
      }
      // "the (shooting) death of a man"
      if (m == null && singularPerson && (detWord.equals("a") || detWord.equals("an"))
          && p >= 0 && t.baseRel(i).equals("nmod") && t.caseWord(i).equals("of")
          && "killed".equals(Lexicon.MEASURE_NOUNS.get(t.lemma(p)))) {
        m = "killed";
        value = 1L;
        predicate = p;
        start = t.token(det).start();
      }
      if (m == null || value == null || m.equals("attackers") || m.equals("participants")
          || m.equals("deployed")) {
        continue;
      }
      if (value == -1L) {
        if (!m.equals("killed")) {
          continue;
        }
        value = 1L;
      }
      int end = t.token(i).end();
      counted.add(i);
      claims.add(claim(ctx, t, start, end, new Frame(value == 0L ? -1 : i, i, predicate, m), value,
          value, "exact"));
    }
  }

  /** A noun that names a person: a person word, or one with an age ("a 23-year-old model"). */
  private static boolean isPersonNoun(DepTree t, int i) {
    if (Lexicon.actorKindOfHead(t.lemma(i), t.lower(i)) != null) {
      return true;
    }
    for (int c : t.children(i)) {
      if (t.lower(c).matches("\\d+-year-old")) {
        return true;
      }
    }
    return false;
  }

  private static Claim claim(ArticleContext ctx, DepTree t, int start, int end, Frame f,
      Long low, Long high, String approx) {
    String text = ctx.analysis.text();
    String subject = f.noun() >= 0 ? Phrases.nounPhrase(t, f.noun(), text) : null;
    Attribution at = attribute(ctx, t, f.predicate());
    Token pred = t.token(f.predicate());
    int s = Math.min(start, pred.start());
    int e = Math.max(end, pred.end());
    if (f.noun() >= 0) {
      s = Math.min(s, t.token(f.noun()).start()); // "the number of wounded ... was 748"
      e = Math.max(e, t.token(f.noun()).end());
    }
    // a claim's span is its clause's words from the count to the predicate (or back)
    Place place = placeOf(ctx, t, f.predicate());
    return new Claim(
        s,
        e,
        text.substring(s, e),
        f.measure(),
        subject,
        Lexicon.actorKind(subject),
        low,
        high,
        approx,
        at.source(),
        at.hedged(),
        at.asOf(),
        place == null ? (ctx.focus == null ? null : ctx.focus.geonameid()) : place.geonameid(),
        t.sentence.index(),
        pred.word(),
        pred.start());
  }

  record Attribution(Source source, boolean hedged, String asOf) {}

  /**
   * Walks from the predicate up to the sentence root looking for who says so: "according to X",
   * the subject of a reporting verb, the agent of figures "released by X". Hedge words anywhere on
   * that path make the claim hedged; the reporting verb's date is the claim's as-of date.
   */
  static Attribution attribute(ArticleContext ctx, DepTree t, int predicate) {
    boolean hedged = false;
    Source source = null;
    int speech = -1;
    for (int x = predicate, guard = 0; x >= 0 && guard < t.size(); x = t.head(x), guard++) {
      hedged |= hedgedAt(t, x);
      if (source == null) {
        int acc = accordingTo(t, x);
        if (acc >= 0) {
          source = sourceOfAccording(ctx, t, acc);
          speech = x;
        }
      }
      // a perception verb names its witness even as the predicate: "correspondents saw 100 troops"
      boolean reporting = (x != predicate && Lexicon.SPEECH_VERBS.contains(t.lemma(x)))
          || Lexicon.PERCEPTION_VERBS.contains(t.lemma(x));
      if (source == null && reporting) {
        int subj = t.child(x, "nsubj");
        if (subj < 0) {
          subj = agentOf(t, x);
        }
        if (subj < 0 && t.rel(x).startsWith("acl") && t.head(x) >= 0) {
          subj = t.head(x); // "the Ministry, which had announced that ...": the antecedent speaks
        }
        if (subj < 0 && t.child(x, "obj") >= 0 && t.child(x, "ccomp") < 0
            && t.token(t.child(x, "obj")).start() > t.token(x).start()
            && t.child(x, "obj") != predicate && !t.isAncestor(t.child(x, "obj"), predicate)) {
          subj = t.child(x, "obj"); // inverted: "..., also says the Ministry"
        }
        if (subj >= 0) {
          source = ctx.resolve(t, subj);
          speech = x;
        }
      }
      // "At least 30 people were injured, a hospital official said": the reporting verb hangs
      // off the clause it reports, as parataxis
      if (source == null) {
        for (int c : t.children(x)) {
          if ((t.rel(c).equals("parataxis") || t.rel(c).equals("advcl"))
              && Lexicon.SPEECH_VERBS.contains(t.lemma(c)) && t.child(c, "nsubj") >= 0) {
            source = ctx.resolve(t, t.child(c, "nsubj"));
            speech = c;
            break;
          }
        }
      }
      if (source != null && speech >= 0) {
        break;
      }
    }
    if (source == null) {
      source = ctx.quoteSpeaker(t.token(predicate).start());
    }
    ctx.spoke(source);
    String asOf = null;
    if (speech >= 0) {
      asOf = dateAt(ctx, t, speech);
    }
    if (asOf == null) {
      asOf = ctx.published();
    }
    return new Attribution(source == null ? Source.UNATTRIBUTED : source, hedged, asOf);
  }

  private static boolean hedgedAt(DepTree t, int x) {
    if (Lexicon.HEDGES.contains(t.lower(x))) {
      return true;
    }
    for (int c : t.children(x)) {
      String r = t.rel(c);
      if ((r.equals("aux") || r.equals("advmod") || r.equals("amod") || r.equals("cop"))
          && Lexicon.HEDGES.contains(t.lower(c))) {
        return true;
      }
    }
    return false;
  }

  /** The child of x introduced by "according to", or -1. */
  private static int accordingTo(DepTree t, int x) {
    for (int c : t.children(x)) {
      for (int cc : t.children(c)) {
        if (t.rel(cc).equals("case") && t.lower(cc).equals("according")) {
          return c;
        }
      }
    }
    return -1;
  }

  /** "according to figures released by the authorities": the authorities, not the figures. */
  private static Source sourceOfAccording(ArticleContext ctx, DepTree t, int x) {
    for (int c : t.children(x)) {
      if (t.rel(c).startsWith("acl")) {
        int agent = agentOf(t, c);
        if (agent >= 0) {
          return ctx.resolve(t, agent);
        }
      }
    }
    Source s = ctx.resolve(t, x);
    if (t.lemma(x).equals("report") || t.lemma(x).equals("source")) {
      return new Source(s.name(), "unattributed"); // "according to reports": no one in particular
    }
    return s;
  }

  /** The "by X" agent of a passive or participle, or -1. */
  private static int agentOf(DepTree t, int x) {
    for (int c : t.children(x)) {
      if ((t.rel(c).equals("obl:agent") || t.rel(c).equals("obl")) && t.caseWord(c).equals("by")) {
        return c;
      }
    }
    return -1;
  }

  /** The date of a time expression attached to token x, as an ISO day, or null. */
  static String dateAt(ArticleContext ctx, DepTree t, int x) {
    return dateAt(ctx, t, x, 2);
  }

  /** Looks {@code depth} levels down temporal and oblique modifiers: "in the square on Sunday". */
  private static String dateAt(ArticleContext ctx, DepTree t, int x, int depth) {
    for (int c : t.children(x)) {
      String r = t.rel(c);
      if (r.startsWith("obl") || r.startsWith("nmod") || r.equals("advmod")) {
        TimeExpr te = ctx.timeAt(t.token(c));
        if (te != null && ArticleContext.isoDay(te.value()) != null) {
          return ArticleContext.isoDay(te.value());
        }
        if (depth > 1) {
          String d = dateAt(ctx, t, c, depth - 1);
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  /** The first place named under the predicate, in sentence order. */
  static Place placeOf(ArticleContext ctx, DepTree t, int predicate) {
    for (int i : t.subtree(predicate)) {
      Place p = ctx.placeAt(t.token(i));
      if (p != null) {
        return p;
      }
    }
    return null;
  }
}
