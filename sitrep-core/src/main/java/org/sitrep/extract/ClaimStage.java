package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Statement;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * Turns counts into claims: what was counted and what happened to it are read by {@link
 * CountReader}; this stage adds who says so (the source of the statement that holds it), how firmly ("may have"), as of when (the reporting
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
      for (CountReader.Count c : CountReader.counts(t, in.quantities())) {
        claims.add(claim(ctx, t, c));
      }
    }
    claims.sort(Comparator.comparingInt(Claim::start));
    return in.withClaims(claims);
  }

  private static Claim claim(ArticleContext ctx, DepTree t, CountReader.Count c) {
    CountReader.Frame f = c.frame();
    int start = c.start();
    String text = ctx.analysis.text();
    String subject = f.noun() >= 0 ? Phrases.nounPhrase(t, f.noun(), text) : null;
    Attribution at = attribute(ctx, t, f.predicate(), start);
    Token pred = t.token(f.predicate());
    int s = Math.min(start, pred.start());
    int e = Math.max(c.end(), pred.end());
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
        c.low(),
        c.high(),
        c.approx(),
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
