package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * The store's read connections: up to {@code size} reads run side by side (a server's clients do
 * not queue behind one slow query), each on a connection of its own and in its own transaction, so
 * it sees every write committed before it began. Connections are opened when first needed and
 * kept; one that failed is closed, not reused.
 */
final class ReadPool implements AutoCloseable {
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  private final Opener opener;
  private final Semaphore permits;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final Set<Connection> open = new HashSet<>();
  private boolean closed;

  ReadPool(int size, Opener opener) {
    this.opener = opener;
    this.permits = new Semaphore(size, true);
  }

  /** A connection for one read, waiting while {@code size} reads run; give it back after. */
  Connection take() throws SQLException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a read connection", e);
    }
    Connection c;
    synchronized (this) {
      if (closed) {
        permits.release();
        throw new SQLException("the store is closed");
      }
      c = idle.pollFirst();
    }
    if (c != null) {
      return c;
    }
    try {
      c = opener.open();
      c.setAutoCommit(false);
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
    synchronized (this) {
      open.add(c);
    }
    return c;
  }

  /** Returns a connection after a read; one that failed (or was interrupted) is closed instead. */
  void give(Connection c, boolean reusable) {
    boolean close;
    synchronized (this) {
      close = closed || !reusable;
      if (close) {
        open.remove(c);
      } else {
        idle.addFirst(c);
      }
    }
    if (close) {
      closeQuietly(c);
    }
    permits.release();
  }

  /** Closes every connection; reads still running finish on theirs, which close when given back. */
  @Override
  public void close() {
    Set<Connection> idleNow;
    synchronized (this) {
      closed = true;
      idleNow = new HashSet<>(idle);
      idle.clear();
      open.removeAll(idleNow);
    }
    idleNow.forEach(ReadPool::closeQuietly);
  }

  /** Drops the idle connections (the server they reach went away); new ones open when needed. */
  void discardIdle() {
    Set<Connection> idleNow;
    synchronized (this) {
      idleNow = new HashSet<>(idle);
      idle.clear();
      open.removeAll(idleNow);
    }
    idleNow.forEach(ReadPool::closeQuietly);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // a broken connection: nothing of it is needed
    }
  }
}
