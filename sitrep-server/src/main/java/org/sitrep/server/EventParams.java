package org.sitrep.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.EventQuery;

/**
 * The event filters of {@code GET /api/events} and {@code GET /api/export}, read from the query
 * string and checked: each bad value is refused with a 400 naming its parameter, and so is an
 * unknown parameter (a misspelt filter must not silently return everything).
 */
final class EventParams {
  static final Set<String> FILTERS =
      Set.of("from", "to", "country", "admin1", "type", "subType", "actor", "q");
  private static final int MAX_TEXT = 200;
  private static final int MAX_OFFSET = 10_000_000;

  private EventParams() {}

  /**
   * @param extra the other parameters the route takes besides the filters
   * @param defaultLimit the limit when none is given (0: all)
   * @param maxLimit the largest limit allowed (0: no bound, and 0 allowed for all)
   */
  static EventQuery read(
      Map<String, List<String>> params, Set<String> extra, int defaultLimit, int maxLimit) {
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String name = e.getKey();
      if (!FILTERS.contains(name) && !extra.contains(name)) {
        throw ApiException.badParameter(name, "unknown parameter '" + clip(name)
            + "'; this route takes " + String.join(", ", sorted(extra)));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badParameter(name, "parameter '" + name + "' is given more than once");
      }
    }
    String from = date(params, "from");
    String to = date(params, "to");
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw ApiException.badParameter("from", "from " + from + " is after to " + to);
    }
    String country = text(params, "country");
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw ApiException.badParameter("country", "country takes a two-letter ISO 3166-1 code, e.g. KE");
    }
    int limit = integer(params, "limit", defaultLimit, maxLimit > 0 ? 1 : 0,
        maxLimit > 0 ? maxLimit : Integer.MAX_VALUE);
    int offset = integer(params, "offset", 0, 0, MAX_OFFSET);
    return new EventQuery(
        country == null ? null : country.toUpperCase(Locale.ROOT),
        text(params, "admin1"),
        from,
        to,
        text(params, "type"),
        text(params, "subType"),
        text(params, "actor"),
        text(params, "q"),
        limit,
        offset);
  }

  /** The value of a single-valued parameter, or null when absent or blank. */
  static String text(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    String v = values.get(0).strip();
    if (v.length() > MAX_TEXT) {
      throw ApiException.badParameter(name, name + " is longer than " + MAX_TEXT + " characters");
    }
    if (v.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badParameter(name, name + " holds control characters");
    }
    return v;
  }

  private static String date(Map<String, List<String>> params, String name) {
    String v = text(params, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, name + " takes a day as YYYY-MM-DD, not '" + clip(v) + "'");
    }
  }

  private static int integer(Map<String, List<String>> params, String name, int dflt, int min, int max) {
    String v = text(params, name);
    if (v == null) {
      return dflt;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " takes a whole number, not '" + clip(v) + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badParameter(name, name + " must be between " + min + " and " + max);
    }
    return (int) n;
  }

  private static List<String> sorted(Set<String> extra) {
    return java.util.stream.Stream.concat(FILTERS.stream(), extra.stream()).sorted().toList();
  }

  /** A client's text, shortened for an error message. */
  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
