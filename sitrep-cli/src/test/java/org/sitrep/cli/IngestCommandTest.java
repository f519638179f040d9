package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Fakes.CountingPipeline;
import org.sitrep.cli.Fakes.Run;

/** {@code sitrep ingest} and the corpus commands on a real DuckDB file, with the model-free pipeline. */
class IngestCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path inputs() throws IOException {
    write("a.txt", "Rioters clashed with police in Nairobi on Wednesday. Three were killed.");
    write("b.html", "<html><head><title>Riot</title></head><body><article><p>A riot broke out in"
        + " Nairobi on Wednesday, witnesses said, and police fired tear gas at the crowd.</p>"
        + "</article></body></html>");
    write("empty.txt", "  \n");
    write("sub/feed.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Nairobi Daily</title>
        <item><title>Clashes</title><link>https://nairobi.example/clashes</link>
          <pubDate>Wed, 13 Mar 2024 18:00:00 GMT</pubDate>
          <description>&lt;p&gt;Clashes in Nairobi on Wednesday left three dead.&lt;/p&gt;</description></item>
        <item><title>Weather</title><link>https://nairobi.example/weather</link>
          <description>Sunny skies are expected across the coast this weekend.</description></item>
        </channel></rss>
        """);
    write("sub/broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>cut");
    write("batch.jsonl", String.join("\n",
        "{\"id\": \"j1\", \"published\": \"2024-03-14\", \"text\": \"Police and rioters fought in Nairobi on Wednesday.\"}",
        "{\"id\": \"j2\", \"text\": \"BONJOUR tout le monde\"}",
        "{\"id\": \"j3\", \"text\": \"cut off",
        "{\"id\": \"j4\", \"text\": \"CRASH here\"}",
        "{\"id\": \"j5\", \"text\": \"A quiet day in Mombasa with no incidents.\"}",
        "{\"id\": \"j6\", \"published\": \"Dec 17, 20\", \"text\": \"Traders in Kisumu reopened their shops.\"}") + "\n");
    return dir.resolve("in");
  }

  @Test
  void ingestStoresWhatItCanReportsTheRestAndResumesWithoutAnalysing() throws IOException {
    Path in = inputs();
    String db = dir.resolve("c.duckdb").toString();
    CountingPipeline pipeline = new CountingPipeline();
    Run first = Fakes.run(pipeline, "", "ingest", in.toString(), "--db", db, "--threads", "2");
    assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(first.err())
        .contains("empty.txt").contains("[empty-input]")
        .contains("broken.rss").contains("[bad-feed]")
        .contains("batch.jsonl line 3").contains("[bad-json]")
        .contains("[unsupported-language]")
        .contains("batch.jsonl line 4").contains("[internal-error]")
        .contains("batch.jsonl line 6").contains("stored without a date [warning]")
        .contains("7 articles stored");

    List<String> ids = new ArrayList<>();
    for (JsonNode a : export(db, "articles")) {
      ids.add(a.get("id").asText());
    }
    // a file keeps its name without the extension, as extract names it
    assertThat(ids).containsExactlyInAnyOrder("a", "b", "j1", "j5", "j6",
        "https://nairobi.example/clashes", "https://nairobi.example/weather");

    // the Nairobi reports of four articles are one riot, with one reconciled toll
    List<JsonNode> events = export(db, "events");
    JsonNode riot = events.stream().filter(e -> e.get("articles").size() > 1).findFirst().orElseThrow();
    assertThat(riot.get("type").asText()).isEqualTo("Riots");
    assertThat(riot.get("articles").size()).isEqualTo(4);
    assertThat(riot.get("fatalities").asInt()).isEqualTo(3);

    // the same command again: nothing stored, and the pipeline is never even built
    CountingPipeline again = new CountingPipeline();
    Run second = Fakes.run(again, "", "ingest", in.toString(), "--db", db);
    assertThat(second.err()).contains("0 articles stored").contains("7 already there");
    // the French line is remembered as rejected; only the crash is tried again
    assertThat(second.err()).contains("rejected by an earlier ingest").contains("[unsupported-language]");
    assertThat(again.analysed.get()).isEqualTo(1);
    assertThat(export(db, "events")).hasSameSizeAs(events);
  }

  @Test
  void anIdTakenByAnotherArticleIsThatInputsError() throws IOException {
    String db = dir.resolve("c.duckdb").toString();
    Path one = write("one.jsonl", "{\"id\": \"x\", \"text\": \"Riots in Nairobi on Wednesday.\"}\n");
    Path two = write("two.jsonl", "{\"id\": \"x\", \"text\": \"Other riots in Nairobi on Wednesday.\"}\n");
    assertThat(Fakes.run(new CountingPipeline(), "", "ingest", one.toString(), "--db", db).exit()).isZero();
    Run r = Fakes.run(new CountingPipeline(), "", "ingest", two.toString(), "--db", db);
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(r.err()).contains("two.jsonl line 1").contains("[duplicate-id]");
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsNamedAndNothingRuns() {
    Run missingDir = Fakes.run(new CountingPipeline(), "", "events", "--db", dir.resolve("no/such/dir/c.duckdb").toString());
    assertThat(missingDir.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missingDir.err()).contains("no/such/dir");
    Run down = Fakes.run(new CountingPipeline(), "", "events", "--db",
        "jdbc:postgresql://127.0.0.1:1/corpus?user=u&password=secret123");
    assertThat(down.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(down.err()).contains("127.0.0.1:1").doesNotContain("secret123");
  }

  @Test
  void exportFormatsAndFilters() throws IOException {
    Path in = inputs();
    String db = dir.resolve("c.duckdb").toString();
    Fakes.run(new CountingPipeline(), "", "ingest", in.toString(), "--db", db);
    Path csv = dir.resolve("out/events.csv");
    Run r = Fakes.run(new CountingPipeline(), "", "export", "events", "--db", db, "--format", "acled-csv", "--out", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,");
    assertThat(lines.get(0)).endsWith("timestamp,fatalities_low,fatalities_high,reports,sitrep_id");
    assertThat(lines).hasSizeGreaterThan(1);
    Run parquetToStdout = Fakes.run(new CountingPipeline(), "", "export", "events", "--db", db, "--format", "parquet");
    assertThat(parquetToStdout.exit()).isEqualTo(ExitCodes.USAGE);
    Run unknown = Fakes.run(new CountingPipeline(), "", "export", "events", "--db", db, "--format", "xml");
    assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("acled-csv");
    Run riots = Fakes.run(new CountingPipeline(), "", "events", "--db", db, "--type", "riots", "--from", "2024-03-13", "--to", "2024-03-13");
    assertThat(riots.out()).contains("Riots / Violent demonstration").contains("Nairobi");
    Run none = Fakes.run(new CountingPipeline(), "", "events", "--db", db, "--country", "UG");
    assertThat(none.out()).contains("0 events");
  }

  private List<JsonNode> export(String db, String what) throws IOException {
    Run r = Fakes.run(new CountingPipeline(), "", "export", what, "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.lines()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }
}
