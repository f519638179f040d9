package org.sitrep.store;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: Debian's binaries ({@code /usr/lib/postgresql/N/bin},
 * the highest N, else {@code PATH}), a temporary data directory, a free port on 127.0.0.1 and a
 * unix socket inside the directory. PostgreSQL refuses to run as root, so when the JVM is root (as
 * in CI) initdb and pg_ctl run as the {@code postgres} user via {@code runuser}.
 *
 * <p>Other modules' tests use it through sitrep-store's test-jar: {@link #shared()} for one server
 * per JVM, {@link #createDatabase()} for a fresh database per test.
 */
public final class PostgresServer implements AutoCloseable {
  public static final String USER = "sitrep";

  private static PostgresServer shared;

  private final Path dir;
  private final Path bin;
  private final int port;
  private final String password;
  private final boolean asPostgres;
  private final AtomicInteger databases = new AtomicInteger();
  private final Thread hook;
  private boolean stopped;

  private PostgresServer(String password) {
    this.bin = binaries();
    this.password = password;
    this.asPostgres = "root".equals(System.getProperty("user.name"));
    try {
      this.dir = Files.createTempDirectory("sitrep-pg");
      this.port = freePort();
      Files.createDirectories(dir.resolve("sock"));
      List<String> initdb = new ArrayList<>(List.of(
          bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
          "-U", USER, "-E", "UTF8", "--locale=C"));
      if (password == null) {
        initdb.add("-A");
        initdb.add("trust");
      } else {
        Path pw = dir.resolve("pwfile");
        Files.writeString(pw, password + "\n", StandardCharsets.UTF_8);
        initdb.addAll(List.of("-A", "scram-sha-256", "--pwfile=" + pw));
      }
      if (asPostgres) {
        run(List.of("chown", "-R", "postgres:", dir.toString()), false);
      }
      run(initdb, asPostgres);
      startServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.hook = new Thread(this::stopQuietly, "stop PostgreSQL test server");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** A server with trust authentication for user {@value #USER}. */
  public static PostgresServer start() {
    return new PostgresServer(null);
  }

  /** A server that asks user {@value #USER} for this password (scram-sha-256). */
  public static PostgresServer start(String password) {
    return new PostgresServer(password);
  }

  /** One trust server per JVM, started on first use and stopped when the JVM exits. */
  public static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  public int port() {
    return port;
  }

  /** The JDBC URL of a database on this server, with the user (and the password, if any). */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER
        + (password == null ? "" : "&password=" + password);
  }

  /** Creates a new, empty database and returns its URL. */
  public String createDatabase() {
    String name = "sitrep_test_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return url(name);
  }

  /**
   * fsync off: a test needs no data after a power cut, only after the server process is killed,
   * which the operating system's cache survives. Commits stay synchronous: with them off, a
   * crash (pg_ctl -m immediate) loses transactions the client saw committed.
   */
  private void startServer() {
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
        "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start", "-o",
        "-p " + port + " -k " + dir.resolve("sock") + " -c listen_addresses=127.0.0.1 -c fsync=off"
            + " -c full_page_writes=off"), asPostgres);
  }

  /**
   * Stops the server as an operator or a crash would, keeping its data: {@code fast} ends the
   * sessions and shuts down cleanly, {@code immediate} is a crash (recovery on the next start).
   */
  public synchronized void halt(String mode) {
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
        "-m", mode, "-w", "stop"), asPostgres);
  }

  /** Starts a halted server again, on the same port with the same data. */
  public synchronized void resume() {
    startServer();
  }

  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
          "-m", "immediate", "-w", "stop"), asPostgres);
    } finally {
      delete(dir);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException ignored) {
        // already shutting down: this is the hook
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException ignored) {
      // the JVM is exiting
    }
  }

  /** The directory of initdb and pg_ctl, or a failure saying what to install. */
  static Path binaries() {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> best = versions
            .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
            .max(Comparator.comparingInt(PostgresServer::version));
        if (best.isPresent()) {
          return best.get().resolve("bin");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String d : path.split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "initdb"))
          && Files.isExecutable(Path.of(d, "pg_ctl"))) {
        return Path.of(d);
      }
    }
    throw new IllegalStateException(
        "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin or on PATH):"
            + " the store's PostgreSQL tests need it; install Debian's postgresql package"
            + " (apt-get install postgresql)");
  }

  private static int version(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString().replaceAll("\\..*", ""));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void run(List<String> command, boolean postgres) {
    List<String> cmd = new ArrayList<>();
    if (postgres) {
      cmd.addAll(Arrays.asList("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    try {
      // output to a file, not a pipe: pg_ctl's server would keep a pipe open
      Path out = Files.createTempFile("sitrep-pg-cmd", ".log");
      try {
        Process p = new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
        int rc = p.waitFor();
        if (rc != 0) {
          String log = dir.resolve("server.log").toFile().exists()
              ? "\nserver.log:\n" + Files.readString(dir.resolve("server.log")) : "";
          if (postgres && !userExists("postgres")) {
            log += "\n(no postgres user: install Debian's postgresql package, which creates it)";
          }
          throw new IllegalStateException(
              String.join(" ", cmd) + " failed (" + rc + "):\n" + Files.readString(out) + log);
        }
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + cmd, e);
    }
  }

  private static boolean userExists(String user) throws IOException {
    return Files.readAllLines(Path.of("/etc/passwd")).stream()
        .anyMatch(l -> l.startsWith(user + ":"));
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp dir left behind is harmless
    }
  }
}
