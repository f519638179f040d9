package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusEvent;

class JsonlExportTest {
  private static final Instant T = Instant.ofEpochSecond(1_700_000_000L);

  @Test
  void eachEventIsOneLineThatReadsBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventExporter x = EventExporter.open(Format.JSONL, out, T)) {
      x.accept(Events.kisumu());
      x.accept(Events.bare());
      assertThat(x.count()).isEqualTo(2);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\r");
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(ModelJson.readEvent(lines.get(0))).isEqualTo(Events.kisumu());
    assertThat(ModelJson.readEvent(lines.get(1))).isEqualTo(Events.bare());
    assertThat(lines.get(0)).startsWith("{\"id\":\"E42\",\"type\":\"Protests\"")
        .isEqualTo(ModelJson.write(ModelJson.event(Events.kisumu()), false));
  }

  @Test
  void noEventsWriteNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventExporter.open(Format.JSONL, out, T).close();
    assertThat(out.size()).isZero();
  }

  @Test
  void aFileIsWrittenAndClosed(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("events.jsonl");
    try (EventExporter x = EventExporter.open(Format.JSONL, f, T)) {
      x.accept(Events.kisumu());
    }
    List<String> lines = Files.readAllLines(f);
    assertThat(lines).hasSize(1);
    CorpusEvent back = ModelJson.readEvent(lines.get(0));
    assertThat(back.figures()).hasSize(2);
  }

  @Test
  void articlesAreOneLineEach() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleExporter x = ArticleExporter.open(Format.JSONL, out)) {
      x.accept(Events.article());
      assertThat(x.count()).isEqualTo(1);
    }
    String line = out.toString(StandardCharsets.UTF_8);
    assertThat(line).endsWith("\n");
    assertThat(ModelJson.readArticle(line.strip())).isEqualTo(Events.article());
    assertThat(line).contains("\"duplicateOf\":\"a2\"");
  }

  @Test
  void articlesOnlyAsJsonl() {
    assertThatThrownBy(() -> ArticleExporter.open(Format.GEOJSON, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only as jsonl");
  }

  @Test
  void parquetRefusesAStream() {
    assertThatThrownBy(() -> EventExporter.open(Format.PARQUET, new ByteArrayOutputStream(), T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a file")
        .hasMessageContaining("--out");
  }
}
