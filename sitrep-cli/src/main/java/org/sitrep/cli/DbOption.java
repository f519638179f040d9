package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreOptions;
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

  @Option(
      names = "--reconnect-for",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "How long to wait for a PostgreSQL server that went away (restarted) before failing"
              + " (default: ${DEFAULT-VALUE}); the same command resumes after a failure.")
  int reconnectFor;

  /**
   * Opens the store; a database that cannot be opened (locked by another sitrep, server down,
   * login refused) is the user's to fix, so it is reported as a usage error naming it, not a
   * stack trace.
   */
  Store open(CommandSpec spec) {
    return openStore(spec, StoreOptions.DEFAULT);
  }

  /** Opens the store with options (a read limit, more readers, where its notices go). */
  Store open(CommandSpec spec, StoreOptions options) {
    return openStore(spec, options);
  }

  /**
   * Opens a store that must exist already (serving or measuring an empty new file would only
   * hide a mistyped path): a missing DuckDB file is a usage error naming it.
   */
  Store openExisting(CommandSpec spec, StoreOptions options) {
    if (!db.startsWith("jdbc:") && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(db))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no store at " + db
          + ": build one with 'sitrep ingest PATH --db " + db + "', or try 'sitrep demo'");
    }
    return openStore(spec, options);
  }

  private Store openStore(CommandSpec spec, StoreOptions options) {
    if (reconnectFor < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--reconnect-for must be 0 or more seconds, not " + reconnectFor);
    }
    try {
      return Store.open(db, options.withReconnectFor(Duration.ofSeconds(reconnectFor))
          .withNotices(notice -> {
            PrintWriter err = spec.commandLine().getErr();
            err.println("sitrep: " + notice);
            err.flush();
          }));
    } catch (StoreException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, db);
    }
  }
}
