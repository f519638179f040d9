package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** The real gazetteer as the build made it (target/classes/org/sitrep/geo/data). */
class GeoNamesGazetteerDataTest {
  private static GeoNamesGazetteer g;

  @BeforeAll
  static void load() {
    g = GeoNamesGazetteer.shared();
  }

  /** The entry a bare name reads as before any context. */
  private static long id(String name) {
    List<GeoEntry> hits = g.lookup(name);
    assertThat(hits).as(name).isNotEmpty();
    return PlaceStage.firstReading(hits, name).geonameid();
  }

  @Test
  void regionsAndTheirAbbreviations() {
    assertThat(id("Texas")).isEqualTo(4736286L);
    assertThat(id("Ontario")).isEqualTo(6093943L); // the province, not Ontario, California
    assertThat(id("New York")).isEqualTo(5128638L); // the state: the city's own name is "New York City"
    assertThat(id("England")).isEqualTo(6269131L); // curated, extra-places.tsv
    assertThat(id("Africa")).isEqualTo(6255146L);
    assertThat(g.byId(4736286L)).get().extracting(GeoEntry::kind, GeoEntry::admin1)
        .containsExactly("admin1", "TX");
    assertThat(g.byAbbreviation("Tex.")).extracting(GeoEntry::geonameid).containsExactly(4736286L);
    assertThat(g.byAbbreviation("W.Va.")).extracting(GeoEntry::geonameid).containsExactly(4826850L);
    // from the curated region-abbreviations.tsv
    assertThat(g.byAbbreviation("Va.")).extracting(GeoEntry::geonameid).containsExactly(6254928L);
    assertThat(g.byAbbreviation("Tex")).isEmpty();
    // a region's population is its towns' (Natural Earth has none): Texas has millions
    assertThat(g.byId(4736286L).get().population()).isGreaterThan(10_000_000L);
  }

  @Test
  void saintAndMountAreFoundAbbreviated() {
    assertThat(g.lookup("St. Albans")).extracting(GeoEntry::admin1).contains("WV");
    assertThat(g.lookup("St. Louis")).extracting(GeoEntry::geonameid).contains(4407066L);
    assertThat(g.lookup("Mt. Pleasant")).isNotEmpty();
  }

  @Test
  void usCountiesComeFromTheCensusWithoutGeoNamesIds() {
    List<GeoEntry> laurel = g.lookup("Laurel County");
    assertThat(laurel).extracting(GeoEntry::admin1).contains("KY");
    GeoEntry ky = laurel.stream().filter(e -> "KY".equals(e.admin1())).findFirst().orElseThrow();
    assertThat(ky.kind()).isEqualTo("admin2");
    assertThat(ky.isGeoNames()).isFalse();
    assertThat(ky.lat()).isBetween(36.9, 37.3); // London, Kentucky is its seat
    assertThat(g.lookup("Henry County")).hasSizeGreaterThan(5);
  }

