package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.geo.eval.GeoGold;
import org.sitrep.geo.eval.GeoScore;
import org.sitrep.model.Place;

/**
 * Resolution measured on the development geoparsing sets in shared/eval/geo (LGL, TR-News): gold
 * toponym spans are given as LOCATION mentions (perfect NER), so the figures isolate the gazetteer
 * and the disambiguation. Also runs the stage with no NER at all, to see what the token scan
 * finds on its own. Prints the figures; fails only on a collapse.
 */
class GeoEvalTest {

  @ParameterizedTest
  @ValueSource(strings = {"lgl.xml", "tr-news.xml"})
  void resolution(String file) throws Exception {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null, "sitrep.shared not set");
    Path xml = Path.of(shared, "eval", "geo", file);
    assumeTrue(Files.isReadable(xml), "no " + xml);
    List<GeoGold.Doc> docs = GeoGold.read(xml);
    PlaceStage stage = new PlaceStage(GeoNamesGazetteer.shared());
    int total = 0;
    int resolved = 0;
    int exact = 0;
    int within161 = 0;
    int found = 0;
    int foundCorrectSpan = 0;
    int goldSpans = 0;
    long t0 = System.nanoTime();
    // Every miss, for whoever tunes the resolver next: target/geo-eval-FILE.tsv
    StringBuilder misses = new StringBuilder("doc\tphrase\tgold_fcode\tgold_id\tour_id"
        + "\tour_name\tour_country\tour_kind\tkm\n");
    int docNo = 0;
    for (GeoGold.Doc doc : docs) {
      docNo++;
      Texts withNer = Texts.of(doc.text());
      for (GeoGold.Toponym g : doc.toponyms()) {
        withNer.mentionAt(g.start(), g.end(), "LOCATION", null);
      }
      List<Place> places = stage.apply(withNer.analysis()).places();
      for (GeoGold.Toponym g : doc.toponyms()) {
        if (g.geonameid() == null || !g.hasCoordinates()) {
          continue;
        }
        total++;
        Place hit = null;
        for (Place p : places) {
          if (p.start() == g.start() && p.end() == g.end() && p.lat() != null) {
            hit = p;
          }
        }
        double dist = hit == null ? -1 : Geo.km(hit.lat(), hit.lon(), g.lat(), g.lon());
        if (hit != null) {
          resolved++;
          exact += g.geonameid().equals(hit.geonameid()) ? 1 : 0;
          within161 += dist <= 161 ? 1 : 0;
        }
        if (hit == null || dist > 161) {
          misses.append(String.join("\t", Integer.toString(docNo),
              doc.text().substring(g.start(), g.end()).replaceAll("\\s+", " "), g.featureCode(),
              Long.toString(g.geonameid()), hit == null ? "" : String.valueOf(hit.geonameid()),
              hit == null ? "" : hit.name(), hit == null ? "" : hit.country(),
              hit == null ? "" : hit.kind(), String.format(Locale.ROOT, "%.0f", dist)))
              .append('\n');
        }
      }
      // No NER at all: only the demonym and gazetteer scan.
      List<Place> alone = stage.apply(Texts.of(doc.text()).analysis()).places();
      goldSpans += doc.toponyms().size();
      for (Place p : alone) {
        if (!p.isLocation()) {
          continue;
        }
        found++;
        for (GeoGold.Toponym g : doc.toponyms()) {
          if (p.start() == g.start() && p.end() == g.end()) {
            foundCorrectSpan++;
            break;
          }
        }
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Path out = Path.of("target", "geo-eval-" + file.replace(".xml", ".tsv"));
    Files.createDirectories(out.getParent());
    Files.writeString(out, misses);
    System.out.printf(Locale.ROOT, "sitrep-geo eval %s: %d docs, %d toponyms; with gold spans:"
            + " resolved %.3f, exact id %.3f, within 161 km %.3f; scan alone: precision %.3f,"
            + " recall %.3f; %d ms%n",
        file, docs.size(), total, resolved / (double) total, exact / (double) total,
        within161 / (double) total, foundCorrectSpan / (double) Math.max(1, found),
        foundCorrectSpan / (double) Math.max(1, goldSpans), ms);
    assertThat(within161 / (double) total).isGreaterThan(0.4);
  }
}
