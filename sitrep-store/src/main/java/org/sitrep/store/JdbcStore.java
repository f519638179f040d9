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
 * Dialect} holds the few differences. One writing connection, used under its own lock; reads from
 * any thread on a {@link ReadPool}, each bounded by the options' read limit. The streaming reads
 * ({@link #forEachEvent}, {@link #forEachArticle}) use a connection of their own, so their sinks may
 * call back into the store. A PostgreSQL server that goes away is waited for (see {@link
 * StoreOptions#reconnectFor}); a write cut off by it is redone unless it was committed.
 */
final class JdbcStore implements Store, ReadTransactions {
  /** Flyway logs every migration at INFO; sitrep's output is its own. Kept: JUL holds it weakly. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final Dialect dialect;
  private final String db;
  private final String what;
  private final StoreOptions options;
  private final Object writeLock = new Object();
  /** The writing connection; replaced (under {@link #writeLock}) when a lost server comes back. */
  private volatile Connection conn;
  private final ReadPool readers;
  private final ArticleReads articleReads;
  private final ReportReads reportReads;
  private final EventReads eventReads;
  private volatile boolean closed;

  private JdbcStore(Dialect dialect, String db, Connection conn, StoreOptions options) {
    this.dialect = dialect;
    this.db = db;
    this.what = dialect.describe(db);
    this.options = options;
    this.conn = conn;
    this.readers = new ReadPool(options.readers(), () -> dialect.readerConnection(this.conn, db));
    this.articleReads = new ArticleReads(dialect, this);
    this.reportReads = new ReportReads(dialect, this);
    this.eventReads = new EventReads(dialect, this);
  }

  static Store open(Dialect dialect, String db, StoreOptions options) {
    dialect.checkOpenable(db);
    String what = dialect.describe(db);
    boolean crashed = dialect.uncleanlyClosed(db);
    Connection conn;
    try {
      conn = dialect.connect(db);
    } catch (SQLException e) {
      throw fail(dialect, what, "cannot open " + what, e);
    }
    try {
      migrate(dialect, db, what);
      if (crashed) {
        dialect.recover(conn);
      }
      conn.setAutoCommit(false);
      return new JdbcStore(dialect, db, conn, options);
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
    return articleReads.hasKey(key);
  }

  @Override
  public Optional<String> rejection(String key) {
    return articleReads.rejection(key);
  }

  @Override
  public void reject(String key, String id, String code, String message) {
    // ON CONFLICT DO NOTHING: redone after a lost connection, it cannot record twice
    writing("record the rejection of " + id + " in", () -> false, c -> {
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
  public List<String> eventsJson(EventQuery query) {
    return eventReads.eventsJson(query);
  }

  @Override
  public Optional<String> eventJson(String id) {
    return eventReads.eventJson(id);
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
    // one transaction: after a lost connection, the article is either all there or not at all
    writing("write article " + id + " to", () -> articleReads.hasArticle(id),
        c -> new ArticleWriter(c).write(w));
  }

  @FunctionalInterface
  private interface SqlWrite {
    void run(Connection c) throws SQLException;
  }

  /**
   * Runs one write transaction on the writing connection. When the connection is lost (a restarted
   * server), waits for the server, then redoes the write unless {@code done} shows it committed.
   */
  private void writing(String doing, java.util.function.BooleanSupplier done, SqlWrite work) {
    synchronized (writeLock) {
      long lostSince = 0;
      while (true) {
        checkOpen();
        try {
          work.run(conn);
          conn.commit();
          return;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(conn);
          SQLException sql = sqlCause(e);
          if (sql != null && dialect.connectionLost(sql)) {
            lostSince = lostSince == 0 ? System.nanoTime() : lostSince;
            conn = awaitServer(lostSince, sql, conn);
            if (done.getAsBoolean()) {
              return; // the commit reached the server before the connection went
            }
            continue;
          }
          String reason = sql != null ? Dialect.firstLine(sql) : e.toString();
          if (Dialect.diskFull(e)) {
            reason += "; " + Dialect.DISK_FULL_HINT;
          }
          throw new StoreException(
              "cannot " + doing + " " + what + " (nothing of it was stored): " + reason, e);
        }
      }
    }
  }

  /**
   * Waits, up to {@link StoreOptions#reconnectFor} since the loss, for the server to take a new
   * connection; closes {@code broken} and returns the new one, or throws naming the cause.
   */
  private Connection awaitServer(long lostSince, SQLException cause, Connection broken) {
    closeQuietly(broken);
    readers.discardIdle();
    long until = lostSince + options.reconnectFor().toNanos();
    options.notices().accept("lost the connection to " + what + " (" + Dialect.firstLine(cause)
        + "); waiting up to " + options.reconnectFor().toSeconds() + " s for it");
    long pause = 250;
    while (true) {
      checkOpen();
      try {
        Connection c = dialect.connect(db);
        c.setAutoCommit(false);
        options.notices().accept(what + " is back after "
            + (System.nanoTime() - lostSince) / 1_000_000_000L + " s");
        return c;
      } catch (SQLException e) {
        if (System.nanoTime() + pause * 1_000_000L > until) {
          throw new StoreException("lost the connection to " + what + " and it did not come back in "
              + options.reconnectFor().toSeconds() + " s: " + Dialect.firstLine(e)
              + "; run the same command again when it is up (what was stored is kept)", e);
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while waiting for " + what, e);
      }
      pause = Math.min(pause * 2, 4_000);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      readers.close(); // before the writing connection: DuckDB's readers are its duplicates
      rollbackQuietly(conn);
      closeQuietly(conn);
    }
  }

  // ---------------------------------------------------------------- transactions

  /**
   * Runs a read on a connection of the pool, in a transaction of its own, bounded by the read
   * limit; a read cut off by a lost server is run again once the server is back.
   */
  @Override
  public <T> T read(String doing, SqlWork<T> work) {
    long deadline = options.readLimit() == null ? 0 : System.nanoTime() + options.readLimit().toNanos();
    long lostSince = 0;
    while (true) {
      checkOpen();
      Connection c;
      try {
        c = readers.take();
      } catch (SQLException e) {
        if (dialect.connectionLost(e)) {
          lostSince = lostSince == 0 ? System.nanoTime() : lostSince;
          closeQuietly(awaitServer(lostSince, e, null));
          continue;
        }
        throw fail(dialect, what, "cannot " + doing + " from " + what, e);
      }
      boolean reusable = false;
      try {
        T result = work.run(deadline == 0 ? c : ReadLimit.bounded(c, deadline));
        c.commit();
        reusable = deadline == 0 || System.nanoTime() < deadline; // no cancel may be pending
        return result;
      } catch (SQLException e) {
        rollbackQuietly(c);
        if (deadline != 0 && System.nanoTime() >= deadline) {
          throw new StoreTimeoutException("cannot " + doing + " from " + what + " within the read limit of "
              + options.readLimit().toMillis() / 1000.0 + " s", e);
        }
        if (dialect.connectionLost(e)) {
          lostSince = lostSince == 0 ? System.nanoTime() : lostSince;
          closeQuietly(awaitServer(lostSince, e, null));
          continue;
        }
        throw fail(dialect, what, "cannot " + doing + " from " + what, e);
      } finally {
        readers.give(c, reusable);
      }
    }
  }

  /**
   * Runs a streaming read on a connection of its own, with a cursor (PostgreSQL needs a
   * transaction for one; DuckDB streams its results instead of materialising them).
   */
  @Override
  public void stream(String doing, SqlStream work) {
    checkOpen();
    Connection streaming;
    try {
      streaming = dialect.readerConnection(conn, db);
    } catch (SQLException e) {
      throw fail(dialect, what, "cannot " + doing + " from " + what, e);
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

  private void checkOpen() {
    if (closed) {
      throw new StoreException(what + " is closed");
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      if (!c.isClosed() && !c.getAutoCommit()) {
        c.rollback();
      }
    } catch (SQLException ignored) {
      // the connection is gone: nothing was committed
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
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
