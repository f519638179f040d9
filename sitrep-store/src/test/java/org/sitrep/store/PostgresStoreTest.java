package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PostgresStoreTest extends StoreContractTest {

  @Override
  String newDatabase() {
    return PostgresServer.shared().createDatabase();
  }

  @Override
  String jdbcUrl(String db) {
    return db;
  }

  @Override
  String slowQuery() {
    return "SELECT pg_sleep(60)";
  }

  @Test
  void aRestartedServerIsWaitedForAndNothingIsLostOrDoubled() throws Exception {
    try (PostgresServer own = PostgresServer.start()) {
      String url = own.createDatabase();
      List<String> notices = new CopyOnWriteArrayList<>();
      store.close();
      store = Store.open(url, StoreOptions.DEFAULT.withReconnectFor(Duration.ofSeconds(60))
          .withNotices(notices::add));
      single("a1", "NG", "2024-03-01", "first");
      single("a2", "NG", "2024-03-02", "second");
      for (String mode : List.of("fast", "immediate")) { // a shutdown, then a crash
        own.halt(mode);
        Thread back = new Thread(() -> {
          sleep(3_000);
          own.resume();
        });
        back.start();
        long t0 = System.nanoTime();
        single("b-" + mode, "NG", "2024-03-03", "during the restart"); // waits for the server
        assertThat((System.nanoTime() - t0) / 1e9).isGreaterThan(2.5);
        back.join();
        assertThat(store.hasArticle("b-" + mode)).isTrue();
      }
      // a session ended under the store (an administrator, a failover): the next write is redone
      try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
        st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE pid <> pg_backend_pid() AND datname = current_database()");
      }
      single("c1", "NG", "2024-03-04", "after the sessions ended");
      assertThat(store.counts()).isEqualTo(new Store.Counts(5, 0, 5, 5));
      assertThat(notices).anyMatch(n -> n.startsWith("lost the connection to " + store.describe()))
          .anyMatch(n -> n.contains(" is back after "));
    }
  }

  @Test
  void aServerThatStaysDownFailsClearlyAndTheStoreResumes() throws Exception {
    try (PostgresServer own = PostgresServer.start()) {
      String url = own.createDatabase();
      store.close();
      store = Store.open(url, StoreOptions.DEFAULT.withReconnectFor(Duration.ofSeconds(2)));
      single("a1", "NG", "2024-03-01", "first");
      own.halt("fast");
      assertThatThrownBy(() -> single("a2", "NG", "2024-03-02", "second"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("lost the connection to " + store.describe())
          .hasMessageContaining("did not come back in 2 s")
          .hasMessageContaining("run the same command again");
      assertThatThrownBy(() -> store.counts()).isInstanceOf(StoreException.class)
          .hasMessageContaining("did not come back");
      store.close();
      own.resume();
      store = Store.open(url);
      assertThat(store.counts()).isEqualTo(new Store.Counts(1, 0, 1, 1));
      single("a2", "NG", "2024-03-02", "second");
      assertThat(store.counts().articles()).isEqualTo(2);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void describesTheUrl() {
    assertThat(store.describe()).isEqualTo(db);
  }

  @Test
  void serverDownIsAClearError() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/sitrep?user=sitrep&password=hunter2";
    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot connect to PostgreSQL")
        .hasMessageContaining("connection refused")
        .hasMessageContaining("127.0.0.1:" + port)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void wrongPasswordIsAClearErrorWithoutThePassword() {
    try (PostgresServer locked = PostgresServer.start("s3cret")) {
      String good = locked.createDatabase();
      try (Store s = Store.open(good)) {
        assertThat(s.describe()).doesNotContain("s3cret").contains("password=***");
        assertThat(s.counts().articles()).isZero();
      }
      String bad = good.replace("s3cret", "wrong-pw");
      assertThatThrownBy(() -> Store.open(bad))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("refused the login")
          .hasMessageNotContaining("wrong-pw")
          .hasMessageContaining("password=***");
    }
  }

  @Test
  void passwordsAreStrippedFromUrls() {
    assertThat(Dialect.withoutPassword("jdbc:postgresql://h:5432/db?user=u&password=p&ssl=true"))
        .isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=***&ssl=true");
    assertThat(Dialect.withoutPassword("jdbc:postgresql://u:p@h/db?password=x"))
        .isEqualTo("jdbc:postgresql://u:***@h/db?password=***");
  }

  @Test
  void oneCountryAndOneMonthUsesTheIndex() throws Exception {
    for (int i = 0; i < 40; i++) {
      single("a" + i, i % 2 == 0 ? "NG" : "ML", "2024-0" + (1 + i % 9) + "-15", "s");
    }
    try (Connection c = DriverManager.getConnection(db);
        Statement s = c.createStatement()) {
      s.execute("ANALYZE");
      s.execute("SET enable_seqscan = off"); // a tiny table: make the planner show what it can use
      assertThat(plan(s, "SELECT body FROM events WHERE country = 'NG'"
          + " AND date_earliest <= '2024-03-31' AND date_latest >= '2024-03-01'"))
          .contains("events_country_date");
      assertThat(plan(s, "SELECT body FROM reports WHERE country = 'NG'"
          + " AND date_earliest <= '2024-03-31' AND date_latest >= '2024-03-01'"))
          .contains("reports_country_date");
    }
  }

  private static String plan(Statement s, String sql) throws Exception {
    StringBuilder b = new StringBuilder();
    try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
      while (rs.next()) {
        b.append(rs.getString(1)).append('\n');
      }
    }
    return b.toString();
  }
}
