package org.sitrep.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sitrep.model.corpus.MergeDecision;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * Which reports are one real event. Blocking (same country, date ranges within {@link
 * #WINDOW_DAYS}), then a pair score summed from explained feature weights, then a deterministic
 * clustering of each candidate component: the result depends on the set of reports, never on the
 * order they arrived in.
 *
 * <p>The weights are log-odds in the manner of Splink's match weights: positive where a feature
 * is more likely for two reports of one event than for two events in the same country and week.
 * Place and day alone are weak: a city sees several shootings or protests on one day, so a merge
 * needs what tells incidents apart as well, the figures, the names, the wording.
 */
public final class Clustering {
  /** Reports whose date ranges lie further apart than this are never compared. */
  public static final int WINDOW_DAYS = 3;

  /** Two groups merge when their reports' average pair score reaches this. */
  public static final double MERGE = 4.0;

  /**
   * A pair scoring this much is an edge of the candidate graph. Average linkage only merges two
   * groups with a pair across them at {@link #MERGE} or more, so components linked by such pairs
   * cluster exactly as the whole corpus would, and stay small.
   */
  public static final double CANDIDATE = MERGE;

  /**
   * No group merges with another when any pair across them scores below this: complete linkage's
   * guard, so that a vague report cannot chain two distinct incidents through its average.
   */
  public static final double VETO = -1.0;

  private Clustering() {}

  /** A pair's score and the contribution of each feature, in words. */
  public record PairScore(double score, List<String> reasons) {}

  /** The reports grouped into events, and the decisions on every compared pair. */
  public record Clusters(List<List<Report>> groups, List<MergeDecision> decisions) {}

  /** Whether two reports are compared at all (same country, dates within the window). */
  public static boolean blocked(Report a, Report b) {
    if (a.country() == null || !a.country().equals(b.country())) {
      return false;
    }
    Long gap = PairScores.gapDays(a, b);
    return gap != null && gap <= WINDOW_DAYS;
  }

  public static PairScore score(Report a, Report b) {
    return PairScores.score(a, b, true);
  }

  /**
   * Whether two reports are linked in the candidate graph whose connected components are
   * clustered together: blocked together and scoring high enough to possibly merge.
   */
  public static boolean candidate(Report a, Report b) {
    return blocked(a, b) && PairScores.score(a, b, false).score() >= CANDIDATE;
  }

  /** Groups reports into events; the same set gives the same groups in any order. */
  public static Clusters cluster(Collection<Report> reports) {
    List<Report> all = new ArrayList<>(byRef(reports).values());
    int n = all.size();
    double[][] score = new double[n][n];
    boolean[][] compared = new boolean[n][n];
    boolean[][] cannot = new boolean[n][n];
    List<PairScore> scores = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Report a = all.get(i);
        Report b = all.get(j);
        cannot[i][j] = cannot[j][i] = cannotLink(a, b);
        if (blocked(a, b)) {
          PairScore p = score(a, b);
          score[i][j] = score[j][i] = p.score();
          compared[i][j] = compared[j][i] = true;
          scores.add(p);
          pairs.add(new int[] {i, j});
        }
      }
    }
    int[] group = agglomerate(n, score, compared, cannot);
    List<MergeDecision> decisions = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      int i = pairs.get(k)[0];
      int j = pairs.get(k)[1];
      PairScore p = scores.get(k);
      decisions.add(new MergeDecision(all.get(i).ref(), all.get(j).ref(), p.score(),
          group[i] == group[j], p.reasons()));
    }
    Map<Integer, List<Report>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) { // the lowest index names a group: groups in ref order
      groups.computeIfAbsent(group[i], k -> new ArrayList<>()).add(all.get(i));
    }
    return new Clusters(List.copyOf(groups.values()), decisions);
  }

  /**
   * Average-linkage agglomeration with a complete-linkage veto: repeatedly merges the two groups
   * with the highest average pair score (uncompared pairs count as a veto), ties to the lowest
   * indexes, while it reaches {@link #MERGE}.
   */
  private static int[] agglomerate(int n, double[][] score, boolean[][] compared,
      boolean[][] cannot) {
    double[][] sum = new double[n][n];
    double[][] min = new double[n][n];
    boolean[][] blockedOut = new boolean[n][n];
    int[] size = new int[n];
    int[] group = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      group[i] = i;
      alive[i] = true;
      for (int j = 0; j < n; j++) {
        sum[i][j] = score[i][j];
        min[i][j] = compared[i][j] ? score[i][j] : Double.NEGATIVE_INFINITY;
        blockedOut[i][j] = cannot[i][j];
      }
    }
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (!alive[j] || blockedOut[i][j] || min[i][j] < VETO) {
            continue;
          }
          double avg = sum[i][j] / (size[i] * (double) size[j]);
          if (avg > best) {
            best = avg;
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0 || best < MERGE) {
        break;
      }
      // merge bj into bi (bi < bj, so the group keeps its lowest index)
      for (int k = 0; k < n; k++) {
        if (!alive[k] || k == bi || k == bj) {
          continue;
        }
        sum[bi][k] = sum[k][bi] = sum[bi][k] + sum[bj][k];
        min[bi][k] = min[k][bi] = Math.min(min[bi][k], min[bj][k]);
        blockedOut[bi][k] = blockedOut[k][bi] = blockedOut[bi][k] || blockedOut[bj][k];
      }
      size[bi] += size[bj];
      alive[bj] = false;
      for (int k = 0; k < n; k++) {
        if (group[k] == bj) {
          group[k] = bi;
        }
      }
    }
    return group;
  }

  /**
   * Two events of one article are one corpus event only if they agree on type, sub-type, date and
   * place: the extractor split them for a reason.
   */
  static boolean cannotLink(Report a, Report b) {
    return a.article().equals(b.article())
        && !(Objects.equals(a.type(), b.type())
            && Objects.equals(a.subType(), b.subType())
            && Objects.equals(a.date(), b.date())
            && Objects.equals(a.place(), b.place()));
  }

  private static Map<ReportRef, Report> byRef(Collection<Report> reports) {
    Map<ReportRef, Report> m = new TreeMap<>();
    for (Report r : reports) {
      m.put(r.ref(), r);
    }
    return m;
  }

}
