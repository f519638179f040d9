package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * The store's connections: one for writing, used under its own lock, and a {@link ReadPool} for
 * reads from any thread, each read bounded by the options' read limit. A PostgreSQL server that
 * goes away is waited for (see {@link StoreOptions#reconnectFor}); a write it cut off is redone
 * unless it had committed, a read is run again.
 */
final class Connections implements ReadTransactions, AutoCloseable {
  private final Dialect dialect;
  private final String db;
  private final String what;
  private final StoreOptions options;
  private final Object writeLock = new Object();
  /** The writing connection; replaced (under {@link #writeLock}) when a lost server comes back. */
  private volatile Connection conn;
  private final ReadPool readers;
  private volatile boolean closed;

  Connections(Dialect dialect, String db, Connection writer, StoreOptions options) {
    this.dialect = dialect;
    this.db = db;
    this.what = dialect.describe(db);
    this.options = options;
    this.conn = writer;
    this.readers = new ReadPool(options.readers(), () -> dialect.readerConnection(this.conn, db));
  }

  @FunctionalInterface
  interface SqlWrite {
    void run(Connection c) throws SQLException;
  }

  /**
   * Runs one write transaction on the writing connection. When the connection is lost (a restarted
   * server), waits for the server, then redoes the write unless {@code done} shows it committed.
   */
  void write(String doing, BooleanSupplier done, SqlWrite work) {
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
            conn = awaitServer(lostSince, lostSince + options.reconnectFor().toNanos(), sql, conn);
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
   * Waits, until {@code until} (a {@link System#nanoTime} value), for the server to take a new
   * connection; closes {@code broken} and returns the new one, or throws naming the cause.
   */
  private Connection awaitServer(long lostSince, long until, SQLException cause, Connection broken) {
    closeQuietly(broken);
    readers.discardIdle();
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
              + Math.round((until - lostSince) / 1e9) + " s: " + Dialect.firstLine(e)
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
          lostSince = awaitServerForRead(lostSince, deadline, e);
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
          lostSince = awaitServerForRead(lostSince, deadline, e);
          continue;
        }
        throw fail(dialect, what, "cannot " + doing + " from " + what, e);
      } finally {
        readers.give(c, reusable);
      }
    }
  }

  /**
   * Waits for a lost server as a write does, but not past the read's limit; returns when the loss
   * began, for the next wait of the same read.
   */
  private long awaitServerForRead(long lostSince, long deadline, SQLException cause) {
    long since = lostSince == 0 ? System.nanoTime() : lostSince;
    long until = since + options.reconnectFor().toNanos();
    closeQuietly(awaitServer(since, deadline == 0 ? until : Math.min(until, deadline), cause, null));
    return since;
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

  void checkOpen() {
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

  static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing after a failure: the first error is the one to report
    }
  }

  static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /** A clear message for what users cause (lock, server down, login), else "doing: cause". */
  static StoreException fail(Dialect dialect, String what, String doing, SQLException e) {
    StoreException clear = dialect.translate(what, e);
    return clear != null ? clear : new StoreException(doing + ": " + Dialect.firstLine(e), e);
  }
}
