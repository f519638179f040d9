package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.Fakes.Run;

/** The real pipeline (CoreNLP's models: ~20 s, ~2 GB) on the example the README starts with. */
class ExtractIT {
  private static final Path EXAMPLE = Path.of("..", "examples", "protest-report.txt");

  @Test
  void exampleArticleGetsMentionsAndResolvedDates() throws IOException {
    assertThat(EXAMPLE).exists();
    Run r =
        Fakes.run(SharedPipeline::get, "", "extract", EXAMPLE.toString(), "--published", "2024-03-14");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(r.out());
    String text = Files.readString(EXAMPLE);
    assertThat(out.get("text").asText()).isEqualTo(text);
    assertThat(out.get("language").asText()).isEqualTo("en");
    assertThat(out.get("mentions")).isNotEmpty();
    assertThat(out.get("times")).isNotEmpty();
    for (JsonNode m : out.get("mentions")) {
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
    assertThat(out.get("mentions").findValuesAsText("text")).contains("Nairobi", "Daniel Otieno");
    // "on Wednesday" in an article of Thursday 14 March 2024
    assertThat(out.get("times").findValuesAsText("value")).contains("2024-03-13");
  }
}
