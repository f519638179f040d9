package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/**
 * The store on JDBC, for DuckDB and PostgreSQL alike: the schema and the SQL are shared, {@link
 * Dialect} holds the few differences; {@link Connections} runs the transactions. The streaming
 * reads ({@link #forEachEvent}, {@link #forEachArticle}) use a connection of their own, so their
 * sinks may call back into the store.
 */
final class JdbcStore implements Store {
  /** Flyway logs every migration at INFO; sitrep's output is its own. Kept: JUL holds it weakly. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final String what;
  private final Connections tx;
  private final ArticleReads articleReads;
  private final ReportReads reportReads;
  private final EventReads eventReads;

  private JdbcStore(Dialect dialect, String db, Connection conn, StoreOptions options) {
    this.what = dialect.describe(db);
    this.tx = new Connections(dialect, db, conn, options);
    this.articleReads = new ArticleReads(dialect, tx);
    this.reportReads = new ReportReads(dialect, tx);
    this.eventReads = new EventReads(dialect, tx);
  }

  static Store open(Dialect dialect, String db, StoreOptions options) {
    dialect.checkOpenable(db);
    String what = dialect.describe(db);
    boolean crashed = dialect.uncleanlyClosed(db);
    Connection conn;
    try {
      conn = dialect.connect(db);
    } catch (SQLException e) {
      throw Connections.fail(dialect, what, "cannot open " + what, e);
    }
    try {
      migrate(dialect, db, what);
      if (crashed) {
        dialect.recover(conn);
      }
      conn.setAutoCommit(false);
      return new JdbcStore(dialect, db, conn, options);
    } catch (SQLException e) {
      Connections.closeQuietly(conn);
      throw Connections.fail(dialect, what, "cannot open " + what, e);
    } catch (RuntimeException e) {
      Connections.closeQuietly(conn);
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
      SQLException sql = Connections.sqlCause(e);
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
    return articleReads.hasKey(key);
  }

  @Override
  public Optional<String> rejection(String key) {
    return articleReads.rejection(key);
  }

  @Override
  public void reject(String key, String id, String code, String message) {
    // ON CONFLICT DO NOTHING: redone after a lost connection, it cannot record twice
    tx.write("record the rejection of " + id + " in", () -> false, c -> {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO rejected (article_key, id, code, message, rejected_at) VALUES (?, ?, ?, ?, ?)"
                  + " ON CONFLICT (article_key) DO NOTHING")) {
        ps.setString(1, key);
        ps.setString(2, id);
        ps.setString(3, code);
        ps.setString(4, message);
        ps.setString(5, java.time.Instant.now().toString());
        ps.executeUpdate();
      }
    });
  }

  @Override
  public boolean hasArticle(String id) {
    return articleReads.hasArticle(id);
  }

  @Override
  public List<String> articlesSharingBands(long[] bands) {
    return articleReads.articlesSharingBands(bands);
  }

  @Override
  public Optional<long[]> signature(String articleId) {
    return articleReads.signature(articleId);
  }

  @Override
  public Map<String, CorpusArticle> articles(Collection<String> ids) {
    return articleReads.articles(ids);
  }

  @Override
  public List<Report> reportsNear(String country, String from, String to) {
    return reportReads.reportsNear(country, from, to);
  }

  @Override
  public Map<ReportRef, String> components(Collection<ReportRef> refs) {
    return reportReads.components(refs);
  }

  @Override
  public List<Report> reportsOfComponents(Collection<String> components) {
    return reportReads.reportsOfComponents(components);
  }

  @Override
  public Set<String> eventsOfComponents(Collection<String> components) {
    return eventReads.eventsOfComponents(components);
  }

  @Override
  public List<CorpusEvent> events(EventQuery query) {
    return eventReads.events(query);
  }

  @Override
  public List<String> eventsJson(EventQuery query, boolean brief) {
    return eventReads.eventsJson(query, brief);
  }

  @Override
  public Optional<String> eventJson(String id) {
    return eventReads.eventJson(id);
  }

  @Override
  public long version() {
    return tx.read("read the corpus version", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT version FROM corpus_version WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0L;
      }
    });
  }

  @Override
  public long countEvents(EventQuery query) {
    return eventReads.countEvents(query);
  }

  @Override
  public void forEachEvent(EventQuery query, Consumer<CorpusEvent> sink) {
    eventReads.forEachEvent(query, sink);
  }

  @Override
  public Optional<CorpusEvent> event(String id) {
    return eventReads.event(id);
  }

  @Override
  public void forEachArticle(Consumer<CorpusArticle> sink) {
    articleReads.forEachArticle(sink);
  }

  @Override
  public Optional<String> analysisJson(String articleId) {
    return articleReads.analysisJson(articleId);
  }

  @Override
  public Counts counts() {
    return tx.read(
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
    // one transaction: after a lost connection, the article is either all there or not at all
    tx.write("write article " + id + " to", () -> articleReads.hasArticle(id),
        c -> new ArticleWriter(c).write(w));
  }


  @Override
  public void close() {
    tx.close();
  }

  /** The transactions under this store (tests run their own SQL through them). */
  ReadTransactions transactions() {
    return tx;
  }
}
