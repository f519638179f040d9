package org.sitrep.cli;

import java.time.Duration;
import org.sitrep.store.StoreOptions;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sitrep.server.ApiServer;
import org.sitrep.server.ArticleIntake;
import org.sitrep.server.ServerOptions;
import org.sitrep.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --host} and {@code --port} of {@code serve} and {@code demo}, and serving until Ctrl-C. */
final class ServeOptions {
  /**
   * Read connections a server uses: more than the cores (a read also waits on I/O and on the
   * client), few enough that DuckDB's own threads are not swamped.
   */
  private static final int READERS = 8;
  static final int DEFAULT_READ_LIMIT = 10;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerOptions.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerOptions.DEFAULT_PORT,
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--read-limit", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_READ_LIMIT,
      description = "The longest a query may take; a longer one is cancelled and its client gets"
          + " 503 too-slow (default: ${DEFAULT-VALUE}).")
  int readLimit;

  @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "" + ServerOptions.DEFAULT_CACHE_MEGABYTES,
      description = "Memory for event lists already answered, kept while the corpus is unchanged"
          + " (default: ${DEFAULT-VALUE}; 0: none).")
  int cacheMegabytes;

  /** Reads side by side, each bounded by --read-limit: no query holds the server's threads. */
  StoreOptions store(CommandSpec spec) {
    if (readLimit < 1) {
      throw new ParameterException(spec.commandLine(), "--read-limit must be at least 1 second, not " + readLimit);
    }
    return storeOptions(readLimit);
  }

  static StoreOptions storeOptions(int readLimitSeconds) {
    return StoreOptions.DEFAULT.withReadLimit(Duration.ofSeconds(readLimitSeconds)).withReaders(READERS);
  }

  ServerOptions options(CommandSpec spec, String token) {
    try {
      return new ServerOptions(host, port, token, ServerOptions.DEFAULT_MAX_BODY, cacheMegabytes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Serves {@code store} until the process is interrupted (Ctrl-C, SIGTERM). The server stops
   * first; the JVM then waits, up to 30 s, for {@code finished}, which the caller counts down once
   * it has closed the store and removed what it made, so that none of that is cut short.
   */
  static int serve(CommandSpec spec, Store store, ServerOptions options, ArticleIntake intake,
      CountDownLatch finished) {
    PrintWriter err = spec.commandLine().getErr();
    ApiServer server;
    try {
      server = ApiServer.start(store, options, intake, err);
    } catch (IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Thread hook = new Thread(() -> {
      server.close();
      try {
        finished.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sitrep-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    Store.Counts c = store.counts();
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    err.printf(Locale.ROOT, "sitrep: serving %s (%d articles, %d events)%n", store.describe(), c.articles(), c.events());
    err.printf(Locale.ROOT, "sitrep: adding articles (POST /api/articles) is %s%n",
        intake == null ? "off (start with --token to allow it)" : "on, with the bearer token");
    err.printf(Locale.ROOT, "sitrep: open http://%s:%d/ (API: /api/events, /openapi.json); Ctrl-C stops%n",
        host, server.port());
    err.flush();
    try {
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }
}
