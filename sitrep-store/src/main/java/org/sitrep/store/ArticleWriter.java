package org.sitrep.store;

import static org.sitrep.store.Sql.boxed;
import static org.sitrep.store.Sql.lower;
import static org.sitrep.store.Sql.setDouble;
import static org.sitrep.store.Sql.setString;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * The statements of one {@link ArticleWrite}: the article, its band hashes and reports, the
 * duplicate links and components it changes, the events it deletes and writes. The caller holds
 * the transaction: it commits after {@link #write}, or rolls back when it throws.
 */
final class ArticleWriter {
  private final Connection conn;

  ArticleWriter(Connection conn) {
    this.conn = conn;
  }

  void write(ArticleWrite w) throws SQLException {
    insertArticle(w);
    insertBands(w);
    Map<ReportRef, Report> newReports = insertReports(w);
    updateDuplicates(w);
    updateComponents(w, newReports);
    deleteEvents(w);
    insertEvents(w, newReports);
    try (PreparedStatement ps =
        conn.prepareStatement("UPDATE corpus_version SET version = version + 1 WHERE id = 1")) {
      ps.executeUpdate();
    }
  }

  private void insertArticle(ArticleWrite w) throws SQLException {
    CorpusArticle a = w.article();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO articles (id, article_key, url, published, title, source, duplicate_of,"
                + " similarity, signature, analysis, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, a.id());
      ps.setString(2, a.key());
      setString(ps, 3, a.url());
      setString(ps, 4, a.published());
      setString(ps, 5, a.title());
      setString(ps, 6, a.source());
      setString(ps, 7, a.duplicateOf());
      setDouble(ps, 8, a.similarity());
      setString(ps, 9, w.signature() == null ? null : Signatures.encode(w.signature()));
      setString(ps, 10, w.analysisJson());
      ps.setObject(11, LocalDateTime.now(ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  private void insertBands(ArticleWrite w) throws SQLException {
    if (w.bands() == null || w.bands().length == 0) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO article_bands (band, article) VALUES (?, ?)")) {
      for (long band : new LinkedHashSet<>(boxed(w.bands()))) {
        ps.setLong(1, band);
        ps.setString(2, w.article().id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Inserts the article's reports, each with its component; returns them by ref. */
  private Map<ReportRef, Report> insertReports(ArticleWrite w) throws SQLException {
    Map<ReportRef, Report> newReports = new HashMap<>();
    if (w.reports().isEmpty()) {
      return newReports;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO reports (article, idx, country, date_earliest, date_latest, component,"
                + " body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Report r : w.reports()) {
        newReports.put(r.ref(), r);
        ps.setString(1, r.article());
        ps.setInt(2, r.index());
        setString(ps, 3, r.country());
        setString(ps, 4, r.dateEarliest());
        setString(ps, 5, r.dateLatest());
        setString(ps, 6, w.components().get(r.ref()));
        ps.setString(7, ModelJson.write(ModelJson.report(r), false));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return newReports;
  }

  /** Sets or clears (null, or an article named its own original) stored articles' originals. */
  private void updateDuplicates(ArticleWrite w) throws SQLException {
    if (w.duplicateOf().isEmpty()) {
      return;
    }
    try (PreparedStatement set =
            conn.prepareStatement("UPDATE articles SET duplicate_of = ? WHERE id = ?");
        PreparedStatement clear =
            conn.prepareStatement(
                "UPDATE articles SET duplicate_of = NULL, similarity = NULL WHERE id = ?")) {
      for (Map.Entry<String, String> e : new TreeMap<>(w.duplicateOf()).entrySet()) {
        if (e.getValue() == null || e.getValue().equals(e.getKey())) {
          clear.setString(1, e.getKey());
          clear.addBatch();
        } else {
          set.setString(1, e.getValue());
          set.setString(2, e.getKey());
          set.addBatch();
        }
      }
      set.executeBatch();
      clear.executeBatch();
    }
  }

  /** Moves stored reports to their new components (new reports were inserted with theirs). */
  private void updateComponents(ArticleWrite w, Map<ReportRef, Report> newReports)
      throws SQLException {
    Map<ReportRef, String> components = new TreeMap<>(w.components());
    components.keySet().removeAll(newReports.keySet()); // inserted with theirs
    if (components.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement("UPDATE reports SET component = ? WHERE article = ? AND idx = ?")) {
      for (Map.Entry<ReportRef, String> e : components.entrySet()) {
        setString(ps, 1, e.getValue());
        ps.setString(2, e.getKey().article());
        ps.setInt(3, e.getKey().event());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Deletes the events the write replaces, unlinking their reports first. */
  private void deleteEvents(ArticleWrite w) throws SQLException {
    if (w.deletedEvents().isEmpty()) {
      return;
    }
    try (PreparedStatement unlink =
            conn.prepareStatement("UPDATE reports SET event_id = NULL WHERE event_id = ?");
        PreparedStatement delete = conn.prepareStatement("DELETE FROM events WHERE id = ?")) {
      for (String e : new TreeSet<>(w.deletedEvents())) {
        unlink.setString(1, e);
        unlink.addBatch();
        delete.setString(1, e);
        delete.addBatch();
      }
      unlink.executeBatch();
      delete.executeBatch();
    }
  }

  /**
   * Inserts the events and links their reports to them. An event's search text is its place name
   * and its reports' sentences, lower-cased: from the reports of this write, else as stored.
   */
  private void insertEvents(ArticleWrite w, Map<ReportRef, Report> newReports)
      throws SQLException {
    if (w.events().isEmpty()) {
      return;
    }
    try (PreparedStatement link =
            conn.prepareStatement("UPDATE reports SET event_id = ? WHERE article = ? AND idx = ?");
        PreparedStatement insert =
            conn.prepareStatement(
                "INSERT INTO events (id, event_date, date_earliest, date_latest, country,"
                    + " admin1, event_type, sub_type, actor1, actor2, fatalities, search_text,"
                    + " body, brief) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement stored =
            conn.prepareStatement("SELECT body FROM reports WHERE article = ? AND idx = ?")) {
      for (CorpusEvent e : w.events()) {
        StringBuilder text = new StringBuilder(lower(e.placeName()));
        for (ReportRef ref : e.reports()) {
          link.setString(1, e.id());
          link.setString(2, ref.article());
          link.setInt(3, ref.event());
          link.addBatch();
          Report r = newReports.get(ref);
          if (r == null) {
            stored.setString(1, ref.article());
            stored.setInt(2, ref.event());
            List<Report> found = Sql.reports(stored);
            r = found.isEmpty() ? null : found.get(0);
          }
          if (r != null && r.sentence() != null) {
            text.append('\n').append(lower(r.sentence()));
          }
        }
        insert.setString(1, e.id());
        setString(insert, 2, e.date());
        setString(insert, 3, e.dateEarliest());
        setString(insert, 4, e.dateLatest());
        setString(insert, 5, e.country());
        setString(insert, 6, e.admin1());
        setString(insert, 7, e.type());
        setString(insert, 8, e.subType());
        setString(insert, 9, e.actor1());
        setString(insert, 10, e.actor2());
        if (e.fatalities() == null) {
          insert.setNull(11, Types.INTEGER);
        } else {
          insert.setInt(11, e.fatalities());
        }
        insert.setString(12, text.toString());
        String body = ModelJson.write(ModelJson.event(e), false);
        insert.setString(13, body);
        insert.setString(14, ModelJson.briefEvent(body));
        insert.addBatch();
      }
      insert.executeBatch();
      link.executeBatch();
    }
  }
}
