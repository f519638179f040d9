package org.sitrep.store;

/**
 * Filters for {@code sitrep events} and the exports; a null field does not filter.
 *
 * @param country ISO 3166-1 alpha-2
 * @param admin1 first-order region's name (case-insensitive)
 * @param from first ISO day (events whose date range ends on or after it)
 * @param to last ISO day (events whose date range starts on or before it)
 * @param type ACLED event type or sub-event type (case-insensitive)
 * @param actor a substring of actor1 or actor2 (case-insensitive)
 * @param text a substring of the event's report sentences or place name (case-insensitive)
 * @param limit at most this many events; 0 for all
 */
public record EventQuery(
    String country,
    String admin1,
    String from,
    String to,
    String type,
    String actor,
    String text,
    int limit) {
  public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, 0);
}
