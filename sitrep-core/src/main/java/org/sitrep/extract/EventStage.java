package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.extract.EventActors.Sides;
import org.sitrep.extract.EventTypes.AcledType;
import org.sitrep.extract.EventTypes.Kind;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.Token;

/**
 * Finds events: a trigger word ({@link EventTriggers}) in a clause that states one occurrence
 * happened, its actors from the dependency roles ({@link EventActors}), ACLED's type and sub-type
 * by the codebook ({@link Codebook}), its date and place from the clause and the clauses above it,
 * and the claims whose predicate it is.
 *
 * <p>Reads SENTENCES, TIMES, CLAIMS and, when present, PLACES and MENTIONS; writes EVENTS.
 */
public final class EventStage implements Stage {

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TIMES, Layer.CLAIMS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public Analysis apply(Analysis in) {
    ArticleContext ctx = new ArticleContext(in);
    boolean unrest = false;
    boolean demonstrations = false;
    boolean hazards = false;
    boolean weapons = false;
    for (DepTree t : ctx.trees) {
      for (int i = 0; i < t.size(); i++) {
        unrest |= EventLexicon.is(t.lemma(i), "unrest");
        demonstrations |= EventLexicon.is(t.lemma(i), "protest-scene");
        hazards |= EventLexicon.is(t, i, "hazard") || EventLexicon.is(t, i, "accident-explosion");
        weapons |= Weapons.of(t, i) != null;
      }
    }
    EventTriggers triggers = new EventTriggers(ctx);
    Occurrence occurrence = new Occurrence(ctx);
    EventActors actors = new EventActors(ctx, triggers, unrest);
    Codebook codebook = new Codebook(triggers, unrest, demonstrations, hazards && !weapons);
    Map<String, Event> merged = new LinkedHashMap<>();
    Place lastPlace = null;
    for (DepTree t : ctx.trees) {
      Place sentencePlace = onlyPlace(ctx, t);
      List<Event> sentence = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        Kind kind = triggers.kind(t, i);
        if (kind == null || !occurrence.reported(t, i) || triggers.coveredByHead(t, i, kind)) {
          continue;
        }
        Event e = event(ctx, t, i, kind, actors, codebook,
            sentencePlace != null ? sentencePlace : lastPlace);
        if (e != null) {
          sentence.add(e);
        }
      }
      for (Event e : territoryChanged(sentence)) {
        String key = e.type() + "|" + e.subType() + "|" + e.date() + "|" + e.place() + "|"
            + e.actor1Kind() + "|" + e.actor2Kind() + "|" + e.sentence();
        merged.merge(key, e, EventStage::merge);
      }
      ctx.noteSpeakers(t);
      if (sentencePlace != null && "city".equals(sentencePlace.kind())) {
        lastPlace = sentencePlace;
      }
    }
    List<Event> events = new ArrayList<>(merged.values());
    events.sort(Comparator.comparingInt(Event::start));
    return in.withEvents(forceOnDemonstration(events));
  }

  /**
   * Deaths and injuries an article reports without saying who caused them ("five people died"),
   * on the day and at the place where it reports force used on a demonstration, are that force's:
   * one event in ACLED's terms, told several times, typed once.
   */
  private static List<Event> forceOnDemonstration(List<Event> events) {
    Event anchor = null;
    for (Event e : events) {
      if ("Excessive force against protesters".equals(e.subType())) {
        anchor = e;
        break;
      }
    }
    if (anchor == null) {
      return events;
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean victimsOnly = e.actor1() == null
          && (e.actor2Kind() == null || e.actor2Kind().equals("civilians"))
          && (e.subType().equals("Attack") || e.subType().equals("Armed clash")
              || e.subType().equals("Violent demonstration") && e.actor2() != null);
      if (victimsOnly && java.util.Objects.equals(e.date(), anchor.date())
          && java.util.Objects.equals(e.place(), anchor.place())) {
        e = new Event(e.start(), e.end(), anchor.type(), anchor.subType(), anchor.plover(), e.date(),
            e.datePrecision(), e.place(), e.geoPrecision(), e.actor1(), e.actor1Kind(), e.actor2(),
            e.actor2Kind(), e.fatalities(), e.claims(), e.trigger(), e.sentence());
      }
      out.add(e);
    }
    return out;
  }

  /**
   * ACLED's armed clash is a battle in which "no reports indicate territory changed": a clash in
   * a sentence that also reports territory taken takes that sub-type.
   */
  private static List<Event> territoryChanged(List<Event> sentence) {
    String taken = null;
    for (Event e : sentence) {
      if (e.type().equals(EventTypes.BATTLES) && !e.subType().equals("Armed clash")) {
        taken = e.subType();
      }
    }
    if (taken == null) {
      return sentence;
    }
    List<Event> out = new ArrayList<>();
    for (Event e : sentence) {
      out.add(e.type().equals(EventTypes.BATTLES) ? new Event(e.start(), e.end(), e.type(), taken,
          e.plover(), e.date(), e.datePrecision(), e.place(), e.geoPrecision(), e.actor1(),
          e.actor1Kind(), e.actor2(), e.actor2Kind(), e.fatalities(), e.claims(), e.trigger(),
          e.sentence()) : e);
    }
    return out;
  }

  private static Event merge(Event a, Event b) {
    List<Integer> claims = new ArrayList<>(a.claims());
    for (int c : b.claims()) {
      if (!claims.contains(c)) {
        claims.add(c);
      }
    }
    Integer fat = a.fatalities();
    if (fat == null || b.fatalities() != null && b.fatalities() > fat) {
      fat = b.fatalities();
    }
    return new Event(a.start(), a.end(), a.type(), a.subType(), a.plover(),
        a.date(), a.datePrecision(), a.place(), a.geoPrecision(),
        a.actor1() != null ? a.actor1() : b.actor1(), a.actor1Kind(),
        a.actor2() != null ? a.actor2() : b.actor2(), a.actor2Kind(), fat, claims, a.trigger(),
        a.sentence());
  }

  private static Event event(ArticleContext ctx, DepTree t, int i, Kind kind, EventActors actors,
      Codebook codebook, Place fallbackPlace) {
    int trigger = i;
    if (t.lemma(i).equals("fire") && t.rel(i).equals("obj") && t.head(i) >= 0) {
      i = t.head(i); // "soldiers opened fire on protesters": the actors are the verb's
    }
    if (kind == Kind.ORDER && !ordersForce(t, i)) {
      return null;
    }
    Sides sides = actors.read(t, i, trigger, kind);
    AcledType type = codebook.classify(kind, t, i, trigger, sides);
    if (type == null) {
      return null;
    }
    sides = EventActors.asTyped(sides, type.type());
    // date: the trigger's clause, then the clauses above it, then the report's own date
    String date = null;
    for (int x = i, guard = 0; x >= 0 && date == null && guard < t.size(); x = t.head(x), guard++) {
      date = ClaimStage.dateAt(ctx, t, x);
    }
    String published = ctx.published();
    if (date != null && published != null && date.compareTo(published) > 0) {
      return null; // planned or announced for later: ACLED codes what happened
    }
    String precision = "day";
    if (date == null) {
      date = ctx.published();
      precision = date == null ? null : "reported";
    }
    Place place = ClaimStage.placeOf(ctx, t, i);
    if (place == null && t.rel(i).startsWith("acl") && t.head(i) >= 0) {
      place = ctx.placeAt(t.token(t.head(i)));
    }
    if (place == null) {
      place = fallbackPlace;
    }
    // the article's main place, when the event's own sentences name none: "near" at best
    boolean fromFocus = place == null && ctx.focus != null;
    if (place == null) {
      place = ctx.focus;
    }
    List<Integer> claimIdx = new ArrayList<>();
    Integer fatalities = null;
    List<Claim> claims = ctx.analysis.claims();
    for (int k = 0; k < claims.size(); k++) {
      Claim c = claims.get(k);
      if (c.sentence() != t.sentence.index()) {
        continue;
      }
      int p = tokenAt(t, c.predicateStart());
      if (p == i || p == trigger || p >= 0 && t.isAncestor(i, p)) {
        claimIdx.add(k);
        if (c.measure().equals("killed") && c.low() != null && violent(type.type())) {
          fatalities = fatalities == null ? c.low().intValue() : Math.max(fatalities, c.low().intValue());
        }
      }
    }
    Token trig = t.token(trigger);
    String country = ctx.focusCountryName();
    return new Event(
        trig.start(),
        trig.end(),
        type.type(),
        type.subType(),
        type.plover(),
        date,
        precision,
        place == null ? null : place.geonameid(),
        place == null ? null : geoPrecision(place, ctx.analysis.text(), fromFocus),
        EventActors.acledName(sides.agent(), country),
        EventActors.kindOf(sides.agent()),
        EventActors.acledName(sides.target(), country),
        EventActors.kindOf(sides.target()),
        fatalities,
        claimIdx,
        trig.word(),
        t.sentence.index());
  }

  /** ACLED's political violence types, the ones that carry fatalities. */
  private static boolean violent(String type) {
    return type.equals(EventTypes.BATTLES) || type.equals(EventTypes.EXPLOSIONS)
        || type.equals(EventTypes.VIOLENCE_AGAINST_CIVILIANS) || type.equals(EventTypes.RIOTS)
        || type.equals(EventTypes.PROTESTS);
  }

  private static int tokenAt(DepTree t, int start) {
    for (int k = 0; k < t.size(); k++) {
      if (t.token(k).start() == start) {
        return k;
      }
    }
    return -1;
  }

  /** "ordered the military to use deadly force / open fire": an order to use force. */
  private static boolean ordersForce(DepTree t, int i) {
    for (int x : t.subtree(i)) {
      String w = t.lower(x);
      if (w.equals("force") || w.equals("fire") || w.equals("shoot") || w.equals("crackdown")) {
        return true;
      }
    }
    return false;
  }

  /**
   * ACLED's geo-precision: 1 when the event is in the named town; 2 near a town ("outside Kherson",
   * "20 km north of Kherson"), in a district or county, or placed at the article's main town for
   * want of a place in its own sentence; 3 for a first-order region, a country or anything larger.
   */
  static int geoPrecision(Place p, String text, boolean fromFocus) {
    int precision = switch (p.kind() == null ? "" : p.kind()) {
      case "city" -> NEAR.matcher(text.substring(Math.max(0, p.start() - 40), p.start())).find() ? 2 : 1;
      case "admin2" -> 2;
      default -> 3;
    };
    return fromFocus ? Math.max(2, precision) : precision;
  }

  /** Words just before a town's name that put the event around it, not in it. */
  private static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile(
      "\\b(near|outside|(northern |southern |eastern |western )?outskirts of|around|close to"
          + "|(north|south|east|west|north-?east|north-?west|south-?east|south-?west) of"
          + "|km from|kilometres from|kilometers from|miles from)"
          + "\\s+(the\\s+)?(city of\\s+|town of\\s+|village of\\s+)?$",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The single named location of a sentence, or null when it has none or several. */
  private static Place onlyPlace(ArticleContext ctx, DepTree t) {
    Place found = null;
    for (Place p : ctx.analysis.places()) {
      if (p.isLocation() && p.geonameid() != null && p.start() >= t.sentence.start()
          && p.end() <= t.sentence.end()) {
        if (found != null && !found.geonameid().equals(p.geonameid())) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }
}
