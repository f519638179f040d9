package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Fakes.CountingPipeline;
import org.sitrep.cli.Fakes.Run;
import org.sitrep.model.Article;

class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void measureCountsArticlesTokensAndRejections() {
    CountingPipeline pipeline = new CountingPipeline();
    List<Article> articles =
        List.of(
            Article.of("a", "one two three", null),
            Article.of("b", "BONJOUR le monde", null),
            Article.of("c", "four five", null));
    Benchmark.Result r = Benchmark.measure(Benchmark.sitrep("sitrep", pipeline.get()), articles, 2, 2, false);
    assertThat(r.articles()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(r.tokens()).isEqualTo(5);
    assertThat(r.peakHeap()).isPositive();
    // two warm-up runs plus three timed ones
    assertThat(pipeline.analysed).hasValue(5);
    assertThat(r.stageMillis()).containsOnlyKeys("fake-nlp", "fake-facts");
  }

  @Test
  void benchPrintsATableForSitrepAndTheBaseline() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\":\"a\",\"text\":\"Protest in Nairobi.\"}\nnot json\n{\"id\":\"b\",\"text\":\"More.\"}\n");
    Run r =
        Fakes.run(new CountingPipeline(), Fakes::baseline, "", "bench", "--jsonl", in.toString(), "--warmup", "1", "--no-gc");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("articles/s", "tokens/s", "peak heap MB")
        .containsPattern("(?m)^sitrep +\\S+ +2 +0 +4 ")
        .containsPattern("(?m)^fake-baseline +\\S+ +2 +0 +4 ")
        .contains("sitrep stages", "fake-nlp");
    assertThat(r.err()).contains("skipped 1 unreadable lines");
  }

  @Test
  void benchNeedsAFile() {
    assertThat(Fakes.run(new CountingPipeline(), "", "bench").exit()).isEqualTo(2);
    assertThat(Fakes.run(new CountingPipeline(), "", "bench", "--jsonl", dir.resolve("x").toString()).exit())
        .isEqualTo(2);
  }
}
