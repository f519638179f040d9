package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Fakes.CountingPipeline;
import org.sitrep.cli.Fakes.Run;

class BatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final CountingPipeline pipeline = new CountingPipeline();

  private static String line(String id, String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("text", text);
    return o.toString();
  }

  private Path jsonl(List<String> lines) throws IOException {
    return Files.writeString(dir.resolve("in.jsonl"), String.join("\n", lines) + "\n");
  }

  private static List<String> ids(List<String> lines) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String l : lines) {
      ids.add(JSON.readTree(l).get("id").asText());
    }
    return ids;
  }

  @Test
  void badLineGetsAnErrorRecordAndTheRunGoesOn() throws IOException {
    Path in =
        jsonl(
            List.of(
                line("a", "Protest in Nairobi on Wednesday."),
                "{\"id\": \"b\", \"text\": \"unterminated",
                line("c", "BONJOUR, manifestation hier."),
                line("d", "Another protest in Nairobi.")));
    Run r = Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--threads", "2");
    assertThat(r.exit()).isEqualTo(3);
    List<String> out = r.lines();
    assertThat(out).hasSize(4);
    assertThat(ids(out)).containsExactly("a", "b", "c", "d");
    JsonNode b = JSON.readTree(out.get(1));
    assertThat(b.at("/error/code").asText()).isEqualTo("bad-json");
    assertThat(b.at("/error/message").asText()).contains("line 2");
    assertThat(JSON.readTree(out.get(2)).at("/error/code").asText()).isEqualTo("unsupported-language");
    assertThat(JSON.readTree(out.get(3)).get("mentions")).hasSize(1);
    assertThat(r.err()).contains("2 failed");
  }

  @Test
  void allGoodLinesExitZeroAndKeepOrderAcrossThreads() throws IOException {
    Random random = new Random(42);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      // slow articles scattered at random make workers finish out of order
      lines.add(line("id-" + i, (random.nextInt(5) == 0 ? "SLOW " : "") + "Protest " + i + " in Nairobi."));
    }
    Path in = jsonl(lines);
    Path out = dir.resolve("out.jsonl");
    Run r =
        Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--out", out.toString(), "--threads", "4");
    assertThat(r.exit()).isZero();
    List<String> written = Files.readAllLines(out);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      expected.add("id-" + i);
    }
    assertThat(ids(written)).isEqualTo(expected);
    assertThat(r.err()).contains("200 lines").contains("0 failed");
  }

  @Test
  void blankLinesAndLinesWithoutIdStillGetOneOutputLineEach() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            line("a", "Nairobi.") + "\r\n\r\n{\"text\": \"no id here\"}\n[1, 2]");
    Run r = Fakes.run(pipeline, "", "extract", "--jsonl", in.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(ids(r.lines())).containsExactly("a", "line-2", "line-3", "line-4");
    assertThat(JSON.readTree(r.lines().get(1)).at("/error/code").asText()).isEqualTo("empty-input");
    assertThat(JSON.readTree(r.lines().get(2)).has("error")).isFalse();
  }

  @Test
  void crashOnOneArticleIsThatLinesError() throws IOException {
    Path in = jsonl(List.of(line("a", "CRASH"), line("b", "fine")));
    Run r = Fakes.run(pipeline, "", "extract", "--jsonl", in.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(JSON.readTree(r.lines().get(0)).at("/error/code").asText()).isEqualTo("internal-error");
    assertThat(ids(r.lines())).containsExactly("a", "b");
  }

  @Test
  void publishedIsTheDefaultForLinesWithoutADate() throws IOException {
    ObjectNode dated = (ObjectNode) JSON.readTree(line("a", "Nairobi."));
    dated.put("published", "2020-01-02");
    Path in = jsonl(List.of(dated.toString(), line("b", "Nairobi.")));
    Run r = Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--published", "2024-03-14");
    assertThat(r.lines()).hasSize(2);
    assertThat(JSON.readTree(r.lines().get(0)).get("published").asText()).isEqualTo("2020-01-02");
    assertThat(JSON.readTree(r.lines().get(1)).get("published").asText()).isEqualTo("2024-03-14");
  }

  @Test
  void resumeKeepsCompleteLinesDropsATruncatedOneAndAppendsOnlyWhatIsMissing() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lines.add(line("id-" + i, "Protest " + i + " in Nairobi."));
    }
    Path in = jsonl(lines);
    Path out = dir.resolve("out.jsonl");
    // an earlier run wrote two lines and was killed in the middle of the third
    String kept = "{\"id\":\"id-0\",\"kept\":true}\n{\"id\":\"id-1\",\"kept\":true}\n";
    Files.writeString(out, kept + "{\"id\":\"id-2\",\"tex");

    Run r =
        Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--out", out.toString(), "--resume");
    assertThat(r.exit()).isZero();
    List<String> written = Files.readAllLines(out);
    assertThat(written).hasSize(6);
    assertThat(ids(written)).containsExactly("id-0", "id-1", "id-2", "id-3", "id-4", "id-5");
    assertThat(Files.readString(out)).startsWith(kept);
    assertThat(pipeline.analysed).hasValue(4);
    assertThat(r.err()).contains("resuming at line 3");

    // resuming a finished run does nothing
    Run again =
        Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--out", out.toString(), "--resume");
    assertThat(again.exit()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(6);
    assertThat(pipeline.analysed).hasValue(4);
  }

  @Test
  void withoutResumeOutIsOverwritten() throws IOException {
    Path in = jsonl(List.of(line("a", "Nairobi.")));
    Path out = Files.writeString(dir.resolve("out.jsonl"), "old\nold\nold\n");
    Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--out", out.toString());
    assertThat(Files.readAllLines(out)).hasSize(1);
  }

  @Test
  void batchUsageErrors() throws IOException {
    Path in = jsonl(List.of(line("a", "x")));
    assertThat(Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--resume").exit()).isEqualTo(2);
    assertThat(Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--pretty").exit()).isEqualTo(2);
    assertThat(Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--threads", "0").exit()).isEqualTo(2);
    assertThat(Fakes.run(pipeline, "", "extract", "--jsonl", in.toString(), "--out", in.toString()).exit())
        .isEqualTo(2);
    assertThat(Fakes.run(pipeline, "", "extract", "--jsonl", dir.resolve("missing.jsonl").toString()).exit())
        .isEqualTo(2);
    assertThat(pipeline.built).hasValue(0);
  }

  @Test
  void jsonlFromStandardInput() {
    Run r = Fakes.run(pipeline, line("a", "Nairobi.") + "\n" + line("b", "x") + "\n", "extract", "--jsonl", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(2);
  }

  @Test
  void linesSplitOnNewlineOnlyAndCountLikeTheBatch() throws IOException {
    Batch.Lines lines = new Batch.Lines(new StringReader("a\r\nb\rc\n\nd"));
    List<String> got = new ArrayList<>();
    String l;
    while ((l = lines.next()) != null) {
      got.add(l);
    }
    assertThat(got).containsExactly("a", "b\rc", "", "d");
    Path f = Files.writeString(dir.resolve("f"), "a\r\nb\rc\n\nd");
    assertThat(ExtractCommand.countLines(f)).isEqualTo(4);
    Files.writeString(f, "a\n\n");
    assertThat(ExtractCommand.countLines(f)).isEqualTo(2);
    Files.writeString(f, "");
    assertThat(ExtractCommand.countLines(f)).isZero();
  }

  @Test
  void longLinesCrossTheReadBuffer() throws IOException {
    String big = "x".repeat(200_000);
    Batch.Lines lines = new Batch.Lines(new StringReader(big + "\n" + big));
    assertThat(lines.next()).hasSize(200_000);
    assertThat(lines.next()).hasSize(200_000);
    assertThat(lines.next()).isNull();
  }

  @Test
  void keepCompleteLinesTruncatesAPartialLastLine() throws IOException {
    Path f = Files.writeString(dir.resolve("o"), "{}\n{}\n{\"par");
    assertThat(ExtractCommand.keepCompleteLines(f)).isEqualTo(2);
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo("{}\n{}\n");
  }
}
