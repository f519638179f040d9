package org.sitrep.extract;

import java.util.Map;
import java.util.Set;

/**
 * What a trigger word names, before its actors decide ACLED's type: the coarse kinds of happening
 * and the words that signal each. ACLED's own definitions (the codebook's 6 types and 25
 * sub-types) are applied in {@link EventStage#classify}.
 */
final class EventTypes {
  private EventTypes() {}

  enum Kind { VIOLENCE, EXPLOSION, PROTEST, RIOT, ARREST, DEPLOY, ORDER, SHUTDOWN, DAMAGE, AGREEMENT }

  static final Map<String, Kind> TRIGGERS =
      Map.ofEntries(
          Map.entry("attack", Kind.VIOLENCE), Map.entry("kill", Kind.VIOLENCE),
          Map.entry("shoot", Kind.VIOLENCE), Map.entry("clash", Kind.VIOLENCE),
          Map.entry("fight", Kind.VIOLENCE), Map.entry("fighting", Kind.VIOLENCE),
          Map.entry("battle", Kind.VIOLENCE), Map.entry("assault", Kind.VIOLENCE),
          Map.entry("storm", Kind.VIOLENCE), Map.entry("ambush", Kind.VIOLENCE),
          Map.entry("raid", Kind.VIOLENCE), Map.entry("stab", Kind.VIOLENCE),
          Map.entry("beat", Kind.VIOLENCE), Map.entry("behead", Kind.VIOLENCE),
          Map.entry("decapitate", Kind.VIOLENCE), Map.entry("massacre", Kind.VIOLENCE),
          Map.entry("murder", Kind.VIOLENCE), Map.entry("execute", Kind.VIOLENCE),
          Map.entry("wound", Kind.VIOLENCE), Map.entry("injure", Kind.VIOLENCE),
          Map.entry("die", Kind.VIOLENCE), Map.entry("gunfire", Kind.VIOLENCE),
          Map.entry("gunshot", Kind.VIOLENCE), Map.entry("shooting", Kind.VIOLENCE),
          Map.entry("abduct", Kind.VIOLENCE), Map.entry("kidnap", Kind.VIOLENCE),
          Map.entry("lynch", Kind.VIOLENCE), Map.entry("torture", Kind.VIOLENCE),
          Map.entry("rape", Kind.VIOLENCE),
          Map.entry("bomb", Kind.EXPLOSION), Map.entry("bombing", Kind.EXPLOSION),
          Map.entry("explode", Kind.EXPLOSION), Map.entry("explosion", Kind.EXPLOSION),
          Map.entry("blast", Kind.EXPLOSION), Map.entry("shell", Kind.EXPLOSION),
          Map.entry("shelling", Kind.EXPLOSION), Map.entry("airstrike", Kind.EXPLOSION),
          Map.entry("detonate", Kind.EXPLOSION), Map.entry("grenade", Kind.EXPLOSION),
          Map.entry("missile", Kind.EXPLOSION), Map.entry("rocket", Kind.EXPLOSION),
          Map.entry("mortar", Kind.EXPLOSION),
          Map.entry("protest", Kind.PROTEST), Map.entry("demonstrate", Kind.PROTEST),
          Map.entry("demonstration", Kind.PROTEST), Map.entry("rally", Kind.PROTEST),
          Map.entry("march", Kind.PROTEST), Map.entry("sit-in", Kind.PROTEST),
          Map.entry("picket", Kind.PROTEST), Map.entry("strike", Kind.PROTEST),
          Map.entry("riot", Kind.RIOT), Map.entry("loot", Kind.RIOT),
          Map.entry("looting", Kind.RIOT), Map.entry("rampage", Kind.RIOT),
          Map.entry("vandalize", Kind.RIOT), Map.entry("vandalise", Kind.RIOT),
          Map.entry("ransack", Kind.RIOT), Map.entry("torch", Kind.RIOT),
          Map.entry("arrest", Kind.ARREST), Map.entry("detain", Kind.ARREST),
          Map.entry("deploy", Kind.DEPLOY), Map.entry("arrive", Kind.DEPLOY),
          Map.entry("dispatch", Kind.DEPLOY), Map.entry("mobilize", Kind.DEPLOY),
          Map.entry("mobilise", Kind.DEPLOY), Map.entry("order", Kind.ORDER),
          Map.entry("shut", Kind.SHUTDOWN), Map.entry("curfew", Kind.SHUTDOWN),
          Map.entry("blackout", Kind.SHUTDOWN), Map.entry("destroy", Kind.DAMAGE),
          Map.entry("burn", Kind.DAMAGE), Map.entry("damage", Kind.DAMAGE),
          Map.entry("ceasefire", Kind.AGREEMENT), Map.entry("truce", Kind.AGREEMENT));

  /** Verbs whose complement has not happened (yet): "ordered them to open fire", "vowed to attack". */
  static final Set<String> IRREALIS =
      Set.of(
          "order", "threaten", "vow", "refuse", "want", "plan", "try", "urge", "call", "ask",
          "promise", "warn", "seek", "intend", "prepare", "demand", "allow", "permit", "authorize",
          "fear", "prevent", "avoid", "deny", "hope", "aim");

  /** Words that make a trigger about protest unrest rather than crime: riots, looting by crowds. */
  static final Set<String> UNREST =
      Set.of("protest", "protester", "demonstration", "demonstrator", "riot", "rioter", "unrest",
          "uprising", "crowd", "mob", "demonstrate");

  /** What is fired or used, not who: "fired tear gas at demonstrators", "killed by gunfire". */
  static final Set<String> INSTRUMENTS =
      Set.of("gas", "cannon", "bullet", "round", "shot", "gunfire", "gunshot", "fire", "shell",
          "bomb", "explosion", "blast", "grenade", "rocket", "missile", "weapon", "gun", "rifle",
          "pistol", "knife", "machete", "stone", "rock", "baton", "spray", "ammunition", "bullets",
          "rounds", "shots");

  /** Force short of killing: ACLED's "Protest with intervention", not "Excessive force". */
  static final Set<String> NON_LETHAL =
      Set.of("tear", "water", "rubber", "baton", "batons", "pepper", "disperse", "dispersed", "stun",
          "truncheon", "truncheons", "plastic");

  /** Words that say a death or an injury came from violence, not an accident or illness. */
  static final Set<String> VIOLENT_CONTEXT =
      Set.of("shoot", "shot", "gunshot", "gunfire", "gunman", "kill", "attack", "clash", "fight",
          "stab", "beat", "bomb", "blast", "explosion", "violence", "violent", "murder", "homicide",
          "fire", "wound", "bullet", "protest", "riot", "unrest", "militant", "rebel", "soldier",
          "police", "troops", "assault", "massacre", "execute", "behead", "decapitate", "airstrike",
          "shelling", "crossfire", "ambush", "raid", "lynch", "torture", "security");

  static final Set<String> AIR = Set.of("airstrike", "drone", "warplane", "jet", "aircraft", "helicopter", "air");
  static final Set<String> SHELLING = Set.of("shell", "shelling", "artillery", "mortar", "rocket", "missile");
  static final Set<String> SUICIDE = Set.of("suicide");
  static final Set<String> GRENADE = Set.of("grenade");
}
