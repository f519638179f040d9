package org.sitrep.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.server.ApiServer;
import org.sitrep.server.ServerOptions;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench api}: the server on 127.0.0.1 under concurrent clients, one kind of request
 * at a time for a fixed time each: the event list, one event, a country's export, and as the
 * baseline in the same run the OpenAPI document (a static answer: what the server itself costs).
 */
@Command(
    name = "api",
    sortOptions = false,
    description = {
      "Load test of the API on a store: concurrent clients on 127.0.0.1, each kind of request for a"
          + " fixed time; prints requests/s and p50/p99 latency beside a static baseline request."
    })
final class ApiBenchCommand implements Callable<Integer> {
  @ParentCommand private BenchCommand bench;
  @Spec private CommandSpec spec;
  @Mixin private DbOption db;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "50",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  private int clients;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "20",
      description = "Time per kind of request (default: ${DEFAULT-VALUE}), after 3 s of warm-up.")
  private int seconds;

  @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "" + ServerOptions.DEFAULT_CACHE_MEGABYTES,
      description = "The server's cache of event lists, as serve has it (default: ${DEFAULT-VALUE};"
          + " 0: every request queries the store).")
  private int cacheMegabytes;

  private record Kind(String name, IntFunction<String> path) {}

  private record Row(String name, long requests, long errors, long bytes, double seconds, long[] nanos) {
    double perSecond() {
      return requests / seconds;
    }

    double millis(double q) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      return nanos[Math.min(nanos.length - 1, (int) Math.ceil(q * nanos.length) - 1)] / 1e6;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 1000 || seconds < 1 || cacheMegabytes < 0) {
      throw new ParameterException(spec.commandLine(),
          "--clients must be 1..1000, --seconds at least 1 and --cache-mb 0 or more");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = db.openExisting(spec, ServeOptions.storeOptions(ServeOptions.DEFAULT_READ_LIMIT));
        ApiServer server = ApiServer.start(store, ServerOptions.local(0).withCache(cacheMegabytes), null, err)) {
      List<CorpusEvent> sample = store.events(new EventQuery(null, null, null, null, null, null, null, null, 2000, 0));
      long total = store.countEvents(EventQuery.ALL);
      if (sample.isEmpty()) {
        throw new ParameterException(spec.commandLine(), store.describe() + " holds no events");
      }
      List<String> ids = sample.stream().map(CorpusEvent::id).toList();
      List<String> countries = sample.stream().map(CorpusEvent::country).filter(c -> c != null).distinct().toList();
      // a country and the month of one of its events: what a user of the page filters to
      List<String> countryMonths = sample.stream()
          .filter(e -> e.country() != null && e.date() != null && e.date().matches("\\d{4}-\\d{2}-\\d{2}"))
          .map(e -> "country=" + e.country() + "&from=" + e.date().substring(0, 7) + "-01&to="
              + YearMonth.parse(e.date().substring(0, 7)).atEndOfMonth())
          .distinct().toList();
      String base = "http://127.0.0.1:" + server.port();
      int pages = (int) Math.max(1, Math.min(total, 100_000) / 100);
      List<Kind> kinds = List.of(
          new Kind("openapi (baseline)", i -> "/openapi.json"),
          new Kind("events, page of 100", i -> "/api/events?limit=100&offset=" + 100 * (i % pages)),
          new Kind("events, 500 brief (page)", i -> "/api/events?view=brief&limit=500&offset="
              + 500 * (i % Math.max(1, pages / 5))),
          new Kind("country-month, brief", i -> "/api/events?view=brief&limit=500&"
              + (countryMonths.isEmpty() ? "" : countryMonths.get(i % countryMonths.size()))),
          new Kind("one event", i -> "/api/events/" + ids.get(i % ids.size())),
          new Kind("export geojson, 1 country", i -> "/api/export?format=geojson&country="
              + (countries.isEmpty() ? "KE" : countries.get(i % countries.size()))));
      err.printf(Locale.ROOT, "sitrep: %d clients against %s (%d events), %d s per kind of request%n",
          clients, store.describe(), total, seconds);
      err.flush();
      HttpClient http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(4))
          .connectTimeout(Duration.ofSeconds(5))
          .build();
      List<Row> rows = new ArrayList<>();
      for (Kind k : kinds) {
        run(http, base, k, 3); // warm-up: JIT, caches, connections
        Row r = run(http, base, k, seconds);
        rows.add(r);
        err.printf(Locale.ROOT, "sitrep: %-26s %8.1f requests/s%n", k.name(), r.perSecond());
        err.flush();
      }
      String table = table(rows);
      main().stdout().write(table.getBytes(StandardCharsets.UTF_8));
      main().stdout().flush();
      return rows.stream().anyMatch(r -> r.errors() > 0) ? ExitCodes.INPUT_FAILED : ExitCodes.OK;
    }
  }

  private Main main() {
    return bench.main();
  }

  /** {@code clients} threads sending one kind of request back to back for {@code secs}. */
  private Row run(HttpClient http, String base, Kind kind, int secs) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + secs * 1_000_000_000L;
    List<long[]> perClient = new ArrayList<>();
    long[][] counts = new long[clients][3]; // requests, errors, bytes
    for (int c = 0; c < clients; c++) {
      long[] lat = new long[1 << 16];
      perClient.add(lat);
      int me = c;
      pool.submit(() -> {
        int n = 0;
        long[] mine = perClient.get(me);
        while (System.nanoTime() < end) {
          int i = ThreadLocalRandom.current().nextInt(1 << 20);
          HttpRequest req = HttpRequest.newBuilder(URI.create(base + kind.path().apply(i)))
              .timeout(Duration.ofSeconds(30)).GET().build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            long dt = System.nanoTime() - t0;
            if (res.statusCode() != 200) {
              counts[me][1]++;
            }
            counts[me][2] += res.body().length;
            if (n == mine.length) {
              mine = Arrays.copyOf(mine, n * 2);
              perClient.set(me, mine);
            }
            mine[n++] = dt;
            counts[me][0]++;
          } catch (Exception e) {
            counts[me][1]++;
          }
        }
        perClient.set(me, Arrays.copyOf(mine, n));
        return null;
      });
    }
    long started = System.nanoTime();
    pool.shutdown();
    pool.awaitTermination(secs + 60L, TimeUnit.SECONDS);
    double took = (System.nanoTime() - started) / 1e9;
    long requests = 0;
    long errors = 0;
    long bytes = 0;
    for (long[] c : counts) {
      requests += c[0];
      errors += c[1];
      bytes += c[2];
    }
    long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Row(kind.name(), requests, errors, bytes, took, all);
  }

  private String table(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-27s %9s %7s %11s %9s %9s %9s %10s%n", "request", "requests",
        "errors", "requests/s", "p50 ms", "p99 ms", "max ms", "MB/s"));
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT, "%-27s %9d %7d %11.1f %9.1f %9.1f %9.1f %10.2f%n", r.name(),
          r.requests(), r.errors(), r.perSecond(), r.millis(0.50), r.millis(0.99), r.millis(1.0),
          r.bytes() / r.seconds() / 1e6));
    }
    b.append(String.format(Locale.ROOT, "%n%d concurrent clients on 127.0.0.1; each kind for the same time, one after"
        + " another; the server's cache of event lists: %s%n", clients,
        cacheMegabytes == 0 ? "off" : cacheMegabytes + " MB"));
    return b.toString();
  }
}
