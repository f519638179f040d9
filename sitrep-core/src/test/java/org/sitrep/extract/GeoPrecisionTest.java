package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

class GeoPrecisionTest {
  private static Place at(String text, String name, String kind) {
    int start = text.indexOf(name);
    return new Place(start, start + name.length(), name, 1L, name, "UA", "14", 0.0, 0.0, kind,
        0.9, "location");
  }

  private static int precision(String text, String name, String kind, boolean fromFocus) {
    return EventStage.geoPrecision(at(text, name, kind), text, fromFocus);
  }

  @Test
  void aTownIsExactUnlessTheEventIsAroundItOrOnlyTheArticleNamesIt() {
    assertThat(precision("Shelling hit Kherson on Monday.", "Kherson", "city", false)).isEqualTo(1);
    assertThat(precision("Shelling hit villages outside Kherson.", "Kherson", "city", false)).isEqualTo(2);
    assertThat(precision("A drone struck 20 km north of Kherson.", "Kherson", "city", false)).isEqualTo(2);
    assertThat(precision("Fighting near the town of Bakhmut.", "Bakhmut", "city", false)).isEqualTo(2);
    assertThat(precision("Strikes on the northern outskirts of Kyiv.", "Kyiv", "city", false)).isEqualTo(2);
    assertThat(precision("A village north-east of Izium.", "Izium", "city", false)).isEqualTo(2);
    assertThat(precision("Shelling hit Kherson on Monday.", "Kherson", "city", true)).isEqualTo(2);
  }

  @Test
  void countiesAreTwoRegionsAndCountriesThree() {
    assertThat(precision("Floods in Kanawha County.", "Kanawha County", "admin2", false)).isEqualTo(2);
    assertThat(precision("Protests across Texas.", "Texas", "admin1", false)).isEqualTo(3);
    assertThat(precision("Protests across Ukraine.", "Ukraine", "country", true)).isEqualTo(3);
    assertThat(precision("Protests across Africa.", "Africa", "other", false)).isEqualTo(3);
  }
}
