package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTest {
  private final Countries countries = Fixtures.gazetteer().countries();

  @Test
  void findsCountriesByCodeNameAndAdjective() {
    assertThat(countries.byIso2("kz")).contains(Fixtures.KAZAKHSTAN);
    assertThat(countries.byName("Republic of Kazakhstan")).containsExactly(Fixtures.KAZAKHSTAN);
    assertThat(countries.byAdjective("Kazakh")).containsExactly(Fixtures.KAZAKHSTAN);
    assertThat(countries.byAdjective("Kazakhs")).containsExactly(Fixtures.KAZAKHSTAN);
    assertThat(countries.byNameOrAdjective("Russian")).containsExactly(Fixtures.RUSSIA);
    assertThat(countries.byGeonameId(2017370)).contains(Fixtures.RUSSIA);
    assertThat(countries.byIso2("XX")).isEmpty();
    assertThat(countries.byAdjective("Martian")).isEmpty();
  }

  @Test
  void anAmbiguousAdjectiveListsTheBiggerCountryFirst() {
    assertThat(countries.byAdjective("Congolese"))
        .containsExactly(Fixtures.CONGO_KINSHASA, Fixtures.CONGO_BRAZZAVILLE);
  }

  @Test
  void theTableReadsBackAsWritten() throws IOException {
    StringBuilder out = new StringBuilder();
    countries.write(out);
    Countries back = Countries.read(new StringReader(out.toString()));
    assertThat(back.all()).isEqualTo(countries.all());
  }

  @Test
  void theNumericCodeAndSubregionReadBack() throws IOException {
    Country kz = new Country("KZ", "KAZ", 1522867, "Kazakhstan", "Republic of Kazakhstan", 48, 68,
        15340000, "AS", List.of("Kazakhstan"), List.of("Kazakh"), "398", "Central Asia");
    Country xk = new Country("XK", "XKX", 831053, "Kosovo", "Republic of Kosovo", 42.6, 21, 1800000,
        "EU", List.of("Kosovo"), List.of("Kosovar"), null, "Southeast Europe");
    StringBuilder out = new StringBuilder();
    new Countries(List.of(kz, xk)).write(out);
    Countries back = Countries.read(new StringReader(out.toString()));
    assertThat(back.byIso2("KZ").orElseThrow().ccn3()).isEqualTo("398");
    assertThat(back.byIso2("KZ").orElseThrow().subregion()).isEqualTo("Central Asia");
    assertThat(back.byIso2("XK").orElseThrow().ccn3()).isNull();
  }

  @Test
  void aTableWithoutNumericCodesStillReads() throws IOException {
    String v1 = "iso2\tiso3\tgeonameid\tname\tofficialName\tlat\tlon\tpopulation\tcontinent"
        + "\tnames\tadjectives\nKZ\tKAZ\t1522867\tKazakhstan\t\t48.0\t68.0\t1\tAS\tKazakhstan"
        + "\tKazakh\n";
    Country kz = Countries.read(new StringReader(v1)).byIso2("KZ").orElseThrow();
    assertThat(kz.name()).isEqualTo("Kazakhstan");
    assertThat(kz.ccn3()).isNull();
    assertThat(kz.subregion()).isNull();
  }

  @Test
  void aCountryIsAnEntryOfKindCountry() {
    GeoEntry e = Fixtures.KAZAKHSTAN.toEntry();
    assertThat(e.geonameid()).isEqualTo(1522867L);
    assertThat(e.kind()).isEqualTo("country");
    assertThat(e.lat()).isEqualTo(48.0);
    assertThat(new Countries(List.of()).all()).isEmpty();
  }
}
