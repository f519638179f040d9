package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.EventTypes.Kind;

/**
 * An event's actors, read from its trigger's dependency roles (agent: subject or "by" phrase;
 * target: object, passive subject or "on/at/against" phrase), in ACLED's terms: forces, groups,
 * protesters, rioters, civilians. Places, numbers and things are never actors ("attacked Alma
 * Ata", "3,000 arrested", "destroyed thousands of cars"): they are kept as targets for the
 * codebook to weigh, with a pseudo-kind ({@link #PLACE}, {@link #NUMBER}, {@link #THING}), and
 * written as no actor.
 */
final class EventActors {
  static final String PLACE = "place";
  static final String NUMBER = "number";
  static final String THING = "thing";

  /**
   * One side of an event: its words and its kind (an ACLED kind, a pseudo-kind or null).
   *
   * @param named a named organisation or group of no known kind ("al Shabaab", "the FRPI")
   * @param country the country its words name ("Russian troops", "forces from Russia"), or null
   */
  record Actor(String phrase, String kind, boolean named, String country) {
    Actor(String phrase, String kind) {
      this(phrase, kind, false, null);
    }

    boolean isActor() {
      return kind == null || !(kind.equals(PLACE) || kind.equals(NUMBER) || kind.equals(THING));
    }

    boolean armed() {
      return "state forces".equals(kind) || "rebels".equals(kind) || "political militia".equals(kind);
    }

    boolean is(String k) {
      return k.equals(kind);
    }
  }

  /** The two sides of an event: who did it, to whom (either may be null). */
  record Sides(Actor agent, Actor target) {}

  private final ArticleContext ctx;
  private final EventTriggers triggers;
  private final boolean unrest;

  EventActors(ArticleContext ctx, EventTriggers triggers, boolean unrest) {
    this.ctx = ctx;
    this.triggers = triggers;
    this.unrest = unrest;
  }

