package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.eval.GeoGold;
import org.sitrep.geo.eval.GeoScore;
import org.sitrep.model.Place;

class GeoScoreTest {
  private static Place place(int start, int end, Double lat, Double lon) {
    return new Place(start, end, "x", lat == null ? null : 1L, "x", "US", null, lat, lon, "city",
        0.9, "location");
  }

  private static GeoGold.Toponym gold(int start, int end, double lat, double lon) {
    return new GeoGold.Toponym(start, end, "x", 1L, lat, lon, "PPL");
  }

  @Test
  void spansAreScoredExactlyAndByOverlap() {
    GeoScore score = new GeoScore();
    score.add(
        List.of(gold(0, 5, 10, 10), gold(10, 20, 10, 10), gold(30, 35, 10, 10)),
        List.of(place(0, 5, 10.0, 10.0), place(12, 20, 10.0, 10.0), place(40, 45, 1.0, 1.0)));
    GeoScore.Result r = score.result();
    assertThat(r.precision(false)).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.recall(false)).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.precision(true)).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.recall(true)).isCloseTo(2 / 3.0, within(1e-9));
    // two recognised, both resolved on the spot; the third gold name was missed
    assertThat(r.accuracyWithin(161)).isEqualTo(1.0);
    assertThat(r.endToEndAccuracyWithin(161)).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.auc()).isEqualTo(0.0);
  }

  @Test
  void pairsAreOneToOne() {
    GeoScore score = new GeoScore();
    // gold "Springfield, Ill." as one name; sitrep finds "Springfield" and "Ill."
    score.add(List.of(gold(0, 17, 39.8, -89.6)),
        List.of(place(0, 11, 39.8, -89.6), place(13, 17, 40.0, -89.2)));
    GeoScore.Result r = score.result();
    assertThat(r.recall(true)).isEqualTo(1.0);
    assertThat(r.precision(true)).isEqualTo(0.5);
    assertThat(r.errors()).hasSize(1);
  }

  @Test
  void unresolvedNamesCountAsTheLargestError() {
    GeoScore score = new GeoScore();
    score.add(List.of(gold(0, 5, 0, 0), gold(10, 15, 0, 0)),
        List.of(place(0, 5, null, null), place(10, 15, 0.0, 1.0)));
    GeoScore.Result r = score.result();
    assertThat(r.errors()).hasSize(2);
    assertThat(r.errors().get(1)).isEqualTo(20_039.0);
    assertThat(r.errors().get(0)).isCloseTo(111.2, within(0.1)); // one degree of longitude at the equator
    assertThat(r.medianKm()).isCloseTo((111.2 + 20_039) / 2, within(0.1));
    assertThat(r.accuracyWithin(161)).isEqualTo(0.5);
    assertThat(r.auc()).isBetween(0.5, 1.0);
  }

  @Test
  void readsBothGoldSchemas(@TempDir Path dir) throws Exception {
    Path lgl = dir.resolve("lgl.xml");
    Files.writeString(lgl, """
        <articles><article docid="7"><text>Flooding in Springfield today.</text><toponyms>
          <toponym><start>12</start><end>23</end><phrase>Springfield</phrase>
            <gaztag geonameid="4409896"><name>Springfield</name><fcode>PPLA2</fcode>
              <lat>37.21</lat><lon>-93.29</lon></gaztag></toponym>
          <toponym><start>0</start><end>3</end><phrase>Flo</phrase></toponym>
        </toponyms></article></articles>""");
    Path virus = dir.resolve("geovirus.xml");
    Files.writeString(virus, """
        <articles><article><text>Cases in Pandi rose.</text><locations>
          <location><name>Pandi</name><start>10</start><end>15</end><lat>14.87</lat><lon>120.95</lon></location>
        </locations></article></articles>""");
    GeoGold.Doc a = GeoGold.read(lgl).get(0);
    assertThat(a.id()).isEqualTo("7");
    assertThat(a.toponyms()).extracting(GeoGold.Toponym::phrase).containsExactly("Springfield", "Flo");
    assertThat(a.toponyms().get(0).geonameid()).isEqualTo(4409896L);
    assertThat(a.toponyms().get(1).hasCoordinates()).isFalse();
    GeoGold.Toponym pandi = GeoGold.read(virus).get(0).toponyms().get(0);
    assertThat(pandi.phrase()).isEqualTo("Pandi"); // GeoVirus's offsets are one past the name
    assertThat(pandi.start()).isEqualTo(9);
    assertThat(pandi.geonameid()).isNull();
    assertThat(pandi.lat()).isEqualTo(14.87);
  }
}
