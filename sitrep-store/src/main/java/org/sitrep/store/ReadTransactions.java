package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How the store's reads reach the database: {@link JdbcStore} runs them under its lock, or on a
 * connection of their own for streaming, and turns their failures into {@link StoreException}s.
 */
interface ReadTransactions {

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  interface SqlStream {
    void run(Connection c) throws SQLException;
  }

  /** Runs a read on the shared connection, under its lock, and ends its transaction. */
  <T> T read(String doing, SqlWork<T> work);

  /**
   * Runs a streaming read on a connection of its own, with a cursor, so that its sink may call
   * back into the store.
   */
  void stream(String doing, SqlStream work);
}
