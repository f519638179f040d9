package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Place;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Resolution measured on the development geoparsing sets in shared/eval/geo (LGL, TR-News): gold
 * toponym spans are given as LOCATION mentions (perfect NER), so the figures isolate the gazetteer
 * and the disambiguation. Also runs the stage with no NER at all, to see what the token scan
 * finds on its own. Prints the figures; fails only on a collapse.
 */
class GeoEvalTest {

  record Gold(int start, int end, long id, double lat, double lon, String fcode, String country) {}

  record Doc(String text, List<Gold> gold) {}

  static List<Doc> read(Path xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(xml.toFile());
    List<Doc> docs = new ArrayList<>();
    NodeList articles = d.getElementsByTagName("article");
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String text = a.getElementsByTagName("text").item(0).getTextContent();
      List<Gold> gold = new ArrayList<>();
      NodeList tops = a.getElementsByTagName("toponym");
      for (int j = 0; j < tops.getLength(); j++) {
        Element t = (Element) tops.item(j);
        NodeList gaz = t.getElementsByTagName("gaztag");
        if (gaz.getLength() == 0) {
          continue;
        }
        Element g = (Element) gaz.item(0);
        String lat = g.getElementsByTagName("lat").getLength() > 0
            ? g.getElementsByTagName("lat").item(0).getTextContent() : null;
        String lon = g.getElementsByTagName("lon").getLength() > 0
            ? g.getElementsByTagName("lon").item(0).getTextContent() : null;
        if (lat == null || lon == null || g.getAttribute("geonameid").isEmpty()) {
          continue;
        }
        int start = Integer.parseInt(t.getElementsByTagName("start").item(0).getTextContent());
        int end = Integer.parseInt(t.getElementsByTagName("end").item(0).getTextContent());
        if (end > text.length()) {
          continue;
        }
        NodeList fcode = g.getElementsByTagName("fcode");
        NodeList country = g.getElementsByTagName("country");
        gold.add(new Gold(start, end, Long.parseLong(g.getAttribute("geonameid")),
            Double.parseDouble(lat), Double.parseDouble(lon),
            fcode.getLength() > 0 ? fcode.item(0).getTextContent() : "",
            country.getLength() > 0 ? country.item(0).getTextContent() : ""));
      }
      docs.add(new Doc(text, gold));
    }
    return docs;
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lgl.xml", "tr-news.xml"})
  void resolution(String file) throws Exception {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null, "sitrep.shared not set");
    Path xml = Path.of(shared, "eval", "geo", file);
    assumeTrue(Files.isReadable(xml), "no " + xml);
    List<Doc> docs = read(xml);
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
    StringBuilder misses = new StringBuilder("doc\tphrase\tgold_fcode\tgold_country\tgold_id\tour_id"
        + "\tour_name\tour_country\tour_kind\tkm\n");
    int docNo = 0;
    for (Doc doc : docs) {
      docNo++;
      Texts withNer = Texts.of(doc.text());
      for (Gold g : doc.gold()) {
        withNer.mentionAt(g.start(), g.end(), "LOCATION", null);
      }
      List<Place> places = stage.apply(withNer.analysis()).places();
      for (Gold g : doc.gold()) {
        total++;
        Place hit = null;
        for (Place p : places) {
          if (p.start() == g.start() && p.end() == g.end() && p.geonameid() != null) {
            hit = p;
          }
        }
        double dist = hit == null ? -1 : km(hit.lat(), hit.lon(), g.lat(), g.lon());
        if (hit != null) {
          resolved++;
          exact += hit.geonameid() == g.id() ? 1 : 0;
          within161 += dist <= 161 ? 1 : 0;
        }
        if (hit == null || dist > 161) {
          misses.append(String.join("\t", Integer.toString(docNo),
              doc.text().substring(g.start(), g.end()).replaceAll("\\s+", " "), g.fcode(),
              g.country(), Long.toString(g.id()), hit == null ? "" : hit.geonameid().toString(),
              hit == null ? "" : hit.name(), hit == null ? "" : hit.country(),
              hit == null ? "" : hit.kind(), String.format(Locale.ROOT, "%.0f", dist)))
              .append('\n');
        }
      }
      // No NER at all: only the demonym and gazetteer scan.
      List<Place> alone = stage.apply(Texts.of(doc.text()).analysis()).places();
      goldSpans += doc.gold().size();
      for (Place p : alone) {
        if (!p.isLocation()) {
          continue;
        }
        found++;
        for (Gold g : doc.gold()) {
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