  @Test
  void loadsFastAndSmall() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    GeoNamesGazetteer fresh = GeoNamesGazetteer.load();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long retained = rt.totalMemory() - rt.freeMemory() - before;
    System.out.printf(Locale.ROOT,
        "sitrep-geo: gazetteer loaded in %d ms, %d entries, %d names, about %d MB retained%n",
        ms, fresh.size(), fresh.nameCount(), retained >> 20);
    assertThat(fresh.size()).isGreaterThan(150_000);
    assertThat(ms).isLessThan(10_000);
    assertThat(retained).isLessThan(500L << 20);
  }

  @Test
  void theSeedArticlesPlaces() {
    assertThat(id("Alma Ata")).isEqualTo(1526384L);
    assertThat(id("Alma-Ata")).isEqualTo(1526384L);
    assertThat(id("Almaty")).isEqualTo(1526384L);
    assertThat(id("Moscow")).isEqualTo(524901L);
    assertThat(id("Kazakhstan")).isEqualTo(1522867L);
    assertThat(id("Russia")).isEqualTo(2017370L);
    assertThat(g.lookup("Kazakhstan").get(0).kind()).isEqualTo("country");
    GeoEntry almaty = g.byId(1526384L).orElseThrow();
    assertThat(almaty.kind()).isEqualTo("city");
    assertThat(almaty.admin1()).isEqualTo("02");
    // the city's own region (Almaty City) is in the gazetteer too, but the bare name reads as the city
    assertThat(g.lookup("Almaty")).extracting(GeoEntry::kind).contains("admin1");
  }

  @Test
  void spellingVariants() {
    assertThat(id("Kyiv")).isEqualTo(703448L);
    assertThat(id("Kiev")).isEqualTo(703448L);
    assertThat(id("São Paulo")).isEqualTo(id("Sao Paulo"));
    assertThat(g.byId(703448)).get().extracting(GeoEntry::country).isEqualTo("UA");
  }

  @Test
  void countriesNamesAndAdjectives() {
    Countries c = g.countries();
    assertThat(c.size()).isGreaterThanOrEqualTo(240);
    assertThat(Countries.standard().size()).isEqualTo(c.size());
    assertThat(c.byAdjective("Kazakh")).extracting(Country::iso2).first().isEqualTo("KZ");
    assertThat(c.byAdjective("Kazakhstani")).extracting(Country::iso2).first().isEqualTo("KZ");
    assertThat(c.byAdjective("Russian")).extracting(Country::iso2).first().isEqualTo("RU");
    assertThat(c.byAdjective("French")).extracting(Country::iso2).first().isEqualTo("FR");
    assertThat(c.byAdjective("German")).extracting(Country::iso2).first().isEqualTo("DE");
    assertThat(c.byIso2("KZ")).get().extracting(Country::geonameid).isEqualTo(1522867L);
    assertThat(c.byIso2("RU")).get().extracting(Country::name).isEqualTo("Russia");
    // the curated supplement (src/build/country-supplement.tsv)
    assertThat(c.byAdjective("Saudi")).extracting(Country::iso2).containsExactly("SA");
    assertThat(c.byAdjective("Philippine")).extracting(Country::iso2).containsExactly("PH");
    assertThat(c.byName("U.S.")).extracting(Country::iso2).containsExactly("US");
    assertThat(c.byName("Britain")).extracting(Country::iso2).containsExactly("GB");
  }

  // ---------------------------------------------------------------------------------------------
  // The seed article, read from shared/ (never copied into the repository)

  private static Path seed(String name) {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null, "sitrep.shared not set");
    Path p = Path.of(shared, "seed", name);
    assumeTrue(Files.isReadable(p), "no seed article at " + p);
    return p;
  }

  /** NER as CoreNLP would plausibly tag the seed, with "Alma Ata" missed. */
  private static Texts taggedSeed(String text) {
    return Texts.of(text)
        .mention("Kashim-Jomart Tokayev", "PERSON")
        .mention("Tokayev", "PERSON")
        .mention("Reuters", "ORGANIZATION")
        .mention("Kazakh Interior Ministry", "ORGANIZATION")
        .mention("Ministry of the Interior", "ORGANIZATION")
        .mention("Almaty", "LOCATION", "CITY")
        .mention("Kazakhstan", "LOCATION", "COUNTRY")
        .mention("Russia", "LOCATION", "COUNTRY")
        .mention("Moscow", "LOCATION", "CITY")
        .ner("Friday", "DATE").ner("Thursday", "DATE").ner("today", "DATE")
        .ner("yesterday", "DATE");
  }

  @Test
  void seedArticleWithNer() throws IOException {
    String text = Files.readString(seed("kazakhstan-2022-01-07.txt"));
    List<Place> places = new PlaceStage(g).apply(taggedSeed(text).analysis()).places();
    checkSeed(text, places);
  }

  @Test
  void seedArticleWithoutAnyNer() throws IOException {
    String text = Files.readString(seed("kazakhstan-2022-01-07.txt"));
    List<Place> places = new PlaceStage(g).apply(Texts.of(text).analysis()).places();
    checkSeed(text, places);
  }

  private static void checkSeed(String text, List<Place> places) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(seed("kazakhstan-2022-01-07.expected.json").toFile());
    Set<String> goldTexts = new HashSet<>();
    for (JsonNode p : gold.path("places")) {
      List<String> forms = new java.util.ArrayList<>();
      forms.add(p.path("mention").asText());
      p.path("also").forEach(a -> forms.add(a.asText()));
      long id = p.path("geonames_id").asLong();
      for (String form : forms) {
        goldTexts.add(form);
        int occurrences = 0;
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
          occurrences++;
          int start = i;
          assertThat(places).as("%s at %d", form, start)
              .anySatisfy(pl -> {
                assertThat(pl.start()).isEqualTo(start);
                assertThat(pl.text()).isEqualTo(form);
                assertThat(pl.geonameid()).isEqualTo(id);
                assertThat(pl.country()).isEqualTo(p.path("country").asText());
              });
        }
        assertThat(occurrences).as(form).isPositive();
      }
    }
    for (Place p : places) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
      if (p.isLocation()) {
        assertThat(goldTexts).as("a false place: %s", p).contains(p.text());
      } else {
        assertThat(p.text()).isEqualTo("Kazakh");
        assertThat(p.geonameid()).isEqualTo(1522867L);
        assertThat(p.country()).isEqualTo("KZ");
      }
    }
    assertThat(places).filteredOn(p -> !p.isLocation()).hasSize(4);
  }
}
