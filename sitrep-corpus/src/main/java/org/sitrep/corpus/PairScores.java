package org.sitrep.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.corpus.Report;

/**
 * The features of {@link Clustering}'s pair score, each adding an explained weight: type, place,
 * dates, actors, figures, person names, the sentences' wording, and ACLED's demonstration unit.
 * The weights are log-odds in the manner of Splink's match weights: positive where a feature is
 * more likely for two reports of one event than for two events in the same country and week.
 */
final class PairScores {
  private PairScores() {}

  static Clustering.PairScore score(Report a, Report b, boolean explain) {
    if (a.ref().compareTo(b.ref()) > 0) { // one order, so that the reasons read the same
      Report t = a;
      a = b;
      b = t;
    }
    Scorer s = new Scorer(explain);
    typeScore(s, a, b);
    placeScore(s, a, b);
    dateScore(s, a, b);
    actorScore(s, a, b);
    if (!a.article().equals(b.article())) {
      // within one story, figures differ by who gives them, not by incident
      figureScore(s, a, b, "killed");
      figureScore(s, a, b, "injured");
    }
    nameScore(s, a, b);
    textScore(s, a, b);
    demonstrationUnit(s, a, b);
    sameStory(s, a, b);
    return new Clustering.PairScore(s.total, List.copyOf(s.reasons));
  }

  /**
   * Two events of one article with the same sub-type, place and dates are, as a rule, one event
   * told in several sentences ("nine were killed, the commission said; police said five died"):
   * their figures and wording differ because their sources do. Events of one article that differ
   * in any of these never merge ({@link Clustering#cannotLink}).
   */
  private static void sameStory(Scorer s, Report a, Report b) {
    if (a.article().equals(b.article())
        && a.subType() != null
        && a.subType().equals(b.subType())
        && a.place() != null
        && a.place().equals(b.place())
        && a.dateEarliest() != null
        && a.dateEarliest().equals(b.dateEarliest())
        && a.dateLatest().equals(b.dateLatest())) {
      s.add("same article, sub-type, place and dates", 3.0);
    }
  }

  /**
   * ACLED codes one demonstration event per sub-type, town and day: two outlets' reports of a
   * protest or riot in the same town on the same day are one event however differently they
   * word it. Not so for attacks and shootings, of which a city has many a day.
   */
  private static void demonstrationUnit(Scorer s, Report a, Report b) {
    boolean demonstration = "Protests".equals(a.type()) || "Riots".equals(a.type());
    if (demonstration
        && a.subType() != null
        && a.subType().equals(b.subType())
        && a.place() != null
        && a.place().equals(b.place())
        && Integer.valueOf(1).equals(a.geoPrecision())
        && Integer.valueOf(1).equals(b.geoPrecision())
        && a.date() != null
        && a.date().equals(b.date())
        && a.dateEarliest().equals(a.dateLatest())
        && b.dateEarliest().equals(b.dateLatest())) {
      s.add("one " + a.subType().toLowerCase(Locale.ROOT) + " per town and day", 2.0);
    }
  }

  // ---- features ----

  /** Accumulates weights with their reasons. */
  private static final class Scorer {
    final boolean explain;
    double total;
    final List<String> reasons = new ArrayList<>();

    Scorer(boolean explain) {
      this.explain = explain;
    }

    void add(String what, double weight) {
      total += weight;
      if (explain) { // candidate search scores millions of pairs and reads no reasons
        reasons.add(String.format(Locale.ROOT, "%s %+.1f", what, weight));
      }
    }
  }

  private static void typeScore(Scorer s, Report a, Report b) {
    if (a.type() == null || b.type() == null) {
      return;
    }
    if (a.type().equals(b.type())) {
      if (a.subType() != null && a.subType().equals(b.subType())) {
        s.add("same type " + a.subType(), 1.0);
      } else {
        s.add("same type " + a.type(), 0.5);
      }
      return;
    }
    s.add("type " + a.type() + " vs " + b.type(), typeDistance(a.type(), b.type()));
  }

