package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.PostgresServer;

/**
 * {@code sitrep ingest} (the packaged jar, in a process of its own) under the faults of a store:
 * its PostgreSQL server crashing and coming back, staying away, its disk filling up. Each run
 * either waits it out or fails with a clear message, and the same command then ends with the
 * same corpus as one run without faults: nothing lost, nothing doubled.
 */
class StoreFaultsIT {
  @TempDir Path dir;

  @Test
  void postgresCrashingOrStoppingMidIngest() throws Exception {
    Path examples = SyndicatedDemo.write(dir);
    int articles = Files.readAllLines(examples).size();
    try (PostgresServer server = PostgresServer.start()) {
      String clean = server.createDatabase();
      Fakes.Run reference = Fakes.run(SharedPipeline::get, "", "ingest", examples.toString(), "--db", clean);
      assertThat(reference.exit()).as(reference.err()).isEqualTo(ExitCodes.OK);

      // 1. a crash (pg_ctl -m immediate) after a few articles, the server back 5 s later: waited for
      String db = server.createDatabase();
      Path log1 = dir.resolve("run1.log");
      Process run = ingest(log1, examples, db, "--reconnect-for", "60");
      long before = awaitStored(db, 3, run, log1);
      server.halt("immediate");
      Thread.sleep(5_000);
      server.resume();
      assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
      String out1 = Files.readString(log1, StandardCharsets.UTF_8);
      assertThat(run.exitValue()).as(out1).isEqualTo(ExitCodes.OK);
      assertThat(out1).contains("sitrep: lost the connection to " + db).contains(" is back after ");
      assertThat(stored(db)).isEqualTo(articles);

      // 2. stopped for longer than --reconnect-for: a clear failure, then the same command goes on
      String db2 = server.createDatabase();
      Path log2 = dir.resolve("run2.log");
      run = ingest(log2, examples, db2, "--reconnect-for", "3");
      long kept = awaitStored(db2, 3, run, log2);
      server.halt("fast");
      assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
      String out2 = Files.readString(log2, StandardCharsets.UTF_8);
      assertThat(run.exitValue()).as(out2).isEqualTo(ExitCodes.INTERNAL);
      assertThat(out2).contains("did not come back in 3 s").contains("run the same command again")
          .doesNotContain("Exception").doesNotContain("\tat ");
      server.resume();
      assertThat(stored(db2)).isGreaterThanOrEqualTo(kept).isLessThan(articles);
      Fakes.Run finish = Fakes.run(SharedPipeline::get, "", "ingest", examples.toString(), "--db", db2);
      assertThat(finish.exit()).as(finish.err()).isEqualTo(ExitCodes.OK);

      for (String faulted : List.of(db, db2)) {
        assertSameCorpus(clean, faulted);
      }
      System.out.printf("StoreFaultsIT: PostgreSQL crashed at %d stored articles and came back;"
          + " stopped at %d and resumed; both ended with all %d%n", before, kept, articles);
    }
  }

  @Test
  void diskFullMidIngest() throws Exception {
    Path mount = Files.createDirectories(dir.resolve("small-disk"));
    // a file system of 150 KB: the analyses of a few articles fill it (needs root, as CI runs)
    assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=150k", "tmpfs", mount.toString()) == 0,
        "cannot mount a small tmpfs here (not root?)");
    try {
      Path examples = SyndicatedDemo.write(dir);
      int articles = Files.readAllLines(examples).size();
      String clean = dir.resolve("clean.duckdb").toString();
      Fakes.Run reference = Fakes.run(SharedPipeline::get, "", "ingest", examples.toString(), "--db", clean);
      assertThat(reference.exit()).as(reference.err()).isEqualTo(ExitCodes.OK);

      String db = mount.resolve("corpus.duckdb").toString();
      Path log = dir.resolve("full.log");
      Process run = ingest(log, examples, db);
      assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(run.exitValue()).as(out).isEqualTo(ExitCodes.INTERNAL);
      assertThat(out).contains("No space left on device").contains("the disk is full")
          .contains("run the same command again").doesNotContain("\tat ");

      // opening the full store again needs room to replay its log: a clear usage error, no usage text
      Fakes.Run stillFull = Fakes.run(SharedPipeline::get, "", "ingest", examples.toString(), "--db", db);
      if (stillFull.exit() != ExitCodes.OK) {
        assertThat(stillFull.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(stillFull.err()).contains("the disk is full").doesNotContain("Usage:");
      }
      assertThat(exec("mount", "-o", "remount,size=64m", mount.toString())).isZero();
      Fakes.Run finish = Fakes.run(SharedPipeline::get, "", "ingest", examples.toString(), "--db", db);
      assertThat(finish.exit()).as(finish.err()).isEqualTo(ExitCodes.OK);
      assertThat(finish.err()).contains("the corpus holds " + articles + " articles");
      assertSameCorpus(clean, db);
      System.out.printf("StoreFaultsIT: the disk filled up, the run stopped; resumed to all %d%n", articles);
    } finally {
      exec("umount", "-l", mount.toString());
    }
  }

  private Process ingest(Path log, Path examples, String db, String... more) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-jar", Path.of("target", "sitrep.jar").toString(), "ingest", examples.toString(),
        "--db", db, "--threads", "1"));
    cmd.addAll(List.of(more));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
  }

  /** Waits until the ingest has stored {@code n} articles; returns how many it had. */
  private static long awaitStored(String db, int n, Process run, Path log) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < end) {
      assertThat(run.isAlive()).as(Files.readString(log)).isTrue();
      long stored = stored(db);
      if (stored >= n) {
        return stored;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + n + " articles stored within 240 s: " + Files.readString(log));
  }

  private static long stored(String db) throws Exception {
    try (Connection c = DriverManager.getConnection(db);
        Statement st = c.createStatement()) {
      // before the ingest has migrated the schema there is no table yet
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
        rs.next();
        return rs.getLong(1);
      } catch (java.sql.SQLException e) {
        return 0;
      }
    }
  }

  private static void assertSameCorpus(String clean, String db) {
    for (String what : List.of("articles", "events")) {
      String a = Fakes.run(SharedPipeline::get, "", "export", what, "--format", "jsonl", "--db", clean).out();
      String b = Fakes.run(SharedPipeline::get, "", "export", what, "--format", "jsonl", "--db", db).out();
      assertThat(b).as(what + " of " + db).isEqualTo(a).isNotEmpty();
    }
  }

  private static int exec(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
