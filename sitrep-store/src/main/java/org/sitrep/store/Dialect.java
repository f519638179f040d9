package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/** The few things that differ between DuckDB and PostgreSQL; the SQL itself is shared. */
enum Dialect {
  DUCKDB {
    @Override
    String jdbcUrl(String db) {
      return "jdbc:duckdb:" + Path.of(db).toAbsolutePath().normalize();
    }

    @Override
    String describe(String db) {
      return "DuckDB file " + Path.of(db).toAbsolutePath().normalize();
    }

    @Override
    void checkOpenable(String db) {
      Path file = Path.of(db).toAbsolutePath().normalize();
      Path dir = file.getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new StoreException(
            "cannot create " + describe(db) + ": directory " + dir + " does not exist");
      }
      if (Files.isDirectory(file)) {
        throw new StoreException(describe(db) + " is a directory, not a sitrep database");
      }
    }

    @Override
    Connection connect(String db) throws SQLException {
      try {
        return DriverManager.getConnection(jdbcUrl(db));
      } catch (LinkageError e) {
        // the driver unpacks its native library (~60 MB) into the temporary folder on first use
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        throw new StoreException("cannot load DuckDB's native library, which it unpacks into "
            + System.getProperty("java.io.tmpdir") + " (full? set another with"
            + " SITREP_JAVA_OPTS=-Djava.io.tmpdir=DIR): " + root, e);
      }
    }

    /** A write-ahead log left beside the file: the last process to write it did not close it. */
    @Override
    boolean uncleanlyClosed(String db) {
      return Files.exists(Path.of(Path.of(db).toAbsolutePath().normalize() + ".wal"));
    }

