package org.sitrep.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.LedgerClaim;

/**
 * The ledger of one measure and subject kind, and the figure it settles on. See {@link
 * Reconciliation} for the rules.
 */
final class Ledger {
  static final String LATEST = "latest credible figure";
  static final String HIGHEST_LATEST = "highest of the latest credible figures";
  static final String WIDEN = "hedged or partisan figures only widen high";
  static final String NO_CREDIBLE = "no credible figure; " + WIDEN;

  /** One claim as cited by a report, with the date and kind it is reconciled under. */
  record Entry(String article, int index, Claim claim, String asOf, String outlet,
      boolean fromDuplicate) {
    /** The figure the claim states: its low, or its high when it gives only an upper bound. */
    Long figure() {
      return claim.low() != null ? claim.low() : claim.high();
    }

    /** The most it allows: its high, or its low when open-ended ("at least that"). */
    Long upper() {
      return claim.high() != null ? claim.high() : claim.low();
    }
  }

  /** Ledger order: asOf (null last), then article id, then claim index. */
  static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::asOf, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Entry::article)
          .thenComparingInt(Entry::index);

  private Ledger() {}

  static Figure settle(String measure, String kind, List<Entry> group) {
    List<Entry> entries = new ArrayList<>(group);
    entries.sort(ORDER);
    int n = entries.size();
    String[] status = new String[n];
    String[] why = new String[n];

    duplicates(entries, status, why);
    for (int i = 0; i < n; i++) {
      if (status[i] == null) {
        String w = Credibility.widensBecause(entries.get(i).claim());
        if (w != null) {
          status[i] = LedgerClaim.WIDENS_RANGE;
          why[i] = w;
        }
      }
    }
    supersede(entries, status, why);

    List<Entry> counted = new ArrayList<>();
    List<Entry> widening = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (status[i] == null) {
        status[i] = LedgerClaim.COUNTED;
        Entry e = entries.get(i);
        why[i] = Credibility.unattributed(e.claim().source())
            ? "unattributed: the outlet's own reporting"
            : "credible source";
        counted.add(e);
      } else if (status[i].equals(LedgerClaim.WIDENS_RANGE)) {
        widening.add(entries.get(i));
      }
    }

    Long best = null;
    Long low = null;
    Long high = null;
    String rule;
    if (counted.isEmpty()) {
      rule = NO_CREDIBLE;
    } else {
      String latest = null;
      for (Entry e : counted) {
        if (e.asOf() != null && (latest == null || e.asOf().compareTo(latest) > 0)) {
          latest = e.asOf();
        }
      }
      Set<Long> latestFigures = new HashSet<>();
      for (Entry e : counted) {
        if (Objects.equals(e.asOf(), latest) && e.figure() != null) {
          latestFigures.add(e.figure());
          best = max(best, e.figure());
        }
        low = min(low, e.figure());
      }
      rule = latestFigures.size() > 1 ? HIGHEST_LATEST : LATEST;
      if (!widening.isEmpty()) {
        rule += "; " + WIDEN;
      }
    }
    for (Entry e : counted) {
      high = max(high, e.upper());
    }
    for (Entry e : widening) {
      high = max(high, e.upper());
    }

    List<LedgerClaim> claims = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      Claim c = e.claim();
      claims.add(new LedgerClaim(e.article(), e.index(), c.start(), c.end(), c.text(), c.measure(),
          c.subjectKind(), c.low(), c.high(), c.approx(), c.source(), c.hedged(), e.asOf(),
          status[i], why[i]));
    }
    return new Figure(measure, kind, best, low, high, rule, conflict(counted), claims);
  }

  /**
   * A claim of a near-duplicate article that repeats a claim (same low, high and source) already
   * kept from another article. Claims of original articles are kept first, so the copy is the one
   * marked; between two copies, the one first in ledger order is kept.
   */
  private static void duplicates(List<Entry> entries, String[] status, String[] why) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> entries.get(i).fromDuplicate())
        .thenComparingInt(i -> i));
    Map<List<Object>, String> kept = new java.util.HashMap<>();
    for (int i : order) {
      Entry e = entries.get(i);
      Claim c = e.claim();
      List<Object> key = java.util.Arrays.asList(c.low(), c.high(),
          Credibility.sourceKey(c.source()));
      String first = kept.get(key);
      if (e.fromDuplicate() && first != null && !first.equals(e.article())) {
        status[i] = LedgerClaim.DUPLICATE;
        why[i] = "repeats article " + first + " (near-duplicate article)";
      } else if (first == null) {
        kept.put(key, e.article());
      }
    }
  }

  /**
   * Among credible claims: a later figure from the same source supersedes its earlier one; a later
   * higher figure from another source supersedes an earlier lower one. The first superseding claim
   * in ledger order gives the reason. Claims without a date neither supersede nor are superseded.
   */
  private static void supersede(List<Entry> entries, String[] status, String[] why) {
    int n = entries.size();
    boolean[] credible = new boolean[n];
    for (int i = 0; i < n; i++) {
      credible[i] = status[i] == null;
    }
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      if (!credible[i] || e.asOf() == null) {
        continue;
      }
      String speaker = Credibility.speakerKey(e.claim().source(), e.outlet());
      for (int j = 0; j < n; j++) {
        Entry l = entries.get(j);
        if (!credible[j] || l.asOf() == null || l.asOf().compareTo(e.asOf()) <= 0) {
          continue;
        }
        if (speaker.equals(Credibility.speakerKey(l.claim().source(), l.outlet()))) {
          status[i] = LedgerClaim.SUPERSEDED;
          why[i] = "later figure from the same source (" + l.asOf() + ")";
          break;
        }
        if (l.figure() != null && e.figure() != null && l.figure() > e.figure()) {
          status[i] = LedgerClaim.SUPERSEDED;
          why[i] = "later higher figure from " + Credibility.label(l.claim().source(), l.outlet())
              + " (" + l.asOf() + ")";
          break;
        }
      }
    }
  }

  /** Two counted claims whose ranges do not overlap. */
  private static boolean conflict(List<Entry> counted) {
    for (int i = 0; i < counted.size(); i++) {
      for (int j = i + 1; j < counted.size(); j++) {
        if (disjoint(counted.get(i).claim(), counted.get(j).claim())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean disjoint(Claim a, Claim b) {
    return a.high() != null && b.low() != null && a.high() < b.low()
        || b.high() != null && a.low() != null && b.high() < a.low();
  }

  private static Long max(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
  }

  private static Long min(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
  }
}
