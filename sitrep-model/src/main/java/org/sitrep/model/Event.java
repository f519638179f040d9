package org.sitrep.model;

import java.util.List;

/**
 * One event, typed with ACLED's types and sub-types and PLOVER.
 *
 * @param date ISO day, or null
 * @param datePrecision "day" when the text dates the event; "reported" when only the report's
 *     date is known (the event happened on or before it)
 * @param place geonameid or null
 * @param geoPrecision ACLED-style: 1 town, 2 near a town or part of a region, 3 region or country
 * @param claims indexes into the analysis' claims
 * @param trigger the word that names the event
 */
public record Event(
    int start,
    int end,
    String type,
    String subType,
    String plover,
    String date,
    String datePrecision,
    Long place,
    Integer geoPrecision,
    String actor1,
    String actor1Kind,
    String actor2,
    String actor2Kind,
    Integer fatalities,
    List<Integer> claims,
    String trigger,
    int sentence) {
  public Event {
    claims = List.copyOf(claims);
  }
}
