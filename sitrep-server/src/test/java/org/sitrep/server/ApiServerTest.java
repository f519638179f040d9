package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.InputException;
import org.sitrep.model.Article;
import org.sitrep.store.Store;

/** The API against a real DuckDB store, over real HTTP. */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "a-long-enough-test-token";

  @TempDir static Path dir;
  static Store store;
  static ApiServer server;
  static Http http;
  static final StringWriter log = new StringWriter();
  /** What the fake intake received: the server's side of POST is under test, not the pipeline. */
  static final List<Article> posted = new ArrayList<>();

  @BeforeAll
  static void start() {
    store = Fixtures.store(dir);
    ArticleIntake intake = a -> {
      if (a.text().contains("Bonjour")) {
        throw new InputException("unsupported-language", "request body: the text is French, not English");
      }
      posted.add(a);
      return new ArticleIntake.Added(a.id(), true, null, List.of("E9"));
    };
    server = ApiServer.start(store, ServerOptions.local(0).withToken(TOKEN), intake, new PrintWriter(log, true));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static JsonNode json(Http.Answer a) throws Exception {
    assertThat(a.header("Content-Type")).startsWith("application/json");
    return JSON.readTree(a.body());
  }

  private static JsonNode error(Http.Answer a, int status) throws Exception {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    JsonNode e = json(a).get("error");
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("/tmp");
    return e;
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("events").forEach(e -> out.add(e.get("id").asText()));
    return out;
  }

  @Test
  void listsEventsByDateWithTheirLedgers() throws Exception {
    JsonNode page = json(http.get("/api/events"));
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(ids(page)).containsExactly("E1", "E2", "E3");
    JsonNode e1 = page.get("events").get(0);
    // each event exactly as the corpus JSONL export writes it
    assertThat(e1.get("figures").get(0).get("claims")).hasSize(3);
    assertThat(e1.get("figures").get(0).get("claims").get(1).get("source").get("name").asText())
        .isEqualTo("Kenya Human Rights Commission");
    assertThat(e1.get("reports")).hasSize(2);
  }

  @Test
  void filtersAndPages() throws Exception {
    assertThat(ids(json(http.get("/api/events?country=ng")))).containsExactly("E3");
    assertThat(ids(json(http.get("/api/events?from=2023-07-13&to=2023-12-31")))).containsExactly("E2");
    assertThat(ids(json(http.get("/api/events?type=protests")))).containsExactly("E1", "E2");
    assertThat(ids(json(http.get("/api/events?subType=Peaceful%20protest")))).containsExactly("E2");
    assertThat(ids(json(http.get("/api/events?actor=boko")))).containsExactly("E3");
    assertThat(ids(json(http.get("/api/events?admin1=borno")))).containsExactly("E3");
    assertThat(ids(json(http.get("/api/events?q=konduga")))).containsExactly("E3");
    JsonNode page = json(http.get("/api/events?limit=1&offset=1"));
    assertThat(ids(page)).containsExactly("E2");
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(ids(json(http.get("/api/events?offset=3")))).isEmpty();
    JsonNode brief = json(http.get("/api/events?view=brief&limit=1")).get("events").get(0);
    assertThat(brief.get("placeName").asText()).isEqualTo("Kisumu");
    assertThat(brief.get("fatalities").asInt()).isEqualTo(9);
    assertThat(brief.has("figures")).isFalse();
    assertThat(error(http.get("/api/events?view=short"), 400).get("parameter").asText()).isEqualTo("view");
  }

  @Test
  void refusesBadParametersNamingThem() throws Exception {
    Map<String, String> bad = Map.of(
        "/api/events?limit=501", "limit",
        "/api/events?limit=0", "limit",
        "/api/events?limit=ten", "limit",
        "/api/events?offset=-1", "offset",
        "/api/events?from=2024-02-30", "from",
        "/api/events?from=2024-03-02&to=2024-03-01", "from",
        "/api/events?country=Kenya", "country",
        "/api/events?contry=KE", "contry",
        "/api/events?type=a&type=b", "type",
        "/api/events?q=" + "x".repeat(201), "q");
    for (var e : bad.entrySet()) {
      JsonNode err = error(http.get(e.getKey()), 400);
      assertThat(err.get("code").asText()).isEqualTo("bad-parameter");
      assertThat(err.get("parameter").asText()).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(error(http.get("/api/events?q=%00"), 400).get("parameter").asText()).isEqualTo("q");
    assertThat(error(http.get("/api/events/E1?limit=3"), 400).get("parameter").asText()).isEqualTo("limit");
  }

  @Test
  void oneEventAndOneArticle() throws Exception {
    JsonNode e = json(http.get("/api/events/E1"));
    assertThat(e.get("placeName").asText()).isEqualTo("Kisumu");
    assertThat(e.get("figures").get(0).get("conflict").asBoolean()).isTrue();
    JsonNode a = json(http.get("/api/articles/a1"));
    assertThat(a.get("text").asText()).isEqualTo(Fixtures.TEXT_A1);
    assertThat(a.get("corpus").get("title").asText()).isEqualTo("Title a1");
    assertThat(a.get("corpus").get("events").get(0).asText()).isEqualTo("E1");
    assertThat(error(http.get("/api/events/E404"), 404).get("code").asText()).isEqualTo("not-found");
    error(http.get("/api/articles/nope"), 404);
    error(http.get("/api/articles/" + "x".repeat(600)), 404);
  }

  @Test
  void exportsInEachStreamableFormat() throws Exception {
    Http.Answer jsonl = http.get("/api/export?format=jsonl&country=KE");
    assertThat(jsonl.status()).isEqualTo(200);
    assertThat(jsonl.header("Content-Disposition")).contains("attachment").contains(".jsonl");
    List<String> lines = jsonl.body().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines.get(0)).get("id").asText()).isEqualTo("E1");
    Http.Answer csv = http.get("/api/export?format=acled-csv");
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body().lines().count()).isEqualTo(4); // header and three events
    JsonNode geo = JSON.readTree(http.get("/api/export?format=geojson&type=Protests").body());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features")).hasSize(2);
    assertThat(error(http.get("/api/export"), 400).get("parameter").asText()).isEqualTo("format");
    assertThat(error(http.get("/api/export?format=xls"), 400).get("parameter").asText()).isEqualTo("format");
    assertThat(error(http.get("/api/export?format=parquet"), 400).get("parameter").asText()).isEqualTo("format");
  }

  @Test
  void servesOnlyTheApiAndThePage() throws Exception {
    Http.Answer page = http.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"map\"");
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'").contains("connect-src 'self'");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(http.get("/vendor/leaflet/dist/leaflet.js").status()).isEqualTo(200);
    assertThat(http.get("/vendor/world-atlas/countries-50m.json").status()).isEqualTo(200);
    for (String path : List.of("/nope", "/org/sitrep/server/openapi.json", "/META-INF/MANIFEST.MF",
        "/vendor/.integrity", "/org/sitrep/store/migration/V1__corpus.sql", "/vendor/leaflet/..%2f..%2fapp.js")) {
      error(http.get(path), 404);
    }
    for (String path : List.of("/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/vendor/%2e%2e/%2e%2e/index.html",
        "/api/events/..%2F..%2Fopenapi.json", "/..;/index.html")) {
      Http.Answer a = http.get(path);
      assertThat(a.status()).as(path).isIn(400, 404);
      assertThat(a.body()).as(path).doesNotContain("<html").doesNotContain("Jetty").doesNotContain("root:");
      error(a, a.status());
    }
  }

  @Test
  void wrongMethodsGet405() throws Exception {
    for (String method : List.of("DELETE", "PUT", "PATCH")) {
      assertThat(error(http.send(method, "/api/events", Map.of(), null), 405).get("code").asText())
          .isEqualTo("method-not-allowed");
    }
    error(http.send("POST", "/api/events/E1", Map.of(), null), 405);
  }

  @Test
  void postNeedsTheTokenAndJson() throws Exception {
    byte[] body = "{\"id\":\"p1\",\"text\":\"Police arrested 30 protesters in Kisumu.\",\"published\":\"2024-01-02\"}"
        .getBytes(StandardCharsets.UTF_8);
    Map<String, String> json = Map.of("Content-Type", "application/json");
    assertThat(error(http.send("POST", "/api/articles", json, body), 401).get("code").asText()).isEqualTo("unauthorized");
    error(http.send("POST", "/api/articles", Map.of("Content-Type", "application/json",
        "Authorization", "Bearer wrong-token-of-some-length"), body), 401);
    Map<String, String> auth = Map.of("Content-Type", "application/json", "Authorization", "Bearer " + TOKEN);
    Http.Answer ok = http.send("POST", "/api/articles", auth, body);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    assertThat(ok.header("Location")).isEqualTo("/api/articles/p1");
    assertThat(json(ok).get("events").get(0).asText()).isEqualTo("E9");
    assertThat(posted).extracting(Article::id).contains("p1");
    assertThat(posted.get(posted.size() - 1).published()).hasToString("2024-01-02");
    // without an id, the article is named after its body
    byte[] anonymous = "{\"text\":\"Police arrested 12 people in Nakuru.\"}".getBytes(StandardCharsets.UTF_8);
    Http.Answer named = http.send("POST", "/api/articles", auth, anonymous);
    assertThat(json(named).get("id").asText()).matches("posted-[0-9a-f]{12}");
    assertThat(json(http.send("POST", "/api/articles", auth, anonymous)).get("id").asText())
        .isEqualTo(json(named).get("id").asText());

    assertThat(error(http.send("POST", "/api/articles", Map.of("Content-Type", "text/plain",
        "Authorization", "Bearer " + TOKEN), body), 415).get("code").asText()).isEqualTo("unsupported-media-type");
    assertThat(error(http.send("POST", "/api/articles", auth, "{\"text\": 3}".getBytes(StandardCharsets.UTF_8)), 400)
        .get("code").asText()).isEqualTo("bad-json");
    assertThat(error(http.send("POST", "/api/articles", auth, "not json".getBytes(StandardCharsets.UTF_8)), 400)
        .get("code").asText()).isEqualTo("bad-json");
    assertThat(error(http.send("POST", "/api/articles", auth,
        "{\"text\":\"Bonjour tout le monde\"}".getBytes(StandardCharsets.UTF_8)), 422).get("code").asText())
        .isEqualTo("unsupported-language");
    byte[] huge = ("{\"text\":\"" + "a".repeat(ServerOptions.DEFAULT_MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(http.send("POST", "/api/articles", auth, huge).status()).isEqualTo(413);
    // a body longer than its Content-Length claims is cut there, and a claim over the limit refused
    assertThat(http.send("POST", "/api/articles", Map.of("Content-Type", "application/json",
        "Authorization", "Bearer " + TOKEN, "Content-Length", "999999999"), body).status()).isEqualTo(413);
    // still up
    assertThat(http.get("/api/events").status()).isEqualTo(200);
  }

  @Test
  void writesAreOffWithoutAToken() throws Exception {
    try (ApiServer readOnly = ApiServer.start(store, ServerOptions.local(0), null, new PrintWriter(log, true))) {
      Http h = new Http(readOnly.port());
      assertThat(error(h.send("POST", "/api/articles", Map.of("Content-Type", "application/json",
          "Authorization", "Bearer " + TOKEN), "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 403)
          .get("code").asText()).isEqualTo("writes-off");
    }
  }

  @Test
  void aPortInUseIsAClearError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> ApiServer.start(store, ServerOptions.local(taken.getLocalPort()), null,
          new PrintWriter(log, true)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> ServerOptions.local(0).withToken("short")).hasMessageContaining("16");
    assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 70000, null, 4096, 0)).hasMessageContaining("port");
  }

  @Test
  void concurrentClientsGetTheSameAnswers() throws Exception {
    String page = http.get("/api/events?limit=3").body();
    String brief = http.get("/api/events?view=brief").body();
    String one = http.get("/api/events/" + ids(JSON.readTree(page)).get(0)).body();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(32);
    List<java.util.concurrent.Future<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int kind = i % 3;
      answers.add(pool.submit(() -> {
        Http.Answer a = http.get(kind == 0 ? "/api/events?limit=3" : kind == 1 ? "/api/events?view=brief"
            : "/api/events/" + ids(JSON.readTree(page)).get(0));
        return a.status() == 200 && a.body().equals(kind == 0 ? page : kind == 1 ? brief : one);
      }));
    }
    for (var f : answers) {
      assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
    pool.shutdown();
  }

  @Test
  void aQueryOverTheReadLimitIs503TooSlow() throws Exception {
    // the store at the edge: one that always runs out of time (StoreTest checks the limit itself)
    Store slow = (Store) java.lang.reflect.Proxy.newProxyInstance(Store.class.getClassLoader(),
        new Class<?>[] {Store.class}, (proxy, method, args) -> {
          if (method.getName().equals("eventsJson")) {
            throw new org.sitrep.store.StoreTimeoutException("cannot read events from X within the read limit of 1.0 s", null);
          }
          try {
            return method.invoke(store, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    try (ApiServer s = ApiServer.start(slow, ServerOptions.local(0), null, new PrintWriter(log, true))) {
      Http.Answer a = new Http(s.port()).get("/api/events?q=anything");
      assertThat(error(a, 503).get("code").asText()).isEqualTo("too-slow");
      assertThat(a.header("Retry-After")).isEqualTo("5");
    }
    assertThat(log.toString()).contains("GET /api/events: cannot read events from X within the read limit");
  }

  @Test
  void cachedListsChangeWithTheCorpus(@TempDir Path own) throws Exception {
    try (Store s = Fixtures.store(own);
        ApiServer cached = ApiServer.start(s, ServerOptions.local(0), null, new PrintWriter(log, true))) {
      Http h = new Http(cached.port());
      String first = h.get("/api/events?view=brief").body();
      assertThat(h.get("/api/events?view=brief").body()).isEqualTo(first);
      assertThat(json(h.get("/api/events?view=brief")).get("total").asInt()).isEqualTo(3);
      Fixtures.addArticle(s, "n1", "E4", "2024-06-01");
      String afterBody = h.get("/api/events?view=brief").body();
      JsonNode after = JSON.readTree(afterBody);
      assertThat(after.get("total").asInt()).isEqualTo(4);
      assertThat(ids(after)).endsWith("E4");
      // the same lists without the cache
      try (ApiServer uncached = ApiServer.start(s, ServerOptions.local(0).withCache(0), null, new PrintWriter(log, true))) {
        assertThat(new Http(uncached.port()).get("/api/events?view=brief").body()).isEqualTo(afterBody);
      }
    }
  }
}
