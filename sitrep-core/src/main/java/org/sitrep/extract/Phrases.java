package org.sitrep.extract;

import java.util.Set;

/** Noun phrases read off a dependency tree, as text of the original article. */
final class Phrases {
  private Phrases() {}

  /** Relations whose subtrees are not part of the phrase a noun heads. */
  private static final Set<String> CLAUSAL =
      Set.of("acl", "acl:relcl", "punct", "dep", "parataxis", "appos", "advcl", "nummod", "cc:preconj");

  /**
   * The phrase headed by token {@code head}: its compounds, adjectives and "of" modifiers, without
   * determiners, relative clauses or counts ("the 18 police officers who died" → "police officers").
   */
  static String nounPhrase(DepTree t, int head, String text) {
    return nounPhrase(t, head, text, Set.of());
  }

  static String nounPhrase(DepTree t, int head, String text, Set<Integer> exclude) {
    int[] span = span(t, head, exclude);
    return text.substring(span[0], span[1]);
  }

  /** Where the phrase headed by {@code head} lies in the text: {start, end}. */
  static int[] span(DepTree t, int head) {
    return span(t, head, Set.of());
  }

  private static int[] span(DepTree t, int head, Set<Integer> exclude) {
    boolean[] in = new boolean[t.size()];
    mark(t, head, in, exclude, true);
    int lo = head;
    int hi = head;
    while (lo - 1 >= 0 && in[lo - 1]) {
      lo--;
    }
    while (hi + 1 < t.size() && in[hi + 1]) {
      hi++;
    }
    // no leading determiner, preposition or punctuation
    while (lo < hi && isLeadingNoise(t, lo)) {
      lo++;
    }
    while (hi > lo && (t.pos(hi).equals(",") || t.pos(hi).equals("CC") || t.pos(hi).equals("IN"))) {
      hi--;
    }
    return new int[] {t.token(lo).start(), t.token(hi).end()};
  }

  private static boolean isLeadingNoise(DepTree t, int i) {
    String p = t.pos(i);
    // counts and their approximators are the claim's, not the subject's: "more than 200 people"
    return p.equals("DT") || p.equals("IN") || p.equals(",") || p.equals("CC") || p.equals("``")
        || p.equals("''") || p.equals("CD") || p.equals("RB") || p.equals("JJR") || p.equals("RBS");
  }

  private static void mark(DepTree t, int i, boolean[] in, Set<Integer> exclude, boolean top) {
    if (exclude.contains(i) || in[i]) {
      return; // in[i]: a malformed tree with a cycle must not recurse forever
    }
    in[i] = true;
    for (int c : t.children(i)) {
      String r = t.rel(c);
      if (CLAUSAL.contains(r) || (top && (r.equals("case") || r.equals("det")))
          || t.lower(c).equals("several") || t.lower(c).equals("many")
          || r.startsWith("nsubj") || r.equals("obj") || r.equals("cop") || r.equals("aux")
          || r.startsWith("obl") || r.equals("mark") || r.equals("advmod")) {
        continue;
      }
      mark(t, c, in, exclude, false);
    }
  }
}
