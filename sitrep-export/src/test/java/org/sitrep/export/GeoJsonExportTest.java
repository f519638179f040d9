package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusEvent;

class GeoJsonExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode export(CorpusEvent... events) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventExporter x = EventExporter.open(Format.GEOJSON, out, Instant.EPOCH)) {
      for (CorpusEvent e : events) {
        x.accept(e);
      }
    }
    return JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void eachEventIsAPointFeatureWithTheEventAsProperties() throws IOException {
    JsonNode fc = export(Events.kisumu(), Events.bare());
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.path("features")).hasSize(2);
    JsonNode f = fc.path("features").get(0);
    assertThat(f.path("type").asText()).isEqualTo("Feature");
    assertThat(f.path("id").asText()).isEqualTo("E42");
    assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
    // [lon, lat]
    assertThat(f.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(34.75);
    assertThat(f.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(-0.1);
    // numbers parse back as ints where the mapping made longs: compare the text
    assertThat(f.path("properties").toString())
        .isEqualTo(ModelJson.write(ModelJson.event(Events.kisumu()), false));
    assertThat(ModelJson.readEvent(f.path("properties").toString())).isEqualTo(Events.kisumu());

    JsonNode noCoordinates = fc.path("features").get(1);
    assertThat(noCoordinates.has("geometry")).isTrue();
    assertThat(noCoordinates.get("geometry").isNull()).isTrue();
    assertThat(noCoordinates.path("properties").path("id").asText()).isEqualTo("E7");
  }

  @Test
  void noEventsGiveAnEmptyCollection() throws IOException {
    JsonNode fc = export();
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.path("features").isArray()).isTrue();
    assertThat(fc.path("features")).isEmpty();
  }
}
