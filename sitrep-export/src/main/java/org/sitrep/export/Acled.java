package org.sitrep.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.sitrep.geo.Country;

/**
 * ACLED's codes for what sitrep extracts, after ACLED's codebook: actor types ({@code inter1},
 * {@code inter2}), interaction, disorder type, civilian targeting, time precision and region.
 */
final class Acled {
  private Acled() {}

  /** ACLED's actor type codes by sitrep's actor kinds ({@code org.sitrep.extract.Lexicon}). */
  private static final Map<String, Integer> INTER =
      Map.ofEntries(
          Map.entry("state forces", 1),
          Map.entry("rebels", 2),
          Map.entry("political militia", 3),
          Map.entry("identity militia", 4),
          Map.entry("rioters", 5),
          Map.entry("protesters", 6),
          Map.entry("civilians", 7),
          Map.entry("external forces", 8),
          Map.entry("other forces", 8));

  /**
   * The actor type code: 0 when there is no actor, null (an empty cell) when there is one whose
   * kind sitrep could not tell, rather than a guess.
   */
  static Integer inter(String actor, String kind) {
    if (kind != null) {
      Integer code = INTER.get(kind);
      if (code != null) {
        return code;
      }
    }
    return actor == null || actor.isBlank() ? 0 : null;
  }

  /**
   * The two actor types combined, the smaller first, as ACLED writes them: 1 and 6 give 16, a
   * single actor of type 6 gives 60, two of type 1 give 11. Null when either is unknown.
   */
  static Integer interaction(Integer inter1, Integer inter2) {
    if (inter1 == null || inter2 == null) {
      return null;
    }
    int a = inter1;
    int b = inter2;
    if (a == 0 || b == 0) {
      return Math.max(a, b) * 10;
    }
    return Math.min(a, b) * 10 + Math.max(a, b);
  }

  private static final Set<String> POLITICAL_VIOLENCE =
      Set.of("Battles", "Explosions/Remote violence", "Violence against civilians");

  /** ACLED's disorder type by event type and sub-type; empty for a type ACLED does not have. */
  static String disorderType(String type, String subType) {
    if (type == null) {
      return "";
    }
    if ("Excessive force against protesters".equals(subType) || "Mob violence".equals(subType)) {
      return "Political violence; Demonstrations";
    }
    if (POLITICAL_VIOLENCE.contains(type)) {
      return "Political violence";
    }
    return switch (type) {
      case "Protests", "Riots" -> "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> "";
    };
  }

  /**
   * "Civilian targeting" when civilians are the target (actor2) of an event of political
   * violence, as ACLED codes it (not only "Violence against civilians": a shelling of civilians
   * is one too); else empty.
   */
  static String civilianTargeting(String type, String subType, String actor2Kind) {
    return "civilians".equals(actor2Kind) && disorderType(type, subType).startsWith("Political")
        ? "Civilian targeting" : "";
  }

  /**
   * ACLED's time precision: 1 when the event is known to the day, 2 when it lies within a week, 3
   * within a longer span (a month or more), after the span from the earliest to the latest day
   * the event may have happened on; null when the event has no day at all.
   */
  static Integer timePrecision(String date, String earliest, String latest) {
    if (eventDate(date, earliest) == null) {
      return null;
    }
    LocalDate from = day(earliest);
    LocalDate to = day(latest);
    if (from == null || to == null) {
      return day(date) != null ? 1 : 3;
    }
    long span = ChronoUnit.DAYS.between(from, to);
    return span <= 0 ? 1 : span <= 7 ? 2 : 3;
  }

  /** The day ACLED's {@code event_date} gives: the event's day, else its earliest possible day. */
  static LocalDate eventDate(String date, String earliest) {
    LocalDate d = day(date);
    return d != null ? d : day(earliest);
  }

  static LocalDate day(String iso) {
    if (iso == null || iso.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** ACLED's {@code iso}: the ISO 3166-1 numeric code without leading zeros ("4" Afghanistan). */
  static String iso(Country c) {
    if (c == null || c.ccn3() == null) {
      return "";
    }
    try {
      return Integer.toString(Integer.parseInt(c.ccn3()));
    } catch (NumberFormatException e) {
      return "";
    }
  }

  /**
   * Where ACLED puts a country other than its UN subregion suggests. A country whose ACLED region
   * we are not sure of maps to "" (empty cell): Angola, Madagascar, Cyprus, and the dependencies
   * of North America (Greenland, Bermuda...).
   */
  private static final Map<String, String> REGION_BY_COUNTRY =
      Map.ofEntries(
          Map.entry("AM", "Caucasus and Central Asia"),
          Map.entry("AZ", "Caucasus and Central Asia"),
          Map.entry("GE", "Caucasus and Central Asia"),
          Map.entry("IR", "Middle East"),
          Map.entry("SS", "Eastern Africa"),
          Map.entry("MW", "Southern Africa"),
          Map.entry("MZ", "Southern Africa"),
          Map.entry("ZM", "Southern Africa"),
          Map.entry("ZW", "Southern Africa"),
          Map.entry("MX", "Central America"),
          Map.entry("US", "North America"),
          Map.entry("CA", "North America"),
          Map.entry("AO", ""),
          Map.entry("MG", ""),
          Map.entry("CY", ""));

  /** ACLED's region by the UN (world-countries) subregion. */
  private static final Map<String, String> REGION_BY_SUBREGION =
      Map.ofEntries(
          Map.entry("Northern Africa", "Northern Africa"),
          Map.entry("Western Africa", "Western Africa"),
          Map.entry("Middle Africa", "Middle Africa"),
          Map.entry("Eastern Africa", "Eastern Africa"),
          Map.entry("Southern Africa", "Southern Africa"),
          Map.entry("Western Asia", "Middle East"),
          Map.entry("Southern Asia", "South Asia"),
          Map.entry("Central Asia", "Caucasus and Central Asia"),
          Map.entry("Eastern Asia", "East Asia"),
          Map.entry("South-Eastern Asia", "Southeast Asia"),
          Map.entry("Northern Europe", "Europe"),
          Map.entry("Western Europe", "Europe"),
          Map.entry("Southern Europe", "Europe"),
          Map.entry("Eastern Europe", "Europe"),
          Map.entry("Central Europe", "Europe"),
          Map.entry("Southeast Europe", "Europe"),
          Map.entry("Caribbean", "Caribbean"),
          Map.entry("Central America", "Central America"),
          Map.entry("South America", "South America"),
          Map.entry("Australia and New Zealand", "Oceania"),
          Map.entry("Melanesia", "Oceania"),
          Map.entry("Micronesia", "Oceania"),
          Map.entry("Polynesia", "Oceania"));

  /** ACLED's region of a country, or "" when unknown or unsure. */
  static String region(Country c) {
    if (c == null) {
      return "";
    }
    String byCountry = REGION_BY_COUNTRY.get(c.iso2());
    if (byCountry != null) {
      return byCountry;
    }
    return c.subregion() == null ? "" : REGION_BY_SUBREGION.getOrDefault(c.subregion(), "");
  }
}
