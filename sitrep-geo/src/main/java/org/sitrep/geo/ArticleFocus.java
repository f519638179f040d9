package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;

/**
 * What an article is about, geographically, as CLIFF reports it: its countries, first-order regions
 * and cities, each with the number of times the article points at it. Every place counts for its
 * country (a demonym too: "Kazakh police" is about Kazakhstan); a location below country level also
 * counts for its region, and a city for itself. Places inside organisations' names and metonyms
 * count for their country only: "Moscow said" makes a story about Russia, not one set in Moscow.
 *
 * @param countries ISO 3166-1 alpha-2 codes, most mentioned first
 * @param regions "US.TX"-style codes, most mentioned first
 * @param cities cities by GeoNames id, most mentioned first
 */
public record ArticleFocus(List<Count> countries, List<Count> regions, List<Count> cities) {

  /** One focus place: its code or id, its name, and how often the article points at it. */
  public record Count(String code, String name, int mentions) {}

  public static ArticleFocus of(List<Place> places, Gazetteer gazetteer) {
    Map<String, Count> countries = new LinkedHashMap<>();
    Map<String, Count> regions = new LinkedHashMap<>();
    Map<String, Count> cities = new LinkedHashMap<>();
    for (Place p : places) {
      if (p.country() == null) {
        continue; // unresolved, or a continent
      }
      String countryName = gazetteer.countries().byIso2(p.country()).map(Country::name)
          .orElse(p.country());
      add(countries, p.country(), countryName);
      if (!p.isLocation() || "country".equals(p.kind())) {
        continue;
      }
      if (p.admin1() != null) {
        String name = "admin1".equals(p.kind())
            ? p.name()
            : gazetteer.region(p.country(), p.admin1()).map(GeoEntry::name).orElse(null);
        if (name != null) {
          add(regions, p.country() + "." + p.admin1(), name);
        }
      }
      if ("city".equals(p.kind()) && p.geonameid() != null) {
        add(cities, p.geonameid().toString(), p.name());
      }
    }
    return new ArticleFocus(ranked(countries), ranked(regions), ranked(cities));
  }

  private static void add(Map<String, Count> counts, String code, String name) {
    counts.merge(code, new Count(code, name, 1),
        (a, b) -> new Count(a.code(), a.name(), a.mentions() + 1));
  }

  private static List<Count> ranked(Map<String, Count> counts) {
    List<Count> list = new ArrayList<>(counts.values());
    // stable: ties keep the order of first mention
    list.sort(Comparator.comparingInt(Count::mentions).reversed());
    return List.copyOf(list);
  }
}
