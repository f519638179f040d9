package org.sitrep.geo;

import java.util.List;
import java.util.Optional;

/**
 * Names to places, CLAVIN style: the resolver asks a gazetteer and never knows whether the answer
 * came from the full GeoNames build ({@link GeoNamesGazetteer}) or from a handful of entries a test
 * made up ({@link InMemoryGazetteer}). Implementations are immutable and thread-safe.
 */
public interface Gazetteer {

  /**
   * Every entry known by this name (its own name or an alternate name), compared after
   * {@link Names#normalize}: case, accents and punctuation do not matter. Sorted by population,
   * largest first. Empty when the name is unknown.
   */
  List<GeoEntry> lookup(String name);

  Optional<GeoEntry> byId(long geonameid);

  /**
   * Regions by their written abbreviation, full stops included and case as written: "Tex.",
   * "W.Va.", "Calif.". Kept apart from {@link #lookup} because without the stop most are words
   * or first names ("Tex", "Miss").
   */
  default List<GeoEntry> byAbbreviation(String abbreviation) {
    return List.of();
  }

  /** The first-order region with this GeoNames admin1 code ("US", "TX" → Texas). */
  default Optional<GeoEntry> region(String country, String admin1) {
    return Optional.empty();
  }

  /** The countries this gazetteer knows, with their names and demonyms. */
  Countries countries();

  /** Number of entries, countries included. */
  int size();
}
