package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that claims and events are read with, in one place so they can be reviewed and
 * tested together. Entries are lemmas (lower case). They name general news vocabulary, never the
 * wording of a particular article.
 */
final class Lexicon {
  private Lexicon() {}

  /** Predicate lemmas → the claim measure of the people or things counted with them. */
  static final Map<String, String> MEASURE_VERBS =
      Map.ofEntries(
          Map.entry("kill", "killed"), Map.entry("die", "killed"), Map.entry("murder", "killed"),
          Map.entry("slay", "killed"), Map.entry("execute", "killed"),
          Map.entry("behead", "killed"), Map.entry("decapitate", "killed"),
          Map.entry("massacre", "killed"), Map.entry("perish", "killed"),
          Map.entry("drown", "killed"), Map.entry("lynch", "killed"),
          Map.entry("injure", "injured"), Map.entry("wound", "injured"),
          Map.entry("shoot", "injured"), Map.entry("stab", "injured"),
          Map.entry("hurt", "injured"), Map.entry("hospitalize", "injured"),
          Map.entry("hospitalise", "injured"), Map.entry("arrest", "arrested"),
          Map.entry("apprehend", "arrested"), Map.entry("detain", "detained"),
          Map.entry("jail", "detained"), Map.entry("imprison", "detained"),
          Map.entry("abduct", "missing"), Map.entry("kidnap", "missing"),
          Map.entry("disappear", "missing"), Map.entry("displace", "displaced"),
          Map.entry("flee", "displaced"), Map.entry("evacuate", "displaced"),
          Map.entry("protest", "participants"), Map.entry("demonstrate", "participants"),
          Map.entry("rally", "participants"), Map.entry("march", "participants"),
          Map.entry("gather", "participants"), Map.entry("attack", "attackers"),
          Map.entry("storm", "attackers"), Map.entry("assault", "attackers"),
          Map.entry("raid", "attackers"), Map.entry("ambush", "attackers"),
          Map.entry("deploy", "deployed"), Map.entry("dispatch", "deployed"),
          Map.entry("station", "deployed"), Map.entry("send", "deployed"),
          Map.entry("mobilize", "deployed"), Map.entry("mobilise", "deployed"),
          Map.entry("destroy", "damaged"), Map.entry("damage", "damaged"),
          Map.entry("burn", "damaged"), Map.entry("torch", "damaged"),
          Map.entry("loot", "damaged"), Map.entry("vandalize", "damaged"),
          Map.entry("vandalise", "damaged"), Map.entry("ransack", "damaged"));

  /** Nouns and adjectives that carry a measure themselves: "50 deaths", "the dead", "12 wounded". */
  static final Map<String, String> MEASURE_NOUNS =
      Map.ofEntries(
          Map.entry("death", "killed"), Map.entry("dead", "killed"),
          Map.entry("fatality", "killed"), Map.entry("body", "killed"),
          Map.entry("corpse", "killed"), Map.entry("killed", "killed"),
          Map.entry("injury", "injured"),
          Map.entry("injured", "injured"), Map.entry("wounded", "injured"),
          Map.entry("arrest", "arrested"), Map.entry("arrested", "arrested"),
          Map.entry("detainee", "detained"), Map.entry("detained", "detained"),
          Map.entry("hostage", "missing"), Map.entry("missing", "missing"),
          Map.entry("refugee", "displaced"), Map.entry("displaced", "displaced"),
          Map.entry("protester", "participants"), Map.entry("protestor", "participants"),
          Map.entry("demonstrator", "participants"), Map.entry("marcher", "participants"),
          Map.entry("attacker", "attackers"), Map.entry("gunman", "attackers"),
          Map.entry("assailant", "attackers"));

  /** "the number of X", "the death toll": nouns whose modifier names the measure. */
  static final Set<String> TALLY_NOUNS = Set.of("number", "toll", "total", "tally", "figure", "count");

