package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/**
 * {@code sitrep ingest} killed with SIGKILL at random moments, again and again, then run to the
 * end: the store holds every article once, and the same corpus as one uninterrupted run.
 */
class KillResumeIT {
  private static final int TRIALS = 5;

  @TempDir Path dir;

  @Test
  void killedIngestsResumeToTheSameCorpus() throws Exception {
    Path examples = SyndicatedDemo.write(dir);
    List<String> lines = Files.readAllLines(examples);
    String clean = dir.resolve("clean.duckdb").toString();
    Fakes.Run reference = Fakes.run(SharedPipeline::get, "", "ingest", examples.toString(), "--db", clean);
    assertThat(reference.exit()).as(reference.err()).isEqualTo(ExitCodes.OK);

    String db = dir.resolve("killed.duckdb").toString();
    Path jar = Path.of("target", "sitrep.jar");
    Random random = new Random(20261202);
    List<Long> storedAfterKill = new ArrayList<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx3g", "-jar", jar.toString(), "ingest", examples.toString(), "--db", db, "--threads", "1")
          .redirectErrorStream(true).start();
      // wait until it analyses, then kill it somewhere in its writing: when its write-ahead log
      // has grown by a random amount (an article adds ~11 KB), so kills land between and inside
      // transactions whatever the machine's speed
      if (!waitFor(p.getInputStream(), "loading the pipeline")) {
        assertThat(trial).as("the first run must have articles to analyse").isPositive();
        break; // an earlier trial got to the end: nothing left to analyse
      }
      Path wal = Path.of(db + ".wal");
      long start = Files.exists(wal) ? Files.size(wal) : 0;
      long target = start + 4_000 + random.nextInt(120_000);
      while (p.isAlive() && (!Files.exists(wal) || Files.size(wal) < target)) {
        Thread.sleep(5);
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (Store s = Store.open(db)) {
        storedAfterKill.add(s.counts().articles());
      }
    }
    Fakes.Run finish = Fakes.run(SharedPipeline::get, "", "ingest", examples.toString(), "--db", db);
    assertThat(finish.exit()).as(finish.err()).isEqualTo(ExitCodes.OK);
    // the kills landed part-way, the stored count never went back, and the end is complete
    assertThat(storedAfterKill).anyMatch(n -> n > 0 && n < lines.size());
    for (int i = 1; i < storedAfterKill.size(); i++) {
      assertThat(storedAfterKill.get(i)).isGreaterThanOrEqualTo(storedAfterKill.get(i - 1));
    }
    // every index lookup finds what a scan finds (DuckDB's indexes after replaying a killed
    // writer's log missed rows: 256 of 384 band lookups before the store rebuilt them on open)
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + db);
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT band, count(*) FROM article_bands GROUP BY band")) {
      int bands = 0;
      while (rs.next()) {
        bands++;
        try (var ps = c.prepareStatement("SELECT count(*) FROM article_bands WHERE band = ?")) {
          ps.setLong(1, rs.getLong(1));
          try (var found = ps.executeQuery()) {
            found.next();
            assertThat(found.getLong(1)).as("rows of band " + rs.getLong(1) + " found by the index").isEqualTo(rs.getLong(2));
          }
        }
      }
      assertThat(bands).isPositive();
    }
    String articlesA = Fakes.run(SharedPipeline::get, "", "export", "articles", "--format", "jsonl", "--db", clean).out();
    String articlesB = Fakes.run(SharedPipeline::get, "", "export", "articles", "--format", "jsonl", "--db", db).out();
    assertThat(articlesB).isEqualTo(articlesA);
    String a = Fakes.run(SharedPipeline::get, "", "export", "events", "--format", "jsonl", "--db", clean).out();
    String b = Fakes.run(SharedPipeline::get, "", "export", "events", "--format", "jsonl", "--db", db).out();
    assertThat(b).isEqualTo(a);
    try (Store s = Store.open(db); Store c = Store.open(clean)) {
      assertThat(s.counts()).isEqualTo(c.counts());
    }
    System.out.println("KillResumeIT: articles stored after each kill: " + storedAfterKill);
  }

  /**
   * Reads the child's output until it says {@code what} (then keeps its pipe drained): true, or
   * false when the child ended first.
   */
  private static boolean waitFor(InputStream out, String what) throws Exception {
    StringBuilder seen = new StringBuilder();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < end) {
      int c = out.read();
      if (c < 0) {
        System.out.println("KillResumeIT: ingest ended: " + seen);
        return false;
      }
      seen.append((char) c);
      if (seen.indexOf(what) >= 0) {
        Thread drain = new Thread(() -> {
          try {
            out.transferTo(OutputStream.nullOutputStream());
          } catch (IOException e) {
            // the child is gone
          }
        });
        drain.setDaemon(true);
        drain.start();
        return true;
      }
    }
    throw new AssertionError("no '" + what + "' within 120 s: " + seen);
  }
}
