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
    return openStore(spec);
  }

  /**
   * Opens a store that must exist already (serving or measuring an empty new file would only
   * hide a mistyped path): a missing DuckDB file is a usage error naming it.
   */
  Store openExisting(CommandSpec spec) {
    if (!db.startsWith("jdbc:") && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(db))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no store at " + db
          + ": build one with 'sitrep ingest PATH --db " + db + "', or try 'sitrep demo'");
    }
    return openStore(spec);
  }

  private Store openStore(CommandSpec spec) {
    try {
      return Store.open(db);
    } catch (StoreException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, db);
    }
  }
}
