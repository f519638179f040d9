package org.sitrep.extract;

import java.util.regex.Pattern;
import org.sitrep.model.TimeExpr;

/**
 * Does a trigger report one occurrence? Not when it is negated, conditional, wished for, banned or
 * ordered but not done; not when it names a kind ("the city's rate of murders"), a trend
 * ("kidnappings have risen"), a habit ("activists often march") or a tally over a year ("last
 * year, 190 women were killed"); not when the clause only refers to it ("claimed responsibility
 * for the attack").
 */
final class Occurrence {
  private final ArticleContext ctx;

  Occurrence(ArticleContext ctx) {
    this.ctx = ctx;
  }

  /** Does the trigger at i report one occurrence that took place? */
  boolean reported(DepTree t, int i) {
    return factual(t, i) && !generic(t, i) && !referredTo(t, i) && !yearTally(t, i);
  }

  /** False for triggers that are negated, conditional, wished for, banned or ordered but not done. */
  static boolean factual(DepTree t, int i) {
    for (int c : t.children(i)) {
      if (t.rel(c).equals("det") && (t.lower(c).equals("no") || t.lower(c).equals("any"))
          || t.rel(c).equals("case") && t.lower(c).equals("without")) {
        return false; // "no protests were held", "without a fight"
      }
    }
    for (int x = i, guard = 0; x >= 0 && guard < t.size(); x = t.head(x), guard++) {
      for (int c : t.children(x)) {
        String r = t.rel(c);
        String w = t.lower(c);
        if (r.equals("advmod") && (w.equals("not") || w.equals("never") || w.equals("n't"))
            || r.equals("mark") && (w.equals("if") || w.equals("unless") || w.equals("until"))
            || r.equals("case") && w.equals("until")
            || r.equals("aux") && (w.equals("would") || w.equals("will") || w.equals("should"))) {
          return false;
        }
      }
      int h = t.head(x);
      boolean irrealisHead = h >= 0 && EventLexicon.is(t.lemma(h), "irrealis");
      if (irrealisHead && x != i && (t.rel(x).equals("xcomp") || t.rel(x).equals("ccomp")
          || t.rel(x).equals("acl") && t.pos(h).startsWith("NN"))) {
        return false;
      }
      if (irrealisHead && x == i && (t.rel(x).equals("xcomp") || t.rel(x).equals("nsubj:pass")
          || t.pos(x).startsWith("NN") && (t.rel(x).equals("obj") || t.rel(x).startsWith("obl")))) {
        return false; // "ordered them to fire", "called for further demonstrations", "protests were banned"
      }
      // stop at the clause that reports it: what a source says happened counts as stated
      if (Lexicon.SPEECH_VERBS.contains(t.lemma(x)) && x != i) {
        break;
      }
    }
    return true;
  }

  /**
   * True when the trigger names a kind of happening rather than one occurrence: under a generic
   * head ("the rate of murders", "the threat of attacks"), the subject of a trend ("kidnappings
   * have risen"), or said to happen habitually ("protesters often march").
   */
  static boolean generic(DepTree t, int i) {
    int h = t.head(i);
    String r = t.baseRel(i);
    if (h >= 0 && t.pos(i).startsWith("NN") && (r.equals("nmod") || r.equals("compound"))
        && EventLexicon.is(t, h, "generic-head")) {
      return true;
    }
    if (h >= 0 && r.equals("nsubj") && EventLexicon.is(t.lemma(h), "trend-verb")) {
      return true;
    }
    // "many women are attacked on their way to work": the present, said of many, is a habit
    if (present(t, i)) {
      for (int c : t.children(i)) {
        if (t.rel(c).startsWith("nsubj") || t.rel(c).equals("obj")) {
          for (int q : t.children(c)) {
            if (EventLexicon.is(t.lower(q), "generic-quantifier")) {
              return true;
            }
          }
        }
      }
    }
    for (int x : new int[] {i, t.rel(i).equals("xcomp") ? h : -1}) {
      if (x < 0) {
        continue;
      }
      for (int c : t.children(x)) {
        if (t.rel(c).equals("advmod") && EventLexicon.is(t.lower(c), "habitual")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A verb in the simple present ("attack", "are attacked"), not a past or a perfect. */
  private static boolean present(DepTree t, int i) {
    String p = t.pos(i);
    if (p.equals("VBP") || p.equals("VBZ")) {
      return true;
    }
    if (p.equals("VBN")) {
      for (int c : t.children(i)) {
        String w = t.lower(c);
        if (t.rel(c).startsWith("aux") && (w.equals("are") || w.equals("is") || w.equals("am"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A tally over a year or more ("last year, 190 women were killed", "attacks in 2023"): a count
   * of victims or a plural the clause dates no closer than a year.
   */
  boolean yearTally(DepTree t, int i) {
    boolean counted = t.pos(i).equals("NNS");
    for (int c : t.children(i)) {
      if (t.rel(c).startsWith("nsubj") || t.rel(c).equals("obj")) {
        counted |= t.pos(c).equals("CD") || t.child(c, "nummod") >= 0;
      }
    }
    if (!counted) {
      return false; // "an attack in 2020" is one occurrence, dated loosely
    }
    for (int x = i, guard = 0; x >= 0 && guard < t.size(); x = t.head(x), guard++) {
      for (int c : t.children(x)) {
        String r = t.rel(c);
        if (!(r.equals("obl:tmod") || r.startsWith("obl") || r.equals("nmod:tmod"))) {
          continue;
        }
        for (int y : t.subtree(c)) {
          TimeExpr te = ctx.timeAt(t.token(y));
          if (te != null && te.value() != null && YEAR.matcher(te.value()).matches()) {
            return true;
          }
        }
      }
      if (!t.rel(x).equals("conj") && !t.rel(x).equals("xcomp")) {
        break; // only the trigger's own clause
      }
    }
    return false;
  }

  private static final Pattern YEAR =
      Pattern.compile("\\d{3}[\\dX]|\\d{4}/\\d{4}|P\\d+Y|THIS P1Y|PREV_IMMEDIATE P1Y");

  /**
   * True when the trigger is only referred to by what the clause reports: a claim of
   * responsibility for it, an accusation, a denial, sanctions or a trial over it ("claimed
   * responsibility for the attack", "sanctions in response to the chemical attack").
   */
  static boolean referredTo(DepTree t, int i) {
    for (int x = i, guard = 0; t.head(x) >= 0 && guard < t.size(); x = t.head(x), guard++) {
      String r = t.baseRel(x);
      if (r.equals("ccomp") || r.equals("parataxis") || r.equals("conj") && !t.pos(x).startsWith("NN")) {
        return false; // "police suspect militants attacked": a statement of what happened
      }
      int h = t.head(x);
      if (EventLexicon.is(t.lemma(h), "attribution")) {
        return true;
      }
      // "took credit for the bombing", "imposed sanctions over the attack"
      for (int c : t.children(h)) {
        if (c != x && t.rel(c).equals("obj") && EventLexicon.is(t.lemma(c), "attribution")
            && (r.equals("obl") || r.equals("advcl"))) {
          return true;
        }
      }
      if (Lexicon.SPEECH_VERBS.contains(t.lemma(h))) {
        return false;
      }
    }
    return false;
  }

}
