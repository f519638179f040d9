package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.extract.EventActors.Actor;
import org.sitrep.extract.EventActors.Sides;
import org.sitrep.extract.EventTypes.AcledType;
import org.sitrep.extract.EventTypes.Kind;

/**
 * ACLED's codebook applied to one trigger: its kind, the words of its clause and its two sides
 * decide the type and sub-event type, as the codebook defines them.
 *
 * <ul>
 *   <li>Weapons decide first: a grenade, an IED, a suicide bomb, shelling, an air or drone strike,
 *       a chemical weapon make an event Explosions/Remote violence, whoever the sides are.
 *   <li>Battles need two organised armed sides (or a fight, which has two); taking a place by
 *       force is "Government regains territory" or "Non-state actor overtakes territory".
 *   <li>Violence by an armed group on people who are not armed (or on their property) is Violence
 *       against civilians: an attack, an abduction, sexual violence.
 *   <li>A demonstration is a protest while its participants are not violent: peaceful, met with
 *       intervention (dispersal, tear gas, arrests), or with excessive (lethal) force; violent
 *       demonstrators or a mob make it a riot.
 *   <li>Strategic developments: agreements, arrests, changes to a group or its activity, disrupted
 *       weapons use, bases established, looting and destruction outside riots, territory handed
 *       over without a fight, and other coercion (orders to use force, shutdowns).
 *   <li>What no one's political violence caused (disasters, accidents) and ordinary crime's arrests
 *       are not ACLED events: null.
 * </ul>
 */
final class Codebook {
  private final EventTriggers triggers;
  private final boolean unrest;
  private final boolean demonstrations;
  private final boolean accidents;

  /**
   * @param unrest the article is about unrest (protests, riots, crowds)
   * @param demonstrations the article names a demonstration
   * @param accidents the article names industrial hazards or disasters and no weapon at all
   */
  Codebook(EventTriggers triggers, boolean unrest, boolean demonstrations, boolean accidents) {
    this.triggers = triggers;
    this.unrest = unrest;
    this.demonstrations = demonstrations;
    this.accidents = accidents;
  }

  /** ACLED's type for trigger {@code trigger}, whose predicate is {@code i}, or null. */
  AcledType classify(Kind kind, DepTree t, int i, int trigger, Sides sides) {
    List<Integer> scope = scope(t, i);
    Actor a = sides.agent();
    Actor b = sides.target();
    boolean hazard = any(t, scope, "hazard");
    switch (kind) {
      case EXPLOSION: {
        String weapon = weapon(t, scope);
        if (weapon == null && (hazard || accidents || any(t, scope, "accident-explosion"))) {
          return null; // a gas cylinder, a factory, a volcano: no one's remote violence
        }
        return AcledType.of(EventTypes.EXPLOSIONS, Weapons.subType(weapon), "ASSAULT");
      }
      case PROTEST:
        return demonstration(t, i);
      case RIOT:
        if (unrest || a != null && (a.is("rioters") || a.is("protesters"))) {
          return riot(t, a);
        }
        return AcledType.of(EventTypes.STRATEGIC, "Looting/property destruction", "ASSAULT");
      case DAMAGE:
        if (hazard || accidentalExplosion(t, scope) || a != null && a.is(EventActors.THING)) {
          return null; // "fires are burning across the region", "damaged when a tank exploded"
        }
        return unrest
            ? riot(t, a)
            : AcledType.of(EventTypes.STRATEGIC, "Looting/property destruction", "ASSAULT");
      case ARREST:
        if (hazard || anyInSentence(t, "crime")) {
          return null; // arrests for ordinary crime are not political
        }
        if (b != null && b.is("protesters") || atDemonstration(t, scope)) {
          return demonstratorsViolent(t, -1)
              ? AcledType.of(EventTypes.RIOTS, "Violent demonstration", "PROTEST")
              : AcledType.of(EventTypes.PROTESTS, "Protest with intervention", "COERCE");
        }
        return AcledType.of(EventTypes.STRATEGIC, "Arrests", "COERCE");
      case DISRUPT:
        return AcledType.of(EventTypes.STRATEGIC, "Disrupted weapons use", "COERCE");
      case TERRITORY:
        return territory(t, i, a);
      case HANDOVER:
        return AcledType.of(EventTypes.STRATEGIC, "Non-violent transfer of territory", "RETREAT");
      case WITHDRAW:
        if (noFight(t) || takenOver(t, i)) {
          return AcledType.of(EventTypes.STRATEGIC, "Non-violent transfer of territory", "RETREAT");
        }
        return AcledType.of(EventTypes.STRATEGIC, "Change to group/activity", "RETREAT");
      case BASE:
        return AcledType.of(EventTypes.STRATEGIC, "Headquarters or base established", "MOBILIZE");
      case DEPLOY:
        return hazard ? null // troops sent to a flood are a rescue, not a change of activity
            : AcledType.of(EventTypes.STRATEGIC, "Change to group/activity", "MOBILIZE");
      case ORDER:
      case SHUTDOWN:
        return AcledType.of(EventTypes.STRATEGIC, "Other", "COERCE");
      case AGREEMENT:
        return AcledType.of(EventTypes.STRATEGIC, "Agreement", "AGREE");
      case ABDUCTION:
      case SEXUAL:
      case VIOLENCE:
      default:
        return violence(kind, t, i, scope, a, b, hazard);
    }
  }

