package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.EventLexicon.Trigger;
import org.sitrep.extract.EventTypes.Kind;
import org.sitrep.model.Claim;
import org.sitrep.model.Place;
import org.sitrep.model.Token;

/**
 * Which words name something ACLED codes: trigger words from {@code event-triggers.tsv} whose
 * condition holds (what is seized, set up or released, who acts), as arguments of their clause.
 * Whether the clause reports one occurrence of it is {@link Occurrence}'s question.
 */
final class EventTriggers {
  private final ArticleContext ctx;
  private final List<Claim> claims;

  EventTriggers(ArticleContext ctx) {
    this.ctx = ctx;
    this.claims = ctx.analysis.claims();
  }

  /** The kind a token triggers, or null; claims' predicates trigger by their measure too. */
  Kind kind(DepTree t, int i) {
    String lemma = t.lemma(i);
    String pos = t.pos(i);
    String ner = t.token(i).ner();
    // "March 14" is no march (the only month that names an event); "a protest march" is one
    if (t.token(i).word().equals("March") && (ner.equals("DATE") || ner.equals("TIME"))) {
      return null;
    }
    Kind k = crowdActs(t, i);
    if (k == null) {
      k = fromTable(t, i, lemma);
    }
    if (k == null && !t.lower(i).equals(lemma)) {
      k = fromTable(t, i, t.lower(i));
    }
    if (k == null && hyphenated(t, i) != null) {
      k = fromTable(t, i, hyphenated(t, i)); // "sit-in" split as "sit - in"
    }
    if (Lexicon.PERCEPTION_VERBS.contains(lemma) && seesForces(t, i)) {
      k = Kind.DEPLOY; // "correspondents saw armoured personnel carriers"
    }
    if (k == Kind.DEPLOY && !Lexicon.PERCEPTION_VERBS.contains(lemma) && !sentenceHasTroops(t)
        && !armed(t, t.child(i, "nsubj"))) {
      k = null; // officers arriving at a crime scene are no troop movement
    }
    if (k == null) {
      k = fromClaims(t, i);
    }
    if (k == Kind.DAMAGE && !pos.startsWith("VB")) {
      return null; // "the material damage is incalculable" reports no event
    }
    if (k == null) {
      return null;
    }
    // a noun triggers only as an argument of its clause: "there were clashes", "amid protests"
    if (pos.startsWith("NN")) {
      String r = t.baseRel(t.firstConjunct(i));
      boolean argument = r.equals("nsubj") || r.equals("obj") || r.equals("obl") || r.equals("nmod")
          || r.equals("root") || r.equals("appos") || r.equals("dep");
      if (!argument || k == Kind.ORDER) {
        return null;
      }
    } else if (!pos.startsWith("VB") && !pos.startsWith("JJ") && !lemma.equals("fire")) {
      return null;
    }
    return k;
  }

  /**
   * What demonstrators or rioters do is a demonstration or a riot, whatever the verb: "protesters
   * poured into the streets", "demonstrators threw rocks", "rioters set fire to a street".
   */
  private static Kind crowdActs(DepTree t, int i) {
    if (!t.pos(i).startsWith("VB") || Lexicon.SPEECH_VERBS.contains(t.lemma(i))
        || Lexicon.PERCEPTION_VERBS.contains(t.lemma(i)) || t.lemma(i).equals("be")) {
      return null;
    }
    int s = t.child(i, "nsubj");
    if (s < 0 || !t.rel(s).equals("nsubj")) {
      return null;
    }
    List<Integer> heads = new ArrayList<>(List.of(s));
    for (int c : t.children(s)) {
      if (t.baseRel(c).equals("nmod") && t.caseWord(c).equals("of")) {
        heads.add(c); // "crowds of protesters"
      }
    }
    for (int x : heads) {
      if (EventLexicon.is(t, x, "demonstrators")) {
        return Kind.PROTEST;
      }
      if (EventLexicon.is(t, x, "rioters")) {
        return Kind.RIOT;
      }
    }
    return null;
  }

