package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** Regions, counties and towns of the same names, on a hand-made gazetteer. */
class RegionResolutionTest {
  private static final GeoEntry GEORGIA_STATE =
      new GeoEntry(4197000, "Georgia", "US", "GA", 32.75, -83.5, 'A', "ADM1", 9_000_000);
  private static final GeoEntry ALABAMA =
      new GeoEntry(4829764, "Alabama", "US", "AL", 32.75, -86.75, 'A', "ADM1", 4_000_000);
  private static final GeoEntry PHENIX_CITY =
      new GeoEntry(4081914, "Phenix City", "US", "AL", 32.47, -85.0, 'P', "PPLA2", 37_000);
  private static final GeoEntry COLUMBUS_OH =
      new GeoEntry(4509177, "Columbus", "US", "OH", 39.96, -83.0, 'P', "PPLA", 850_000);
  private static final GeoEntry COLUMBUS_GA =
      new GeoEntry(4188985, "Columbus", "US", "GA", 32.46, -84.99, 'P', "PPLA2", 200_000);
  private static final GeoEntry BARROW_COUNTY =
      new GeoEntry(-13013, "Barrow County", "US", "GA", 33.99, -83.71, 'A', "ADM2", 60_000);
  private static final GeoEntry BARROW_ALASKA =
      new GeoEntry(5880054, "Barrow", "US", "AK", 71.29, -156.79, 'P', "PPL", 4_000);
  private static final GeoEntry KHARKIV =
      new GeoEntry(706483, "Kharkiv", "UA", "07", 49.98, 36.25, 'P', "PPLA", 1_430_000);
  private static final GeoEntry KHARKIV_OBLAST =
      new GeoEntry(706482, "Kharkiv", "UA", "07", 49.47, 36.46, 'A', "ADM1", 2_600_000);

  private final PlaceStage stage = new PlaceStage(InMemoryGazetteer.builder()
      .country(Fixtures.GEORGIA)
      .place(GEORGIA_STATE)
      .place(ALABAMA)
      .place(PHENIX_CITY)
      .place(COLUMBUS_OH)
      .place(COLUMBUS_GA)
      .place(BARROW_COUNTY)
      .place(BARROW_ALASKA)
      .place(KHARKIV)
      .place(KHARKIV_OBLAST)
      .build());

  private List<Place> places(String text, String... locations) {
    Texts t = Texts.of(text);
    for (String l : locations) {
      t.mention(l, "LOCATION");
    }
    return stage.apply(t.analysis()).places();
  }

  private static Place first(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void aStoryAcrossTheRiverFromAlabamaPutsGeorgiaAndColumbusInTheUnitedStates() {
    List<Place> p = places("Columbus and Phenix City, Alabama, face each other across the river"
        + " that divides Georgia from Alabama.", "Columbus", "Phenix City", "Alabama", "Georgia");
    assertThat(first(p, "Georgia").geonameid()).isEqualTo(4197000L);
    // Phenix City lies 2 km away: the nearby reading beats the bigger Columbus, Ohio
    assertThat(first(p, "Columbus").geonameid()).isEqualTo(4188985L);
  }

  @Test
  void anUnknownLocationEndingInAKnownPlaceResolvesToThatPlace() {
    List<Place> p = places("Storms hit Northeast Georgia and Alabama. Traffic on Columbus Drive"
        + " was slow.", "Northeast Georgia", "Alabama", "Columbus Drive");
    assertThat(p).extracting(Place::text).containsExactly("Georgia", "Alabama", "Columbus Drive");
    assertThat(p.get(0).geonameid()).isEqualTo(4197000L); // the state: the story is in the US
    assertThat(p.get(2).geonameid()).isNull(); // a street named after a town is not the town
  }

  @Test
  void georgiaAloneIsTheCountry() {
    assertThat(first(places("Elections were held in Georgia.", "Georgia"), "Georgia").kind())
        .isEqualTo("country");
  }

  @Test
  void aCountyNamedOnceInFullIsMeantByItsShortName() {
    List<Place> p = places("Barrow County commissioners met. Officials in Barrow approved it.",
        "Barrow County", "Barrow");
    Place bare = p.stream().filter(x -> x.text().equals("Barrow")).findFirst().orElseThrow();
    assertThat(bare.name()).isEqualTo("Barrow County");
    assertThat(bare.geonameid()).isNull(); // a Census county: a point, no GeoNames id
    assertThat(bare.admin1()).isEqualTo("GA");
  }

  @Test
  void aCityIsReadBeforeTheSameNamedRegionAroundIt() {
    Place p = first(places("Shelling hit Kharkiv overnight.", "Kharkiv"), "Kharkiv");
    assertThat(p.geonameid()).isEqualTo(706483L);
    assertThat(p.kind()).isEqualTo("city");
  }
}
