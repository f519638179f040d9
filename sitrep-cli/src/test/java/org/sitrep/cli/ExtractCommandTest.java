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

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE =
      "Police fired tear gas at protesters in Nairobi on Wednesday, and three were killed.\n";

  @TempDir Path dir;
  private final CountingPipeline pipeline = new CountingPipeline();

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = Fakes.run(pipeline, "", "extract", "--no-such-option", "x.txt");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--no-such-option'");
    assertThat(pipeline.built).hasValue(0);
  }

  @Test
  void impossiblePublicationDateIsAUsageError() throws IOException {
    Path f = file("a.txt", ARTICLE);
    Run r = Fakes.run(pipeline, "", "extract", f.toString(), "--published", "2022-13-45");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'2022-13-45' is not a date in the form YYYY-MM-DD");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingFileIsAUsageErrorThatLoadsNoModels() {
    Path missing = dir.resolve("nope.txt");
    Run r = Fakes.run(pipeline, "", "extract", missing.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file: " + missing);
    assertThat(pipeline.built).hasValue(0);
  }

  @Test
  void noVerbAndNoInputAreUsageErrors() {
    assertThat(Fakes.run(pipeline, "").exit()).isEqualTo(2);
    assertThat(Fakes.run(pipeline, "", "extract").exit()).isEqualTo(2);
    assertThat(Fakes.run(pipeline, "", "extract", "--jsonl", "x", "y.txt").exit()).isEqualTo(2);
  }

  @Test
  void helpSucceedsAndListsTheExitCodes() {
    Run r = Fakes.run(pipeline, "", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("extract", "bench", "Exit codes:", "some inputs failed");
  }

  @Test
  void emptyFileFailsWithAnErrorRecordOnStdoutAndAMessageOnStderr() throws IOException {
    Path f = file("empty.txt", "");
    Run r = Fakes.run(pipeline, "", "extract", f.toString());
    assertThat(r.exit()).isEqualTo(3);
    JsonNode out = JSON.readTree(r.out());
    assertThat(fields(out)).containsExactly("id", "error");
    assertThat(out.get("id").asText()).isEqualTo("empty");
    assertThat(out.at("/error/code").asText()).isEqualTo("empty-input");
    assertThat(out.at("/error/message").asText()).isNotBlank();
    assertThat(r.err()).contains(f.toString()).contains("empty");
  }

  @Test
  void articleThePipelineRejectsFailsWithExit3() throws IOException {
    Path f = file("fr.txt", "BONJOUR tout le monde, la manifestation a eu lieu hier.");
    Run r = Fakes.run(pipeline, "", "extract", f.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(JSON.readTree(r.out()).at("/error/code").asText()).isEqualTo("unsupported-language");
    assertThat(r.err()).contains("unsupported-language");
  }

  @Test
  void bugInAStageIsAnInternalFailure() throws IOException {
    Path f = file("bug.txt", "CRASH in Nairobi");
    Run r = Fakes.run(pipeline, "", "extract", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("fake bug");
  }

  @Test
  void outputFollowsTheContractsNamesAndOrder() throws IOException {
    Path f = file("nairobi-report.txt", ARTICLE);
    Run r = Fakes.run(pipeline, "", "extract", f.toString(), "--published", "2024-03-14");
    assertThat(r.exit()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(fields(out))
        .startsWith(
            "id", "published", "language", "text", "repairs", "mentions", "places", "times",
            "claims", "statements", "events")
        .contains("warnings")
        .doesNotContain("sentences", "quantities", "tokens", "repaired", "repairedText");
    assertThat(out.get("id").asText()).isEqualTo("nairobi-report");
    assertThat(out.get("published").asText()).isEqualTo("2024-03-14");
    assertThat(out.get("text").asText()).isEqualTo(ARTICLE);

    assertThat(fields(out.at("/mentions/0")))
        .startsWith("start", "end", "text", "type", "canonical");
    assertThat(fields(out.at("/places/0")))
        .startsWith(
            "start", "end", "text", "geonameid", "name", "country", "admin1", "lat", "lon", "kind",
            "confidence");
    assertThat(out.at("/places/0/geonameid").asLong()).isEqualTo(184745L);
    // a place outside the gazetteer keeps its span with an explicit null id
    assertThat(out.at("/places/1").has("geonameid")).isTrue();
    assertThat(out.at("/places/1/geonameid").isNull()).isTrue();
    assertThat(fields(out.at("/times/0"))).startsWith("start", "end", "text", "type", "value");
    assertThat(out.at("/times/0/value").asText()).isEqualTo("2024-03-13");
    assertThat(fields(out.at("/claims/0")))
        .startsWith(
            "start", "end", "text", "measure", "subject", "subjectKind", "low", "high", "approx",
            "source", "hedged", "asOf", "place");
    assertThat(fields(out.at("/claims/0/source"))).containsExactly("name", "kind");
    assertThat(out.at("/claims/0/source/kind").asText()).isEqualTo("police");
    assertThat(fields(out.at("/events/0")))
        .startsWith(
            "start", "end", "type", "subType", "plover", "date", "place", "actor1", "actor2",
            "fatalities", "claims");
    assertThat(out.at("/events/0/claims/0").asInt()).isZero();
    // offsets point into the text as given
    JsonNode m = out.at("/mentions/0");
    assertThat(ARTICLE.substring(m.get("start").asInt(), m.get("end").asInt()))
        .isEqualTo(m.get("text").asText());
  }

  @Test
  void debugAddsTheInternalLayersAfterTheContractFields() throws IOException {
    Path f = file("a.txt", ARTICLE);
    JsonNode out = JSON.readTree(Fakes.run(pipeline, "", "extract", f.toString(), "--debug").out());
    assertThat(fields(out)).startsWith("id", "published", "language", "text").contains("sentences");
    assertThat(out.at("/sentences/0/tokens/0/word").asText()).isEqualTo("Police");
  }

  @Test
  void noPublicationDateIsAWarningNotAnError() throws IOException {
    Path f = file("a.txt", ARTICLE);
    Run r = Fakes.run(pipeline, "", "extract", f.toString());
    assertThat(r.exit()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("published").isNull()).isTrue();
    assertThat(out.get("warnings").toString()).contains("no publication date");
  }

  @Test
  void dashReadsStandardInputAndPrettyIndents() throws IOException {
    Run r = Fakes.run(pipeline, ARTICLE, "extract", "-", "--pretty", "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{\n  \"id\" : \"stdin\"");
    assertThat(JSON.readTree(r.out()).get("mentions")).hasSize(1);
  }

  @Test
  void outWritesTheDocumentToAFile() throws IOException {
    Path f = file("a.txt", ARTICLE);
    Path out = dir.resolve("sub/a.json");
    Run r = Fakes.run(pipeline, "", "extract", f.toString(), "--out", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(JSON.readTree(out.toFile()).get("id").asText()).isEqualTo("a");
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    Path f = file("a.txt", ARTICLE);
    assertThat(Fakes.run(pipeline, "", "extract", f.toString(), "--format", "xml").exit())
        .isEqualTo(2);
  }
}