  private Kind fromTable(DepTree t, int i, String word) {
    List<Trigger> rows = EventLexicon.triggers(word);
    // rows with a particle first: "shot down a drone" is not a shooting
    for (Trigger row : rows) {
      if (row.particle() != null && hasParticle(t, i, row.particle()) && holds(t, i, row.condition())) {
        return row.kind();
      }
    }
    for (Trigger row : rows) {
      if (row.particle() == null && holds(t, i, row.condition())) {
        return row.kind();
      }
    }
    return null;
  }

  private Kind fromClaims(DepTree t, int i) {
    for (Claim c : claims) {
      // "no injuries were reported" and "a person was reported missing" report no violence
      if (c.predicateStart() == t.token(i).start() && !(c.high() != null && c.high() == 0)) {
        Kind k = switch (c.measure()) {
          case "killed", "injured", "attackers" -> Kind.VIOLENCE;
          case "arrested", "detained" -> Kind.ARREST;
          case "damaged" -> Kind.DAMAGE;
          case "participants" -> Kind.PROTEST;
          case "deployed" -> Kind.DEPLOY;
          default -> null;
        };
        if (k != null) {
          return k;
        }
      }
    }
    return null;
  }

  /** The conditions of event-triggers.tsv (documented there). */
  private boolean holds(DepTree t, int i, String condition) {
    return switch (condition) {
      case "-" -> true;
      case "verb" -> t.pos(i).startsWith("VB");
      case "subject" -> t.rel(t.firstConjunct(i)).equals("nsubj") && t.head(t.firstConjunct(i)) >= 0
          && !Set.of("be", "have", "contain", "include").contains(t.lemma(t.head(t.firstConjunct(i))));
      case "weapon" -> Weapons.in(t, arguments(t, i)) != null;
      case "arms" -> patients(t, i).stream().anyMatch(x -> (EventLexicon.is(t, x, "arms")
          || Weapons.of(t, x) != null) && !harmless(t, x));
      case "base" -> patients(t, i).stream().anyMatch(x -> EventLexicon.is(t, x, "base"));
      case "territory" -> patientHeads(t, i).stream().anyMatch(x -> EventLexicon.is(t, x, "territory")
          || isPlace(t, x));
      case "captives" -> patients(t, i).stream().anyMatch(x -> EventLexicon.is(t, x, "captives"))
          || armed(t, firstPatient(t, i));
      case "forces" -> patients(t, i).stream().anyMatch(x -> EventLexicon.is(t, x, "forces"))
          || firstPatient(t, i) < 0 && armed(t, subject(t, i));
      case "self" -> t.children(i).stream().anyMatch(c -> Set.of("himself", "herself", "themselves",
          "themself").contains(t.lower(c)));
      case "armed-subject" -> armed(t, subject(t, i));
      case "sexual" -> t.children(i).stream().anyMatch(c -> t.lower(c).equals("sexual")
          || t.lower(c).equals("sexually"));
      case "air" -> t.children(i).stream().anyMatch(c -> "weapon:air".equals(Weapons.of(t, c))
          || t.lower(c).equals("airstrike") || t.lower(c).equals("air") || t.lower(c).equals("drone"));
      case "strike-action" -> labourStrike(t, i);
      case "service" -> t.child(i, "compound:prt") >= 0 && t.children(i).stream().anyMatch(c ->
          (t.rel(c).equals("obj") || t.rel(c).startsWith("nsubj"))
              && EventLexicon.is(t.lower(c), "service"));
      case "opened" -> i > 0 && (t.lemma(i - 1).equals("open") || t.lower(i - 1).equals("opened"));
      case "at-target" -> t.pos(i).startsWith("VB") && hasCase(t, i, "at", "on");
      case "against" -> hasCase(t, i, "against");
      case "peace" -> t.children(i).stream().anyMatch(c -> t.lemma(c).equals("peace"));
      default -> throw new IllegalStateException("event-triggers.tsv: unknown condition " + condition);
    };
  }

