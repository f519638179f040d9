package org.sitrep.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * Re-clusters the part of the corpus a new article touches. The candidate graph links reports
 * that {@link Clustering#candidate} may merge; each of its connected components is clustered as
 * a whole. A new article only adds edges, so the components it touches, taken whole with the new
 * reports, are all that can change, and the events that come out are those a batch run over all
 * articles would make, in whatever order the articles arrived.
 */
public final class Recluster {
  private Recluster() {}

  /**
   * @param components each report's component id
   * @param events the events of all those components
   */
  public record Result(Map<ReportRef, String> components, List<CorpusEvent> events) {}

  /**
   * @param reports the new reports and every stored report of the components they touch
   * @param duplicateOf for each near-duplicate article among them, the article it copies
   */
  public static Result of(Collection<Report> reports, Map<String, String> duplicateOf) {
    Map<ReportRef, String> components = new HashMap<>();
    List<CorpusEvent> events = new ArrayList<>();
    for (List<Report> members : components(reports)) {
      // members are in ref order: the first names the component
      String component = componentId(members.get(0).ref());
      members.forEach(r -> components.put(r.ref(), component));
      Clustering.Clusters clusters = Clustering.cluster(members);
      for (List<Report> group : clusters.groups()) {
        events.add(CorpusEvents.of(group, clusters.decisions(), duplicateOf));
      }
    }
    events.sort(Comparator.comparing(CorpusEvent::id));
    return new Result(components, events);
  }

  /**
   * The connected components of the candidate graph, each in report order, in the order of their
   * first reports.
   */
  public static List<List<Report>> components(Collection<Report> reports) {
    List<Report> all = new ArrayList<>(reports);
    all.sort(Comparator.comparing(Report::ref));
    int n = all.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (Clustering.candidate(all.get(i), all.get(j))) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Report>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
    }
    return List.copyOf(byRoot.values());
  }

  static String componentId(ReportRef first) {
    return "C" + Hashes.sha256Hex("component:" + first, 8);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
