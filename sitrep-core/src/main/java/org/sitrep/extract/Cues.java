package org.sitrep.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The reporting cues of {@code cues.tsv} (verbs: what act they make, what their object is) and
 * {@code cue-nouns.tsv} ("the claim that ...").
 */
final class Cues {
  private Cues() {}

  /** What a reporting verb's direct object is. */
  enum Object { CONTENT, ADDRESSEE, NONE }

  /**
   * One cue verb.
   *
   * @param needs a preposition an oblique must bring for the verb to report at all ("put the toll
   *     at 30"), or null
   */
  record Cue(String lemma, String act, Object object, String needs) {}

  private static final Map<String, Cue> VERBS = load();
  private static final Map<String, String> NOUNS = WordTable.pairs("cue-nouns.tsv");

  /** The act a reporting noun makes ("claim" → claim), or null. */
  static String noun(String lemma) {
    return NOUNS.get(lemma);
  }

  private static Map<String, Cue> load() {
    Map<String, Cue> map = new HashMap<>();
    for (String[] row : WordTable.rows("cues.tsv")) {
      Object object = switch (row.length > 2 ? row[2] : "-") {
        case "content" -> Object.CONTENT;
        case "addressee" -> Object.ADDRESSEE;
        default -> Object.NONE;
      };
      String needs = row.length > 3 ? row[3] : null;
      map.putIfAbsent(row[0], new Cue(row[0], row[1], object, needs));
    }
    return Map.copyOf(map);
  }

  /** The cue a verb lemma makes, or null when it reports nothing. */
  static Cue verb(String lemma) {
    return VERBS.get(lemma);
  }
}