  /**
   * A strike that is a stoppage of work, not a blow: "went on strike", "a general strike", "a
   * three-day strike", "workers strike over pay"; not "a strike on the convoy", "struck the car".
   */
  private boolean labourStrike(DepTree t, int i) {
    for (int c : t.children(i)) {
      String w = t.lower(c);
      if (t.rel(c).equals("case") && w.equals("on")
          || Set.of("general", "hunger", "national", "nationwide").contains(w)) {
        return true;
      }
    }
    if (Weapons.in(t, arguments(t, i)) != null || armed(t, t.child(i, "nsubj"))) {
      return false;
    }
    if (t.pos(i).startsWith("NN")) {
      // a strike at something is an attack; one that is held, started or called is a stoppage
      return !hasCase(t, i, "on", "against", "at") && (t.rel(i).equals("obj")
          || t.rel(i).startsWith("nsubj") && !t.rel(i).equals("nsubj:pass"));
    }
    int s = t.child(i, "nsubj");
    return t.child(i, "obj") < 0 && s >= 0 && "civilians".equals(Lexicon.actorKind(t.lower(s)));
  }

  /** The word a hyphen split ends: "sit-in" for "in" after "sit" "-", else null. */
  static String hyphenated(DepTree t, int i) {
    if (i < 2 || !t.token(i - 1).word().equals("-")
        || t.token(i - 2).end() != t.token(i - 1).start()
        || t.token(i - 1).end() != t.token(i).start()) {
      return null;
    }
    return t.lower(i - 2) + "-" + t.lower(i);
  }