  /**
   * Extractors confuse neighbouring ACLED types (a riot read as a protest, an attack on
   * civilians as a battle, arrests after an attack as a strategic development), rarely distant
   * ones (a battle as a protest).
   */
  static double typeDistance(String x, String y) {
    Set<String> pair = Set.of(x, y);
    if (pair.contains("Strategic developments")) {
      return -1.0;
    }
    if (pair.equals(Set.of("Protests", "Riots"))) {
      return -0.5;
    }
    Set<String> violent =
        Set.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots");
    if (violent.contains(x) && violent.contains(y)) {
      return -1.0;
    }
    return -4.0;
  }

  private static void placeScore(Scorer s, Report a, Report b) {
    if (a.place() == null || b.place() == null) {
      s.add("place unknown", -0.5);
      return;
    }
    boolean vague = precision(a) >= 3 || precision(b) >= 3;
    if (a.place().equals(b.place())) {
      s.add("same " + (vague ? "region " : "place ") + name(a), vague ? 0.3 : 1.0);
      return;
    }
    if (vague) {
      // a region or country holds any town in it, but says little
      if (a.admin1() != null && b.admin1() != null && !a.admin1().equals(b.admin1())) {
        s.add("different regions " + name(a) + " / " + name(b), -3.0);
      } else {
        s.add("place " + name(a) + " holds " + name(b), 0.0);
      }
      return;
    }
    if (a.lat() == null || b.lat() == null || a.lon() == null || b.lon() == null) {
      s.add("different places " + name(a) + " / " + name(b), -1.0);
      return;
    }
    double km = haversineKm(a.lat(), a.lon(), b.lat(), b.lon());
    // near a town or in a district (precision 2) reaches further than the town itself
    double reach = precision(a) == 2 || precision(b) == 2 ? 25 : 10;
    String what = String.format(Locale.ROOT, "places %.0f km apart", km);
    if (km <= reach) {
      s.add(what, 0.5);
    } else if (km <= 3 * reach) {
      s.add(what, -1.5);
    } else {
      s.add(what, -4.0);
    }
  }

  private static int precision(Report r) {
    return r.geoPrecision() == null ? 1 : r.geoPrecision();
  }

  private static String name(Report r) {
    return r.placeName() != null ? r.placeName() : String.valueOf(r.place());
  }

  static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static void dateScore(Scorer s, Report a, Report b) {
    boolean dayA = a.dateEarliest() != null && a.dateEarliest().equals(a.dateLatest());
    boolean dayB = b.dateEarliest() != null && b.dateEarliest().equals(b.dateLatest());
    Long gap = gapDays(a, b);
    if (gap == null) {
      s.add("date unknown", -0.5);
    } else if (gap > 0) {
      s.add("dates " + gap + " day" + (gap == 1 ? "" : "s") + " apart", -1.5 * gap);
    } else if (dayA && dayB) {
      s.add("same day", 1.0);
    } else {
      s.add("dates overlap", 0.3);
    }
  }

  /** Days between two reports' date ranges (0 when they overlap), or null when either lacks one. */
  static Long gapDays(Report a, Report b) {
    if (a.dateEarliest() == null || a.dateLatest() == null || b.dateEarliest() == null
        || b.dateLatest() == null) {
      return null;
    }
    long ae = epochDay(a.dateEarliest());
    long al = epochDay(a.dateLatest());
    long be = epochDay(b.dateEarliest());
    long bl = epochDay(b.dateLatest());
    if (bl < ae) {
      return ae - bl;
    }
    if (al < be) {
      return be - al;
    }
    return 0L;
  }

