package org.sitrep.store;

/** Opens the store a {@code --db} value names. */
final class Stores {
  private Stores() {}

  static Store open(String db) {
    if (db == null || db.isBlank()) {
      throw new StoreException("no database given: a DuckDB file path or a jdbc:postgresql:// URL");
    }
    return JdbcStore.open(db.startsWith("jdbc:postgresql:") ? Dialect.POSTGRES : Dialect.DUCKDB, db);
  }
}
