package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.TimeExpr;

/**
 * Scores one analysis against a hand-made gold file of the seed's shape (places, dates, claims,
 * events), matching by meaning: place ids, date values, measure + bounds + source, ACLED type. Each
 * gold item is matched at most once and each output item too.
 */
public final class SeedScore {
  public record Result(int places, int placesGold, int dates, int datesGold, int claims,
      int claimsGold, int events, int eventsGold, List<String> misses) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "places %d/%d, dates %d/%d, claims %d/%d, events %d/%d",
          places, placesGold, dates, datesGold, claims, claimsGold, events, eventsGold);
    }
  }

  private SeedScore() {}

  public static Result score(Analysis a, JsonNode gold) {
    List<String> misses = new ArrayList<>();
    String text = a.text();
    String published = gold.path("article").path("published").asText();

    int places = 0;
    Set<Long> ids = new HashSet<>();
    for (Place p : a.places()) {
      if (p.geonameid() != null) {
        ids.add(p.geonameid());
      }
    }
    for (JsonNode g : gold.path("places")) {
      if (ids.contains(g.path("geonames_id").asLong())) {
        places++;
      } else {
        misses.add("place " + g.path("mention").asText());
      }
    }

    int dates = 0;
    for (JsonNode g : gold.path("dates")) {
      String mention = g.path("mention").asText();
      String value = g.path("value").asText();
      int at = text.toLowerCase(Locale.ROOT).indexOf(mention.toLowerCase(Locale.ROOT));
      boolean vague = !value.matches("\\d{4}-\\d{2}-\\d{2}");
      boolean ok = false;
      for (TimeExpr te : a.times()) {
        boolean overlaps = at >= 0 && te.start() < at + mention.length() && at < te.end();
        if (overlaps && (vague ? te.vague() : te.value() != null && te.value().startsWith(value))) {
          ok = true;
        }
      }
      if (ok) {
        dates++;
      } else {
        misses.add("date " + mention);
      }
    }

    int claims = 0;
    Set<Integer> usedClaims = new HashSet<>();
    for (JsonNode g : gold.path("claims")) {
      int match = -1;
      for (int i = 0; i < a.claims().size() && match < 0; i++) {
        if (!usedClaims.contains(i) && claimMatches(a.claims().get(i), g)) {
          match = i;
        }
      }
      if (match >= 0) {
        usedClaims.add(match);
        claims++;
      } else {
        misses.add("claim " + g.path("id").asText() + " " + g.path("measure").asText() + " "
            + g.path("low").asText() + " " + g.path("source").asText());
      }
    }

    int events = 0;
    long placeOfCountry = 0;
    for (JsonNode g : gold.path("places")) {
      if (g.path("feature").asText().equals("country") && placeOfCountry == 0) {
        placeOfCountry = g.path("geonames_id").asLong();
      }
    }
    // events: a maximum bipartite matching, so that one lenient gold event cannot take the output
    // event a stricter one needed
    List<JsonNode> goldEvents = new ArrayList<>();
    for (JsonNode g : gold.path("events")) {
      if (g.path("acled").size() > 0) {
        goldEvents.add(g); // the gold codes no ACLED type for the others: nothing to match
      }
    }
    boolean[][] fits = new boolean[goldEvents.size()][a.events().size()];
    for (int gi = 0; gi < goldEvents.size(); gi++) {
      JsonNode g = goldEvents.get(gi);
      Set<String> types = new HashSet<>();
      g.path("acled").forEach(t -> types.add(t.asText()));
      long goldPlace = placeId(gold, g.path("place").asText());
      String goldDate = g.path("date").asText();
      for (int i = 0; i < a.events().size(); i++) {
        Event e = a.events().get(i);
        boolean placeOk = e.place() != null && (e.place() == goldPlace || goldPlace == placeOfCountry
            && countryOf(a, e.place()) != null
            && countryOf(a, e.place()).equals(countryOf(a, placeOfCountry)));
        boolean dateOk = e.date() != null && (goldDate.startsWith(e.date())
            || (goldDate.contains("earlier") || goldDate.contains("before") || goldDate.contains("/"))
                && e.date().compareTo(published) <= 0);
        fits[gi][i] = types.contains(e.type()) && placeOk && dateOk;
      }
    }
    int[] owner = new int[a.events().size()];
    java.util.Arrays.fill(owner, -1);
    for (int gi = 0; gi < goldEvents.size(); gi++) {
      if (augment(gi, fits, owner, new boolean[a.events().size()])) {
        events++;
      } else {
        misses.add("event " + goldEvents.get(gi).path("id").asText() + " "
            + goldEvents.get(gi).path("what").asText());
      }
    }
    int eventsGold = 0;
    for (JsonNode g : gold.path("events")) {
      eventsGold += g.path("acled").size() > 0 ? 1 : 0;
    }
    return new Result(places, gold.path("places").size(), dates, gold.path("dates").size(), claims,
        gold.path("claims").size(), events, eventsGold, misses);
  }

  /** Kuhn's augmenting path: can gold event g get an output event, moving others if need be? */
  private static boolean augment(int g, boolean[][] fits, int[] owner, boolean[] seen) {
    for (int i = 0; i < owner.length; i++) {
      if (fits[g][i] && !seen[i]) {
        seen[i] = true;
        if (owner[i] < 0 || augment(owner[i], fits, owner, seen)) {
          owner[i] = g;
          return true;
        }
      }
    }
    return false;
  }

  private static String countryOf(Analysis a, long id) {
    for (Place p : a.places()) {
      if (p.geonameid() != null && p.geonameid() == id) {
        return p.country();
      }
    }
    return null;
  }

  private static long placeId(JsonNode gold, String name) {
    for (JsonNode p : gold.path("places")) {
      if (p.path("name").asText().equals(name)) {
        return p.path("geonames_id").asLong();
      }
    }
    return -1;
  }

  /** Same measure, same bounds, and a source that names the same speaker (or none). */
  static boolean claimMatches(Claim c, JsonNode g) {
    String measure = normaliseMeasure(g.path("measure").asText());
    if (!measure.equals(c.measure())) {
      return false;
    }
    if (!sameBound(c.low(), g.path("low")) || !sameBound(c.high(), g.path("high"))) {
      return false;
    }
    String source = g.path("source").asText().toLowerCase(Locale.ROOT);
    if (source.contains("unattributed")) {
      return c.source().kind().equals("unattributed");
    }
    if (c.source().name() == null) {
      return false;
    }
    Set<String> goldWords = words(source);
    for (String w : words(c.source().name().toLowerCase(Locale.ROOT))) {
      if (goldWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.split("[^\\p{L}]+")) {
      if (w.length() >= 4) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean sameBound(Long ours, JsonNode gold) {
    return gold.isNull() || gold.isMissingNode() ? ours == null : ours != null && ours == gold.asLong();
  }

  /** The gold's free-text measures in the contract's vocabulary. */
  static String normaliseMeasure(String m) {
    if (m.startsWith("killed")) {
      return "killed";
    }
    if (m.contains("present") || m.contains("deployed")) {
      return "deployed";
    }
    if (m.equals("destroyed")) {
      return "damaged";
    }
    return m;
  }
}
