package org.sitrep.store;

/**
 * Filters for {@code sitrep events}, the exports and the API; a null field does not filter.
 *
 * @param country ISO 3166-1 alpha-2
 * @param admin1 first-order region's name (case-insensitive)
 * @param from first ISO day (events whose date range ends on or after it)
 * @param to last ISO day (events whose date range starts on or before it)
 * @param type ACLED event type or sub-event type (case-insensitive)
 * @param subType ACLED sub-event type (case-insensitive)
 * @param actor a substring of actor1 or actor2 (case-insensitive)
 * @param text a substring of the event's report sentences or place name (case-insensitive)
 * @param limit at most this many events; 0 for all
 * @param offset skip this many matching events first (paging)
 */
public record EventQuery(
    String country,
    String admin1,
    String from,
    String to,
    String type,
    String subType,
    String actor,
    String text,
    int limit,
    int offset) {
  public static final EventQuery ALL =
      new EventQuery(null, null, null, null, null, null, null, null, 0, 0);

  public EventQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be 0 or more");
    }
  }

  /** The same filters, without paging (for counting the matches). */
  public EventQuery unpaged() {
    return new EventQuery(country, admin1, from, to, type, subType, actor, text, 0, 0);
  }
}
