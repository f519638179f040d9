package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;
import org.sitrep.model.corpus.MergeDecision;
import org.sitrep.model.corpus.Report;
import org.sitrep.model.corpus.ReportRef;

/** What every backend of {@link Store} must do; subclasses open a real database. */
abstract class StoreContractTest {

  /** The --db value of a new, empty database for this test. */
  abstract String newDatabase() throws Exception;

  /** The JDBC URL to reach {@code db} directly (for tampering with it). */
  abstract String jdbcUrl(String db);

  /** Drops a column, as a database of an older schema would not have it. */
  void dropColumn(Statement st, String table, String column) throws Exception {
    st.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
  }

  /** A query that runs far longer than a second on this database. */
  abstract String slowQuery();

  String db;
  Store store;

  @BeforeEach
  void openStore() throws Exception {
    db = newDatabase();
    store = Store.open(db);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  // ------------------------------------------------------------------ fixtures

  static Report report(String article, int idx, String country, String day, String sentence) {
    return new Report(article, idx, "Battles", "Armed clash", "FIGHT", day, day, day, 100L + idx,
        "Place " + article, country, "01", "North Region", 1.5, 2.5, 1, "Army", "state forces", "Rebels", "rebels",
        List.of(), List.of(), sentence, List.of("army"), day, "Outlet " + article);
  }

  static CorpusArticle article(String id) {
    return new CorpusArticle(id, "url:https://example.org/" + id, "https://example.org/" + id,
        "2024-03-02", "Title " + id, "Outlet " + id, null, null, List.of());
  }

  static CorpusEvent event(String id, String date, String country, String admin1, String type,
      String subType, String actor1, String actor2, String place, ReportRef... refs) {
    List<String> articles = new ArrayList<>();
    for (ReportRef r : refs) {
      if (!articles.contains(r.article())) {
        articles.add(r.article());
      }
    }
    return new CorpusEvent(id, type, subType, "FIGHT", date, date, date, 7L, place, country,
        admin1, 1.0, 2.0, 1, actor1, actor2, 3,
        List.of(new Figure("killed", "all", 3L, 3L, 3L, "single claim", false, List.of())),
        List.of(refs), articles, "state forces", "rebels", "notes", List.of("Outlet"),
        refs.length > 1
            ? List.of(new MergeDecision(refs[0], refs[1], 4.5, true, List.of("same place +2.0")))
            : List.of());
  }

  static ArticleWrite write(CorpusArticle a, List<Report> reports, Map<ReportRef, String> comps,
      Set<String> deleted, List<CorpusEvent> events) {
    return new ArticleWrite(a, "{\"id\":\"" + a.id() + "\"}", new long[] {1L, -2L, a.hashCode()},
        new long[] {a.id().hashCode(), 42L}, reports, Map.of(), comps, deleted, events);
  }

  /** Article {@code id} with one report and one event of its own. */
  void single(String id, String country, String day, String sentence) {
    ReportRef r = new ReportRef(id, 0);
    store.write(write(article(id), List.of(report(id, 0, country, day, sentence)),
        Map.of(r, "c-" + id), Set.of(),
        List.of(event("e-" + id, day, country, "North Region", "Battles", "Armed clash", "Army",
            "Rebels", "Town", r))));
  }

  // ------------------------------------------------------------------ tests

  @Test
  void writesAndReadsBack() {
    ReportRef r0 = new ReportRef("a1", 0);
    ReportRef r1 = new ReportRef("a1", 1);
    Report p0 = report("a1", 0, "NG", "2024-03-01", "Soldiers clashed with rebels.");
    Report p1 = report("a1", 1, "NG", "2024-03-05", "A bomb exploded.");
    CorpusEvent e1 = event("e1", "2024-03-01", "NG", "Borno", "Battles", "Armed clash", "Army",
        "Boko Haram", "Maiduguri", r0);
    CorpusEvent e2 = event("e2", "2024-03-05", "NG", "Borno", "Explosions/Remote violence",
        "Remote explosive", "Boko Haram", null, "Maiduguri", r1);
    store.write(new ArticleWrite(article("a1"), "{\"analysis\":1}", new long[] {5L, -6L},
        new long[] {11L, 12L}, List.of(p0, p1), Map.of(), Map.of(r0, "c1", r1, "c2"), Set.of(),
        List.of(e2, e1)));

    assertThat(store.hasArticle("a1")).isTrue();
    assertThat(store.hasArticle("a2")).isFalse();
    assertThat(store.hasKey("url:https://example.org/a1")).isTrue();
    assertThat(store.hasKey("url:https://example.org/a2")).isFalse();
    CorpusArticle expected = new CorpusArticle("a1", "url:https://example.org/a1",
        "https://example.org/a1", "2024-03-02", "Title a1", "Outlet a1", null, null,
        List.of("e1", "e2"));
    assertThat(store.articles(List.of("a1", "missing"))).containsExactly(Map.entry("a1", expected));
    assertThat(store.analysisJson("a1")).contains("{\"analysis\":1}");
    assertThat(store.analysisJson("nope")).isEmpty();
    assertThat(store.signature("a1").orElseThrow()).containsExactly(5L, -6L);
    assertThat(store.signature("nope")).isEmpty();
    assertThat(store.event("e1")).contains(e1);
    assertThat(store.event("e2")).contains(e2);
    assertThat(store.events(EventQuery.ALL)).containsExactly(e1, e2);
    assertThat(store.reportsNear("NG", "2024-03-01", "2024-03-31")).containsExactly(p0, p1);
    assertThat(store.reportsNear("NG", "2024-03-02", "2024-03-04")).isEmpty();
    assertThat(store.reportsNear("NG", "2024-03-05", "2024-03-05")).containsExactly(p1);
    assertThat(store.reportsNear("ML", "2024-03-01", "2024-03-31")).isEmpty();
    assertThat(store.components(List.of(r0, r1, new ReportRef("x", 0))))
        .isEqualTo(Map.of(r0, "c1", r1, "c2"));
    assertThat(store.reportsOfComponents(List.of("c2"))).containsExactly(p1);
    assertThat(store.counts()).isEqualTo(new Store.Counts(1, 0, 2, 2));
  }

  @Test
  void rejectionsAreRememberedOnceByKey() {
    assertThat(store.rejection("sha256:abc")).isEmpty();
    store.reject("sha256:abc", "fr1", "unsupported-language", "fr1: French");
    store.reject("sha256:abc", "fr1", "unsupported-language", "fr1: French, again");
    assertThat(store.rejection("sha256:abc")).contains("unsupported-language");
    assertThat(store.hasKey("sha256:abc")).isFalse();
    assertThat(store.counts().articles()).isZero();
  }

  @Test
  void reportsNearUsesDateOverlap() {
    Report wide = new Report("a1", 0, "Protests", null, null, null, "2024-02-20", "2024-03-03",
        null, null, "KE", null, null, null, null, null, null, null, null, null, List.of(), List.of(), null,
        List.of(), null, null);
    store.write(write(article("a1"), List.of(wide), Map.of(), Set.of(), List.of()));
    assertThat(store.reportsNear("KE", "2024-03-01", "2024-03-31")).containsExactly(wide);
    assertThat(store.reportsNear("KE", "2024-02-01", "2024-02-20")).containsExactly(wide);
    assertThat(store.reportsNear("KE", "2024-03-04", "2024-03-31")).isEmpty();
    assertThat(store.reportsNear("KE", "2024-01-01", "2024-02-19")).isEmpty();
  }

  @Test
  void reclusteringReplacesEvents() {
    single("a1", "NG", "2024-03-01", "first");
    ReportRef r1 = new ReportRef("a1", 0);
    ReportRef r2 = new ReportRef("a2", 0);
    CorpusEvent merged = event("e-merged", "2024-03-01", "NG", "Borno", "Battles", "Armed clash",
        "Army", "Rebels", "Town", r1, r2);
    store.write(write(article("a2"), List.of(report("a2", 0, "NG", "2024-03-01", "second")),
        Map.of(r1, "c-m", r2, "c-m"), Set.of("e-a1"), List.of(merged)));

    assertThat(store.event("e-a1")).isEmpty();
    assertThat(store.event("e-merged")).contains(merged);
    assertThat(store.articles(List.of("a1", "a2")).values())
        .extracting(CorpusArticle::events)
        .containsExactly(List.of("e-merged"), List.of("e-merged"));
    assertThat(store.components(List.of(r1, r2))).isEqualTo(Map.of(r1, "c-m", r2, "c-m"));
    assertThat(store.reportsOfComponents(List.of("c-m"))).extracting(Report::ref)
        .containsExactly(r1, r2);
    assertThat(store.counts().events()).isEqualTo(1);

    // the same id again, now with a third report: delete and insert one key in one transaction
    ReportRef r3 = new ReportRef("a3", 0);
    CorpusEvent again = event("e-merged", "2024-03-02", "NG", "Borno", "Battles", "Armed clash",
        "Army", "Rebels", "Town", r1, r2, r3);
    store.write(write(article("a3"), List.of(report("a3", 0, "NG", "2024-03-02", "third")),
        Map.of(r1, "c-m", r2, "c-m", r3, "c-m"), Set.of("e-merged"), List.of(again)));
    assertThat(store.events(EventQuery.ALL)).containsExactly(again);
    assertThat(store.articles(List.of("a3")).get("a3").events()).containsExactly("e-merged");
    assertThat(store.events(new EventQuery(null, null, null, null, null, null, null, "third", 0, 0)))
        .containsExactly(again);

    // a split: the reports of a3 leave the event, a3 keeps none
    CorpusEvent left = event("e-left", "2024-03-01", "NG", "Borno", "Battles", "Armed clash",
        "Army", "Rebels", "Town", r1, r2);
    store.write(write(article("a4"), List.of(), Map.of(r3, "c-3"), Set.of("e-merged"),
        List.of(left)));
    assertThat(store.articles(List.of("a3")).get("a3").events()).isEmpty();
    assertThat(store.articles(List.of("a1")).get("a1").events()).containsExactly("e-left");
  }

  @Test
  void duplicateOfUpdates() {
    store.write(write(article("a1"), List.of(), Map.of(), Set.of(), List.of()));
    CorpusArticle a2 = article("a2");
    store.write(new ArticleWrite(a2, "{}", new long[0], new long[0], List.of(),
        Map.of("a1", "a2"), Map.of(), Set.of(), List.of()));
    assertThat(store.articles(List.of("a1")).get("a1").duplicateOf()).isEqualTo("a2");
    assertThat(store.counts().duplicates()).isEqualTo(1);

    CorpusArticle a3 = new CorpusArticle("a3", "sha256:abc", null, null, null, null, "a2", 0.93,
        List.of());
    store.write(new ArticleWrite(a3, "{}", new long[0], new long[0], List.of(),
        Map.of("a1", "a1"), Map.of(), Set.of(), List.of()));
    assertThat(store.articles(List.of("a1")).get("a1").duplicateOf()).isNull();
    assertThat(store.articles(List.of("a3")).get("a3")).isEqualTo(a3);
    assertThat(store.counts().duplicates()).isEqualTo(1);
    assertThat(store.counts().articles()).isEqualTo(3);
  }

  @Test
  void eventQueryFiltersEachField() {
    ReportRef ra = new ReportRef("a1", 0);
    ReportRef rb = new ReportRef("a1", 1);
    ReportRef rc = new ReportRef("a1", 2);
    CorpusEvent a = event("ea", "2024-03-01", "NG", "Borno", "Battles", "Armed clash",
        "Military Forces of Nigeria", "Boko Haram", "Maiduguri", ra);
    CorpusEvent b = event("eb", "2024-03-10", "NG", "Lagos", "Protests", "Peaceful protest",
        "Protesters", null, "Ikeja", rb);
    CorpusEvent c = event("ec", "2024-04-02", "ML", "Mopti", "Violence against civilians",
        "Attack", "JNIM", "Civilians", "Mopti", rc);
    store.write(write(article("a1"),
        List.of(report("a1", 0, "NG", "2024-03-01", "Troops repelled an attack on the base."),
            report("a1", 1, "NG", "2024-03-10", "Hundreds marched against fuel prices."),
            report("a1", 2, "ML", "2024-04-02", "Gunmen killed villagers.")),
        Map.of(), Set.of(), List.of(c, b, a)));

    assertThat(store.events(q("NG", null, null, null, null, null, null, 0))).containsExactly(a, b);
    assertThat(store.events(q(null, "lAGOS", null, null, null, null, null, 0))).containsExactly(b);
    assertThat(store.events(q(null, null, "2024-03-05", null, null, null, null, 0)))
        .containsExactly(b, c);
    assertThat(store.events(q(null, null, null, "2024-03-10", null, null, null, 0)))
        .containsExactly(a, b);
    assertThat(store.events(q(null, null, "2024-03-02", "2024-03-31", null, null, null, 0)))
        .containsExactly(b);
    assertThat(store.events(q(null, null, null, null, "protests", null, null, 0)))
        .containsExactly(b);
    assertThat(store.events(q(null, null, null, null, "ATTACK", null, null, 0)))
        .containsExactly(c);
    assertThat(store.events(q(null, null, null, null, null, "boko", null, 0)))
        .containsExactly(a);
    assertThat(store.events(q(null, null, null, null, null, "civilian", null, 0)))
        .containsExactly(c);
    assertThat(store.events(q(null, null, null, null, null, "FORCES OF", null, 0)))
        .containsExactly(a);
    assertThat(store.events(q(null, null, null, null, null, null, "FUEL PRICES", 0)))
        .containsExactly(b);
    assertThat(store.events(q(null, null, null, null, null, null, "maiduguri", 0)))
        .containsExactly(a);
    assertThat(store.events(q(null, null, null, null, null, null, "100%_", 0))).isEmpty();
    assertThat(store.events(q(null, null, null, null, null, null, null, 2))).containsExactly(a, b);
    assertThat(store.events(q("NG", "borno", "2024-03-01", "2024-03-01", "battles", "nigeria",
        "troops", 1))).containsExactly(a);
    assertThat(store.events(q("ML", null, null, null, "battles", null, null, 0))).isEmpty();
    // sub-type alone, paging, counting
    assertThat(store.events(new EventQuery(null, null, null, null, null, "peaceful PROTEST", null,
        null, 0, 0))).containsExactly(b);
    assertThat(store.events(new EventQuery(null, null, null, null, null, "Protests", null, null,
        0, 0))).isEmpty();
    EventQuery page = new EventQuery(null, null, null, null, null, null, null, null, 1, 1);
    assertThat(store.events(page)).containsExactly(b);
    assertThat(store.events(new EventQuery(null, null, null, null, null, null, null, null, 0, 2)))
        .containsExactly(c);
    assertThat(store.countEvents(page)).isEqualTo(3);
    assertThat(store.countEvents(q("NG", null, null, null, null, null, null, 0))).isEqualTo(2);
    assertThat(store.countEvents(q(null, null, null, null, null, null, "100%_", 0))).isZero();
  }

  static EventQuery q(String country, String admin1, String from, String to, String type,
      String actor, String text, int limit) {
    return new EventQuery(country, admin1, from, to, type, null, actor, text, limit, 0);
  }

  @Test
  void streamsInOrder() {
    // written out of order; same day: by id
    single("b", "NG", "2024-03-02", "s");
    single("a", "NG", "2024-03-02", "s");
    single("c", "NG", "2024-03-01", "s");
    single("B", "NG", "2024-03-03", "s");
    List<String> events = new ArrayList<>();
    store.forEachEvent(EventQuery.ALL, e -> {
      events.add(e.id());
      // a sink may read from the store while the cursor is open
      assertThat(store.event(e.id())).isPresent();
    });
    assertThat(events).containsExactly("e-c", "e-a", "e-b", "e-B");
    List<String> ng = new ArrayList<>();
    store.forEachEvent(q("NG", null, "2024-03-02", null, null, null, null, 0),
        e -> ng.add(e.id()));
    assertThat(ng).containsExactly("e-a", "e-b", "e-B");

    List<CorpusArticle> articles = new ArrayList<>();
    store.forEachArticle(a -> {
      articles.add(a);
      assertThat(store.hasArticle(a.id())).isTrue();
    });
    assertThat(articles).extracting(CorpusArticle::id).containsExactly("B", "a", "b", "c");
    assertThat(articles.get(0).events()).containsExactly("e-B");
    assertThat(articles).containsExactlyElementsOf(
        store.articles(List.of("B", "a", "b", "c")).values());
  }

  @Test
  void articlesSharingBands() {
    store.write(new ArticleWrite(article("a1"), "{}", new long[] {1}, new long[] {10, 20, 30},
        List.of(), Map.of(), Map.of(), Set.of(), List.of()));
    store.write(new ArticleWrite(article("a2"), "{}", new long[] {2}, new long[] {30, 40},
        List.of(), Map.of(), Map.of(), Set.of(), List.of()));
    store.write(new ArticleWrite(article("a0"), "{}", new long[] {3}, new long[] {-5, 30},
        List.of(), Map.of(), Map.of(), Set.of(), List.of()));
    assertThat(store.articlesSharingBands(new long[] {30})).containsExactly("a0", "a1", "a2");
    assertThat(store.articlesSharingBands(new long[] {10, 40, 99})).containsExactly("a1", "a2");
    assertThat(store.articlesSharingBands(new long[] {-5})).containsExactly("a0");
    assertThat(store.articlesSharingBands(new long[] {99})).isEmpty();
    assertThat(store.articlesSharingBands(new long[0])).isEmpty();
  }

  @Test
  void failedWriteLeavesNothingOfTheArticle() {
    single("a1", "NG", "2024-03-01", "first");
    single("a2", "NG", "2024-03-02", "second");
    Store.Counts before = store.counts();
    ReportRef r1 = new ReportRef("a1", 0);
    ReportRef r3 = new ReportRef("a3", 0);
    // the last statement fails: e-a2 is not deleted, so inserting it again breaks its key
    CorpusEvent clash = event("e-a2", "2024-03-01", "NG", "Borno", "Battles", "Armed clash",
        "Army", "Rebels", "Town", r1, r3);
    ArticleWrite bad = new ArticleWrite(article("a3"), "{}", new long[] {1}, new long[] {77},
        List.of(report("a3", 0, "NG", "2024-03-01", "third")), Map.of("a1", "a3"),
        Map.of(r1, "changed", r3, "changed"), Set.of("e-a1"), List.of(clash));
    assertThatThrownBy(() -> store.write(bad))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("a3")
        .hasMessageContaining(store.describe());

    assertThat(store.hasArticle("a3")).isFalse();
    assertThat(store.hasKey(article("a3").key())).isFalse();
    assertThat(store.articlesSharingBands(new long[] {77})).isEmpty();
    assertThat(store.counts()).isEqualTo(before);
    assertThat(store.event("e-a1")).isPresent();
    assertThat(store.components(List.of(r1))).containsEntry(r1, "c-a1");
    assertThat(store.articles(List.of("a1")).get("a1").duplicateOf()).isNull();
    assertThat(store.articles(List.of("a1")).get("a1").events()).containsExactly("e-a1");

    // a duplicate article id fails too, and the store goes on working
    assertThatThrownBy(() -> single("a1", "NG", "2024-03-01", "again"))
        .isInstanceOf(StoreException.class).hasMessageContaining("a1");
    single("a3", "NG", "2024-03-03", "third");
    assertThat(store.counts().articles()).isEqualTo(3);
  }

  @Test
  void reopenFindsTheData() {
    single("a1", "NG", "2024-03-01", "first");
    store.close();
    store.close(); // twice is harmless
    assertThatThrownBy(() -> store.hasArticle("a1")).isInstanceOf(StoreException.class);
    store = Store.open(db);
    assertThat(store.hasArticle("a1")).isTrue();
    assertThat(store.event("e-a1")).isPresent();
    assertThat(store.counts()).isEqualTo(new Store.Counts(1, 0, 1, 1));
  }

  @Test
  void newerSchemaIsRefused() throws Exception {
    store.close();
    store = null;
    try (Connection c = DriverManager.getConnection(jdbcUrl(db));
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
          + " script, checksum, installed_by, installed_on, execution_time, success)"
          + " SELECT installed_rank + 100, '99', 'future', type, 'V99__future.sql', checksum,"
          + " installed_by, installed_on, execution_time, success FROM flyway_schema_history"
          + " WHERE version = '1'");
    }
    assertThatThrownBy(() -> Store.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("was written by a newer sitrep")
        .hasMessageContaining("99");
  }

  @Test
  void notASitrepDatabase() throws Exception {
    store.close();
    store = null;
    String other = newDatabase();
    try (Connection c = DriverManager.getConnection(jdbcUrl(other));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id INTEGER)");
    }
    assertThatThrownBy(() -> Store.open(other))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a sitrep database");
  }