  /** An ISO day's epoch day, without LocalDate.parse's formatter: blocking reads millions. */
  private static long epochDay(String iso) {
    if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
      return LocalDate.parse(iso).toEpochDay();
    }
    return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
            Integer.parseInt(iso, 8, 10, 10))
        .toEpochDay();
  }

  /**
   * Shared named actors; an unnamed one ("Unidentified Armed Group", "Civilians", "Protesters")
   * is in every other event and says almost nothing.
   */
  private static void actorScore(Scorer s, Report a, Report b) {
    Set<String> as = actors(a);
    Set<String> bs = actors(b);
    double total = 0;
    for (String x : new TreeSet<>(as)) {
      if (bs.contains(x)) {
        double w = generic(x) ? 0.2 : 1.0;
        if (total + w <= 2.0) {
          s.add("shared actor '" + x + "'", w);
          total += w;
        }
      }
    }
  }

  /**
   * Actors that name someone: typed actors ("Police Forces of X") or a person's name; an untyped
   * pronoun or noun the extractor left ("he", "suspect") names no one.
   */
  private static Set<String> actors(Report r) {
    Set<String> s = new HashSet<>();
    addActor(s, r.actor1(), r.actor1Kind());
    addActor(s, r.actor2(), r.actor2Kind());
    return s;
  }

  private static void addActor(Set<String> s, String actor, String kind) {
    if (actor != null && (kind != null || !persons(List.of(actor.toLowerCase(Locale.ROOT))).isEmpty()
        && Character.isUpperCase(actor.charAt(0)))) {
      s.add(actor);
    }
  }

  private static boolean generic(String actor) {
    String a = actor.toLowerCase(Locale.ROOT);
    return a.startsWith("unidentified") || a.startsWith("civilians") || a.startsWith("protesters")
        || a.startsWith("rioters") || a.startsWith("police forces")
        || a.startsWith("military forces");
  }

  /**
   * The largest figure each report gives for a measure (later reports update tolls upwards, and
   * an article's largest figure is usually its latest). Equal figures are evidence, the more so
   * the larger; different ones speak against, unless one is a toll that merely grew by one, or
   * the larger was given on a later day: a toll that rises as bodies are counted is one event
   * reported twice, not two events.
   */
  private static void figureScore(Scorer s, Report a, Report b, String measure) {
    Figure x = largest(a, measure);
    Figure y = largest(b, measure);
    if (x == null || y == null) {
      return;
    }
    if (x.value == y.value) {
      // none or one killed is what most incidents have: chance agreement, weak evidence
      s.add("same " + measure + " figure " + x.value, x.value >= 5 ? 2.0 : x.value >= 2 ? 1.0 : 0.3);
      return;
    }
    Figure low = x.value < y.value ? x : y;
    Figure high = low == x ? y : x;
    if (low.asOf != null && high.asOf != null && high.asOf.compareTo(low.asOf) > 0) {
      s.add(measure + " toll rose from " + low.value + " (" + low.asOf + ") to " + high.value
          + " (" + high.asOf + ")", 0.0);
    } else {
      s.add("different " + measure + " figures " + x.value + " vs " + y.value,
          high.value - low.value == 1 && low.value > 0 ? -1.0 : -2.0);
    }
  }

  /** A report's figure for a measure and the day it was given. */
  private record Figure(long value, String asOf) {}

  private static Figure largest(Report r, String measure) {
    Figure best = null;
    for (Claim c : r.claims()) {
      if (!measure.equals(c.measure()) || c.hedged()) {
        continue;
      }
      Long v = c.low() != null ? c.low() : c.high();
      if (v != null && (best == null || v > best.value)) {
        best = new Figure(v, c.asOf() != null ? c.asOf() : r.published());
      }
    }
    return best;
  }

  /**
   * Words that make a name an organisation, a street or page furniture rather than a person: a
   * police department, a hospital, a news agency or a copyright line is named in every local
   * story.
   */
  private static final Set<String> NOT_PERSON =
      Set.of("police", "department", "office", "sheriff", "news", "press", "agency", "ministry",
          "army", "forces", "force", "government", "university", "hospital", "county", "city",
          "council", "party", "court", "school", "service", "services", "reuters", "associated",
          "times", "post", "tribune", "herald", "journal", "tv", "radio", "bureau", "fbi",
          "authority", "state", "national", "center", "centre", "church", "company", "inc",
          "medical", "project", "stoppers", "division", "unit", "rights", "reserved", "copyright",
          "street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "highway", "lane",
          "square", "park", "media", "wire", "network", "group", "committee", "union", "front");

  /**
   * Shared names. A person both events' sentences name (a victim, a suspect, a commander) is
   * strong evidence of one incident; a person only named somewhere in both articles is weaker,
   * and an organisation, a street or a byline says nothing. Two articles that each name people
   * but none in common probably tell of different people.
   */
  private static void nameScore(Scorer s, Report a, Report b) {
    Set<String> an = persons(a.names());
    Set<String> bn = persons(b.names());
    String sa = a.sentence() == null ? "" : a.sentence().toLowerCase(Locale.ROOT);
    String sb = b.sentence() == null ? "" : b.sentence().toLowerCase(Locale.ROOT);
    Set<String> inSentences = new TreeSet<>();
    Set<String> inArticles = new TreeSet<>();
    for (String n : an) {
      if (bn.contains(n)) {
        (sa.contains(n) && sb.contains(n) ? inSentences : inArticles).add(n);
      }
    }
    if (!inSentences.isEmpty()) {
      s.add("shared names in the sentences " + inSentences,
          Math.min(3.0, 1.5 * inSentences.size()));
    }
    if (!inArticles.isEmpty()) {
      s.add("shared names " + inArticles, Math.min(1.5, 0.75 * inArticles.size()));
    }
    if (inSentences.isEmpty() && inArticles.isEmpty() && !an.isEmpty() && !bn.isEmpty()) {
      s.add("no shared person names", -1.0);
    }
  }

  /** Names that look like a person's: two to four words, none of an organisation or a street. */
  static Set<String> persons(List<String> names) {
    Set<String> persons = new TreeSet<>();
    for (String n : names) {
      String[] words = NAME_SPLIT.split(n);
      if (words.length < 2 || words.length > 4) {
        continue;
      }
      boolean person = true;
      for (String w : words) {
        String t = w.replaceAll("[.']", "");
        if (t.isEmpty() || NOT_PERSON.contains(t) || !Character.isLetter(t.charAt(0))) {
          person = false;
          break;
        }
      }
      if (person) {
        persons.add(n);
      }
    }
    return persons;
  }

  /** Content words from which a sentence's overlap counts fully. */
  static final int SHORT_SENTENCE = 8;

  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern NAME_SPLIT = Pattern.compile("[^\\p{L}\\p{N}'.-]+");

  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "was", "were", "is",
          "are", "by", "for", "with", "from", "that", "this", "it", "as", "be", "been", "has",
          "have", "had", "he", "she", "they", "his", "her", "their", "said", "after", "who");

  /**
   * Word overlap of the two events' sentences: reports of one event share its particulars (the
   * street, the weapon, the victim's age); 0.25 is what two unrelated sentences of one genre
   * reach.
   */
  private static void textScore(Scorer s, Report a, Report b) {
    if (a.sentence() == null || b.sentence() == null) {
      return;
    }
    Set<String> x = words(a.sentence());
    Set<String> y = words(b.sentence());
    if (x.isEmpty() || y.isEmpty()) {
      return;
    }
    int common = 0;
    for (String w : x) {
      common += y.contains(w) ? 1 : 0;
    }
    double j = common / (double) (x.size() + y.size() - common);
    double w = Math.max(-2.0, Math.min(3.0, (j - 0.25) * 8));
    if (w > 0) {
      // "No arrests have been made" agrees word for word across unrelated incidents: a short
      // sentence's overlap counts for less
      w *= Math.min(1.0, Math.min(x.size(), y.size()) / (double) SHORT_SENTENCE);
    }
    s.add(String.format(Locale.ROOT, "sentence similarity %.2f", j), w);
  }

  private static Set<String> words(String text) {
    Set<String> w = new HashSet<>();
    for (String t : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
      if (!t.isEmpty() && !STOP.contains(t)) {
        w.add(t);
      }
    }
    return w;
  }
}