  /** The sides of the event whose predicate is token i (the trigger, or the verb it is fired by). */
  Sides read(DepTree t, int i, int trigger, Kind kind) {
    Actor agent = null;
    Actor target = null;
    int targetToken = -1;
    boolean elliptical = t.pos(i).equals("VBN") && t.child(i, "obj") < 0;
    for (int c : t.children(i)) {
      String r = t.rel(c);
      if (r.equals("nsubj") && !t.pos(c).equals("WDT") && !t.pos(c).equals("EX")) {
        // "more than 200 injured": a headline-style passive, its subject is the victim
        if (elliptical || t.pos(c).equals("CD")) {
          target = actor(t, c);
        } else {
          agent = actor(t, c);
        }
      } else if (EventLexicon.is(t.lemma(c), "instrument") || EventLexicon.is(t.lower(c), "instrument")) {
        continue; // "fired tear gas at demonstrators", "killed by gunfire": no actor
      } else if (r.equals("obl:agent") || r.startsWith("obl") && t.caseWord(c).equals("by")) {
        agent = actor(t, c);
      } else if ((r.equals("obj") || r.equals("nsubj:pass")) && c != trigger
          && !t.pos(c).startsWith("JJ")) { // "shot dead"
        target = actor(t, c);
        targetToken = c;
      } else if (r.startsWith("obl") && target == null
          && Set.of("on", "at", "against").contains(t.caseWord(c))) {
        Actor a = actor(t, c);
        if (a.kind() != null || t.lemma(i).equals("turn") || t.lemma(i).equals("fire")) {
          target = a;
        }
      }
    }
    // "..., killing six", "continued to regain territory": the subject of the clause above acts
    String r = t.rel(i);
    if (agent == null && t.child(i, "nsubj") < 0 && t.child(i, "nsubj:pass") < 0 && t.head(i) >= 0
        && (r.equals("xcomp") || r.equals("advcl") || r.equals("dep") || r.equals("conj"))
        && t.pos(i).startsWith("VB")) {
      int s = t.child(t.head(i), "nsubj");
      if (s >= 0 && t.rel(s).equals("nsubj")) {
        agent = actor(t, s);
      }
    }
    // the subject of an intransitive "died" is the victim, not the agent
    if (agent != null
        && (t.lemma(i).equals("die") || t.lemma(i).equals("lose") || t.lemma(i).equals("perish"))) {
      target = agent;
      agent = null;
    }
    // a noun trigger takes its own modifiers: "an attack by the FRPI on military positions",
    // "clashes between police and protesters", "an al Shabaab attack"
    if (t.pos(i).startsWith("NN")) {
      for (int c : t.children(i)) {
        String cw = t.caseWord(c);
        boolean nmod = t.baseRel(c).equals("nmod");
        if (nmod && cw.equals("by")) {
          agent = actor(t, c);
        } else if (nmod && (cw.equals("on") || cw.equals("against") || cw.equals("at"))) {
          target = actor(t, c);
        }
      }
      for (int c : t.children(i)) {
        String cw = t.caseWord(c);
        if (t.baseRel(c).equals("nmod") && !Set.of("by", "on", "against", "at").contains(cw)
            || t.rel(c).equals("compound") || t.rel(c).equals("amod")
            || t.rel(c).equals("nmod:poss")) {
          Actor a = actor(t, c);
          if ((a.kind() != null || a.named()) && a.isActor()) {
            if (agent == null) {
              agent = a;
            } else if (target == null) {
              target = a;
            }
          }
        }
      }
      // "the convoy came under attack": its subject is the target
      int h = t.head(i);
      if (h >= 0 && t.caseWord(i).equals("under") && target == null) {
        int s = t.child(h, "nsubj");
        if (s >= 0) {
          target = actor(t, s);
        }
      }
    }
    // a post, a base or a convoy is held by armed men when attacked; set up or seized, a thing
    if (target != null && kind != Kind.VIOLENCE && kind != Kind.EXPLOSION && targetToken >= 0
        && EventLexicon.is(t, targetToken, "military-target")) {
      target = new Actor(target.phrase(), THING);
    }
    // "correspondents saw armoured personnel carriers": the forces seen moved, not the seers
    if (kind == Kind.DEPLOY && Lexicon.PERCEPTION_VERBS.contains(t.lemma(i))) {
      agent = target != null ? new Actor(target.phrase(), "state forces", false, target.country()) : null;
      target = null;
    }
    // whoever marches or rallies is, for ACLED, a protester
    if (kind == Kind.PROTEST && agent != null
        && (agent.kind() == null || agent.is("civilians"))) {
      agent = new Actor(agent.phrase(), "protesters", false, agent.country());
    }
    return new Sides(agent, target);
  }

  /** Demonstrators in a riot are rioters, ACLED's actor for a violent demonstration. */
  static Sides asTyped(Sides sides, String type) {
    Actor a = sides.agent();
    if (type.equals(EventTypes.RIOTS) && a != null && a.is("protesters")) {
      return new Sides(new Actor(a.phrase(), "rioters", false, a.country()), sides.target());
    }
    return sides;
  }

