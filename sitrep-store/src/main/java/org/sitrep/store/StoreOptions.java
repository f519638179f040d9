package org.sitrep.store;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a store behaves under load and faults.
 *
 * @param readLimit the longest one read may take before it is cancelled with a {@link
 *     StoreTimeoutException} (a server's answer to a query that would hold its threads), or null for
 *     none (ingest and the CLI, whose reads a user waits for on purpose)
 * @param readers read connections at most, used side by side: a slow query does not hold the rest
 * @param reconnectFor how long to wait for a database server that went away (PostgreSQL restarted)
 *     before failing; a DuckDB file never goes away
 * @param notices where to say that the store is waiting (a lost server), for a user to see
 */
public record StoreOptions(Duration readLimit, int readers, Duration reconnectFor, Consumer<String> notices) {
  /** No read limit, 4 readers, a minute's wait for a restarted server, nothing said. */
  public static final StoreOptions DEFAULT = new StoreOptions(null, 4, Duration.ofMinutes(1), s -> {});

  public StoreOptions {
    Objects.requireNonNull(reconnectFor, "reconnectFor");
    Objects.requireNonNull(notices, "notices");
    if (readers < 1) {
      throw new IllegalArgumentException("readers must be at least 1: " + readers);
    }
    if (readLimit != null && (readLimit.isNegative() || readLimit.isZero())) {
      throw new IllegalArgumentException("readLimit must be positive: " + readLimit);
    }
  }

  public StoreOptions withReadLimit(Duration limit) {
    return new StoreOptions(limit, readers, reconnectFor, notices);
  }

  public StoreOptions withReaders(int n) {
    return new StoreOptions(readLimit, n, reconnectFor, notices);
  }

  public StoreOptions withReconnectFor(Duration d) {
    return new StoreOptions(readLimit, readers, d, notices);
  }

  public StoreOptions withNotices(Consumer<String> sink) {
    return new StoreOptions(readLimit, readers, reconnectFor, sink);
  }
}
