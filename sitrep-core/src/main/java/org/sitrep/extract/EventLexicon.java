package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.EventTypes.Kind;

/**
 * The word lists events are read with, loaded once from the TSV files next to this class:
 * {@code event-triggers.tsv} (trigger words and their kinds), {@code event-words.tsv} (word
 * classes: weapons, hazards, arms, territory...) and {@code actor-kinds.tsv} (ACLED actor kinds).
 * They name general news vocabulary and ACLED's codebook categories, never an article's wording.
 */
final class EventLexicon {
  /** One row of the trigger table: a word, with its particle when it has one, and a condition. */
  record Trigger(String lemma, String particle, Kind kind, String condition) {}

  private static final Map<String, List<Trigger>> TRIGGERS = new HashMap<>();
  private static final Map<String, Set<String>> CLASSES = new HashMap<>();
  private static final Map<String, String> ACTOR_KINDS = new HashMap<>();

  static {
    for (String[] row : WordTable.rows("event-triggers.tsv", 3)) {
      String[] w = row[0].split(" ");
      TRIGGERS.computeIfAbsent(w[0], k -> new ArrayList<>())
          .add(new Trigger(w[0], w.length > 1 ? w[1] : null, Kind.valueOf(row[1]), row[2]));
    }
    for (String[] row : WordTable.rows("event-words.tsv", 2)) {
      CLASSES.computeIfAbsent(row[1], k -> new HashSet<>()).add(row[0]);
    }
    for (String[] row : WordTable.rows("actor-kinds.tsv", 2)) {
      if (ACTOR_KINDS.putIfAbsent(row[0], row[1]) != null) {
        throw new IllegalStateException("actor-kinds.tsv: " + row[0] + " twice");
      }
    }
  }

  private EventLexicon() {}

  /** The trigger rows for a word (its lemma or its lower-cased form), in the table's order. */
  static List<Trigger> triggers(String word) {
    return TRIGGERS.getOrDefault(word, List.of());
  }

  /** Is {@code word} in the class {@code cls} of event-words.tsv? */
  static boolean is(String word, String cls) {
    Set<String> words = CLASSES.get(cls);
    if (words == null) {
      throw new IllegalArgumentException("no word class " + cls);
    }
    return word != null && words.contains(word);
  }

  /** Is token x of a sentence in the class, by its lemma or its word (singular or plural)? */
  static boolean is(DepTree t, int x, String cls) {
    String w = t.lower(x);
    return is(t.lemma(x), cls) || is(w, cls)
        || w.endsWith("s") && is(w.substring(0, w.length() - 1), cls)
        || w.endsWith("es") && is(w.substring(0, w.length() - 2), cls);
  }

  /** The words of a class, for tests and for lists that are scanned whole. */
  static Set<String> words(String cls) {
    return Set.copyOf(CLASSES.getOrDefault(cls, Set.of()));
  }

  /** An actor kind by one word of a description ("soldiers" → state forces), or null. */
  static String actorKind(String word) {
    return WordTable.bySingular(ACTOR_KINDS, word);
  }

  /** The ACLED weapon sub-type class ("weapon:air") of a word, or null. */
  static String weapon(String word) {
    for (String cls : WEAPON_ORDER) {
      if (is(word, cls)) {
        return cls;
      }
    }
    return null;
  }

  /** Weapon classes from the most specific, as the codebook ranks them. */
  static final List<String> WEAPON_ORDER = List.of("weapon:chemical", "weapon:suicide",
      "weapon:air", "weapon:shelling", "weapon:grenade", "weapon:explosive");
}
