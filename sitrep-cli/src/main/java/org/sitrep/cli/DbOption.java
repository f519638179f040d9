package org.sitrep.cli;

import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --db}, shared by every command that reads or writes the corpus. */
final class DbOption {
  static final String DEFAULT = "sitrep.duckdb";

  @Option(
      names = "--db",
      paramLabel = "DB",
      defaultValue = DEFAULT,
      description =
          "The corpus: a DuckDB file (default: ${DEFAULT-VALUE} in the current folder) or a"
              + " jdbc:postgresql:// URL.")
  String db;

  /**
   * Opens the store; a database that cannot be opened (locked by another sitrep, server down,
   * login refused) is the user's to fix, so it is reported as a usage error naming it, not a
   * stack trace.
   */
  Store open(CommandSpec spec) {
    try {
      return Store.open(db);
    } catch (StoreException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, db);
    }
  }
}