  private static boolean harmless(DepTree t, int x) {
    for (int c : t.children(x)) {
      if ((t.rel(c).equals("amod") || t.rel(c).equals("compound"))
          && EventLexicon.is(t.lemma(c), "harmless-modifier")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasParticle(DepTree t, int i, String particle) {
    for (int c : t.children(i)) {
      if ((t.rel(c).equals("compound:prt") || t.rel(c).equals("advmod")) && t.lower(c).equals(particle)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasCase(DepTree t, int i, String... words) {
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

  /**
   * A trigger's own arguments, as tokens: its subject, object, obliques and modifiers with their
   * noun phrases, not the clauses under it (another happening).
   */
  static List<Integer> arguments(DepTree t, int i) {
    List<Integer> out = new ArrayList<>();
    out.add(i);
    if (t.rel(i).equals("amod") && t.head(i) >= 0) {
      nominal(t, t.head(i), out); // "lobbing grenades": the participle acts on its noun
    }
    for (int c : t.children(i)) {
      String r = t.baseRel(c);
      if (r.equals("nsubj") || r.equals("obj") || r.equals("obl") || r.equals("nmod")
          || r.equals("compound") || r.equals("amod") || r.equals("iobj")) {
        nominal(t, c, out);
      }
    }
    return out;
  }

  /**
   * What a trigger acts on, as tokens of noun phrases: a verb's object or passive subject (or, for
   * a participle modifying a noun, that noun: "a stash of rockets found near Mosul"); a noun's own
   * modifiers ("prisoner swap", "a cache of arms").
   */
  static List<Integer> patients(DepTree t, int i) {
    List<Integer> out = new ArrayList<>();
    if (t.pos(i).startsWith("NN")) {
      for (int c : t.children(i)) {
        String r = t.baseRel(c);
        if (r.equals("compound") || r.equals("nmod") || r.equals("amod")) {
          nominal(t, c, out);
        }
      }
      return out;
    }
    for (int c : t.children(i)) {
      if (t.rel(c).equals("obj") || t.rel(c).equals("nsubj:pass")) {
        nominal(t, c, out);
      }
    }
    // "a stash of rockets found near Mosul", "the rifles troops seized": the noun it modifies
    if ((t.rel(i).startsWith("acl") || t.rel(i).equals("amod")) && t.head(i) >= 0
        && firstPatient(t, i) < 0) {
      nominal(t, t.head(i), out);
    }
    return out;
  }

  /** The heads of what a trigger acts on, with their conjuncts: "captured the town and a hill". */
  static List<Integer> patientHeads(DepTree t, int i) {
    List<Integer> out = new ArrayList<>();
    for (int c : t.children(i)) {
      if (t.rel(c).equals("obj") || t.rel(c).equals("nsubj:pass")) {
        out.add(c);
        out.addAll(t.children(c, "conj"));
      }
    }
    return out;
  }

  private static int firstPatient(DepTree t, int i) {
    for (int c : t.children(i)) {
      if (t.rel(c).equals("obj") || t.rel(c).equals("nsubj:pass")) {
        return c;
      }
    }
    return -1;
  }

  private static int subject(DepTree t, int i) {
    int s = t.child(i, "nsubj");
    if (s < 0 && t.rel(i).equals("conj") && t.head(i) >= 0) {
      s = t.child(t.head(i), "nsubj"); // "the rebels laid down their arms and surrendered"
    }
    if (s < 0 && t.rel(i).equals("xcomp") && t.head(i) >= 0) {
      s = t.child(t.head(i), "nsubj"); // "the forces had agreed to move out"
    }
    return s;
  }

  /** A noun phrase's head and its nominal dependents (compounds, adjectives, "of" phrases, conjuncts). */
  static void nominal(DepTree t, int head, List<Integer> out) {
    if (head < 0 || out.contains(head)) {
      return;
    }
    out.add(head);
    for (int c : t.children(head)) {
      String r = t.baseRel(c);
      if (r.equals("compound") || r.equals("amod") || r.equals("nmod") || r.equals("conj")
          || r.equals("appos") || r.equals("flat") || r.equals("dep")) {
        nominal(t, c, out);
      } else if (r.equals("acl")) {
        // "a depot containing weapons": what the noun holds
        out.add(c);
        for (int o : t.children(c, "obj")) {
          nominal(t, o, out);
        }
      }
    }
  }

  /** Is the phrase at x (its head or its nominal dependents) an armed or state actor, a group or a country? */
  boolean armed(DepTree t, int x) {
    if (x < 0) {
      return false;
    }
    List<Integer> np = new ArrayList<>();
    nominal(t, x, np);
    for (int y : np) {
      String kind = EventLexicon.actorKind(t.lower(y));
      if (kind != null && (kind.equals("state forces") || kind.equals("rebels")
          || kind.equals("political militia"))) {
        return true;
      }
    }
    String ner = t.token(x).ner();
    return ner.equals("ORGANIZATION") || isPlace(t, x) && ner.equals("LOCATION");
  }

  /** Is token x part of a place name (not an adjective: "Kazakh" police)? */
  boolean isPlace(DepTree t, int x) {
    Token tok = t.token(x);
    for (Place p : ctx.analysis.places()) {
      if (!"adjectival".equals(p.role()) && p.start() < tok.end() && tok.start() < p.end()) {
        return true;
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
  private static boolean sentenceHasTroops(DepTree t) {
    for (int i = 0; i < t.size(); i++) {
      if (EventLexicon.is(t.lower(i), "troops")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "were killed and 200 injured", "found decapitated": a trigger joined to another of the same
   * kind is one event with it (its claims attach to the head); "the number of wounded" names none.
   */
  boolean coveredByHead(DepTree t, int i, Kind kind) {
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
        && kind(t, h) != null) {
      return true; // "seized weapons in a raid", "arrested during a protest": one event
    }
    if (!(r.equals("conj") || r.equals("xcomp") || r.startsWith("acl") || r.equals("advcl"))) {
      return false;
    }
    for (int x = h, guard = 0; x >= 0 && guard < t.size(); x = t.head(x), guard++) {
      if (Lexicon.SPEECH_VERBS.contains(t.lemma(x))) {
        return false;
      }
      if (kind(t, x) == kind) {
        return kind == Kind.VIOLENCE || x == h;
      }
      if (x != h && !t.pos(x).startsWith("NN")) {
        return false; // only through the noun the participle modifies
      }
    }
    return false;
  }
}
