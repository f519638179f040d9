package org.sitrep.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.corpus.Report;

/** Turns an analysed article's events into reports that clustering compares. */
public final class Reports {
  /**
   * An event dated only by its report happened on or before publication; news reports most
   * events within a few days, so the range reaches this many days back.
   */
  public static final int REPORTED_DAYS_BACK = 3;

  private Reports() {}

  /**
   * One report per event with an ACLED type (events typed only with PLOVER, such as
   * accusations, are not ACLED events and are not clustered).
   */
  public static List<Report> of(Analysis a, RegionNames regions) {
    List<Report> reports = new ArrayList<>();
    String published = a.article().published() == null ? null : a.article().published().toString();
    String mainCountry = mainCountry(a.places());
    List<String> names = names(a.mentions());
    List<Event> events = a.events();
    Map<Integer, List<Integer>> extra = uncitedClaims(a);
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.type() == null) {
        continue;
      }
      Place place = placeOf(e.place(), a.places());
      String country = place != null && place.country() != null ? place.country() : mainCountry;
      String admin1 = place == null ? null : place.admin1();
      List<Claim> claims = new ArrayList<>();
      List<Integer> indexes = new ArrayList<>();
      List<Integer> cited = new ArrayList<>(e.claims());
      cited.addAll(extra.getOrDefault(i, List.of()));
      for (int c : cited) {
        if (c >= 0 && c < a.claims().size()) {
          claims.add(a.claims().get(c));
          indexes.add(c);
        }
      }
      String[] range = dateRange(e, a.article().published());
      reports.add(
          new Report(
              a.article().id(),
              i,
              e.type(),
              e.subType(),
              e.plover(),
              e.date(),
              range[0],
              range[1],
              place == null ? null : place.geonameid(),
              place == null ? null : place.name(),
              country,
              admin1,
              place == null || admin1 == null ? null : regions.admin1Name(place.country(), admin1),
              place == null ? null : place.lat(),
              place == null ? null : place.lon(),
              e.geoPrecision(),
              e.actor1(),
              e.actor1Kind(),
              e.actor2(),
              e.actor2Kind(),
              claims,
              indexes,
              sentenceText(a, e.sentence()),
              names,
              published,
              a.article().source()));
    }
    return reports;
  }

  /** Figures that say what happened to people: the ones an event's toll is made of. */
  private static final Set<String> HUMAN_TOLL =
      Set.of("killed", "injured", "arrested", "detained", "missing", "displaced");

  private static final Set<String> CUSTODY = Set.of("arrested", "detained");

  /**
   * Casualty figures that no event cites, by the index of the event they are credited to: the
   * event of their own sentence, else the article's main event for that measure (arrests to its
   * first arrest event; deaths and injuries to its first violent event, else its first protest or
   * riot, else its first event). News often gives a story's toll apart from the sentences that
   * tell what happened ("the death toll has risen to five"); left out, such figures would never
   * reach the corpus.
   */
  static Map<Integer, List<Integer>> uncitedClaims(Analysis a) {
    Set<Integer> cited = new java.util.HashSet<>();
    a.events().forEach(e -> cited.addAll(e.claims()));
    Map<Integer, List<Integer>> extra = new java.util.HashMap<>();
    for (int c = 0; c < a.claims().size(); c++) {
      Claim claim = a.claims().get(c);
      if (cited.contains(c) || !HUMAN_TOLL.contains(claim.measure())) {
        continue;
      }
      int target = -1;
      for (int i = 0; i < a.events().size() && target < 0; i++) {
        Event e = a.events().get(i);
        if (e.type() != null && e.sentence() == claim.sentence()) {
          target = i;
        }
      }
      if (target < 0) {
        target = mainEvent(a.events(), CUSTODY.contains(claim.measure()));
      }
      if (target >= 0) {
        extra.computeIfAbsent(target, k -> new ArrayList<>()).add(c);
      }
    }
    return extra;
  }

  /** The index of the event a story's uncited toll belongs to, or -1 when it has no event. */
  private static int mainEvent(List<Event> events, boolean custody) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.type() == null) {
        continue;
      }
      int rank;
      if (custody) {
        rank = "Arrests".equals(e.subType()) ? 0 : 1;
      } else if (VIOLENT.contains(e.type())) {
        rank = 0;
      } else if ("Protests".equals(e.type())) {
        rank = 1;
      } else {
        rank = 2;
      }
      if (rank < bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }

  private static final Set<String> VIOLENT =
      Set.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots");

  /**
   * [earliest, latest] ISO days: the event's day when the text dates it, else the days before
   * publication; nulls when nothing dates it.
   */
  static String[] dateRange(Event e, LocalDate published) {
    if (e.date() != null && "day".equals(e.datePrecision())) {
      return new String[] {e.date(), e.date()};
    }
    LocalDate latest = published;
    if (latest == null && e.date() != null) {
      latest = LocalDate.parse(e.date());
    }
    if (latest == null) {
      return new String[] {null, null};
    }
    return new String[] {latest.minusDays(REPORTED_DAYS_BACK).toString(), latest.toString()};
  }

  private static Place placeOf(Long geonameid, List<Place> places) {
    if (geonameid == null) {
      return null;
    }
    for (Place p : places) {
      if (geonameid.equals(p.geonameid())) {
        return p;
      }
    }
    return null;
  }

  /** The country most often named as a location in the article; the first named on ties. */
  static String mainCountry(List<Place> places) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Place p : places) {
      if (p.country() != null && !"adjectival".equals(p.role())) {
        counts.merge(p.country(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Comparator.comparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** People and organisations named in the article, lower-cased, for report overlap. */
  static List<String> names(List<Mention> mentions) {
    Set<String> names = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if ("PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type())) {
        String name = m.canonical() != null ? m.canonical() : m.text();
        names.add(name.strip().toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(names);
  }

  private static String sentenceText(Analysis a, int index) {
    for (Sentence s : a.sentences()) {
      if (s.index() == index) {
        return a.text().substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
      }
    }
    return null;
  }
}
