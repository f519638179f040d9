package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a scraper delivers and no article looks like, through the real pipeline: each input ends
 * as an analysis or a clear error record within its time budget, and the batch goes on.
 */
class PathologicalIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aBatchOfPathologicalInputsEndsWithinItsBudgets() throws Exception {
    List<String> lines = List.of(
        JSON.writeValueAsString(Map.of("id", "run-on", "text", Pathological.runOn(4_000, 1), "published", "2024-01-02")),
        JSON.writeValueAsString(Map.of("id", "list", "text", Pathological.list(500), "published", "2024-01-02")),
        JSON.writeValueAsString(Map.of("id", "table", "text", Pathological.table(500), "published", "2024-01-02")),
        // ~6 MB on one line: far more than a budget allows
        JSON.writeValueAsString(Map.of("id", "huge", "text", Pathological.runOn(800_000, 2), "published", "2024-01-02")),
        JSON.writeValueAsString(Map.of("id", "news", "text", "Police fired tear gas at protesters in Kisumu on"
            + " Wednesday. At least two people were killed, police said.", "published", "2023-07-13")));
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    long t0 = System.nanoTime();
    Fakes.Run run = Fakes.run(SharedPipeline::get, "", "extract", "--jsonl", in.toString(), "--out", out.toString(),
        "--threads", "2", "--time-budget", "60");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INPUT_FAILED);
    List<JsonNode> results = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      results.add(JSON.readTree(l));
    }
    assertThat(results).extracting(r -> r.get("id").asText()).containsExactly("run-on", "list", "table", "huge", "news");
    JsonNode huge = results.get(3);
    assertThat(huge.get("error").get("code").asText()).isEqualTo("too-slow");
    assertThat(huge.get("error").get("message").asText()).contains("time budget of 60 s").contains("corenlp, sentence");
    for (JsonNode r : List.of(results.get(0), results.get(1), results.get(2), results.get(4))) {
      assertThat(r.has("error")).as(r.get("id").asText() + ": " + r.get("error")).isFalse();
      Properties.checkSpans(r);
    }
    assertThat(results.get(4).get("claims").toString()).contains("\"low\":2");
    // the huge line stops at the first check after 60 s; nothing waits for it to finish
    assertThat(seconds).isLessThan(60 + 90);
    assertThat(run.err()).contains("slowest: huge (");
  }

  @Test
  void deepHtmlAndBinaryBytesGetAnAnswerEach() throws Exception {
    for (Path p : Pathological.write(dir).subList(1, 3)) {
      Fakes.Run run = Fakes.run(SharedPipeline::get, "", "extract", p.toString(), "--published", "2024-01-02");
      JsonNode r = JSON.readTree(run.out());
      if (p.getFileName().toString().endsWith(".html")) {
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.get("places").toString()).contains("Kisumu");
        Properties.checkSpans(r);
      } else {
        assertThat(run.exit()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(r.get("error").get("code").asText()).isEqualTo("binary-input");
      }
    }
  }
}
