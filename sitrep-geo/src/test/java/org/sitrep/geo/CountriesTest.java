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
  void aCountryIsAnEntryOfKindCountry() {
    GeoEntry e = Fixtures.KAZAKHSTAN.toEntry();
    assertThat(e.geonameid()).isEqualTo(1522867L);
    assertThat(e.kind()).isEqualTo("country");
    assertThat(e.lat()).isEqualTo(48.0);
    assertThat(new Countries(List.of()).all()).isEmpty();
  }
}
