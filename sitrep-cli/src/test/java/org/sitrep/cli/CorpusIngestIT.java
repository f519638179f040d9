package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Fakes.Run;
import org.sitrep.store.PostgresServer;

/**
 * The corpus end to end with the real pipeline, on a real DuckDB file and a real PostgreSQL
 * server: six short reports written
 * for this test (three outlets on one protest in Kisumu over three days with rising and disagreeing
 * tolls, a wire copy, a bank raid in the same city two days later, a march in Mombasa the same day).
 */
class CorpusIngestIT {
  private static final Path CORPUS = Path.of("..", "examples", "demo", "kisumu.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void onDuckDb() throws IOException {
    ingestLinksTheCopyKeepsIncidentsApartAndReconcilesTheToll(dir.resolve("corpus.duckdb").toString());
  }

  @Test
  void onPostgres() throws IOException {
    ingestLinksTheCopyKeepsIncidentsApartAndReconcilesTheToll(PostgresServer.shared().createDatabase());
  }

  private void ingestLinksTheCopyKeepsIncidentsApartAndReconcilesTheToll(String db) throws IOException {
    Run first = Fakes.run(SharedPipeline::get, "", "ingest", CORPUS.toString(), "--db", db);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("6 articles stored (1 near-duplicates)");

    Map<String, JsonNode> articles = byId(export(db, "articles"));
    assertThat(articles).containsOnlyKeys("k1", "k2", "k3", "k4", "k5", "k6");
    // the wire copy (same day as its original): the smaller id is the original
    assertThat(articles.get("k4").get("duplicateOf").asText()).isEqualTo("k2");
    assertThat(articles.get("k2").get("duplicateOf").isNull()).isTrue();

    List<JsonNode> events = export(db, "events");
    for (JsonNode e : events) {
      List<String> ids = new ArrayList<>();
      e.get("articles").forEach(a -> ids.add(a.asText()));
      // the copy is never listed as a source of its own
      assertThat(ids).doesNotContain("k4");
      // the Mombasa march and the Kisumu bank raid are events of their own
      if (ids.contains("k6")) {
        assertThat(ids).containsOnly("k6");
      }
      if (ids.contains("k5")) {
        assertThat(ids).containsOnly("k5");
      }
    }
    // the rights group's report: its three figures end in one event, reconciled (the extractor
    // tells the outlets' events apart too finely for them to merge across articles yet)
    JsonNode toll =
        events.stream()
            .flatMap(e -> stream(e.get("figures")))
            .filter(f -> f.get("measure").asText().equals("killed"))
            .max((a, b) -> Integer.compare(a.get("claims").size(), b.get("claims").size()))
            .orElseThrow(() -> new AssertionError("no killed figure among " + events.size() + " events"));
    assertThat(toll.get("claims").size()).isEqualTo(3);
    assertThat(toll.get("best").asLong()).isEqualTo(9);
    assertThat(toll.get("low").asLong()).isEqualTo(5);
    assertThat(toll.get("high").asLong()).isEqualTo(20); // the witnesses' hedged "as many as 20"
    assertThat(toll.get("conflict").asBoolean()).isTrue();
    assertThat(stream(toll.get("claims")).map(c -> c.get("status").asText()))
        .containsExactly("counted", "counted", "widens-range");

    // a second run stores nothing and analyses nothing
    Run again = Fakes.run(SharedPipeline::get, "", "ingest", CORPUS.toString(), "--db", db);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 articles stored").contains("6 already there");
    assertThat(again.err()).doesNotContain("loading the pipeline");
    assertThat(export(db, "events")).hasSameSizeAs(events);

    // filters and the event view
    Run kenya = Fakes.run(SharedPipeline::get, "", "events", "--db", db, "--country", "KE", "--json");
    assertThat(kenya.lines()).hasSameSizeAs(events);
    Run none = Fakes.run(SharedPipeline::get, "", "events", "--db", db, "--country", "UG", "--json");
    assertThat(none.out()).isEmpty();
    String id = events.get(0).get("id").asText();
    Run shown = Fakes.run(SharedPipeline::get, "", "event", id, "--db", db);
    assertThat(shown.exit()).as(shown.err()).isZero();
    assertThat(shown.out()).startsWith(id).contains("reports (");
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list.stream();
  }

  private List<JsonNode> export(String db, String what) throws IOException {
    Run r = Fakes.run(SharedPipeline::get, "", "export", what, "--db", db, "--format", "jsonl");
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.lines()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static Map<String, JsonNode> byId(List<JsonNode> nodes) {
    return nodes.stream().collect(Collectors.toMap(n -> n.get("id").asText(), n -> n));
  }
}