  /** The actor a phrase names; places, bare numbers and things get their pseudo-kind. */
  Actor actor(DepTree t, int i) {
    String text = ctx.analysis.text();
    if (t.pos(i).startsWith("PRP") || t.pos(i).equals("WP")) {
      String name = ctx.resolve(t, i).name();
      return new Actor(name == null ? t.token(i).word() : name, Lexicon.actorKind(name));
    }
    if (t.pos(i).equals("CD")) {
      // "two of the dead policemen": the people counted are the actor
      for (int c : t.children(i)) {
        if (t.baseRel(c).equals("nmod") && t.caseWord(c).equals("of")) {
          return actor(t, c);
        }
      }
      return new Actor(Phrases.nounPhrase(t, i, text), NUMBER);
    }
    // "members of al Shabaab", "remnants of the militia": the group is the actor
    if (EventLexicon.is(t, i, "member")) {
      for (int c : t.children(i)) {
        if (t.baseRel(c).equals("nmod") && t.caseWord(c).equals("of")) {
          Actor group = actor(t, c);
          if (group.isActor() && (group.kind() != null || group.named())) {
            return group;
          }
        }
      }
    }
    String phrase = Phrases.nounPhrase(t, i, text);
    String kind = Lexicon.actorKindOfHead(t.lemma(i), phrase);
    if (EventLexicon.is(t, i, "military-target")) {
      // "attacked a checkpoint", "positions of the army": whoever holds it is armed
      return new Actor(phrase, kind != null && !kind.equals("civilians") ? kind : "state forces", false,
          countryIn(t, i));
    }
    if (kind == null && (triggers.isPlace(t, i) || EventLexicon.is(t, i, "territory")
        || t.token(i).ner().equals("LOCATION"))) {
      return new Actor(phrase, PLACE);
    }
    if (kind == null && "thing".equals(EventLexicon.actorKind(t.lemma(i)))) {
      return new Actor(phrase, THING);
    }
    String ner = t.token(i).ner();
    if (kind == null && Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY", "PERCENT",
        "SET").contains(ner)) {
      return new Actor(phrase, THING); // "a fight on Monday"
    }
    if (kind == null && !ner.equals("PERSON") && !ner.equals("ORGANIZATION")
        && !t.pos(i).startsWith("NNP")) {
      // a common noun ACLED has no actor for ("the building", "the convoy"): a thing
      return new Actor(phrase, THING);
    }
    // in unrest, an armed crowd is rioters, not an organised armed group ("20,000 armed people")
    if (unrest && "rebels".equals(kind) && phrase.toLowerCase(Locale.ROOT).contains("armed")
        && "civilians".equals(EventLexicon.actorKind(t.lemma(i)))) {
      kind = "rioters";
    }
    boolean named = kind == null && !ner.equals("PERSON") && !ner.equals("LOCATION");
    return new Actor(phrase, kind, named, countryIn(t, i));
  }

  /** The country a phrase names (a country's name or adjective in it), or null. */
  private String countryIn(DepTree t, int i) {
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (int x : t.subtree(i)) {
      start = Math.min(start, t.token(x).start());
      end = Math.max(end, t.token(x).end());
    }
    for (org.sitrep.model.Place p : ctx.analysis.places()) {
      if ("country".equals(p.kind()) && p.name() != null && p.start() >= start && p.end() <= end) {
        return p.name();
      }
    }
    return null;
  }

  /**
   * ACLED-style actor names: "Military Forces of Kazakhstan", "Protesters (Kazakhstan)", with the
   * country the actor's own words name, else the article's.
   */
  static String acledName(Actor actor, String focusCountry) {
    if (actor == null || !actor.isActor()) {
      return null;
    }
    if (actor.kind() == null) {
      return actor.phrase();
    }
    String country = actor.country() != null ? actor.country() : focusCountry;
    String lower = actor.phrase().toLowerCase(Locale.ROOT);
    String of = country == null ? "" : " of " + country;
    String in = country == null ? "" : " (" + country + ")";
    return switch (actor.kind()) {
      case "state forces" -> lower.contains("police") || lower.contains("officer")
          ? "Police Forces" + of
          : GOVERNMENT.matcher(lower).find() && !FORCES.matcher(lower).find()
              ? "Government" + of : "Military Forces" + of;
      case "protesters" -> "Protesters" + in;
      case "rioters" -> "Rioters" + in;
      case "civilians" -> "Civilians" + in;
      case "rebels" -> "Unidentified Armed Group" + in;
      default -> actor.phrase();
    };
  }

  private static final java.util.regex.Pattern GOVERNMENT =
      java.util.regex.Pattern.compile("\\b(government|authorities|ministry|state|president|cabinet)\\b");
  private static final java.util.regex.Pattern FORCES =
      java.util.regex.Pattern.compile("\\b(forces?|troops?|army|soldiers?|military|guards?|units?)\\b");

  /** The kind written out: none for places, numbers and things. */
  static String kindOf(Actor actor) {
    return actor == null || !actor.isActor() ? null : actor.kind();
  }
}
