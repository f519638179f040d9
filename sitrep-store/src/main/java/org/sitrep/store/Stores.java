package org.sitrep.store;

/** Opens the store a {@code --db} value names. */
final class Stores {
  private Stores() {}

  static Store open(String db, StoreOptions options) {
    if (db == null || db.isBlank()) {
      throw new StoreException("no database given: a DuckDB file path or a jdbc:postgresql:// URL");
    }
    if (db.startsWith("jdbc:postgresql:")) {
      return JdbcStore.open(Dialect.POSTGRES, db, options);
    }
    if (db.startsWith("jdbc:") || db.matches("(?i)postgres(ql)?://.*")) {
      throw new StoreException(
          "unsupported database " + Dialect.withoutPassword(db)
              + ": give a DuckDB file path or a jdbc:postgresql://host:port/database URL");
    }
    return JdbcStore.open(Dialect.DUCKDB, db, options);
  }
}
