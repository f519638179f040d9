package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryGazetteerTest {
  private final Gazetteer g = Fixtures.gazetteer();

  @Test
  void alternateNamesAndSpellingVariantsFindTheSamePlace() {
    for (String name : new String[] {"Almaty", "Alma Ata", "Alma-Ata", "ALMA-ATA", "alma ata"}) {
      assertThat(g.lookup(name)).as(name).extracting(GeoEntry::geonameid).containsExactly(1526384L);
    }
    assertThat(g.lookup("Kiev")).containsExactly(Fixtures.KYIV);
    assertThat(g.lookup("Kyiv")).containsExactly(Fixtures.KYIV);
    assertThat(g.lookup("Kijow")).containsExactly(Fixtures.KYIV);
    assertThat(g.lookup("Sao Paulo")).containsExactly(Fixtures.SAO_PAULO);
    assertThat(g.lookup("São Paulo")).containsExactly(Fixtures.SAO_PAULO);
  }

  @Test
  void candidatesComeBiggestFirst() {
    assertThat(g.lookup("Moscow")).containsExactly(Fixtures.MOSCOW, Fixtures.MOSCOW_IDAHO);
    assertThat(g.lookup("Córdoba")).containsExactly(Fixtures.CORDOBA_AR, Fixtures.CORDOBA_ES);
  }

  @Test
  void countriesAreEntriesToo() {
    assertThat(g.lookup("Republic of Kazakhstan")).singleElement()
        .satisfies(e -> {
          assertThat(e.geonameid()).isEqualTo(1522867L);
          assertThat(e.kind()).isEqualTo("country");
          assertThat(e.country()).isEqualTo("KZ");
        });
    assertThat(g.byId(2017370)).get().extracting(GeoEntry::name).isEqualTo("Russia");
  }

  @Test
  void unknownNamesAndIdsFindNothing() {
    assertThat(g.lookup("Atlantis")).isEmpty();
    assertThat(g.lookup("")).isEmpty();
    assertThat(g.byId(42)).isEmpty();
  }

  @Test
  void featureCodesMapOntoTheContractKinds() {
    assertThat(GeoEntry.kindOf('A', "PCLI")).isEqualTo("country");
    assertThat(GeoEntry.kindOf('A', "PCLD")).isEqualTo("country");
    assertThat(GeoEntry.kindOf('A', "ADM1")).isEqualTo("admin1");
    assertThat(GeoEntry.kindOf('A', "ADM2")).isEqualTo("admin2");
    assertThat(GeoEntry.kindOf('P', "PPLA")).isEqualTo("city");
    assertThat(GeoEntry.kindOf('P', "PPLX")).isEqualTo("city");
    assertThat(GeoEntry.kindOf('H', "LK")).isEqualTo("other");
  }
}
