package org.sitrep.store;

import static org.sitrep.store.Sql.chunks;
import static org.sitrep.store.Sql.marks;
import static org.sitrep.store.Sql.reports;
import static org.sitrep.store.Sql.setStrings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/** The store's reads of reports for clustering: near in place and time, and by component. */
final class ReportReads {
  private final Dialect dialect;
  private final ReadTransactions tx;

  ReportReads(Dialect dialect, ReadTransactions tx) {
    this.dialect = dialect;
    this.tx = tx;
  }

  List<Report> reportsNear(String country, String from, String to) {
    return tx.read(
        "read reports",
        c -> {
          // (country, date_earliest) is indexed: the country and the upper bound narrow it
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT body FROM reports WHERE country = ? AND date_earliest <= ?"
                      + " AND date_latest >= ? ORDER BY "
                      + dialect.textOrder("article")
                      + ", idx")) {
            ps.setString(1, country);
            ps.setString(2, to);
            ps.setString(3, from);
            return reports(ps);
          }
        });
  }

  Map<ReportRef, String> components(Collection<ReportRef> refs) {
    Map<String, Set<Integer>> byArticle = new TreeMap<>();
    for (ReportRef r : refs) {
      byArticle.computeIfAbsent(r.article(), k -> new TreeSet<>()).add(r.event());
    }
    if (byArticle.isEmpty()) {
      return Map.of();
    }
    return tx.read(
        "read components",
        c -> {
          Map<ReportRef, String> out = new TreeMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT idx, component FROM reports WHERE article = ?"
                      + " AND component IS NOT NULL")) {
            for (Map.Entry<String, Set<Integer>> e : byArticle.entrySet()) {
              ps.setString(1, e.getKey());
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  if (e.getValue().contains(rs.getInt(1))) {
                    out.put(new ReportRef(e.getKey(), rs.getInt(1)), rs.getString(2));
                  }
                }
              }
            }
          }
          return out;
        });
  }

  List<Report> reportsOfComponents(Collection<String> components) {
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(components));
    if (wanted.isEmpty()) {
      return List.of();
    }
    return tx.read(
        "read reports",
        c -> {
          TreeMap<ReportRef, Report> out = new TreeMap<>();
          for (List<String> chunk : chunks(wanted)) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT body FROM reports WHERE component IN (" + marks(chunk.size()) + ")")) {
              setStrings(ps, chunk);
              for (Report r : reports(ps)) {
                out.put(r.ref(), r);
              }
            }
          }
          return List.copyOf(out.values());
        });
  }
}
