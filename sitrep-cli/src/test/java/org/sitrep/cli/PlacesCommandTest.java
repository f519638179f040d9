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
import org.sitrep.cli.Fakes.Run;

/** {@code sitrep places} on the real pipeline: what a user sees for a short US local report. */
class PlacesCommandTest {
  private static final String REPORT = "SOUTH CHARLESTON, W.Va. -- Two men were arrested on Monday"
      + " after a fight outside a bar. The Kanawha County Sheriff's Office said one of them lives"
      + " in Springfield, Ill., and the other in Paris, Texas. Deputies from Kanawha County and"
      + " the West Virginia State Police took part.\n";

  @TempDir Path dir;

  private Path article() throws IOException {
    return Files.writeString(dir.resolve("report.txt"), REPORT, StandardCharsets.UTF_8);
  }

  @Test
  void jsonResolvesTownsRegionsAndCountiesInContext() throws IOException {
    Run r = Fakes.run(SharedPipeline::get, "", "places", article().toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(r.out());
    List<String> seen = new ArrayList<>();
    for (JsonNode p : out.path("places")) {
      String text = p.path("text").asText();
      seen.add(text);
      // every span points at its words
      assertThat(REPORT.substring(p.path("start").asInt(), p.path("end").asInt())).isEqualTo(text);
      switch (text) {
        case "Springfield" -> assertThat(p.path("admin1").asText()).isEqualTo("IL");
        case "Paris" -> assertThat(p.path("admin1").asText()).isEqualTo("TX");
        case "W.Va." -> {
          assertThat(p.path("geonameid").asLong()).isEqualTo(4826850L);
          assertThat(p.path("kind").asText()).isEqualTo("admin1");
        }
        case "Kanawha County" -> {
          assertThat(p.path("kind").asText()).isEqualTo("admin2");
          assertThat(p.path("admin1Name").asText()).isEqualTo("West Virginia");
          assertThat(p.path("geonameid").isNull()).isTrue(); // a Census county, not GeoNames
          assertThat(p.path("lat").asDouble()).isBetween(38.0, 38.6);
        }
        default -> { }
      }
    }
    // "the West Virginia State Police", a LOCATION to NER, is read as the state it names
    assertThat(seen).containsExactly("SOUTH CHARLESTON", "W.Va.", "Kanawha County", "Springfield",
        "Ill.", "Paris", "Texas", "Kanawha County", "West Virginia");
    JsonNode focus = out.path("focus");
    assertThat(focus.path("countries").get(0).path("code").asText()).isEqualTo("US");
    assertThat(focus.path("regions").get(0).path("name").asText()).isEqualTo("West Virginia");
  }

  @Test
  void tableNamesEveryColumnAndTheFocus() throws IOException {
    Run r = Fakes.run(SharedPipeline::get, "", "places", article().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.lines().get(0)).contains("span", "geonameid", "admin1", "lat", "lon", "kind", "conf");
    assertThat(r.out()).contains("4250542").contains("IL Illinois");
    assertThat(r.lines().get(r.lines().size() - 1))
        .matches("\\d+ places; focus: countries United States.*regions West Virginia \\(4\\).*");
  }

  @Test
  void governmentsNamedByTheirCapitalAreNotEventPlaces() throws IOException {
    String text = "Moscow said on Monday that its forces had shelled Kharkiv. Russia invaded"
        + " Ukraine in February. Protesters marched in Moscow.\n";
    Path f = Files.writeString(dir.resolve("war.txt"), text, StandardCharsets.UTF_8);
    Run r = Fakes.run(SharedPipeline::get, "", "places", f.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> roles = new ArrayList<>();
    for (JsonNode p : new ObjectMapper().readTree(r.out()).path("places")) {
      roles.add(p.path("text").asText() + ":" + p.path("role").asText() + ":" + p.path("kind").asText());
    }
    // "Kharkiv" is the city, not the oblast of the same name around it
    assertThat(roles).containsExactly("Moscow:metonym:city", "Kharkiv:location:city",
        "Russia:metonym:country", "Ukraine:location:country", "Moscow:location:city");
  }

  @Test
  void missingFileIsAUsageError() {
    Run r = Fakes.run(SharedPipeline::get, "", "places", dir.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }
}
