package org.sitrep.corpus;

import java.util.Collection;
import java.util.List;
import org.sitrep.model.corpus.MergeDecision;
import org.sitrep.model.corpus.Report;

/**
 * Which reports are one real event. Blocking (same country, date ranges within {@link
 * #WINDOW_DAYS}), then a pair score summed from explained feature weights, then a deterministic
 * clustering of each candidate component: the result depends on the set of reports, never on the
 * order they arrived in.
 */
public final class Clustering {
  /** Reports whose date ranges lie further apart than this are never compared. */
  public static final int WINDOW_DAYS = 3;

  private Clustering() {}

  /** A pair's score and the contribution of each feature, in words. */
  public record PairScore(double score, List<String> reasons) {}

  /** The reports grouped into events, and the decisions on every compared pair. */
  public record Clusters(List<List<Report>> groups, List<MergeDecision> decisions) {}

  /** Whether two reports are compared at all (same country, dates within the window). */
  public static boolean blocked(Report a, Report b) {
    throw new UnsupportedOperationException("TODO");
  }

  public static PairScore score(Report a, Report b) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Whether two reports are linked in the candidate graph whose connected components are
   * clustered together: blocked together and scoring high enough to possibly merge.
   */
  public static boolean candidate(Report a, Report b) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Groups reports into events; the same set gives the same groups in any order. */
  public static Clusters cluster(Collection<Report> reports) {
    throw new UnsupportedOperationException("TODO");
  }
}
