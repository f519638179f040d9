package org.sitrep.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.MergeDecision;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * Makes one corpus event of the reports clustering grouped: its id, type, date, place and actors
 * by the reports' majority, and its figures by {@link Reconciliation}. A function of the set of
 * reports: any arrival order gives the same event.
 */
public final class CorpusEvents {
  private static final int NOTES_MAX = 500;

  private CorpusEvents() {}

  /**
   * @param group the reports of one event
   * @param decisions merge decisions; those that involve a report of the group are kept
   * @param duplicateOf for each near-duplicate article, the article it copies
   */
  public static CorpusEvent of(
      List<Report> group, List<MergeDecision> decisions, Map<String, String> duplicateOf) {
    if (group.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one report");
    }
    // canonical order: earliest report first, so "first report" means the same in any run
    List<Report> reports = new ArrayList<>(group);
    reports.sort(
        Comparator.comparing((Report r) -> r.published() == null ? "9999" : r.published())
            .thenComparing(Report::ref));
    List<ReportRef> refs = reports.stream().map(Report::ref).sorted().toList();

    Report typed = majority(reports, r -> r.type() + "|" + r.subType());
    Report located = bestPlace(reports);
    Report acting = majority(reports, r -> r.actor1() == null ? null : r.actor1() + "|" + r.actor2());
    if (acting == null || acting.actor1() == null) {
      acting = typed;
    }
    String[] dates = dates(reports);
    List<Figure> figures = Reconciliation.figures(reports, duplicateOf);

    Set<String> articles = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Report r : reports) {
      // a copy is listed as its original: the same report, not a second source
      articles.add(duplicateOf.getOrDefault(r.article(), r.article()));
      if (r.outlet() != null && !r.outlet().isBlank()) {
        sources.add(r.outlet().strip());
      }
    }
    Set<ReportRef> members = Set.copyOf(refs);
    List<MergeDecision> own = decisionsOf(members, decisions);
    return new CorpusEvent(
        id(refs.get(0)),
        typed.type(),
        typed.subType(),
        typed.plover(),
        dates[0],
        dates[1],
        dates[2],
        located.place(),
        located.placeName(),
        located.country(),
        located.admin1Name(),
        located.lat(),
        located.lon(),
        located.geoPrecision(),
        acting.actor1(),
        acting.actor2(),
        Reconciliation.fatalities(figures),
        figures,
        refs,
        List.copyOf(articles),
        acting.actor1Kind(),
        acting.actor2Kind(),
        notes(reports),
        List.copyOf(sources),
        own);
  }

  /**
   * The event's id: "E" and 12 hex digits of a hash of its first report (in article-id order).
   * The same reports give the same id in any arrival order; an event that gains an earlier
   * report changes id, as a merged event should.
   */
  public static String id(ReportRef first) {
    return "E" + Hashes.sha256Hex(first.toString(), 6);
  }

  /**
   * The decisions that explain an event: every merge between its reports, and the closest calls
   * that kept other reports out (at most {@link #KEPT_APART_SHOWN}, best score first). All the
   * pairs a component compared would grow with the square of its size.
   */
  static List<MergeDecision> decisionsOf(Set<ReportRef> members, List<MergeDecision> decisions) {
    List<MergeDecision> merged = new ArrayList<>();
    List<MergeDecision> apart = new ArrayList<>();
    for (MergeDecision d : decisions) {
      boolean a = members.contains(d.a());
      boolean b = members.contains(d.b());
      if (a && b && d.merged()) {
        merged.add(d);
      } else if (a || b) {
        apart.add(d);
      }
    }
    Comparator<MergeDecision> byPair = Comparator.comparing(MergeDecision::a).thenComparing(MergeDecision::b);
    apart.sort(Comparator.comparingDouble(MergeDecision::score).reversed().thenComparing(byPair));
    List<MergeDecision> shown = new ArrayList<>(merged);
    shown.addAll(apart.subList(0, Math.min(KEPT_APART_SHOWN, apart.size())));
    shown.sort(byPair);
    return shown;
  }

  static final int KEPT_APART_SHOWN = 5;

  /** The report whose key is most frequent; ties go to the earliest report. */
  private static Report majority(List<Report> reports, Function<Report, String> key) {
    Map<String, Integer> counts = new HashMap<>();
    for (Report r : reports) {
      String k = key.apply(r);
      if (k != null) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    Report best = null;
    int bestCount = 0;
    for (Report r : reports) {
      String k = key.apply(r);
      if (k != null && counts.get(k) > bestCount) {
        best = r;
        bestCount = counts.get(k);
      }
    }
    return best == null ? reports.get(0) : best;
  }

  /** The most precise place (lowest geo-precision); among equals, the most often named. */
  private static Report bestPlace(List<Report> reports) {
    Map<Long, Integer> counts = new HashMap<>();
    reports.forEach(r -> counts.merge(r.place() == null ? -1L : r.place(), 1, Integer::sum));
    Comparator<Report> order =
        Comparator.comparing((Report r) -> r.place() == null ? 1 : 0)
            .thenComparing(r -> r.geoPrecision() == null ? 9 : r.geoPrecision())
            .thenComparing(r -> -counts.get(r.place() == null ? -1L : r.place()));
    return reports.stream().min(order).orElseThrow(); // stable: ties keep the earliest report
  }

  /**
   * [date, earliest, latest]: the days every report allows (their ranges' intersection), or
   * their union when they disagree; the date is the most often reported exact day, else the
   * latest day the event can have happened on.
   */
  private static String[] dates(List<Report> reports) {
    String lo = null;
    String hi = null;
    String minLo = null;
    String maxHi = null;
    for (Report r : reports) {
      if (r.dateEarliest() == null) {
        continue;
      }
      lo = lo == null || r.dateEarliest().compareTo(lo) > 0 ? r.dateEarliest() : lo;
      hi = hi == null || r.dateLatest().compareTo(hi) < 0 ? r.dateLatest() : hi;
      minLo = minLo == null || r.dateEarliest().compareTo(minLo) < 0 ? r.dateEarliest() : minLo;
      maxHi = maxHi == null || r.dateLatest().compareTo(maxHi) > 0 ? r.dateLatest() : maxHi;
    }
    if (lo == null) {
      return new String[] {null, null, null};
    }
    if (lo.compareTo(hi) > 0) {
      lo = minLo;
      hi = maxHi;
    }
    Report exact = majority(reports, r -> Objects.equals(r.dateEarliest(), r.dateLatest()) ? r.date() : null);
    String date =
        exact.date() != null && Objects.equals(exact.dateEarliest(), exact.dateLatest())
            ? exact.date()
            : hi;
    return new String[] {date, lo, hi};
  }

  private static String notes(List<Report> reports) {
    for (Report r : reports) {
      if (r.sentence() != null && !r.sentence().isBlank()) {
        String s = r.sentence();
        return s.length() <= NOTES_MAX ? s : s.substring(0, NOTES_MAX - 1) + "…";
      }
    }
    return null;
  }
}
