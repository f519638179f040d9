package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {
  private static JsonNode country(String json) throws IOException {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void languageNamedAfterTheCountryBecomesItsAdjective() throws IOException {
    JsonNode kz = country("{\"cca2\":\"KZ\",\"name\":{\"common\":\"Kazakhstan\"},"
        + "\"demonyms\":{\"eng\":{\"m\":\"Kazakhstani\",\"f\":\"Kazakhstani\"}},"
        + "\"languages\":{\"kaz\":\"Kazakh\",\"rus\":\"Russian\"}}");
    assertThat(CountriesBuilder.adjectives(kz))
        .containsExactly("Kazakhstani", "Kazakh", "Kazakhstanis", "Kazakhs");
  }

  @Test
  void aLanguageSpokenOnlyThereIsNotEnough() throws IOException {
    // Catalan is Andorra's only official language, yet "Catalan" in news means Catalonia.
    JsonNode ad = country("{\"cca2\":\"AD\",\"name\":{\"common\":\"Andorra\"},"
        + "\"demonyms\":{\"eng\":{\"m\":\"Andorran\",\"f\":\"Andorran\"}},"
        + "\"languages\":{\"cat\":\"Catalan\"}}");
    assertThat(CountriesBuilder.adjectives(ad)).containsExactly("Andorran", "Andorrans");
  }

  @Test
  void pluralsOnlyWhereEnglishAddsAnS() {
    assertThat(CountriesBuilder.plural("Russian")).isEqualTo("Russians");
    assertThat(CountriesBuilder.plural("Kazakh")).isEqualTo("Kazakhs");
    assertThat(CountriesBuilder.plural("Czech")).isEqualTo("Czechs");
    assertThat(CountriesBuilder.plural("Dutch")).isNull();
    assertThat(CountriesBuilder.plural("British")).isNull();
    assertThat(CountriesBuilder.plural("French")).isNull();
    assertThat(CountriesBuilder.plural("Chinese")).isNull();
    assertThat(CountriesBuilder.plural("Swiss")).isNull();
    assertThat(CountriesBuilder.plural("South African")).isNull();
  }

  @Test
  void onlyAlternateNamesThatEnglishNewsCouldWriteAreKept() {
    assertThat(GazetteerBuilder.usableAlternate("Alma-Ata")).isEqualTo("alma ata");
    assertThat(GazetteerBuilder.usableAlternate("Almatʻa")).isEqualTo("almata");
    assertThat(GazetteerBuilder.usableAlternate("ALA")).isNull(); // airport code
    assertThat(GazetteerBuilder.usableAlternate("a la mu tu")).isNull(); // transliteration
    assertThat(GazetteerBuilder.usableAlternate("Алматы")).isNull();
    assertThat(GazetteerBuilder.usableAlternate("Almaty-2")).isNull();
  }

  @Test
  void findsTheCountryTableInsideTheBundle() {
    String js = "!function(){var r={AD:{n:\"Andorra\",i2:\"AD\",gi:3041565,c:{a:42.55,o:1.58}},"
        + "KZ:{n:\"Kazakhstan\",i2:\"KZ\",gi:1522867,p:1534e4}};return r}";
    var table = CountriesBuilder.parseCountriesDb(js);
    assertThat(table).containsOnlyKeys("AD", "KZ");
    assertThat(table.get("KZ")).containsEntry("gi", 1522867.0).containsEntry("p", 15340000.0);
    assertThatThrownBy(() -> CountriesBuilder.parseCountriesDb("var r={}"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void supplementRowsMustNameTheirSource(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.tsv");
    Files.writeString(good, "# comment\nSA\tadjective\tSaudi\tCIA World Factbook\n");
    assertThat(CountriesBuilder.readSupplement(good).get("SA")).hasSize(1);
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "SA\tadjective\tSaudi\t\n");
    assertThatThrownBy(() -> CountriesBuilder.readSupplement(bad))
        .hasMessageContaining("source");
  }
}
