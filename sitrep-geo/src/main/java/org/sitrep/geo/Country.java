package org.sitrep.geo;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory as GeoNames' countryInfo lists it, with the English names and adjectives
 * that news uses for it.
 *
 * @param iso2 ISO 3166-1 alpha-2
 * @param iso3 ISO 3166-1 alpha-3
 * @param geonameid the country's GeoNames id (Kazakhstan: 1522867)
 * @param name GeoNames' short English name ("Russia")
 * @param lat latitude of GeoNames' centroid
 * @param lon longitude of GeoNames' centroid
 * @param continent GeoNames continent code (AS, EU, AF, NA, SA, OC, AN)
 * @param names every English or Latin-script name it is known by, {@code name} first
 * @param adjectives demonyms and adjectives ("Kazakhstani", "Kazakh", "Kazakhs")
 * @param ccn3 ISO 3166-1 numeric code, three digits ("398"), or null (Kosovo has none)
 * @param subregion world-countries' subregion, after the UN's geoscheme ("Central Asia",
 *     "Eastern Africa"; some differ: "Central Europe"), or null
 */
public record Country(
    String iso2,
    String iso3,
    long geonameid,
    String name,
    String officialName,
    double lat,
    double lon,
    long population,
    String continent,
    List<String> names,
    List<String> adjectives,
    String ccn3,
    String subregion) {

  /** A country without numeric code and subregion. */
  public Country(String iso2, String iso3, long geonameid, String name, String officialName,
      double lat, double lon, long population, String continent, List<String> names,
      List<String> adjectives) {
    this(iso2, iso3, geonameid, name, officialName, lat, lon, population, continent, names,
        adjectives, null, null);
  }

  public Country {
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    if (iso2.length() != 2) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + iso2);
    }
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
  }

  /** This country as a gazetteer entry (feature code PCLI, kind "country"). */
  public GeoEntry toEntry() {
    return new GeoEntry(geonameid, name, iso2, null, lat, lon, 'A', "PCLI", population);
  }
}
