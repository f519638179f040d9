package org.sitrep.extract;

import java.util.Set;

/**
 * Words that say a person was hurt without a verb of hurting: "taken to a hospital", "in critical
 * condition", "found with a gunshot wound", "treated for injuries", "suffering from gunshot
 * wounds". Shooting reports tell most survivors this way.
 */
final class HurtStates {
  private HurtStates() {}

  private static final Set<String> WOUNDS = Set.of("wound", "injury", "injuries", "gunshot");
  private static final Set<String> CONDITIONS =
      Set.of("critical", "serious", "stable", "fair", "good", "grave", "satisfactory",
          "life-threatening", "guarded");
  private static final Set<String> CARE =
      Set.of("hospital", "medical", "trauma", "infirmary", "clinic", "emergency", "er");
  /** Verbs that move a person to care: "taken / rushed / airlifted to a hospital". */
  private static final Set<String> MOVES =
      Set.of("take", "transport", "rush", "airlift", "fly", "bring", "drive", "carry", "send",
          "admit", "put", "hospitalize", "hospitalise", "transfer", "remain", "arrive", "walk",
          "show", "go");
  /** Verbs whose object is found or left in a state: "found a man with a gunshot wound". */
  private static final Set<String> FINDS =
      Set.of("find", "discover", "locate", "leave", "see", "take", "transport", "rush", "send",
          "put", "airlift", "bring", "treat");

  /**
   * "injured" when the words around predicate {@code p} say that its argument {@code a} (related
   * to it by {@code rel}) was hurt; else null.
   */
  static String of(DepTree t, int p, int a, String rel) {
    // "..., Perkins said": the speaker of a report of someone hurt is not the one hurt
    boolean subject = rel.startsWith("nsubj") && t.child(p, "obj") < 0
        && !Lexicon.SPEECH_VERBS.contains(t.lemma(p));
    boolean object = rel.equals("obj") && FINDS.contains(t.lemma(p));
    if (!subject && !object) {
      return null;
    }
    if (rel.startsWith("nsubj") && (t.lemma(p).equals("recover") || t.lemma(p).equals("survive"))
        && !Factuality.negated(t, p)) {
      return "injured"; // "a parking attendant is recovering after being shot"
    }
    // "he is in critical condition": the condition is the predicate
    if (t.lemma(p).equals("condition") && conditionWord(t, p)) {
      return "injured";
    }
    for (int x : new int[] {p, a}) {
      for (int c : t.children(x)) {
        if (hurtModifier(t, c, x == p ? t.lemma(p) : "")) {
          return "injured";
        }
      }
    }
    return null;
  }

  private static boolean hurtModifier(DepTree t, int c, String verb) {
    String r = t.rel(c);
    String kase = t.caseWord(c);
    String lemma = t.lemma(c);
    if (r.startsWith("obl") || r.startsWith("nmod")) {
      if ((kase.equals("with") || kase.equals("from") || kase.equals("for"))
          && (WOUNDS.contains(lemma) || WOUNDS.contains(t.lower(c)))) {
        return true; // "with a gunshot wound", "suffering from wounds", "treated for injuries"
      }
      if (kase.equals("in") && lemma.equals("condition") && conditionWord(t, c)) {
        return true; // "listed in critical condition"
      }
      if ((kase.equals("to") || kase.equals("at") || kase.equals("in")) && MOVES.contains(verb)
          && careWord(t, c)) {
        return true; // "taken to a hospital", "remains at the hospital"
      }
    }
    // "found a man suffering from a gunshot wound"
    if ((r.equals("xcomp") || r.startsWith("acl") || r.equals("advcl"))
        && (t.lemma(c).equals("suffer") || t.lemma(c).equals("bleed"))) {
      for (int cc : t.children(c)) {
        if (WOUNDS.contains(t.lemma(cc)) || t.lemma(c).equals("bleed")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean conditionWord(DepTree t, int condition) {
    for (int c : t.children(condition)) {
      if (CONDITIONS.contains(t.lower(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean careWord(DepTree t, int place) {
    if (CARE.contains(t.lower(place))) {
      return true;
    }
    for (int c : t.children(place)) {
      if ((t.rel(c).equals("compound") || t.rel(c).equals("amod")) && CARE.contains(t.lower(c))) {
        return true;
      }
    }
    return false;
  }
}