  @Test
  void aKilledWriterLeavesOnlyWholeArticles() throws Exception {
    store.close();
    store = null;
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), WriteForever.class.getName(), db)
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = out.readLine();
        assertThat(line).as("the writer's output").isNotNull();
      } while (!line.equals("wrote 20"));
    } finally {
      child.destroyForcibly(); // SIGKILL, most likely in the middle of a write
      child.waitFor(30, TimeUnit.SECONDS);
    }
    store = Store.open(db);
    Store.Counts counts = store.counts();
    assertThat(counts.articles()).isGreaterThanOrEqualTo(21);
    assertThat(counts.reports()).isEqualTo(counts.articles() * WriteForever.REPORTS);
    assertThat(counts.events()).isEqualTo(counts.articles());
    store.forEachArticle(a -> assertThat(a.events()).containsExactly("e-" + a.id()));
  }

  @Test
  void readsFromAnotherThreadWhileWriting() throws Exception {
    List<Throwable> errors = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try {
        for (int i = 0; i < 200; i++) {
          store.events(EventQuery.ALL);
          store.counts();
        }
      } catch (Throwable t) {
        synchronized (errors) {
          errors.add(t);
        }
      }
    });
    reader.start();
    for (int i = 0; i < 30; i++) {
      single("a" + i, "NG", "2024-03-01", "s" + i);
    }
    reader.join();
    assertThat(errors).isEmpty();
    assertThat(store.counts()).isEqualTo(new Store.Counts(30, 0, 30, 30));
  }

  @Test
  void readersSideBySideSeeEveryCommittedWrite() throws Exception {
    java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    List<java.util.concurrent.Future<Long>> running = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      running.add(readers.submit(() -> {
        long last = 0;
        long reads = 0;
        while (writing.get()) {
          long now = store.counts().articles();
          // one writer, each article one transaction: counts only grow, events match articles
          assertThat(now).isGreaterThanOrEqualTo(last);
          assertThat(store.eventsJson(EventQuery.ALL, true).size()).isGreaterThanOrEqualTo((int) now);
          last = now;
          reads++;
        }
        return reads;
      }));
    }
    for (int i = 0; i < 30; i++) {
      single("a" + i, "NG", "2024-03-01", "s" + i);
      String id = "a" + i;
      // a read on another thread, after the write returned, sees it
      assertThat(readers.submit(() -> store.hasArticle(id)).get()).as(id).isTrue();
    }
    writing.set(false);
    for (var f : running) {
      assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
    }
    readers.shutdown();
    assertThat(store.counts()).isEqualTo(new Store.Counts(30, 0, 30, 30));
  }

  @Test
  void eventsJsonIsTheStoredEvent() {
    single("a1", "NG", "2024-03-01", "first");
    CorpusEvent e = store.event("e-a1").orElseThrow();
    String json = org.sitrep.json.ModelJson.write(org.sitrep.json.ModelJson.event(e), false);
    assertThat(store.eventJson("e-a1")).contains(json);
    assertThat(store.eventsJson(EventQuery.ALL, false)).containsExactly(json);
    assertThat(store.eventsJson(EventQuery.ALL, true)).containsExactly(org.sitrep.json.ModelJson.briefEvent(json));
    assertThat(store.eventJson("e-none")).isEmpty();
  }

  @Test
  void aReadOverTheLimitIsCancelledAndTheStoreGoesOn() {
    store.close();
    store = Store.open(db, StoreOptions.DEFAULT.withReadLimit(java.time.Duration.ofSeconds(1)));
    single("a1", "NG", "2024-03-01", "first");
    ReadTransactions tx = ((JdbcStore) store).transactions();
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> tx.read("run a slow query", c -> {
          try (Statement st = c.createStatement()) {
            return st.execute(slowQuery());
          }
        }))
        .isInstanceOf(StoreTimeoutException.class)
        .hasMessageContaining("cannot run a slow query from " + store.describe())
        .hasMessageContaining("within the read limit of 1.0 s");
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
    // every reader still works: the cancelled one was closed, not given back
    for (int i = 0; i < 6; i++) {
      assertThat(store.counts().articles()).isEqualTo(1);
    }
    single("a2", "NG", "2024-03-02", "second");
    assertThat(store.counts().articles()).isEqualTo(2);
  }

  @Test
  void aStoreOfSchemaVersion2GetsTheBriefsOfItsEvents() throws Exception {
    single("a1", "NG", "2024-03-01", "first");
    single("a2", "ML", "2024-03-02", "second");
    List<String> briefs = store.eventsJson(EventQuery.ALL, true);
    store.close();
    store = null;
    // back to version 2: no brief column, no version table, no record of migrations 3 and 4
    try (Connection c = DriverManager.getConnection(jdbcUrl(db)); Statement st = c.createStatement()) {
      dropColumn(st, "events", "brief");
      st.execute("DROP TABLE corpus_version");
      st.execute("DELETE FROM flyway_schema_history WHERE version IN ('3', '4')");
    }
    store = Store.open(db);
    assertThat(store.eventsJson(EventQuery.ALL, true)).isEqualTo(briefs).hasSize(2)
        .allSatisfy(b -> assertThat(b).startsWith("{\"id\":\"e-a").doesNotContain("reports"));
  }

  @Test
  void theVersionChangesWithEachWriteAndOnlyThen() {
    long v0 = store.version();
    store.counts();
    store.events(EventQuery.ALL);
    assertThat(store.version()).isEqualTo(v0);
    single("a1", "NG", "2024-03-01", "first");
    long v1 = store.version();
    assertThat(v1).isGreaterThan(v0);
    assertThatThrownBy(() -> single("a1", "NG", "2024-03-01", "again")).isInstanceOf(StoreException.class);
    assertThat(store.version()).as("a failed write changes nothing").isEqualTo(v1);
    single("a2", "NG", "2024-03-02", "second");
    assertThat(store.version()).isGreaterThan(v1);
  }
}
