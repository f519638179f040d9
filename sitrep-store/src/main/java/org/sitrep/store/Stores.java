package org.sitrep.store;

/** Opens the store a {@code --db} value names. */
final class Stores {
  private Stores() {}

  static Store open(String db) {
    throw new UnsupportedOperationException("TODO");
  }
}
