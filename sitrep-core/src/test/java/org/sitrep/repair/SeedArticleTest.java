package org.sitrep.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Repair;

/** The seed article from the shared folder (read in place, never copied); skipped without it. */
class SeedArticleTest {
  @Test
  void findsTheGoldRepairsOfTheSeedArticle() throws Exception {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null, "sitrep.shared is not set");
    Path seed = Path.of(shared, "seed", "kazakhstan-2022-01-07.txt");
    Path gold = Path.of(shared, "seed", "kazakhstan-2022-01-07.expected.json");
    assumeTrue(Files.isRegularFile(seed) && Files.isRegularFile(gold), "no seed article in " + shared);

    String text = Files.readString(seed);
    TextRepairStage.Result r = new TextRepairStage().repair(text);
    TextRepairStageTest.checkInvariants(text, r);

    JsonNode expected = new ObjectMapper().readTree(gold.toFile()).get("text_repairs");
    assertThat(expected).isNotNull();
    assertThat(expected.size()).isEqualTo(3);
    List<String> befores = r.repairs().stream().map(Repair::before).toList();
    for (JsonNode g : expected) {
      String raw = g.get("raw").asText();
      assertThat(befores).contains(raw);
      Repair found = r.repairs().stream().filter(x -> x.before().equals(raw)).findFirst().orElseThrow();
      assertThat(found.after()).isEqualTo(g.get("clean").asText());
      assertThat(found.kind()).isEqualTo("glued-quote");
    }
    assertThat(r.repaired().text()).contains("use deadly force against", "26 armed criminals were");
    assertThat(r.repairs()).filteredOn(x -> x.kind().startsWith("glued")).hasSize(3);
  }
}
