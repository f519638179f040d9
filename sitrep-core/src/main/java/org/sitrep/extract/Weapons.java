package org.sitrep.extract;

import java.util.Collection;
import java.util.Set;

/**
 * The weapons of ACLED's explosions/remote violence in a stretch of a sentence, by sub-event type
 * (classes {@code weapon:*} of event-words.tsv). A weapon word counts as a weapon only where it
 * names one: "petrol bomb", "tear gas" and "coal mine" do not, nor does "bomb" in "bomb squad";
 * "chemical", "poison" or "toxic" make a gas, an attack or a weapon chemical.
 */
final class Weapons {
  private Weapons() {}

  /** What "air" and "aerial" must modify to name an air strike ("air raid", not "air defence"). */
  private static final Set<String> AIR_HEADS = Set.of("strike", "raid", "attack", "bombardment",
      "bombing", "force", "assault", "campaign", "operation", "power", "support");

  /** The weapon class ("weapon:grenade") token x names, or null. */
  static String of(DepTree t, int x) {
    String l = t.lemma(x);
    String w = t.lower(x);
    if (EventLexicon.is(l, "chemical-head") && hasModifier(t, x, "chemical-modifier")) {
      return "weapon:chemical";
    }
    String cls = EventLexicon.weapon(l);
    if (cls == null) {
      cls = EventLexicon.weapon(w);
    }
    if (cls == null) {
      return null;
    }
    if (hasModifier(t, x, "harmless-modifier")) {
      return null;
    }
    int h = t.head(x);
    String r = t.rel(x);
    boolean modifier = r.equals("compound") || r.equals("amod");
    if (modifier && h >= 0 && EventLexicon.is(t, h, "harmless-head")) {
      return null;
    }
    if ((l.equals("air") || l.equals("aerial")) && (!modifier || h < 0 || !AIR_HEADS.contains(t.lemma(h)))) {
      return null;
    }
    if (l.equals("nerve") && (h < 0 || !t.lemma(h).equals("agent"))
        && !hasChild(t, x, "agent")) {
      return null;
    }
    return cls;
  }

  /** The most specific weapon class among the tokens, or null. */
  static String in(DepTree t, Collection<Integer> tokens) {
    int best = Integer.MAX_VALUE;
    for (int x : tokens) {
      String cls = of(t, x);
      if (cls == null && selfDetonation(t, x)) {
        cls = "weapon:suicide";
      }
      if (cls != null) {
        best = Math.min(best, EventLexicon.WEAPON_ORDER.indexOf(cls));
      }
    }
    return best == Integer.MAX_VALUE ? null : EventLexicon.WEAPON_ORDER.get(best);
  }

  /** ACLED's sub-event type for a weapon class. */
  static String subType(String weaponClass) {
    return switch (weaponClass == null ? "" : weaponClass) {
      case "weapon:chemical" -> "Chemical weapon";
      case "weapon:suicide" -> "Suicide bomb";
      case "weapon:air" -> "Air/drone strike";
      case "weapon:shelling" -> "Shelling/artillery/missile attack";
      case "weapon:grenade" -> "Grenade";
      default -> "Remote explosive/landmine/IED";
    };
  }

  /** "blew himself up": a suicide bombing named by its act. */
  private static boolean selfDetonation(DepTree t, int x) {
    if (!t.lemma(x).equals("blow")) {
      return false;
    }
    for (int c : t.children(x)) {
      String w = t.lower(c);
      if (w.equals("himself") || w.equals("herself") || w.equals("themselves")
          || w.equals("themself")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasModifier(DepTree t, int x, String cls) {
    for (int c : t.children(x)) {
      String r = t.rel(c);
      if ((r.equals("amod") || r.equals("compound") || r.equals("nmod")
          || r.equals("obl:npmod")) && EventLexicon.is(t.lemma(c), cls)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChild(DepTree t, int x, String lemma) {
    for (int c : t.children(x)) {
      if (t.lemma(c).equals(lemma)) {
        return true;
      }
    }
    return false;
  }
}
