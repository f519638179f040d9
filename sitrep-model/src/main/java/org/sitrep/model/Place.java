package org.sitrep.model;

/**
 * A place name resolved on the gazetteer. A name that is not in the gazetteer keeps its span with a
 * null {@code geonameid}.
 *
 * @param kind country, admin1, admin2, city or other
 * @param role "location" where the name points at a place; "adjectival" for a demonym or a place
 *     inside an organisation's name ("Kazakh Interior Ministry"), and "metonym" for a place named
 *     for its government ("Moscow said", "Russia invaded"): both locate an actor, not an event
 */
public record Place(
    int start,
    int end,
    String text,
    Long geonameid,
    String name,
    String country,
    String admin1,
    Double lat,
    Double lon,
    String kind,
    double confidence,
    String role) {

  public boolean isLocation() {
    return "location".equals(role);
  }
}
