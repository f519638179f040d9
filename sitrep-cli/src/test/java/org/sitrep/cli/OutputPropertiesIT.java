package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of sitrep's output that hold whatever the input: spans inside their text, repairs
 * that leave the text alone, valid JSON, the same output on one thread as on two, and the same
 * corpus whatever order its articles arrive in.
 */
class OutputPropertiesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SAMPLE = 80;

  @TempDir Path dir;

  @Test
  void realismArticlesGiveTheSameValidOutputOnOneThreadAndOnTwo() throws Exception {
    Path shared = Path.of(System.getProperty("sitrep.shared", "../../shared"));
    Path realism = shared.resolve("eval/realism/news-dev.jsonl");
    assumeTrue(Files.exists(realism), "no realism set at " + realism);
    Path in = dir.resolve("sample.jsonl");
    try (Stream<String> lines = Files.lines(realism, StandardCharsets.UTF_8)) {
      Files.write(in, lines.limit(SAMPLE).toList(), StandardCharsets.UTF_8);
    }
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    Fakes.Run a = Fakes.run(SharedPipeline::get, "", "extract", "--jsonl", in.toString(), "--out", one.toString(), "--threads", "1");
    Fakes.Run b = Fakes.run(SharedPipeline::get, "", "extract", "--jsonl", in.toString(), "--out", two.toString(), "--threads", "2");
    assertThat(a.exit()).as(a.err()).isIn(ExitCodes.OK, ExitCodes.INPUT_FAILED);
    assertThat(b.exit()).isEqualTo(a.exit());
    List<String> first = Files.readAllLines(one, StandardCharsets.UTF_8);
    assertThat(first).hasSize(SAMPLE);
    assertThat(Files.readAllLines(two, StandardCharsets.UTF_8)).isEqualTo(first);
    int analysed = 0;
    for (String line : first) {
      JsonNode r = JSON.readTree(line);
      if (!r.has("error")) {
        Properties.checkSpans(r);
        analysed++;
      }
    }
    assertThat(analysed).isGreaterThan(SAMPLE * 9 / 10);
  }

  @Test
  void theCorpusIsTheSameWhateverOrderItsArticlesArriveIn() throws Exception {
    Path examples = DemoCommand.copyExamples(dir.resolve("examples"));
    List<String> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(examples)) {
      for (Path f : files.sorted().toList()) {
        articles.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    Path forward = dir.resolve("forward.jsonl");
    Files.write(forward, articles, StandardCharsets.UTF_8);
    List<String> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    Path backward = dir.resolve("backward.jsonl");
    Files.write(backward, reversed, StandardCharsets.UTF_8);
    List<String> exports = new ArrayList<>();
    for (Path in : List.of(forward, backward)) {
      String db = dir.resolve(in.getFileName() + ".duckdb").toString();
      // one thread: the order the writer sees is the input's
      Fakes.Run ingest = Fakes.run(SharedPipeline::get, "", "ingest", in.toString(), "--db", db, "--threads", "1");
      assertThat(ingest.exit()).as(ingest.err()).isEqualTo(ExitCodes.OK);
      Fakes.Run export = Fakes.run(SharedPipeline::get, "", "export", "events", "--format", "jsonl", "--db", db);
      assertThat(export.exit()).as(export.err()).isEqualTo(ExitCodes.OK);
      exports.add(export.out());
    }
    assertThat(exports.get(0)).isNotBlank();
    assertThat(exports.get(1)).isEqualTo(exports.get(0));
  }
}
