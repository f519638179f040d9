package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

class ArticleFocusTest {
  private static Place place(String text, Long id, String country, String admin1, String kind,
      String role) {
    return new Place(0, 1, text, id, text, country, admin1, 0.0, 0.0, kind, 0.9, role);
  }

  @Test
  void countsCitiesForTheirRegionAndCountryAndDemonymsForTheirCountryOnly() {
    Gazetteer g = GeoNamesGazetteer.shared();
    ArticleFocus f = ArticleFocus.of(List.of(
        place("Kazakh", 1522867L, "KZ", null, "country", "adjectival"),
        place("Almaty", 1526384L, "KZ", "02", "city", "location"),
        place("Alma Ata", 1526384L, "KZ", "02", "city", "location"),
        place("Russian", 2017370L, "RU", null, "country", "adjectival"),
        place("Moscow", 524901L, "RU", "48", "city", "adjectival"),
        place("Atlantis", null, null, null, "other", "location")), g);
    assertThat(f.countries()).extracting(ArticleFocus.Count::code).containsExactly("KZ", "RU");
    assertThat(f.countries().get(0).mentions()).isEqualTo(3);
    assertThat(f.countries().get(0).name()).isEqualTo("Kazakhstan");
    // the city of Almaty is its own first-order region in GeoNames (KZ.02)
    assertThat(f.regions()).extracting(ArticleFocus.Count::code).containsExactly("KZ.02");
    // "Moscow" as an organisation's home (adjectival) is not a city the article is set in
    assertThat(f.cities()).extracting(ArticleFocus.Count::code).containsExactly("1526384");
    assertThat(f.cities().get(0).mentions()).isEqualTo(2);
  }
}
