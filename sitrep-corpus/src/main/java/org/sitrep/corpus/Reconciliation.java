package org.sitrep.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Claim;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.Report;

/**
 * Settles the figures of one event: per measure and subject kind, the ledger of every claim and a
 * best / low / high estimate as UCDP's GED defines them, with the rule that chose them.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li><b>Groups.</b> Claims are grouped by measure and a normalised subject kind. Subjects that
 *       mean people in general become {@code all}: no subject kind, "people"/"persons", and the
 *       extractor's {@code civilians} when the subject's words are generic ("people", "person",
 *       "man", "victims", "individuals"...; the extractor's Lexicon maps these to civilians, but
 *       "12 people were killed" is not a count of non-combatants). Specific kinds stay apart
 *       (civilians, protesters, rioters, rebels, political militia); police, military and
 *       security are merged into {@code state forces}, as the extractor already does.
 *   <li><b>Dates.</b> A claim's asOf is its own, else its article's publication day.
 *   <li><b>Same claim.</b> A claim (article and claim index) cited by several reports of the
 *       event appears once.
 *   <li><b>Duplicate.</b> A claim of a near-duplicate article ({@code duplicateOf} has it) that
 *       repeats a claim of another article in the group (same low, high, and source name, or both
 *       unattributed) is {@code duplicate} and never counted.
 *   <li><b>Widening.</b> Hedged claims (may, reportedly...), vague ones ("dozens") and partisan
 *       ones (source kind {@code rebels}, or a source name with opposition, rebel, insurgent,
 *       militant, separatist, jihadist) are {@code widens-range}: they may raise high but never set
 *       best or low. Unattributed unhedged claims are credible: in local news most figures are
 *       the reporter's own, unattributed (as in the GVA's data), and the outlet stands behind
 *       them.
 *   <li><b>Supersession.</b> Among credible claims, a later figure (strictly later asOf) from the
 *       same source (normalised name; kind when the name is missing; the outlet for unattributed
 *       figures) supersedes the earlier one, and a later higher figure from another source
 *       supersedes an earlier lower one (tolls rise as bodies are counted). A later lower figure
 *       from another source supersedes nothing: both stand. Undated claims neither supersede nor
 *       are superseded. The rest are {@code counted}.
 *   <li><b>Estimates.</b> A claim's figure is its low, or its high when it states only an upper
 *       bound. best = the figure of the latest counted claim; when several share the latest asOf,
 *       the highest of them, the most complete count (rule {@value Ledger#HIGHEST_LATEST} when
 *       they differ, else {@value Ledger#LATEST}). low = the lowest figure of the counted claims.
 *       high = the highest of the counted and widening claims' highs, or lows when open-ended
 *       ("at least that"). When widening claims exist, the rule adds "; {@value Ledger#WIDEN}".
 *       With no counted claim, best and low are null and the rule is {@value
 *       Ledger#NO_CREDIBLE}. conflict = two counted claims with disjoint ranges.
 * </ol>
 *
 * <p>The result does not depend on the order of the reports: ledgers are ordered by asOf (null
 * last), article id and claim index; figures by measure (killed, injured, arrested, detained,
 * missing, displaced, participants, attackers, deployed, damaged, other, then any other name) and
 * subject kind ({@code all} first, then alphabetically).
 */
public final class Reconciliation {
  private static final List<String> MEASURES =
      List.of("killed", "injured", "arrested", "detained", "missing", "displaced",
          "participants", "attackers", "deployed", "damaged", "other");

  private static final Comparator<String> MEASURE_ORDER =
      Comparator.comparingInt((String m) -> MEASURES.contains(m) ? MEASURES.indexOf(m)
          : MEASURES.size()).thenComparing(Comparator.naturalOrder());

  private static final Comparator<String> KIND_ORDER =
      Comparator.comparing((String k) -> !k.equals(Credibility.ALL))
          .thenComparing(Comparator.naturalOrder());

  private Reconciliation() {}

  /**
   * @param reports the reports of one event, with their claims
   * @param duplicateOf for each near-duplicate article, the article it copies
   */
  public static List<Figure> figures(List<Report> reports, Map<String, String> duplicateOf) {
    Map<String, String> dup = duplicateOf == null ? Map.of() : duplicateOf;
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(Report::article).thenComparingInt(Report::index));
    Set<String> seen = new HashSet<>();
    Map<String, Map<String, List<Ledger.Entry>>> groups = new TreeMap<>(MEASURE_ORDER);
    for (Report r : sorted) {
      for (int i = 0; i < r.claims().size(); i++) {
        Claim c = r.claims().get(i);
        int index = r.claimIndexes().get(i);
        if (c == null || c.measure() == null || !seen.add(r.article() + "\u0000" + index)) {
          continue;
        }
        String asOf = c.asOf() != null ? c.asOf() : r.published();
        Ledger.Entry e = new Ledger.Entry(r.article(), index, c, asOf, r.outlet(),
            dup.containsKey(r.article()));
        groups.computeIfAbsent(c.measure(), m -> new TreeMap<>(KIND_ORDER))
            .computeIfAbsent(Credibility.kind(c), k -> new ArrayList<>())
            .add(e);
      }
    }
    List<Figure> figures = new ArrayList<>();
    groups.forEach((measure, byKind) -> byKind.forEach(
        (kind, entries) -> figures.add(Ledger.settle(measure, kind, entries))));
    return figures;
  }

  /**
   * The event's fatalities: its best killed figure, or null when no claim counts the dead. The
   * best of killed/{@code all}; without it, the sum of the specific kinds' bests (the kinds are
   * disjoint groups); with both, the larger of the two.
   */
  public static Integer fatalities(List<Figure> figures) {
    Long all = null;
    Long sum = null;
    for (Figure f : figures) {
      if (!"killed".equals(f.measure()) || f.best() == null) {
        continue;
      }
      if (Credibility.ALL.equals(f.subjectKind())) {
        all = all == null ? f.best() : Math.max(all, f.best());
      } else {
        sum = (sum == null ? 0 : sum) + f.best();
      }
    }
    Long total = all == null ? sum : sum == null ? all : Long.valueOf(Math.max(all, sum));
    return total == null ? null : Math.toIntExact(Math.min(total, Integer.MAX_VALUE));
  }
}
