package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest extends StoreContractTest {
  @TempDir Path tmp;
  private int n;

  @Override
  String newDatabase() {
    return tmp.resolve("sitrep-" + (++n) + ".duckdb").toString();
  }

  @Override
  String jdbcUrl(String db) {
    return "jdbc:duckdb:" + db;
  }

  @Override
  String slowQuery() {
    return "SELECT sum(a.range * b.range) FROM range(200000) a, range(200000) b";
  }

  /** DuckDB alters no table that an index depends on: the indexes go and come back around it. */
  @Override
  void dropColumn(Statement st, String table, String column) throws Exception {
    List<String[]> indexes = new java.util.ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT index_name, sql FROM duckdb_indexes() WHERE table_name = '"
        + table + "' AND sql IS NOT NULL")) {
      while (rs.next()) {
        indexes.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] index : indexes) {
      st.execute("DROP INDEX " + index[0]);
    }
    st.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
    for (String[] index : indexes) {
      st.execute(index[1]);
    }
  }

  @Test
  void describesTheFile() {
    assertThat(store.describe()).isEqualTo("DuckDB file " + Path.of(db).toAbsolutePath());
    assertThat(Files.exists(Path.of(db))).isTrue();
  }

  @Test
  void missingDirectoryIsAClearError() {
    String missing = tmp.resolve("no/such/dir/sitrep.duckdb").toString();
    assertThatThrownBy(() -> Store.open(missing))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(missing)
        .hasMessageContaining("does not exist");
  }

  @Test
  void aFileThatIsNotDuckDbIsAClearError() throws Exception {
    Path junk = tmp.resolve("notes.txt");
    Files.writeString(junk, "these are not the tables you are looking for\n".repeat(200));
    assertThatThrownBy(() -> Store.open(junk.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(junk.toString())
        .hasMessageContaining("not a sitrep database");
  }

  @Test
  void aFileInUseByAnotherProcessIsAClearError() throws Exception {
    single("a1", "NG", "2024-03-01", "first");
    store.close();
    store = null;
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            HoldStore.class.getName(), db)
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).as("the child JVM's first line").isEqualTo("open");
      assertThatThrownBy(() -> Store.open(db))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("database DuckDB file " + Path.of(db).toAbsolutePath()
              + " is in use by another sitrep (pid " + child.pid() + ")")
          .hasMessageContaining("stop it or use another --db");
    } finally {
      child.getOutputStream().close(); // the child exits when its stdin closes
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
    // once the other process is gone the file opens again
    store = Store.open(db);
    assertThat(store.hasArticle("a1")).isTrue();
  }

  /**
   * DuckDB's planner uses its ART indexes only for very selective lookups; a country and a month
   * are read by a sequential scan that min/max zone maps prune (about 40 ms on 2 million events).
   * The indexes are there all the same, and PostgreSQL uses them (see PostgresStoreTest).
   */
  @Test
  void theCountryDateIndexesExist() throws Exception {
    store.close();
    store = null;
    try (Connection c = DriverManager.getConnection(jdbcUrl(db));
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT index_name FROM duckdb_indexes() ORDER BY index_name")) {
      List<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      assertThat(names).contains("reports_country_date", "events_country_date");
    }
  }
}