  /** Verbs that report, whose subject is the source of what they govern. */
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "tell", "report", "announce", "state", "claim", "confirm", "add", "declare",
          "note", "estimate", "reveal", "write", "tweet", "post", "quote", "insist", "allege",
          "warn", "explain", "acknowledge", "admit", "indicate", "publish", "record", "count",
          "show", "release", "put", "cite");

  /** Verbs of seeing: their subject is an eyewitness source. */
  static final Set<String> PERCEPTION_VERBS = Set.of("see", "witness", "observe", "spot", "count");

  /** Titles written before a person's name ("President X", "Interior Minister Y"). */
  static final Set<String> TITLES =
      Set.of("president", "minister", "premier", "chancellor", "governor", "mayor", "senator",
          "spokesman", "spokeswoman", "spokesperson", "chief", "commander", "general", "colonel",
          "captain", "lieutenant", "sergeant", "officer", "inspector", "superintendent", "sheriff",
          "secretary", "director", "leader", "king", "queen", "prince", "emir", "sheikh", "judge",
          "prosecutor", "ambassador", "envoy", "deputy", "lawmaker", "mp", "councillor",
          "councilman", "detective", "lt.", "sgt.", "gen.", "col.", "capt.", "gov.", "sen.",
          "rep.", "dr.", "prime", "interior", "foreign", "defence", "defense", "police", "army");

  /** Words that make a figure uncertain. */
  static final Set<String> HEDGES =
      Set.of(
          "may", "might", "could", "reportedly", "possibly", "probably", "likely", "unlikely",
          "allegedly", "apparently", "perhaps", "presumably", "believe", "fear", "feared",
          "unconfirmed", "estimated", "suspected", "rumour", "rumor", "purportedly", "supposedly");

  /** Source kinds by a word of the source's name; the first matching word decides. */
  private static final Map<String, String> SOURCE_KIND_WORDS = WordTable.pairs("source-kinds.tsv");

  /** Kind of a source from its words; media beats government ("state television"). */
  static String sourceKind(String name) {
    if (name == null) {
      return "unattributed";
    }
    String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String w : words) {
      String k = WordTable.bySingular(SOURCE_KIND_WORDS, w);
      if (k != null && rank(k) < bestRank) {
        best = k;
        bestRank = rank(k);
      }
    }
    return best == null ? "unattributed" : best;
  }

  // The more specific kind wins: "Interior Ministry police" is police, "state television" media.
  private static int rank(String kind) {
    return switch (kind) {
      case "media", "medical", "ngo", "international", "witness" -> 0;
      case "police", "military", "security", "rebels" -> 1;
      default -> 2;
    };
  }

  /**
   * Kind of an actor from its words, or null when nothing in it says. An armed word beats the
   * person it modifies ("armed people" are not civilians); state words beat "members".
   */
  static String actorKind(String phrase) {
    if (phrase == null) {
      return null;
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (lower.contains("armed forces") || lower.contains("security forces")
        || lower.contains("armed police")) {
      return "state forces";
    }
    String[] words = lower.split("[^\\p{L}]+");
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String w : words) {
      String k = EventLexicon.actorKind(w);
      if ("thing".equals(k)) {
        continue;
      }
      if (k != null && actorRank(k, w) < bestRank) {
        best = k;
        bestRank = actorRank(k, w);
      }
    }
    return best;
  }

  /**
   * Kind of an actor from the head noun of its phrase first ("state buildings" are things, "police
   * officers" state forces), then from the whole phrase ("armed people", "members of the guard").
   */
  static String actorKindOfHead(String headLemma, String phrase) {
    if (phrase != null && PRIVATE_GUARD.matcher(phrase.toLowerCase(Locale.ROOT)).find()) {
      return "civilians"; // a bank's security guard is no state force
    }
    String head = EventLexicon.actorKind(headLemma);
    if ("thing".equals(head)) {
      return null;
    }
    String whole = actorKind(phrase);
    if (head == null || head.equals("civilians")) {
      return whole != null ? whole : head;
    }
    // "rebel forces", "militia fighters": the group's kind, not the generic head's
    if (head.equals("state forces") && ("rebels".equals(whole) || "political militia".equals(whole))
        && (headLemma.equals("force") || headLemma.equals("forces") || headLemma.equals("unit"))) {
      return whole;
    }
    return head;
  }

  private static final java.util.regex.Pattern PRIVATE_GUARD =
      java.util.regex.Pattern.compile("\\b(security|private|hotel|bank|night) guards?\\b|\\bbodyguards?\\b");

  private static int actorRank(String kind, String word) {
    if (word.equals("armed")) {
      return 1;
    }
    return switch (kind) {
      case "rebels", "political militia", "rioters" -> 0;
      case "state forces" -> 2;
      case "protesters" -> 3;
      default -> 4;
    };
  }
}
