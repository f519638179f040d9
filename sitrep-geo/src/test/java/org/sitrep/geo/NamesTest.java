package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void abbreviatedNameWordsMeetTheirFullForms() {
    assertThat(Names.normalize("St. Albans")).isEqualTo(Names.normalize("Saint Albans"));
    assertThat(Names.normalize("Mt. Pleasant")).isEqualTo("mount pleasant");
    assertThat(Names.normalize("Ft Worth")).isEqualTo("fort worth");
    assertThat(Names.normalize("Main St")).isEqualTo("main st"); // a street, left alone
  }

  @Test
  void caseHyphensAndSpacesMeetOnOneKey() {
    assertThat(Names.normalize("Alma-Ata")).isEqualTo("alma ata");
    assertThat(Names.normalize("Alma Ata")).isEqualTo("alma ata");
    assertThat(Names.normalize("  ALMA   ATA ")).isEqualTo("alma ata");
    assertThat(Names.normalize("Alma–Ata")).isEqualTo("alma ata");
  }

  @Test
  void accentsAndStrokedLettersAreFolded() {
    assertThat(Names.normalize("São Paulo")).isEqualTo(Names.normalize("Sao Paulo"));
    assertThat(Names.normalize("Łódź")).isEqualTo("lodz");
    assertThat(Names.normalize("Tromsø")).isEqualTo("tromso");
    assertThat(Names.normalize("Diyarbakır")).isEqualTo("diyarbakir");
    assertThat(Names.normalize("Đà Nẵng")).isEqualTo("da nang");
    assertThat(Names.normalize("Straße")).isEqualTo("strasse");
  }

  @Test
  void apostrophesVanishAndALeadingTheIsDropped() {
    assertThat(Names.normalize("Côte d'Ivoire")).isEqualTo(Names.normalize("Cote d’Ivoire"));
    assertThat(Names.normalize("Ivano-Frankivs'k")).isEqualTo("ivano frankivsk");
    assertThat(Names.normalize("The Gambia")).isEqualTo("gambia");
    assertThat(Names.normalize("U.S.")).isEqualTo("u s");
  }

  @Test
  void emptyAndPunctuationOnlyNamesNormaliseToEmpty() {
    assertThat(Names.normalize("")).isEmpty();
    assertThat(Names.normalize(" - ")).isEmpty();
  }

  @Test
  void onlyLatinLettersAndDigitsCountAsLatin() {
    assertThat(Names.isLatin(Names.normalize("Almaty"))).isTrue();
    assertThat(Names.isLatin(Names.normalize("Алматы"))).isFalse();
    assertThat(Names.isLatin(Names.normalize("阿拉木圖"))).isFalse();
    assertThat(Names.isLatin("")).isFalse();
  }
}