    /**
     * Rebuilds the secondary indexes. After a process writing the file is killed, DuckDB (1.4)
     * replays the log's rows into the tables but not always into their ART indexes: measured by
     * KillResumeIT, 256 of 384 band-hash lookups missed rows that a scan finds, so
     * near-duplicates went undetected. Rebuilding from the tables is cheap beside the ingest.
     */
    @Override
    void recover(Connection c) throws SQLException {
      List<String[]> indexes = new ArrayList<>();
      // on the replayed tables first, each statement its own transaction: dropping an index in a
      // transaction over freshly replayed rows crashed DuckDB 1.4.4 ("pure virtual method called")
      try (Statement st = c.createStatement()) {
        st.execute("CHECKPOINT");
      }
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(
              "SELECT index_name, sql FROM duckdb_indexes() WHERE schema_name = 'main' AND sql IS NOT NULL")) {
        while (rs.next()) {
          indexes.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      try (Statement st = c.createStatement()) {
        for (String[] index : indexes) {
          st.execute("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
          st.execute(index[1]);
        }
        st.execute("CHECKPOINT");
      }
    }

    /** A second connection to the same database instance; DuckDB streams results by default. */
    @Override
    Connection readerConnection(Connection main, String db) throws SQLException {
      return main.unwrap(DuckDBConnection.class).duplicate();
    }

    @Override
    String textOrder(String column) {
      return column; // DuckDB compares strings by bytes
    }

    @Override
    StoreException translate(String what, SQLException e) {
      String m = messages(e);
      Matcher lock = LOCK.matcher(m);
      if (m.contains("Could not set lock on file")) {
        String pid = lock.find() ? " (pid " + lock.group(1) + ")" : "";
        return new StoreException(
            "database " + what + " is in use by another sitrep" + pid
                + "; stop it or use another --db",
            e);
      }
      if (m.contains("not a valid DuckDB database file") || m.contains("Unknown file type")
          || m.contains("database file") && m.contains("not a valid")) {
        return new StoreException(what + " is not a sitrep database (not a DuckDB file)", e);
      }
      if (diskFull(e)) {
        return new StoreException("cannot open " + what + ": " + firstLine(e) + "; " + DISK_FULL_HINT, e);
      }
      return null;
    }
  },

  POSTGRES {
    @Override
    String jdbcUrl(String db) {
      return db;
    }

    @Override
    String describe(String db) {
      return withoutPassword(db);
    }

    @Override
    void checkOpenable(String db) {}

    @Override
    Connection connect(String db) throws SQLException {
      return DriverManager.getConnection(db);
    }

    /** Another session: with autocommit off and a fetch size, the driver reads by cursor. */
    @Override
    Connection readerConnection(Connection main, String db) throws SQLException {
      return DriverManager.getConnection(db);
    }

    @Override
    String textOrder(String column) {
      return column + " COLLATE \"C\""; // the same order as DuckDB, whatever the database's locale
    }

    /**
     * The server went away or is restarting: a broken socket (class 08), the session terminated by
     * an administrator or a shutdown (57P01, 57P02), the server starting up (57P03).
     */
    @Override
    boolean connectionLost(SQLException e) {
      String state = sqlState(e);
      return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    @Override
    StoreException translate(String what, SQLException e) {
      String state = sqlState(e);
      String m = messages(e);
      if ("28P01".equals(state) || "28000".equals(state)) {
        return new StoreException(
            "PostgreSQL " + what + " refused the login (wrong user or password?): "
                + firstLine(e),
            e);
      }
      if ("3D000".equals(state)) {
        return new StoreException(
            "PostgreSQL " + what + ": the database does not exist; create it first (createdb)", e);
      }
      if (state != null && state.startsWith("08") || m.contains("Connection refused")) {
        return new StoreException(
            "cannot connect to PostgreSQL " + what
                + ": connection refused; is the server running and the host and port right?",
            e);
      }
      return null;
    }
  };

  private static final Pattern LOCK = Pattern.compile("PID (\\d+)");
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("([?&;])password=[^&;]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):[^/@]*@");

  /** The URL for the JDBC driver. */
  abstract String jdbcUrl(String db);

  /** "DuckDB file /abs/path" or the PostgreSQL URL without its password. */
  abstract String describe(String db);

  /** Fails early, with a clear message, when {@code db} cannot be a database of this kind. */
  abstract void checkOpenable(String db);

  abstract Connection connect(String db) throws SQLException;

  /**
   * Another connection to the same database, for reads beside the writing connection {@code main}
   * (DuckDB: a duplicate of it, as one process holds the file; PostgreSQL: a session of its own).
   */
  abstract Connection readerConnection(Connection main, String db) throws SQLException;

  /** Whether the connection is gone but a new one may work later (a restarted server). */
  boolean connectionLost(SQLException e) {
    return false;
  }

  /** An ORDER BY term comparing a text column by code point on both databases. */
  abstract String textOrder(String column);

  /** Whether the database shows that its last writer did not close it (a crash, a kill -9). */
  boolean uncleanlyClosed(String db) {
    return false;
  }

  /** Repairs what an unclean close may leave behind (autocommit on); nothing by default. */
  void recover(Connection c) throws SQLException {}

  /** A clear StoreException for the failures users cause (lock, server, login), else null. */
  abstract StoreException translate(String what, SQLException e);

  /** The disk holding the database is full (DuckDB's file, a PostgreSQL server's data). */
  static boolean diskFull(Throwable e) {
    return "53100".equals(sqlState(e)) || messages(e).contains("No space left on device");
  }

  /** What a user should do about a full disk; nothing committed is lost. */
  static final String DISK_FULL_HINT =
      "the disk is full: free space, then run the same command again (what was stored is kept)";

  /** Strips a password from a PostgreSQL URL (a {@code password=} parameter or user info). */
  static String withoutPassword(String s) {
    if (s == null) {
      return null;
    }
    String out = PASSWORD_PARAM.matcher(s).replaceAll("$1password=***");
    return USER_INFO.matcher(out).replaceAll("//$1:***@");
  }

  static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null) {
        b.append(t.getMessage()).append('\n');
      }
      if (t instanceof SQLException s && s.getNextException() != null && s.getNextException() != t) {
        b.append(s.getNextException().getMessage()).append('\n');
      }
    }
    return b.toString();
  }

  static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        return s.getSQLState();
      }
    }
    return null;
  }

  /** The first line of the exception's message, without any password. */
  static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = m.indexOf('\n');
    return withoutPassword(nl < 0 ? m : m.substring(0, nl));
  }
}
