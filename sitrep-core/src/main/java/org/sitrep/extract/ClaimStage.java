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
import org.sitrep.model.Statement;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * Turns counts into claims by reading the dependency tree around each: what was counted (the noun
 * the number modifies), what happened to it (the predicate, "killed", "arrested"), who says so (the
 * source of the statement that holds it), how firmly ("may have"), as of when (the reporting
 * verb's date) and where.
 *
 * <p>Reads SENTENCES, MENTIONS, TIMES, QUANTITIES, STATEMENTS and, when present, PLACES; writes
 * CLAIMS.
 */
public final class ClaimStage implements Stage {

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.MENTIONS, Layer.TIMES, Layer.QUANTITIES, Layer.STATEMENTS);
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
    Attribution at = attribute(ctx, t, f.predicate(), start);
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
   * Who says so, how firmly and as of when. The source is that of the innermost statement holding
   * the count ("Police said witnesses reported 20 dead": the witnesses), and nothing else: a
   * figure no statement holds is unattributed, whoever spoke in the sentences before. Hedge words
   * anywhere from the predicate up to the sentence root make it hedged; the date of the reporting
   * verb is its as-of date, else the publication date.
   */
  static Attribution attribute(ArticleContext ctx, DepTree t, int predicate, int offset) {
    boolean hedged = false;
    for (int x = predicate, guard = 0; x >= 0 && guard < t.size(); x = t.head(x), guard++) {
      hedged |= hedgedAt(t, x);
    }
    Statement statement = innermost(ctx.analysis.statements(), offset);
    String asOf = statement == null ? null : dateOfCue(ctx, statement);
    if (asOf == null) {
      asOf = ctx.published();
    }
    Source source = statement == null ? Source.UNATTRIBUTED : statement.source();
    return new Attribution(source, hedged, asOf);
  }

  /** The shortest statement whose content holds an offset, or null. */
  static Statement innermost(List<Statement> statements, int offset) {
    Statement best = null;
    for (Statement s : statements) {
      if (s.contains(offset) && (best == null || s.end() - s.start() < best.end() - best.start())) {
        best = s;
      }
    }
    return best;
  }

  /** The date written with a statement's reporting verb ("said on Monday"), or null. */
  private static String dateOfCue(ArticleContext ctx, Statement s) {
    for (DepTree t : ctx.trees) {
      if (t.sentence.index() != s.sentence()) {
        continue;
      }
      for (int i = 0; i < t.size(); i++) {
        if (t.token(i).start() == s.cueStart()) {
          return dateAt(ctx, t, i);
        }
      }
    }
    return null;
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
