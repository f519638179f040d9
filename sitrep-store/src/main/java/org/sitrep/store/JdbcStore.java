package org.sitrep.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * The store on JDBC, for DuckDB and PostgreSQL alike: the schema and the SQL are shared, {@link
 * Dialect} holds the few differences. One connection, used under its own lock: one writer, reads
 * from any thread. The streaming reads ({@link #forEachEvent}, {@link #forEachArticle}) use a
 * connection of their own, so their sinks may call back into the store.
 */
final class JdbcStore implements Store {
  /** Flyway logs every migration at INFO; sitrep's output is its own. Kept: JUL holds it weakly. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  /** Rows per round trip for the streaming reads, and ids per IN list. */
  private static final int FETCH = 500;

  private static final int CHUNK = 500;

  private static final String EVENT_COLUMNS = "body";

  private static final String ARTICLE_COLUMNS =
      "id, article_key, url, published, title, source, duplicate_of, similarity";

  private final Dialect dialect;
  private final String db;
  private final String what;
  private final Connection conn;
  private boolean closed;

  private JdbcStore(Dialect dialect, String db, Connection conn) {
    this.dialect = dialect;
    this.db = db;
    this.what = dialect.describe(db);
    this.conn = conn;
  }

  static Store open(Dialect dialect, String db) {
    dialect.checkOpenable(db);
    String what = dialect.describe(db);
    Connection conn;
    try {
      conn = dialect.connect(db);
    } catch (SQLException e) {
      throw fail(dialect, what, "cannot open " + what, e);
    }
    try {
      migrate(dialect, db, what);
      conn.setAutoCommit(false);
      return new JdbcStore(dialect, db, conn);
    } catch (SQLException e) {
      closeQuietly(conn);
      throw fail(dialect, what, "cannot open " + what, e);
    } catch (RuntimeException e) {
      closeQuietly(conn);
      throw e;
    }
  }

  /**
   * Creates or migrates the schema with Flyway ({@code org/sitrep/store/migration/V<n>__*.sql}: a
   * location of its own, as Flyway scans locations recursively and refuses two V1s).
   */
  private static void migrate(Dialect dialect, String db, String what) {
    try {
      Flyway flyway =
          Flyway.configure(JdbcStore.class.getClassLoader())
              .dataSource(new ConnectingDataSource(dialect, db))
              .locations("classpath:org/sitrep/store/migration")
              .failOnMissingLocations(true)
              .load();
      String known = "0";
      for (MigrationInfo m : flyway.info().all()) {
        if (m.getState() != MigrationState.FUTURE_SUCCESS
            && m.getState() != MigrationState.FUTURE_FAILED
            && m.getVersion() != null) {
          known = m.getVersion().getVersion();
        }
      }
      for (MigrationInfo m : flyway.info().applied()) {
        if (m.getState() == MigrationState.FUTURE_SUCCESS
            || m.getState() == MigrationState.FUTURE_FAILED) {
          throw new StoreException(
              what + " was written by a newer sitrep (schema version " + m.getVersion()
                  + "; this sitrep knows up to " + known + "); use a newer sitrep");
        }
      }
      flyway.migrate();
    } catch (FlywayException e) {
      String m = Dialect.messages(e);
      if (m.contains("non-empty schema") || m.contains("no schema history table")) {
        throw new StoreException(
            what + " is not a sitrep database: it holds tables but no sitrep schema history", e);
      }
      SQLException sql = sqlCause(e);
      if (sql != null) {
        StoreException clear = dialect.translate(what, sql);
        if (clear != null) {
          throw clear;
        }
      }
      throw new StoreException(
          "cannot migrate the schema of " + what + ": " + Dialect.firstLine(e), e);
    }
  }

  @Override
  public String describe() {
    return what;
  }

  // ---------------------------------------------------------------- reads

  @Override
  public boolean hasKey(String key) {
    return read(
        "look up a key",
        c -> exists(c, "SELECT 1 FROM articles WHERE article_key = ?", key));
  }

  @Override
  public boolean hasArticle(String id) {
    return read("look up an article", c -> exists(c, "SELECT 1 FROM articles WHERE id = ?", id));
  }

  @Override
  public List<String> articlesSharingBands(long[] bands) {
    if (bands == null || bands.length == 0) {
      return List.of();
    }
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(boxed(bands)));
    return read(
        "look up band hashes",
        c -> {
          TreeSet<String> ids = new TreeSet<>();
          for (List<Long> chunk : chunks(distinct)) {
            String sql =
                "SELECT DISTINCT article FROM article_bands WHERE band IN ("
                    + marks(chunk.size())
                    + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
              for (int i = 0; i < chunk.size(); i++) {
                ps.setLong(i + 1, chunk.get(i));
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  ids.add(rs.getString(1));
                }
              }
            }
          }
          return List.copyOf(ids);
        });
  }

  @Override
  public Optional<long[]> signature(String articleId) {
    return read(
        "read a signature",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT signature FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next() || rs.getString(1) == null) {
                return Optional.<long[]>empty();
              }
              return Optional.of(decodeSignature(rs.getString(1)));
            }
          }
        });
  }

  @Override
  public Map<String, CorpusArticle> articles(Collection<String> ids) {
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
    if (wanted.isEmpty()) {
      return Map.of();
    }
    return read(
        "read articles",
        c -> {
          Map<String, CorpusArticle> found = new HashMap<>();
          for (List<String> chunk : chunks(wanted)) {
            Map<String, List<String>> events = new HashMap<>();
            String evSql =
                "SELECT article, event_id, MIN(idx) AS first_idx FROM reports WHERE article IN ("
                    + marks(chunk.size())
                    + ") AND event_id IS NOT NULL GROUP BY article, event_id"
                    + " ORDER BY article, first_idx, "
                    + dialect.textOrder("event_id");
            try (PreparedStatement ps = c.prepareStatement(evSql)) {
              setStrings(ps, chunk);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                      .add(rs.getString(2));
                }
              }
            }
            String sql =
                "SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id IN ("
                    + marks(chunk.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
              setStrings(ps, chunk);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  String id = rs.getString(1);
                  found.put(id, article(rs, events.getOrDefault(id, List.of())));
                }
              }
            }
          }
          Map<String, CorpusArticle> ordered = new LinkedHashMap<>();
          for (String id : wanted) {
            CorpusArticle a = found.get(id);
            if (a != null) {
              ordered.put(id, a);
            }
          }
          return ordered;
        });
  }

  @Override
  public List<Report> reportsNear(String country, String from, String to) {
    return read(
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

  @Override
  public Map<ReportRef, String> components(Collection<ReportRef> refs) {
    Map<String, Set<Integer>> byArticle = new TreeMap<>();
    for (ReportRef r : refs) {
      byArticle.computeIfAbsent(r.article(), k -> new TreeSet<>()).add(r.event());
    }
    if (byArticle.isEmpty()) {
      return Map.of();
    }
    return read(
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

  @Override
  public List<Report> reportsOfComponents(Collection<String> components) {
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(components));
    if (wanted.isEmpty()) {
      return List.of();
    }
    return read(
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

  @Override
  public Set<String> eventsOfComponents(Collection<String> components) {
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(components));
    if (wanted.isEmpty()) {
      return Set.of();
    }
    return read(
        "read events of components",
        c -> {
          Set<String> out = new TreeSet<>();
          for (List<String> chunk : chunks(wanted)) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT DISTINCT event_id FROM reports WHERE event_id IS NOT NULL"
                        + " AND component IN (" + marks(chunk.size()) + ")")) {
              setStrings(ps, chunk);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.add(rs.getString(1));
                }
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<CorpusEvent> events(EventQuery query) {
    return read(
        "read events",
        c -> {
          List<CorpusEvent> out = new ArrayList<>();
          try (PreparedStatement ps = eventQuery(c, query)) {
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(ModelJson.readEvent(rs.getString(1)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public void forEachEvent(EventQuery query, Consumer<CorpusEvent> sink) {
    stream(
        "read events",
        c -> {
          try (PreparedStatement ps = eventQuery(c, query)) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                sink.accept(ModelJson.readEvent(rs.getString(1)));
              }
            }
          }
        });
  }

  @Override
  public Optional<CorpusEvent> event(String id) {
    return read(
        "read an event",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(ModelJson.readEvent(rs.getString(1)))
                  : Optional.<CorpusEvent>empty();
            }
          }
        });
  }

  @Override
  public void forEachArticle(Consumer<CorpusArticle> sink) {
    // one query: an article's events (by first report) joined to it, so the cursor is the only
    // statement on its connection
    String sql =
        "SELECT a.id, a.article_key, a.url, a.published, a.title, a.source, a.duplicate_of,"
            + " a.similarity, ev.events FROM articles a LEFT JOIN ("
            + "SELECT article, string_agg(event_id, ' ' ORDER BY first_idx, "
            + dialect.textOrder("event_id")
            + ") AS events FROM (SELECT article, event_id, MIN(idx) AS first_idx FROM reports"
            + " WHERE event_id IS NOT NULL GROUP BY article, event_id) x GROUP BY article"
            + ") ev ON ev.article = a.id ORDER BY "
            + dialect.textOrder("a.id");
    stream(
        "read articles",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String events = rs.getString(9);
                sink.accept(
                    article(
                        rs,
                        events == null || events.isEmpty()
                            ? List.of()
                            : List.of(events.split(" "))));
              }
            }
          }
        });
  }

  @Override
  public Optional<String> analysisJson(String articleId) {
    return read(
        "read an analysis",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  @Override
  public Counts counts() {
    return read(
        "count",
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT (SELECT COUNT(*) FROM articles),"
                          + " (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL),"
                          + " (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM events)");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
          }
        });
  }

  // ---------------------------------------------------------------- the write

  @Override
  public void write(ArticleWrite w) {
    String id = w.article().id();
    synchronized (conn) {
      checkOpen();
      try {
        writeArticle(w);
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        String reason = e instanceof SQLException s ? Dialect.firstLine(s) : e.toString();
        throw new StoreException(
            "cannot write article " + id + " to " + what + " (nothing of it was stored): "
                + reason,
            e);
      }
    }
  }

  private void writeArticle(ArticleWrite w) throws SQLException {
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
      setString(ps, 9, w.signature() == null ? null : encodeSignature(w.signature()));
      setString(ps, 10, w.analysisJson());
      ps.setObject(11, LocalDateTime.now(ZoneOffset.UTC));
      ps.executeUpdate();
    }
    if (w.bands() != null && w.bands().length > 0) {
      try (PreparedStatement ps =
          conn.prepareStatement("INSERT INTO article_bands (band, article) VALUES (?, ?)")) {
        for (long band : new LinkedHashSet<>(boxed(w.bands()))) {
          ps.setLong(1, band);
          ps.setString(2, a.id());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    Map<ReportRef, Report> newReports = new HashMap<>();
    if (!w.reports().isEmpty()) {
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
    }
    if (!w.duplicateOf().isEmpty()) {
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
    Map<ReportRef, String> components = new TreeMap<>(w.components());
    components.keySet().removeAll(newReports.keySet()); // inserted with theirs
    if (!components.isEmpty()) {
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
    if (!w.deletedEvents().isEmpty()) {
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
    if (!w.events().isEmpty()) {
      try (PreparedStatement link =
              conn.prepareStatement("UPDATE reports SET event_id = ? WHERE article = ? AND idx = ?");
          PreparedStatement insert =
              conn.prepareStatement(
                  "INSERT INTO events (id, event_date, date_earliest, date_latest, country,"
                      + " admin1, event_type, sub_type, actor1, actor2, fatalities, search_text,"
                      + " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
              List<Report> found = reports(stored);
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
          insert.setString(13, ModelJson.write(ModelJson.event(e), false));
          insert.addBatch();
        }
        insert.executeBatch();
        link.executeBatch();
      }
    }
  }

  @Override
  public void close() {
    synchronized (conn) {
      if (closed) {
        return;
      }
      closed = true;
      rollbackQuietly();
      closeQuietly(conn);
    }
  }

  // ---------------------------------------------------------------- helpers

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  private interface SqlStream {
    void run(Connection c) throws SQLException;
  }

  /** Runs a read on the shared connection, under its lock, and ends its transaction. */
  private <T> T read(String doing, SqlWork<T> work) {
    synchronized (conn) {
      checkOpen();
      try {
        T result = work.run(conn);
        conn.commit();
        return result;
      } catch (SQLException e) {
        rollbackQuietly();
        throw fail(dialect, what, "cannot " + doing + " from " + what, e);
      }
    }
  }

  /**
   * Runs a streaming read on a connection of its own, with a cursor (PostgreSQL needs a
   * transaction for one; DuckDB streams its results instead of materialising them).
   */
  private void stream(String doing, SqlStream work) {
    Connection streaming;
    synchronized (conn) {
      checkOpen();
      try {
        streaming = dialect.streamingConnection(conn, db);
      } catch (SQLException e) {
        throw fail(dialect, what, "cannot " + doing + " from " + what, e);
      }
    }
    try (Connection c = streaming) {
      c.setAutoCommit(false);
      try {
        work.run(c);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw fail(dialect, what, "cannot " + doing + " from " + what, e);
    }
  }

  private PreparedStatement eventQuery(Connection c, EventQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM events WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.country() != null) {
      sql.append(" AND country = ?");
      args.add(q.country());
    }
    if (q.admin1() != null) {
      sql.append(" AND lower(admin1) = ?");
      args.add(lower(q.admin1()));
    }
    if (q.from() != null) {
      sql.append(" AND date_latest >= ?");
      args.add(q.from());
    }
    if (q.to() != null) {
      sql.append(" AND date_earliest <= ?");
      args.add(q.to());
    }
    if (q.type() != null) {
      sql.append(" AND (lower(event_type) = ? OR lower(sub_type) = ?)");
      args.add(lower(q.type()));
      args.add(lower(q.type()));
    }
    if (q.actor() != null) {
      sql.append(" AND (strpos(lower(actor1), ?) > 0 OR strpos(lower(actor2), ?) > 0)");
      args.add(lower(q.actor()));
      args.add(lower(q.actor()));
    }
    if (q.text() != null) {
      sql.append(" AND strpos(search_text, ?) > 0");
      args.add(lower(q.text()));
    }
    sql.append(" ORDER BY event_date NULLS LAST, ").append(dialect.textOrder("id"));
    if (q.limit() > 0) {
      sql.append(" LIMIT ").append(q.limit());
    }
    PreparedStatement ps = c.prepareStatement(sql.toString());
    for (int i = 0; i < args.size(); i++) {
      ps.setString(i + 1, (String) args.get(i));
    }
    return ps;
  }

  private static CorpusArticle article(ResultSet rs, List<String> events) throws SQLException {
    double similarity = rs.getDouble(8);
    Double sim = rs.wasNull() ? null : similarity;
    return new CorpusArticle(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        sim,
        events);
  }

  private static List<Report> reports(PreparedStatement ps) throws SQLException {
    List<Report> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(ModelJson.readReport(rs.getString(1)));
      }
    }
    return out;
  }

  private static boolean exists(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static String encodeSignature(long[] signature) {
    ByteBuffer b = ByteBuffer.allocate(signature.length * Long.BYTES);
    for (long v : signature) {
      b.putLong(v);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }

  static long[] decodeSignature(String s) {
    ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s));
    long[] out = new long[b.remaining() / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  private static void setStrings(PreparedStatement ps, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      ps.setString(i + 1, values.get(i));
    }
  }

  private static List<Long> boxed(long[] values) {
    List<Long> out = new ArrayList<>(values.length);
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  private static <T> List<List<T>> chunks(List<T> values) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i += CHUNK) {
      out.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
    }
    return out;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private void checkOpen() {
    if (closed) {
      throw new StoreException(what + " is closed");
    }
  }

  private void rollbackQuietly() {
    try {
      if (!conn.isClosed() && !conn.getAutoCommit()) {
        conn.rollback();
      }
    } catch (SQLException ignored) {
      // the connection is gone: nothing was committed
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing after a failure: the first error is the one to report
    }
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /** A clear message for what users cause (lock, server down, login), else "doing: cause". */
  private static StoreException fail(Dialect dialect, String what, String doing, SQLException e) {
    StoreException clear = dialect.translate(what, e);
    return clear != null ? clear : new StoreException(doing + ": " + Dialect.firstLine(e), e);
  }
}
