package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** {@code serve}, {@code demo} and {@code bench api}: what they refuse before serving anything. */
class ServeCommandTest {
  @TempDir Path dir;

  private static Fakes.Run run(String... args) {
    return Fakes.run(() -> {
      throw new AssertionError("these commands must not load the pipeline");
    }, "", args);
  }

  @Test
  void aMissingStoreIsAUsageErrorNamingIt() {
    String db = dir.resolve("nope.duckdb").toString();
    Fakes.Run r = run("serve", "--db", db);
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no store at " + db).contains("sitrep demo");
    assertThat(dir.resolve("nope.duckdb")).doesNotExist(); // not created by looking
    assertThat(run("bench", "api", "--db", db).exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aLockedStoreIsAUsageErrorNamingIt() throws Exception {
    String db = dir.resolve("locked.duckdb").toString();
    Store.open(db).close();
    // another process holds it: DuckDB allows one writer process per file
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.sitrep.store.HoldStore", db)
        .redirectErrorStream(true).start();
    try {
      assertThat(new String(holder.getInputStream().readNBytes(4))).isEqualTo("open");
      Fakes.Run r = run("serve", "--db", db, "--port", "0");
      assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains(db);
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    String db = dir.resolve("s.duckdb").toString();
    Store.open(db).close();
    Fakes.Run shortToken = run("serve", "--db", db, "--token", "short");
    assertThat(shortToken.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(shortToken.err()).contains("16 characters");
    assertThat(run("serve", "--db", db, "--port", "70000").exit()).isEqualTo(ExitCodes.USAGE);
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Fakes.Run busy = run("serve", "--db", db, "--port", "" + taken.getLocalPort());
      assertThat(busy.exit()).isEqualTo(ExitCodes.USAGE);
      assertThat(busy.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
    assertThat(run("demo", "--no-serve").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("bench", "api", "--db", db, "--clients", "0").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theDemoArticlesAreInTheJar() throws Exception {
    Path copied = DemoCommand.copyExamples(dir.resolve("examples"));
    assertThat(copied.resolve("kisumu.jsonl")).exists();
    assertThat(copied.resolve("borno.jsonl")).exists();
    assertThat(copied.resolve("bangladesh.jsonl")).exists();
  }
}
