package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.SeedScore;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;

/**
 * The seed article against its hand-made gold, scored by meaning (place ids, date values, measure
 * + bounds + source, ACLED type), with the whole real pipeline. The article and its gold are read
 * from ../shared, never copied here; the test is skipped where they are absent.
 */
class SeedGoldTest {
  @Test
  void seedArticleMeetsTheIssueTargets() throws Exception {
    Path shared = Path.of(System.getProperty("sitrep.shared", "../../shared"));
    Path text = shared.resolve("seed/kazakhstan-2022-01-07.txt");
    assumeTrue(Files.exists(text), "no seed article at " + text);
    JsonNode gold = new ObjectMapper().readTree(
        shared.resolve("seed/kazakhstan-2022-01-07.expected.json").toFile());

    Analysis a = SharedPipeline.get().apply(Analysis.of(
        Article.of("kz", Files.readString(text), LocalDate.parse("2022-01-07"))));
    SeedScore.Result r = SeedScore.score(a, gold);
    System.out.println("seed: " + r + " " + r.misses());

    assertThat(r.places()).as("places").isEqualTo(r.placesGold());
    assertThat(r.dates()).as("dates").isEqualTo(r.datesGold());
    assertThat(r.claims()).as("claims").isGreaterThanOrEqualTo(12);
    assertThat(r.events()).as("events with the right ACLED type").isGreaterThanOrEqualTo(12);
    // the three damaged spots are reported, and the text itself is left as given
    assertThat(a.repairs()).extracting(x -> x.before())
        .anySatisfy(b -> assertThat(b).contains("usedeadly"))
        .anySatisfy(b -> assertThat(b).contains("26armed"))
        .anySatisfy(b -> assertThat(b).contains("citizensproperty"));
    assertThat(a.text()).isEqualTo(Files.readString(text));
    // every span points into the text as given, repairs notwithstanding
    a.mentions().forEach(m -> assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text()));
    a.places().forEach(p -> assertThat(a.text().substring(p.start(), p.end())).isEqualTo(p.text()));
    a.times().forEach(t -> assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.text()));
    a.claims().forEach(c -> assertThat(a.text().substring(c.start(), c.end())).isEqualTo(c.text()));
  }
}
