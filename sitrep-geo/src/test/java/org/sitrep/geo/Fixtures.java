package org.sitrep.geo;

import java.util.List;

/**
 * A dozen real GeoNames entries (ids, coordinates and populations as GeoNames gives them), enough
 * to exercise every rule of the resolver without the 200,000-row build.
 */
final class Fixtures {
  private Fixtures() {}

  static final Country KAZAKHSTAN = new Country("KZ", "KAZ", 1522867, "Kazakhstan",
      "Republic of Kazakhstan", 48, 68, 15340000, "AS",
      List.of("Kazakhstan", "Republic of Kazakhstan", "Qazaqstan"),
      List.of("Kazakhstani", "Kazakh", "Kazakhs"));
  static final Country RUSSIA = new Country("RU", "RUS", 2017370, "Russia", "Russian Federation",
      60, 100, 140702000, "EU", List.of("Russia", "Russian Federation"),
      List.of("Russian", "Russians"));
  static final Country ARGENTINA = new Country("AR", "ARG", 3865483, "Argentina",
      "Argentine Republic", -34, -64, 41343201, "SA", List.of("Argentina"),
      List.of("Argentine", "Argentines"));
  static final Country SPAIN = new Country("ES", "ESP", 2510769, "Spain", "Kingdom of Spain", 40,
      -4, 46505963, "EU", List.of("Spain", "Kingdom of Spain"), List.of("Spanish"));
  static final Country GEORGIA = new Country("GE", "GEO", 614540, "Georgia", "Georgia", 42, 43.5,
      4630000, "AS", List.of("Georgia", "Sakartvelo"), List.of("Georgian", "Georgians"));
  static final Country JORDAN = new Country("JO", "JOR", 248816, "Jordan",
      "Hashemite Kingdom of Jordan", 31, 36, 6407085, "AS", List.of("Jordan"),
      List.of("Jordanian", "Jordanians"));
  static final Country CONGO_KINSHASA = new Country("CD", "COD", 203312, "DR Congo",
      "Democratic Republic of the Congo", -2.5, 23.5, 70916439, "AF",
      List.of("DR Congo", "Congo", "Democratic Republic of the Congo"), List.of("Congolese"));
  static final Country CONGO_BRAZZAVILLE = new Country("CG", "COG", 2260494, "Republic of the Congo",
      "Republic of the Congo", -1, 15, 3039126, "AF",
      List.of("Republic of the Congo", "Congo", "Congo-Brazzaville"), List.of("Congolese"));

  static final GeoEntry ALMATY =
      new GeoEntry(1526384, "Almaty", "KZ", "02", 43.25, 76.91667, 'P', "PPLA", 1977011);
  static final GeoEntry MOSCOW =
      new GeoEntry(524901, "Moscow", "RU", "48", 55.75222, 37.61556, 'P', "PPLC", 10381222);
  static final GeoEntry MOSCOW_IDAHO =
      new GeoEntry(5601538, "Moscow", "US", "ID", 46.73239, -117.00017, 'P', "PPLA2", 25060);
  static final GeoEntry KYIV =
      new GeoEntry(703448, "Kyiv", "UA", "12", 50.45466, 30.5238, 'P', "PPLC", 2797553);
  static final GeoEntry SAO_PAULO =
      new GeoEntry(3448439, "São Paulo", "BR", "27", -23.5475, -46.63611, 'P', "PPLA", 10021295);
  static final GeoEntry CORDOBA_AR =
      new GeoEntry(3860259, "Córdoba", "AR", "05", -31.4135, -64.18105, 'P', "PPLA", 1428214);
  static final GeoEntry CORDOBA_ES =
      new GeoEntry(2519240, "Córdoba", "ES", "51", 37.89155, -4.77275, 'P', "PPLA2", 328428);
  /** A real town in Poland whose name is a common English word. */
  static final GeoEntry POLICE =
      new GeoEntry(3088461, "Police", "PL", "84", 53.55214, 14.57182, 'P', "PPL", 34350);
  /** Bigger than the country of the same name, to show that country names still win. */
  static final GeoEntry GEORGIA_TOWN =
      new GeoEntry(9999001, "Georgia", "US", "XX", 40.0, -80.0, 'P', "PPL", 9_000_000);
  static final GeoEntry PARIS =
      new GeoEntry(2988507, "Paris", "FR", "11", 48.85341, 2.3488, 'P', "PPLC", 2138551);

  /** GeoNames lists "Missouri" among Bozeman's alternate names. */
  static final GeoEntry BOZEMAN =
      new GeoEntry(5641727, "Bozeman", "US", "MT", 45.67965, -111.03856, 'P', "PPLA2", 37280);
  /** Amman was Philadelphia in antiquity, and GeoNames keeps the name. */
  static final GeoEntry AMMAN =
      new GeoEntry(250441, "Amman", "JO", "11", 31.95522, 35.94503, 'P', "PPLC", 1275857);
  static final GeoEntry PHILADELPHIA =
      new GeoEntry(4560349, "Philadelphia", "US", "PA", 39.95233, -75.16379, 'P', "PPLA2", 1567442);

  static InMemoryGazetteer gazetteer() {
    return InMemoryGazetteer.builder()
        .country(KAZAKHSTAN)
        .country(RUSSIA)
        .country(ARGENTINA)
        .country(SPAIN)
        .country(GEORGIA)
        .country(JORDAN)
        .country(CONGO_KINSHASA)
        .country(CONGO_BRAZZAVILLE)
        .place(ALMATY, "Alma-Ata", "Alma Ata", "Almati")
        .place(MOSCOW, "Moskva", "Moskau")
        .place(MOSCOW_IDAHO)
        .place(KYIV, "Kiev", "Kiew", "Kijów")
        .place(SAO_PAULO, "Sao Paulo")
        .place(CORDOBA_AR, "Cordoba")
        .place(CORDOBA_ES, "Cordoba", "Cordova")
        .place(POLICE)
        .place(GEORGIA_TOWN)
        .place(PARIS, "Lutetia")
        .place(BOZEMAN, "Missouri")
        .place(AMMAN, "Philadelphia", "Rabbath Ammon")
        .place(PHILADELPHIA, "Philly")
        .build();
  }
}
