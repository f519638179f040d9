package org.sitrep.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Statement;

/**
 * Scores statements against gold attributions (PolNeAR's source, cue and content spans). A gold
 * attribution is found when a statement's content overlaps its content and the statement's
 * source is right: its mention overlaps the gold source, or its name shares a word with it (a
 * gold attribution without a source wants a statement without one). Precision is the share of
 * statements whose content overlaps some gold content. Pure: no I/O.
 */
public final class AttributionScore {
  private AttributionScore() {}

  /** One gold attribution: its spans as {start, end} pairs, source empty when none is named. */
  public record Gold(List<int[]> source, List<int[]> content, String sourceText) {
    public boolean pronounSource() {
      return PRONOUNS.contains(sourceText.toLowerCase(Locale.ROOT).strip());
    }
  }

  /** What happened to one gold attribution, for --details. */
  public record Outcome(Gold gold, Statement best, boolean contentFound, boolean found) {}

  /** Sums over articles. */
  public record Totals(int gold, int goldPronoun, int statements, int statementsOnGold,
      int contentFound, int contentFoundPronoun, int found, int foundPronoun) {
    static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0);

    Totals plus(Totals o) {
      return new Totals(gold + o.gold, goldPronoun + o.goldPronoun, statements + o.statements,
          statementsOnGold + o.statementsOnGold, contentFound + o.contentFound,
          contentFoundPronoun + o.contentFoundPronoun, found + o.found, foundPronoun + o.foundPronoun);
    }

    public double precision() {
      return statementsOnGold / (double) Math.max(1, statements);
    }

    public double recall() {
      return found / (double) Math.max(1, gold);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their",
          "who", "which", "that");

  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "and", "in", "for", "to", "on", "at", "'s", "s");

  /** Scores one article; {@code outcomes} receives one entry per gold attribution when not null. */
  public static Totals score(List<Gold> gold, List<Statement> statements, List<Outcome> outcomes) {
    int onGold = 0;
    for (Statement s : statements) {
      for (Gold g : gold) {
        if (overlaps(s.start(), s.end(), g.content())) {
          onGold++;
          break;
        }
      }
    }
    int goldPronoun = 0, content = 0, contentPronoun = 0, found = 0, foundPronoun = 0;
    for (Gold g : gold) {
      boolean pronoun = g.pronounSource();
      goldPronoun += pronoun ? 1 : 0;
      Statement best = null;
      boolean right = false;
      for (Statement s : statements) {
        if (!overlaps(s.start(), s.end(), g.content())) {
          continue;
        }
        if (best == null) {
          best = s;
        }
        if (sourceRight(s, g)) {
          best = s;
          right = true;
          break;
        }
      }
      if (best != null) {
        content++;
        contentPronoun += pronoun ? 1 : 0;
      }
      if (right) {
        found++;
        foundPronoun += pronoun ? 1 : 0;
      }
      if (outcomes != null) {
        outcomes.add(new Outcome(g, best, best != null, right));
      }
    }
    return new Totals(gold.size(), goldPronoun, statements.size(), onGold, content, contentPronoun,
        found, foundPronoun);
  }

  static boolean sourceRight(Statement s, Gold g) {
    if (g.source().isEmpty()) {
      return s.sourceStart() == null;
    }
    if (s.sourceStart() != null && overlaps(s.sourceStart(), s.sourceEnd(), g.source())) {
      return true;
    }
    Set<String> ours = words(s.source().name());
    ours.retainAll(words(g.sourceText()));
    return !ours.isEmpty();
  }

  private static boolean overlaps(int start, int end, List<int[]> spans) {
    for (int[] sp : spans) {
      if (start < sp[1] && sp[0] < end) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    if (s == null) {
      return out;
    }
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !STOP.contains(w) && !PRONOUNS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Sums a list of per-article totals. */
  public static Totals sum(List<Totals> all) {
    Totals t = Totals.ZERO;
    for (Totals a : all) {
      t = t.plus(a);
    }
    return t;
  }
}
