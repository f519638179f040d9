package org.sitrep.geo;

import java.util.Objects;

/**
 * One gazetteer entry: a GeoNames feature (a populated place from cities500, or a country from
 * GeoNames' countryInfo).
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 GeoNames admin1 code within the country ("02" for Almaty), or null
 * @param featureClass GeoNames feature class: 'P' populated place, 'A' administrative division
 * @param featureCode GeoNames feature code: PPLC, PPLA, PPL, PCLI, ADM1, ...
 */
public record GeoEntry(
    long geonameid,
    String name,
    String country,
    String admin1,
    double lat,
    double lon,
    char featureClass,
    String featureCode,
    long population) {

  public GeoEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(featureCode, "featureCode");
  }

  /**
   * False for the entries that are not GeoNames features: US counties, which carry their Census
   * FIPS code negated as their id.
   */
  public boolean isGeoNames() {
    return geonameid > 0;
  }

  /** The contract's place kind: country, admin1, admin2, city or other. */
  public String kind() {
    return kindOf(featureClass, featureCode);
  }

  public boolean isCountry() {
    return "country".equals(kind());
  }

  /**
   * Maps GeoNames feature codes onto the output contract's five kinds. PCL* are the political
   * entities (independent, dependent, freely associated, semi-independent, section of), TERR a
   * territory; every feature of class P is a populated place.
   */
  public static String kindOf(char featureClass, String featureCode) {
    if (featureCode.startsWith("PCL") || featureCode.equals("TERR")) {
      return "country";
    }
    if (featureCode.startsWith("ADM1")) {
      return "admin1";
    }
    if (featureCode.startsWith("ADM2")) {
      return "admin2";
    }
    if (featureClass == 'P') {
      return "city";
    }
    return "other";
  }
}
