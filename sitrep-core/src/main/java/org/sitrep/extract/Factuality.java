package org.sitrep.extract;

import java.util.Set;

/** Whether a predicate tells what happened: not negated, not only intended or conditional. */
final class Factuality {
  private Factuality() {}

  /** Verbs whose infinitive is only intended: "threatened to kill him", "tried to shoot her". */
  static final Set<String> INTENT =
      Set.of("threaten", "try", "attempt", "want", "plan", "vow", "intend", "order", "ask",
          "promise", "refuse", "decide", "mean", "go", "threat");

  /** Adjectives over a clause that leave it open: "it is possible (that) a man was shot". */
  private static final Set<String> UNCERTAIN =
      Set.of("possible", "unclear", "unknown", "uncertain", "unconfirmed");

  private static final Set<String> UNREAL_AUX =
      Set.of("will", "would", "could", "can", "should", "wo", "'ll", "must");

  static boolean hasChild(DepTree t, int p, String word) {
    for (int c : t.children(p)) {
      if (t.lower(c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb tells what did not (yet) happen: an infinitive of intent ("threatened to kill
   * him") or a verb with "would", "will", "could" ("he would kill her").
   */
  static boolean unreal(DepTree t, int p) {
    for (int c : t.children(p)) {
      if (t.rel(c).equals("aux") && UNREAL_AUX.contains(t.lower(c))) {
        return true;
      }
    }
    int mark = t.child(p, "mark");
    if (mark >= 0 && t.lower(mark).equals("to") && t.head(p) >= 0) {
      return INTENT.contains(t.lemma(t.head(p)));
    }
    // "it is unclear whether anyone was hit", "it's possible a person was shot"
    if (mark >= 0 && (t.lower(mark).equals("whether") || t.lower(mark).equals("if"))) {
      return true;
    }
    return t.head(p) >= 0 && UNCERTAIN.contains(t.lemma(t.head(p)))
        && (t.rel(p).equals("ccomp") || t.rel(p).startsWith("csubj"));
  }

  /** Whether a verb is negated: "were not injured", "wasn't hurt". */
  static boolean negated(DepTree t, int p) {
    for (int c : t.children(p)) {
      String w = t.lower(c);
      if ((t.rel(c).equals("advmod") || t.rel(c).equals("neg"))
          && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
    }
    return false;
  }
}
