package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.extract.EventTypes.Kind;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.Token;

/**
 * Finds events: a trigger word in a clause that states something happened (not one that was
 * ordered, threatened or is conditional), its actors from the dependency roles (agent: subject or
 * "by" phrase; target: object, passive subject or "on/at/against" phrase), its date and place from
 * the clause and the clauses above it, and the claims whose predicate it is. ACLED's type and
 * sub-type follow from the trigger and the kinds of its actors, as in ACLED's codebook: state
 * forces firing on protesters is "Excessive force against protesters", armed actors on both sides a
 * "Battle", an armed actor on civilians "Violence against civilians".
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
    for (DepTree t : ctx.trees) {
      for (int i = 0; i < t.size(); i++) {
        unrest |= EventTypes.UNREST.contains(t.lemma(i));
      }
    }
    Map<String, Event> merged = new LinkedHashMap<>();
    Place lastPlace = null;
    for (DepTree t : ctx.trees) {
      Place sentencePlace = onlyPlace(ctx, t);
      for (int i = 0; i < t.size(); i++) {
        Kind kind = triggerKind(t, i, in.claims());
        if (kind == null || !factual(t, i) || coveredByHead(t, i, kind, in.claims())) {
          continue;
        }
        Event e = event(ctx, t, i, kind, unrest, sentencePlace != null ? sentencePlace : lastPlace);
        if (e == null) {
          continue;
        }
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
    return in.withEvents(events);
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

  /** The kind a token triggers, or null; claims' predicates trigger by their measure too. */
  private static Kind triggerKind(DepTree t, int i, List<Claim> claims) {
    String lemma = t.lemma(i);
    String pos = t.pos(i);
    String ner = t.token(i).ner();
    // "March 14" is no march (the only month that names an event)
    if (t.lower(i).equals("march") && (ner.equals("DATE") || ner.equals("TIME"))) {
      return null;
    }
    Kind k = EventTypes.TRIGGERS.get(lemma);
    if (k == null) {
      k = EventTypes.TRIGGERS.get(t.lower(i));
    }
    if (k == Kind.SHUTDOWN && lemma.equals("shut")
        && (t.child(i, "compound:prt") < 0 || !shutsAService(t, i))) {
      k = null; // "shut down the internet" is coercion; "shut down the road" for a crime scene is not
    }
    // "air strike", "drone strike" are explosions; "went on strike", "general strike" protests;
    // any other "struck" (a car struck a pedestrian) is neither
    if (lemma.equals("strike")) {
      k = null;
      for (int c : t.children(i)) {
        String w = t.lower(c);
        if (EventTypes.AIR.contains(w) || w.equals("airstrike")) {
          k = Kind.EXPLOSION;
        } else if (w.equals("general") || w.equals("hunger") || w.equals("national")
            || t.rel(c).equals("case") && w.equals("on")) {
          k = Kind.PROTEST;
        }
      }
    }
    if (lemma.equals("fire") && i > 0 && (t.lemma(i - 1).equals("open") || t.lemma(i - 1).equals("opened"))) {
      k = Kind.VIOLENCE; // "opened fire on"
    } else if (lemma.equals("fire") && pos.startsWith("VB") && hasCase(t, i, "at", "on")) {
      k = Kind.VIOLENCE; // "fired at demonstrators"
    } else if (lemma.equals("turn") && hasCase(t, i, "against")) {
      k = Kind.VIOLENCE; // "the crowd turned against state buildings"
    } else if (Lexicon.PERCEPTION_VERBS.contains(lemma) && seesForces(t, i)) {
      k = Kind.DEPLOY; // "correspondents saw armoured personnel carriers"
    }
    if (k == Kind.DEPLOY && !Lexicon.PERCEPTION_VERBS.contains(lemma) && !sentenceHasForces(t)) {
      k = null;
    }
    if (k == null) {
      for (Claim c : claims) {
        // "no injuries were reported" and "a person was reported missing" report no violence
        if (c.predicateStart() == t.token(i).start() && !(c.high() != null && c.high() == 0)) {
          k = switch (c.measure()) {
            case "killed", "injured", "attackers" -> Kind.VIOLENCE;
            case "arrested", "detained" -> Kind.ARREST;
            case "damaged" -> Kind.DAMAGE;
            case "participants" -> Kind.PROTEST;
            case "deployed" -> Kind.DEPLOY;
            default -> null;
          };
        }
      }
    }
    if (k == Kind.DAMAGE && !pos.startsWith("VB")) {
      return null; // "the material damage is incalculable" reports no event
    }
    if (k == null) {
      return null;
    }
    // a noun triggers only as an argument of its clause: "there were clashes", "amid protests"
    if (pos.startsWith("NN")) {
      String r = t.baseRel(i);
      boolean argument = r.equals("nsubj") || r.equals("obj") || r.equals("obl") || r.equals("nmod")
          || r.equals("root") || r.equals("conj");
      if (!argument || k == Kind.ORDER) {
        return null;
      }
    } else if (!pos.startsWith("VB") && !pos.startsWith("JJ") && !lemma.equals("fire")) {
      return null;
    }
    return k;
  }

  /**
   * "were killed and 200 injured", "found decapitated": a trigger joined to another of the same
   * kind is one event with it (its claims attach to the head); "the number of wounded" names none.
   */
  private static boolean coveredByHead(DepTree t, int i, Kind kind, List<Claim> claims) {
    int h = t.head(i);
    if (h < 0) {
      return false;
    }
    if (Lexicon.TALLY_NOUNS.contains(t.lemma(h))) {
      return true;
    }
    // "ambushed a convoy, killing six soldiers": the participle is the same attack; "killed by
    // gunfire": the noun is the same killing
    String r = t.rel(i);
    if (t.pos(i).startsWith("NN") && (r.startsWith("obl") || r.startsWith("nmod"))
        && triggerKind(t, h, claims) == kind) {
      return true;
    }
    if (!(r.equals("conj") || r.equals("xcomp") || r.startsWith("acl") || r.equals("advcl"))) {
      return false;
    }
    for (int x = h, guard = 0; x >= 0 && guard < t.size(); x = t.head(x), guard++) {
      if (Lexicon.SPEECH_VERBS.contains(t.lemma(x))) {
        return false;
      }
      if (triggerKind(t, x, claims) == kind) {
        return kind == Kind.VIOLENCE || x == h;
      }
      if (x != h && !t.pos(x).startsWith("NN")) {
        return false; // only through the noun the participle modifies
      }
    }
    return false;
  }

  private static boolean hasCase(DepTree t, int i, String... words) {
    for (int c : t.children(i)) {
      String cw = t.caseWord(c);
      for (String w : words) {
        if (cw.equals(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean seesForces(DepTree t, int i) {
    for (int c : t.children(i)) {
      if (t.rel(c).equals("obj")) {
        for (int x : t.subtree(c)) {
          if ("state forces".equals(Lexicon.actorKind(t.lower(x))) || t.lower(x).equals("armoured")
              || t.lower(x).equals("armored") || t.lower(x).equals("tanks")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Soldiers, not police: officers arriving at a crime scene are no troop movement. */
  private static boolean sentenceHasForces(DepTree t) {
    for (int i = 0; i < t.size(); i++) {
      String w = t.lower(i);
      if (w.equals("forces") || w.equals("troops") || w.equals("soldiers") || w.equals("army")
          || w.equals("peacekeepers") || w.equals("military")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SERVICES =
      Set.of("internet", "network", "networks", "service", "services", "media", "phone", "phones",
          "communications", "telecommunications", "border", "borders", "newspaper", "station",
          "websites", "website", "access");

  private static boolean shutsAService(DepTree t, int i) {
    for (int c : t.children(i)) {
      if ((t.rel(c).equals("obj") || t.rel(c).startsWith("nsubj")) && SERVICES.contains(t.lower(c))) {
        return true;
      }
    }
    return false;
  }

  /** False for triggers that are negated, conditional, wished for or ordered but not done. */
  private static boolean factual(DepTree t, int i) {
    for (int x = i, guard = 0; x >= 0 && guard < t.size(); x = t.head(x), guard++) {
      for (int c : t.children(x)) {
        String r = t.rel(c);
        String w = t.lower(c);
        if (r.equals("advmod") && (w.equals("not") || w.equals("never") || w.equals("n't"))
            || r.equals("mark") && (w.equals("if") || w.equals("unless") || w.equals("until"))
            || r.equals("case") && w.equals("until")
            || r.equals("aux") && (w.equals("would") || w.equals("will") || w.equals("should"))) {
          return false;
        }
      }
      int h = t.head(x);
      if (h >= 0 && x != i && (t.rel(x).equals("xcomp") || t.rel(x).equals("ccomp"))
          && EventTypes.IRREALIS.contains(t.lemma(h))) {
        return false;
      }
      if (h >= 0 && x == i && (t.rel(x).equals("xcomp") || t.pos(x).startsWith("NN")
          && (t.rel(x).equals("obj") || t.rel(x).startsWith("obl")))
          && EventTypes.IRREALIS.contains(t.lemma(h))) {
        return false; // "ordered them to fire", "called for further demonstrations"
      }
      // stop at the clause that reports it: what a source says happened counts as stated
      if (Lexicon.SPEECH_VERBS.contains(t.lemma(x)) && x != i) {
        break;
      }
    }
    return true;
  }

  private record Actor(String phrase, String kind) {}

  private static Event event(ArticleContext ctx, DepTree t, int i, Kind kind, boolean unrest,
      Place fallbackPlace) {
    String text = ctx.analysis.text();
    int trigger = i;
    if (t.lemma(i).equals("fire") && t.rel(i).equals("obj") && t.head(i) >= 0) {
      i = t.head(i); // "soldiers opened fire on protesters": the actors are the verb's
    }
    Actor agent = null;
    Actor target = null;
    boolean elliptical = t.pos(i).equals("VBN") && t.child(i, "obj") < 0;
    for (int c : t.children(i)) {
      String r = t.rel(c);
      if (r.equals("nsubj") && !t.pos(c).equals("WDT") && !t.pos(c).equals("EX")) {
        // "more than 200 injured": a headline-style passive, its subject is the victim
        if (elliptical || t.pos(c).equals("CD")) {
          target = actor(ctx, t, c, text);
        } else {
          agent = actor(ctx, t, c, text);
        }
      } else if (EventTypes.INSTRUMENTS.contains(t.lemma(c))
          || EventTypes.INSTRUMENTS.contains(t.lower(c))) {
        continue; // "fired tear gas at demonstrators", "killed by gunfire": no actor
      } else if (r.equals("obl:agent") || r.startsWith("obl") && t.caseWord(c).equals("by")) {
        agent = actor(ctx, t, c, text);
      } else if ((r.equals("obj") || r.equals("nsubj:pass")) && c != trigger) {
        target = actor(ctx, t, c, text);
      } else if (r.startsWith("obl") && target == null
          && Set.of("on", "at", "against").contains(t.caseWord(c))) {
        Actor a = actor(ctx, t, c, text);
        if (a.kind() != null || t.lemma(i).equals("turn") || t.lemma(i).equals("fire")) {
          target = a;
        }
      }
    }
    // the subject of an intransitive "died" is the victim, not the agent
    if (agent != null
        && (t.lemma(i).equals("die") || t.lemma(i).equals("lose") || t.lemma(i).equals("perish"))) {
      target = agent;
      agent = null;
    }
    // a noun trigger ("clashes between police and protesters") takes its own modifiers
    if (t.pos(i).startsWith("NN")) {
      for (int c : t.children(i)) {
        if (t.baseRel(c).equals("nmod") || t.rel(c).equals("compound") || t.rel(c).equals("amod")) {
          Actor a = actor(ctx, t, c, text);
          if (a.kind() != null) {
            if (agent == null) {
              agent = a;
            } else if (target == null) {
              target = a;
            }
          }
        }
      }
    }
    // whoever marches or rallies is, for ACLED, a protester
    if (kind == Kind.PROTEST && agent != null
        && (agent.kind() == null || agent.kind().equals("civilians"))) {
      agent = new Actor(agent.phrase(), "protesters");
    }
    if (kind == Kind.ORDER && !ordersForce(t, i)) {
      return null;
    }
    String[] type = classify(kind, t, i, agent, target, unrest);
    if (type == null) {
      return null;
    }
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
        if (c.measure().equals("killed") && c.low() != null && violent(type[0])) {
          fatalities = fatalities == null ? c.low().intValue() : Math.max(fatalities, c.low().intValue());
        }
      }
    }
    Token trig = t.token(trigger);
    String country = ctx.focusCountryName();
    return new Event(
        trig.start(),
        trig.end(),
        type[0],
        type[1],
        type[2],
        date,
        precision,
        place == null ? null : place.geonameid(),
        place == null ? null : geoPrecision(place, ctx.analysis.text(), fromFocus),
        agent == null ? null : acledName(agent, country),
        agent == null ? null : agent.kind(),
        target == null ? null : acledName(target, country),
        target == null ? null : target.kind(),
        fatalities,
        claimIdx,
        trig.word(),
        t.sentence.index());
  }

  /** ACLED's political violence types, the ones that carry fatalities. */
  private static boolean violent(String type) {
    return type.equals("Battles") || type.equals("Explosions/Remote violence")
        || type.equals("Violence against civilians") || type.equals("Riots")
        || type.equals("Protests");
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

  private static Actor actor(ArticleContext ctx, DepTree t, int i, String text) {
    String w = t.lower(i);
    if (t.pos(i).startsWith("PRP") || t.pos(i).equals("WP")) {
      String name = ctx.resolve(t, i).name();
      return new Actor(name == null ? t.token(i).word() : name, Lexicon.actorKind(name));
    }
    String phrase = Phrases.nounPhrase(t, i, text);
    return new Actor(phrase, Lexicon.actorKindOfHead(t.lemma(i), phrase));
  }

  /**
   * ACLED type, sub-type and PLOVER type for a trigger and its actors.
   */
  static String[] classify(Kind kind, DepTree t, int i, Actor agent, Actor target, boolean unrest) {
    String a = agent == null ? null : agent.kind();
    String b = target == null ? null : target.kind();
    boolean armed = t.lemma(i).equals("gunshot") || t.lemma(i).equals("gunfire");
    switch (kind) {
      case EXPLOSION: {
        // the trigger and its own modifiers decide, most specific first
        List<String> words = new ArrayList<>();
        words.add(t.lemma(i));
        for (int c : t.children(i)) {
          words.add(t.lemma(c));
        }
        String sub = "Remote explosive/landmine/IED";
        if (words.stream().anyMatch(EventTypes.SUICIDE::contains)) {
          sub = "Suicide bomb";
        } else if (words.stream().anyMatch(EventTypes.AIR::contains)) {
          sub = "Air/drone strike";
        } else if (words.stream().anyMatch(EventTypes.SHELLING::contains)) {
          sub = "Shelling/artillery/missile attack";
        } else if (words.stream().anyMatch(EventTypes.GRENADE::contains)) {
          sub = "Grenade";
        }
        return new String[] {"Explosions/Remote violence", sub, "ASSAULT"};
      }
      case PROTEST: {
        boolean violent = false;
        for (int c : t.children(i)) {
          violent |= t.lower(c).equals("violent") || t.lower(c).equals("violence");
        }
        return violent
            ? new String[] {"Riots", "Violent demonstration", "PROTEST"}
            : new String[] {"Protests", "Peaceful protest", "PROTEST"};
      }
      case RIOT:
        return unrest || "rioters".equals(a)
            ? new String[] {"Riots", "Violent demonstration", "ASSAULT"}
            : new String[] {"Strategic developments", "Looting/property destruction", "ASSAULT"};
      case DAMAGE:
        return unrest
            ? new String[] {"Riots", "Violent demonstration", "ASSAULT"}
            : new String[] {"Strategic developments", "Looting/property destruction", "ASSAULT"};
      case ARREST:
        return new String[] {"Strategic developments", "Arrests", "COERCE"};
      case DEPLOY:
        return new String[] {"Strategic developments", "Change to group/activity", "MOBILIZE"};
      case ORDER:
        return new String[] {"Strategic developments", "Other", "COERCE"};
      case SHUTDOWN:
        return new String[] {"Strategic developments", "Other", "COERCE"};
      case AGREEMENT:
        return new String[] {"Strategic developments", "Agreement", "AGREE"};
      case VIOLENCE:
      default:
        break;
    }
    String lemma = t.lemma(i);
    // "died in a car crash", "injured in a fall": no one's violence, nothing ACLED codes
    if (!unrest && agent == null && Set.of("die", "perish", "injure", "hurt", "lose").contains(lemma)) {
      boolean violentContext = false;
      for (int x = 0; x < t.size(); x++) {
        violentContext |= EventTypes.VIOLENT_CONTEXT.contains(t.lemma(x));
      }
      if (!violentContext) {
        return null;
      }
    }
    if (lemma.equals("abduct") || lemma.equals("kidnap")) {
      return new String[] {"Violence against civilians", "Abduction/forced disappearance", "ASSAULT"};
    }
    if (lemma.equals("rape")) {
      return new String[] {"Violence against civilians", "Sexual violence", "ASSAULT"};
    }
    boolean aArmed = "state forces".equals(a) || "rebels".equals(a) || "political militia".equals(a);
    boolean bArmed = "state forces".equals(b) || "rebels".equals(b) || "political militia".equals(b);
    if (("state forces".equals(a) || a == null) && "protesters".equals(b)) {
      boolean lethal = true;
      for (int x : t.subtree(i)) {
        lethal &= !EventTypes.NON_LETHAL.contains(t.lower(x));
      }
      return lethal
          ? new String[] {"Protests", "Excessive force against protesters", "ASSAULT"}
          : new String[] {"Protests", "Protest with intervention", "COERCE"};
    }
    if (("rioters".equals(a) || "protesters".equals(a))) {
      return new String[] {"Riots", unrest ? "Violent demonstration" : "Mob violence", "ASSAULT"};
    }
    if (aArmed && "civilians".equals(b) || a == null && "civilians".equals(b) && !unrest) {
      return new String[] {"Violence against civilians", "Attack", "ASSAULT"};
    }
    if ("civilians".equals(a)) {
      return new String[] {"Violence against civilians", "Attack", "ASSAULT"};
    }
    if (aArmed || bArmed || armed || lemma.equals("clash") || lemma.equals("fight")
        || lemma.equals("battle") || lemma.equals("fighting")) {
      if (unrest && ("protesters".equals(b) || "rioters".equals(b))) {
        return new String[] {"Riots", "Violent demonstration", "ASSAULT"};
      }
      return new String[] {"Battles", "Armed clash", "ASSAULT"};
    }
    if ("civilians".equals(b)) {
      return new String[] {"Violence against civilians", "Attack", "ASSAULT"};
    }
    if (unrest && (a == null || b == null)) {
      return new String[] {"Riots", "Violent demonstration", "ASSAULT"};
    }
    return new String[] {"Violence against civilians", "Attack", "ASSAULT"};
  }

  /** ACLED-style actor names: "Military Forces of Kazakhstan", "Protesters (Kazakhstan)". */
  private static String acledName(Actor actor, String country) {
    if (actor.kind() == null) {
      return actor.phrase();
    }
    String lower = actor.phrase().toLowerCase(java.util.Locale.ROOT);
    String of = country == null ? "" : " of " + country;
    String in = country == null ? "" : " (" + country + ")";
    return switch (actor.kind()) {
      case "state forces" -> lower.contains("police") || lower.contains("officer")
          ? "Police Forces" + of : "Military Forces" + of;
      case "protesters" -> "Protesters" + in;
      case "rioters" -> "Rioters" + in;
      case "civilians" -> "Civilians" + in;
      case "rebels" -> "Unidentified Armed Group" + in;
      default -> actor.phrase();
    };
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