  private AcledType violence(Kind kind, DepTree t, int i, List<Integer> scope, Actor a, Actor b,
      boolean hazard) {
    String lemma = t.lemma(i);
    boolean twoSided = EventLexicon.is(lemma, "two-sided");
    // the means decide: the clause's own weapon, or for a one-sided act the sentence's
    String weapon = twoSided ? Weapons.in(t, scope) : weapon(t, scope);
    if (weapon != null && kind == Kind.VIOLENCE) {
      return AcledType.of(EventTypes.EXPLOSIONS, Weapons.subType(weapon), "ASSAULT");
    }
    boolean crowd = a != null && (a.is("rioters") || a.is("protesters"));
    // an organisation that kills or attacks is an organised armed group; so is one that state
    // forces fight
    boolean aArmed = a != null && (a.armed() || a.named());
    boolean bArmed = b != null && (b.armed() || b.named() && a != null && a.is("state forces"));
    // killed "in clashes", "during fighting": the violence was a fight between two sides
    twoSided |= kind == Kind.VIOLENCE && any(t, scope, "two-sided") && !aArmed;
    if ((hazard || accidentalExplosion(t, scope)) && !aArmed && !crowd) {
      return null; // killed by an earthquake, injured in a crash or a gas explosion
    }
    // "died", "were injured" with nobody named and nothing violent around: an accident or illness
    if (!unrest && a == null && EventLexicon.is(lemma, "victim-verb")
        && !anyInSentence(t, "violent-context")) {
      return null;
    }
    if (kind == Kind.ABDUCTION) {
      return AcledType.of(EventTypes.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance", "ASSAULT");
    }
    if (kind == Kind.SEXUAL) {
      return AcledType.of(EventTypes.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence", "ASSAULT");
    }
    // both sides fight at a demonstration: the demonstrators are violent, a riot
    if (twoSided && anyInSentence(t, "protest-scene")) {
      return AcledType.of(EventTypes.RIOTS, "Violent demonstration", "ASSAULT");
    }
    // force used on a demonstration
    if (!crowd && (b != null && b.is("protesters")
        || !bArmed && (a == null || a.is("state forces")) && anyInSentence(t, "protest-scene"))) {
      return forceOnDemonstration(t, i);
    }
    if (crowd) {
      return riot(t, a);
    }
    if (aArmed && bArmed) {
      return battle();
    }
    if (twoSided) {
      if (unrest && b != null && (b.is("protesters") || b.is("rioters"))) {
        return riot(t, b);
      }
      return battle();
    }
    if (bArmed && (a == null || !a.is("civilians"))) {
      return battle(); // soldiers attacked or killed: the other side was armed too
    }
    // an armed group attacking a town with no victims named there: its defenders fought back
    if (aArmed && b != null && b.is(EventActors.PLACE) && !victims(t, scope)) {
      return battle();
    }
    if (aArmed || b != null && b.is("civilians") || a != null && a.is("civilians")) {
      return attack();
    }
    // property attacked by no armed group, with no one hurt: destruction, not an attack on people
    if (!unrest && b != null && b.is(EventActors.THING) && !victims(t, scope)
        && !EventLexicon.is(lemma, "victim-verb")) {
      return AcledType.of(EventTypes.STRATEGIC, "Looting/property destruction", "ASSAULT");
    }
    if (unrest && (a == null || b == null) && anyInSentence(t, "unrest")) {
      return AcledType.of(EventTypes.RIOTS, "Violent demonstration", "ASSAULT");
    }
    return attack();
  }

  private static AcledType battle() {
    return AcledType.of(EventTypes.BATTLES, "Armed clash", "ASSAULT");
  }

  private static AcledType attack() {
    return AcledType.of(EventTypes.VIOLENCE_AGAINST_CIVILIANS, "Attack", "ASSAULT");
  }

  /** Rioters or a crowd: a violent demonstration where there is one, else mob violence. */
  private AcledType riot(DepTree t, Actor a) {
    boolean mob = a != null && a.phrase().toLowerCase(Locale.ROOT).contains("mob");
    if (demonstrations && !mob || anyInSentence(t, "protest-scene")) {
      return AcledType.of(EventTypes.RIOTS, "Violent demonstration", "ASSAULT");
    }
    return AcledType.of(EventTypes.RIOTS, mob || !unrest ? "Mob violence" : "Violent demonstration",
        "ASSAULT");
  }

  /** A demonstration: violent demonstrators make it a riot; force used on it, intervention. */
  private AcledType demonstration(DepTree t, int i) {
    if (demonstratorsViolent(t, i)) {
      return AcledType.of(EventTypes.RIOTS, "Violent demonstration", "PROTEST");
    }
    if (anyInSentence(t, "intervention")) {
      return anyInSentence(t, "lethal") && !nonLethalOnly(t)
          ? AcledType.of(EventTypes.PROTESTS, "Excessive force against protesters", "ASSAULT")
          : AcledType.of(EventTypes.PROTESTS, "Protest with intervention", "COERCE");
    }
    return AcledType.of(EventTypes.PROTESTS, "Peaceful protest", "PROTEST");
  }

  /** Violence on demonstrators: lethal or injuring force is excessive; tear gas and batons intervene. */
  private AcledType forceOnDemonstration(DepTree t, int i) {
    if (demonstratorsViolent(t, -1)) {
      return AcledType.of(EventTypes.RIOTS, "Violent demonstration", "ASSAULT");
    }
    boolean lethal = true;
    for (int x : t.subtree(i)) {
      lethal &= !EventLexicon.is(t.lower(x), "non-lethal");
    }
    return lethal
        ? AcledType.of(EventTypes.PROTESTS, "Excessive force against protesters", "ASSAULT")
        : AcledType.of(EventTypes.PROTESTS, "Protest with intervention", "COERCE");
  }

  /** Only non-lethal means named: "fired tear gas and rubber bullets", with no one killed or shot. */
  private static boolean nonLethalOnly(DepTree t) {
    boolean nonLethal = false;
    boolean killed = false;
    for (int x = 0; x < t.size(); x++) {
      nonLethal |= EventLexicon.is(t.lower(x), "non-lethal");
      killed |= t.lemma(x).equals("kill") || t.lemma(x).equals("die") || t.lemma(x).equals("dead")
          || t.lower(x).equals("live");
    }
    return nonLethal && !killed;
  }

  /**
   * Do the demonstrators (not the police) use violence in this sentence: "violent protests",
   * "protesters threw stones", "clashes", "set fire to"? "Riot police" and "violence against
   * protesters" do not count. {@code i} is the demonstration's own word, or -1.
   */
  private boolean demonstratorsViolent(DepTree t, int i) {
    for (int x = 0; x < t.size(); x++) {
      String l = t.lemma(x);
      if (!EventLexicon.is(l, "riot-violence") && !EventLexicon.is(t.lower(x), "riot-violence")) {
        continue;
      }
      int h = t.head(x);
      String r = t.rel(x);
      if ((r.equals("compound") || r.equals("amod")) && h >= 0
          && !EventLexicon.is(t, h, "protest-scene") && h != i) {
        continue; // "riot police", "a violent crackdown"
      }
      if (l.equals("violence") && (EventTriggers.hasCase(t, x, "against")
          || t.caseWord(x).equals("against"))) {
        continue; // "violence against protesters", "marches against gun violence"
      }
      int subject = t.child(x, "nsubj");
      if (subject < 0) {
        subject = t.child(x, "obl:agent");
      }
      if (subject >= 0 && triggers.armed(t, subject)) {
        continue; // "police burned tyres", "militants torched a church"
      }
      return true;
    }
    return false;
  }

  /** Territory taken: by a government's forces, or by a non-state (or foreign) actor. */
  private AcledType territory(DepTree t, int i, Actor a) {
    if (noFight(t) || takenOver(t, i)) {
      return AcledType.of(EventTypes.STRATEGIC, "Non-violent transfer of territory", "RETREAT");
    }
    if (a == null) {
      return null; // nobody named takes it: not enough to code
    }
    if (a.is("state forces")) {
      return AcledType.of(EventTypes.BATTLES, "Government regains territory", "ASSAULT");
    }
    if (a.armed() || a.kind() == null && a.isActor()) {
      return AcledType.of(EventTypes.BATTLES, "Non-state actor overtakes territory", "ASSAULT");
    }
    return null;
  }

  /** "without resistance", "unopposed", "had not encountered any resistance". */
  private static boolean noFight(DepTree t) {
    for (int x = 0; x < t.size(); x++) {
      if (EventLexicon.is(t.lemma(x), "no-fight")) {
        return true;
      }
    }
    return false;
  }

  /** Another side withdrew or handed the place over in the same sentence. */
  private boolean takenOver(DepTree t, int i) {
    for (int x = 0; x < t.size(); x++) {
      if (x == i) {
        continue;
      }
      Kind k = triggers.kind(t, x);
      if (k == Kind.WITHDRAW || k == Kind.HANDOVER
          || t.lemma(x).equals("withdrawal") || t.lemma(i).equals("withdraw") && k == Kind.TERRITORY) {
        return true;
      }
    }
    return false;
  }

  /** The weapon of the clause, else of the sentence (parses often cut "..., killing six" loose). */
  private static String weapon(DepTree t, List<Integer> scope) {
    String w = Weapons.in(t, scope);
    if (w == null) {
      List<Integer> all = new ArrayList<>();
      for (int x = 0; x < t.size(); x++) {
        if (!Occurrence.referredTo(t, x)) {
          all.add(x);
        }
      }
      w = Weapons.in(t, all);
    }
    return w;
  }

  /** An explosion in the clause of a gas cylinder, a boiler, a plant, with no weapon named. */
  private static boolean accidentalExplosion(DepTree t, List<Integer> scope) {
    boolean explosion = false;
    for (int x : scope) {
      String l = t.lemma(x);
      explosion |= l.equals("explosion") || l.equals("explode") || l.equals("blast");
    }
    return explosion && any(t, scope, "accident-explosion") && weapon(t, scope) == null;
  }

  /** A demonstration is the clause's setting ("during protests"), not one still to come ("ahead of"). */
  private static boolean atDemonstration(DepTree t, List<Integer> scope) {
    for (int x : scope) {
      if (EventLexicon.is(t, x, "protest-scene")) {
        int h = t.head(x);
        String cw = t.caseWord(x);
        boolean ahead = cw.equals("ahead") || cw.equals("before")
            || h >= 0 && (t.lemma(h).equals("anticipation") || t.lemma(h).equals("advance")
                || t.lemma(h).equals("ahead"));
        if (!ahead) {
          return true;
        }
      }
    }
    return false;
  }

  /** Victims named in the clause: "killing 20 people", "wounding civilians". */
  private static boolean victims(DepTree t, List<Integer> scope) {
    for (int x : scope) {
      String k = EventLexicon.actorKind(t.lower(x));
      if ("civilians".equals(k) && t.pos(x).startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of the trigger's clause: its subtree, without the clauses conjoined to it (other
   * happenings); a participle adjunct ("..., killing six") adds its head clause's subject and
   * objects, the means of what it reports, and so does a noun argument ("a grenade blast killed").
   */
  static List<Integer> scope(DepTree t, int i) {
    List<Integer> out = new ArrayList<>();
    collect(t, i, out);
    int h = t.head(i);
    String r = t.rel(i);
    boolean nounArgument = t.pos(i).startsWith("NN")
        && (r.startsWith("nsubj") || r.equals("obj") || r.startsWith("obl"));
    if (h >= 0 && (r.equals("advcl") || r.equals("xcomp") || r.startsWith("acl") || r.equals("conj")
        || r.equals("dep") || nounArgument)) {
      for (int c : t.children(h)) {
        String cr = t.baseRel(c);
        if (c != i && (cr.equals("nsubj") || cr.equals("obj") || cr.equals("obl"))) {
          collect(t, c, out);
        }
      }
      if (!out.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }

  private static void collect(DepTree t, int x, List<Integer> out) {
    if (out.contains(x)) {
      return;
    }
    out.add(x);
    for (int c : t.children(x)) {
      String r = t.baseRel(c);
      if (r.equals("parataxis") || r.equals("conj") && !t.pos(c).startsWith("NN")) {
        continue;
      }
      collect(t, c, out);
    }
  }

  private static boolean any(DepTree t, List<Integer> tokens, String cls) {
    for (int x : tokens) {
      if (EventLexicon.is(t, x, cls)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyInSentence(DepTree t, String cls) {
    for (int x = 0; x < t.size(); x++) {
      if (EventLexicon.is(t, x, cls)) {
        return true;
      }
    }
    return false;
  }
}
